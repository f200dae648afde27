"""A TCP proxy that delays (or stalls) traffic between the app and PostgreSQL, for tests and the bench.

``DelayProxy(("127.0.0.1", 5432), rtt=0.030)`` adds 30 ms to every round trip (15 ms each
way, order kept, like a busy Wi-Fi); ``stall(10)`` stops forwarding in both directions for
10 s without closing anything (a network that hangs: bytes are accepted and held, new
connections are accepted but get no answer), then delivers what it held. ``cut()`` closes
every connection at once (a dropped network). ``round_trips`` counts the clients' turns:
bytes from a client after the server last spoke on that connection (or first on it), i.e.
how many times a client waited for the server; ``round_trips_of(name)`` only those of the
connections whose ``application_name`` starts with ``name`` (read from the startup message:
known without SSL only, so a test that needs it connects with ``sslmode=disable``).
It runs its own asyncio loop in a thread; the API is synchronous.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_CHUNK = 65536


class DelayProxy:
    def __init__(self, upstream: tuple[str, int], *, rtt: float = 0.0, host: str = "127.0.0.1") -> None:
        self.upstream = upstream
        self.rtt = rtt
        self.host = host
        self.port = 0
        self._stalled_until = 0.0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, name="delay-proxy", daemon=True)
        self.connections = 0
        self.round_trips = 0  # the clients' turns, counted as they arrive (``_pump``)
        self._turns: list[_Turns] = []

    # --- control (any thread) -----------------------------------------------------

    def start(self) -> DelayProxy:
        self._thread.start()
        self.port = asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(5)
        return self

    def close(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def stall(self, seconds: float) -> None:
        """Hold every byte (and every new connection) for ``seconds`` from now."""
        self._stalled_until = time.monotonic() + seconds

    def resume(self) -> None:
        self._stalled_until = 0.0

    @property
    def stalled(self) -> bool:
        return time.monotonic() < self._stalled_until

    def cut(self) -> None:
        """Close every open connection (both sides), as a dropped network would end them."""
        asyncio.run_coroutine_threadsafe(self._cut(), self._loop).result(5)

    def round_trips_of(self, name: str) -> int:
        """The round trips of the connections whose application_name starts with ``name``."""
        return sum(t.count for t in list(self._turns) if t.name is not None and t.name.startswith(name))

    def url(self, database_url: str) -> str:
        """``database_url`` (a SQLAlchemy URL) pointed at this proxy instead of the server."""
        from sqlalchemy.engine import make_url

        return make_url(database_url).set(host=self.host, port=self.port).render_as_string(hide_password=False)

    # --- the loop -----------------------------------------------------------------

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._client, self.host, 0)
        return int(self._server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        await self._cut()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _cut(self) -> None:
        for w in list(self._writers):
            with contextlib.suppress(Exception):
                w.transport.abort()
        self._writers.clear()

    async def _wait_stall(self) -> None:
        while (left := self._stalled_until - time.monotonic()) > 0:
            await asyncio.sleep(min(left, 0.05))

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(asyncio.CancelledError):  # closing the proxy ends every connection
            await self._forward(reader, writer)

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        await self._wait_stall()
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        self._writers.add(up_writer)
        turns = _Turns()
        self._turns.append(turns)
        await asyncio.gather(self._pump(reader, up_writer, turns, True), self._pump(up_reader, writer, turns, False),
                             return_exceptions=True)
        for w in (writer, up_writer):
            self._writers.discard(w)
            with contextlib.suppress(Exception):
                w.close()

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, turns: _Turns,
                    upstream: bool) -> None:
        """Forward one direction: each chunk leaves rtt/2 after it arrived, in order, never during a stall.
        A client's first chunk after the server spoke is a round trip (``turns``)."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                if (wait := due - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                await self._wait_stall()
                writer.write(data)
                await writer.drain()
            with contextlib.suppress(Exception):
                writer.write_eof()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await reader.read(_CHUNK)
                if data and upstream and not turns.client_last:
                    self.round_trips += 1
                    turns.count += 1
                if data:
                    turns.client_last = upstream
                    if upstream and turns.name is None:
                        turns.name = _application_name(data)
                await queue.put((time.monotonic() + self.rtt / 2, data))
                if not data:
                    break
            await sender
        except (ConnectionError, OSError):
            sender.cancel()
            with contextlib.suppress(Exception):
                writer.transport.abort()
        finally:
            if not sender.done():
                sender.cancel()


class _Turns:
    """One connection's round trips, and its application_name once the startup message showed it."""

    def __init__(self) -> None:
        self.client_last = False
        self.count = 0
        self.name: str | None = None


def _application_name(data: bytes) -> str | None:
    key = b"application_name\x00"
    start = data.find(key)
    if start < 0:
        return None
    start += len(key)
    return data[start:data.find(b"\x00", start)].decode("utf-8", "replace")


@contextmanager
def delayed(upstream: tuple[str, int], rtt: float) -> Iterator[DelayProxy]:
    proxy = DelayProxy(upstream, rtt=rtt).start()
    try:
        yield proxy
    finally:
        proxy.close()


def main(argv: list[str]) -> None:
    """``python tests/delay_proxy.py HOST PORT RTT``: a proxy in a process of its own (the bench's
    network must not share a laptop's interpreter); prints its port, runs until stdin closes."""
    import sys

    host, port, rtt = argv[0], int(argv[1]), float(argv[2])
    with DelayProxy((host, port), rtt=rtt) as proxy:
        print(proxy.port, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
