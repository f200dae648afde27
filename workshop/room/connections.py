"""Connection limits below HTTP: how many sockets an address (and everyone) may hold, and for how long
a request may take to arrive.

The rate limits (``limits.py``) see a request only once its headers are complete. A device that
opens connections and sends its headers a byte at a time (slowloris) never gets that far: without
these limits 1,100 such connections used every file descriptor of the process (1,024 is the usual
limit), and the desktop app sharing it could no longer open its database, its log or a PDF, while
uvicorn logged "Too many open files" tens of thousands of times a second.

So, in uvicorn's own HTTP protocol: a connection beyond ``MAX_PER_ADDRESS`` from one address or
``MAX_CONNECTIONS`` in all is closed as soon as it is accepted, and a connection whose next
request's headers have not arrived within ``HEADER_SECONDS`` (of opening, or of the previous
answer) is closed. A live stream (SSE) is a request under way, so no deadline ends it.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_CONNECTIONS = 600  # above the room's MAX_STREAMS (400) and the pages' requests beside them
MAX_PER_ADDRESS = 24  # a phone's browser opens about six, plus its live streams
HEADER_SECONDS = 10.0  # a phone on poor Wi-Fi sends its headers well within this


class ConnectionLimits:
    """The open connections by address, shared by one room's protocol instances."""

    def __init__(self, *, total: int = MAX_CONNECTIONS, per_address: int = MAX_PER_ADDRESS,
                 header_seconds: float = HEADER_SECONDS) -> None:
        self.total, self.per_address, self.header_seconds = total, per_address, header_seconds
        self._open: Counter[str] = Counter()
        self._lock = threading.Lock()

    def take(self, address: str) -> bool:
        with self._lock:
            if sum(self._open.values()) >= self.total or self._open[address] >= self.per_address:
                return False
            self._open[address] += 1
            return True

    def give_back(self, address: str) -> None:
        with self._lock:
            self._open[address] -= 1
            if self._open[address] <= 0:
                del self._open[address]

    def open_count(self) -> int:
        with self._lock:
            return sum(self._open.values())


def limited_protocol(limits: ConnectionLimits) -> type[H11Protocol]:
    """uvicorn's h11 protocol with ``limits`` applied (``uvicorn.Config(http=...)``)."""

    class LimitedH11Protocol(H11Protocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._address: str | None = None
            self._deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            address = self.client[0] if self.client else "?"
            if not limits.take(address):
                transport.abort()  # at once: the socket's descriptor is free again
                return
            self._address = address
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._address is not None:
                limits.give_back(self._address)
                self._address = None
            super().connection_lost(exc)

        def handle_events(self) -> None:
            before = self.cycle
            super().handle_events()
            if self.cycle is not before:  # a request's headers arrived: it runs as long as it needs
                self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request on this connection gets the same time

        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(limits.header_seconds, self._too_slow)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _too_slow(self) -> None:
            self._deadline = None
            if self.cycle is None or self.cycle.response_complete:
                self.transport.abort()

    return LimitedH11Protocol
