"""The listener: a thread with its own PostgreSQL connection that LISTENs for change notices.

It decodes each notice (``workshop.live.notice``) and calls back; notices are a wake-up
call, the per-meeting counter in ``livecounter`` is the record. When the connection is lost
(server restart, ``pg_terminate_backend``, a network that stalls or drops) it reconnects with
backoff, LISTENs again, reads the counters of the meetings it watches and reports which of
them changed meanwhile and must be re-read. It also keeps this laptop's presence row and
reports who else has a meeting open (``workshop.live.presence``).

Callbacks run on the listener's thread; a Qt UI forwards them to the GUI thread with a
queued signal. An exception in a callback is logged and never stops the listener.

Timing: a silent connection is pinged every ``ping_interval`` (2 s) and dropped when the
answer takes longer than ``ping_timeout`` (3 s), so a stalled network is noticed within ~5 s;
reconnect attempts back off from 0.05 s to ``max_backoff`` (1 s), so a listener is correct
again within about a second of the server accepting connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url

from workshop.errors import StorageError
from workshop.live import presence
from workshop.live.notice import Notice, PresenceSignal, decode
from workshop.live.presence import Peer
from workshop.pg_connect import Client, connect_args

log = logging.getLogger(__name__)

_SLICE_S = 0.25  # how long one wait for notices lasts before the loop looks at its commands
_SERVER_KEEPALIVES = ("-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
                      " -c tcp_user_timeout=15000")
_UNSET: Any = object()


@dataclass(frozen=True)
class Reconnect:
    """The listener is (again) connected and listening.

    Attributes:
        first: the first connection of this listener (nothing was lost before it).
        stale: watched meetings whose counter moved while nobody listened (or that have no
            counter seen yet): re-read them.
        counters: the watched meetings' counters as just read.
        down_seconds: how long the listener was without a connection (0 for the first).
        attempts: connection attempts it took.
        at: ``time.time()`` when the counters were compared.
    """

    first: bool
    stale: frozenset[int]
    counters: dict[int, int]
    down_seconds: float
    attempts: int
    at: float

    def as_json(self) -> dict[str, Any]:
        return {"event": "connected" if self.first else "reconnected", "stale": sorted(self.stale),
                "counters": {str(k): v for k, v in sorted(self.counters.items())},
                "down_seconds": round(self.down_seconds, 3), "attempts": self.attempts}


def conninfo(url: str, application_name: str) -> dict[str, Any]:
    """psycopg connection keywords for a SQLAlchemy PostgreSQL URL, with Workshop's timeouts."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("postgresql"):
        raise StorageError("Live-ændringer kræver en fælles PostgreSQL-server (--db postgresql://…);"
                           " en SQLite-fil bruges kun på én computer ad gangen.")
    query = {k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()}
    args = {k: v for k, v in {"host": parsed.host, "port": parsed.port, "user": parsed.username,
                              "password": parsed.password, "dbname": parsed.database}.items() if v is not None}
    args.update({k: v for k, v in query.items() if k != "options"})
    args.update(connect_args(query.get("options"), application_name))
    args["options"] = f"{args['options']} {_SERVER_KEEPALIVES}"
    return args


class Listener:
    """Listen for change notices of a shared PostgreSQL database; see the module docstring.

    Args:
        url: the SQLAlchemy URL the ``Database`` uses (``postgresql+psycopg://…``).
        client: the ``Database``'s client (``db.client``): its id names our own notices and
            our presence row; a new one if not given.
        on_notice: called with every ``Notice`` (including our own echo: ``notice.is_from``).
        on_reconnect: called with a ``Reconnect`` after every (re)connection.
        on_lost: called with the reason when the connection is lost.
        on_presence: called with the other laptops present (all meetings) when that changes.
    """

    def __init__(self, url: str, *, client: Client | None = None,
                 on_notice: Callable[[Notice], None] | None = None,
                 on_reconnect: Callable[[Reconnect], None] | None = None,
                 on_lost: Callable[[str], None] | None = None,
                 on_presence: Callable[[tuple[Peer, ...]], None] | None = None,
                 ping_interval: float = 2.0, ping_timeout: float = 3.0,
                 min_backoff: float = 0.05, max_backoff: float = 1.0, presence_poll: float = 5.0) -> None:
        self.client = client or Client.new()
        self._conninfo = conninfo(url, self.client.application_name("workshop-live"))
        self._on_notice, self._on_reconnect = on_notice, on_reconnect
        self._on_lost, self._on_presence = on_lost, on_presence
        self.ping_interval, self.ping_timeout = ping_interval, ping_timeout
        self.min_backoff, self.max_backoff, self.presence_poll = min_backoff, max_backoff, presence_poll
        self._lock = threading.Lock()
        self._watched: set[int] = set()
        self._counters: dict[int, int] = {}  # last counter known per watched meeting
        self._unread: set[int] = set()  # watched, counter not read on the current connection yet
        self._meeting: Any = _UNSET  # the meeting our presence row names; _UNSET: not present
        self._row_dirty = False  # our presence row must be written (or deleted)
        self._row_written = False
        self._peers_dirty = False  # someone's presence changed: read the list again
        self._peers: tuple[Peer, ...] = ()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._conn: Any = None  # the current psycopg AsyncConnection
        self._stopping = False
        self._connected = threading.Event()
        self._ever_connected = False
        self.backend_pid: int | None = None  # the listener's server process (tests terminate it)

    @classmethod
    def for_database(cls, db: Any, **kwargs: Any) -> Listener:
        """A listener for ``db`` (a ``workshop.db.Database``), sharing its client id."""
        return cls(db.url, client=db.client, **kwargs)

    # --- the caller's side (any thread) ---------------------------------------

    def start(self) -> Listener:
        if self._thread is not None:
            raise RuntimeError("listener already started")
        ready = threading.Event()
        self._thread = threading.Thread(target=self._thread_main, args=(ready,),
                                        name=f"workshop-live-{self.client.id}", daemon=True)
        self._thread.start()
        ready.wait()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Leave (presence), close the connection and end the thread; waits at most ``timeout``.

        A listener stuck on a stalled network is not waited for: after a short grace its
        socket is shut, which ends whatever it was waiting for.
        """
        self._stopping = True
        deadline = time.monotonic() + timeout
        self._in_loop(self._wake_up)
        if self._thread is not None:
            self._thread.join(min(timeout, 1.5))
            if self._thread.is_alive():
                self._in_loop(self._force_stop)
                self._thread.join(max(0.0, deadline - time.monotonic()))

    def _in_loop(self, callback: Callable[[], None]) -> None:
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(callback)

    def _wake_up(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def _force_stop(self) -> None:
        if self._conn is not None:
            _shut(self._conn)
        if self._task is not None:
            self._task.cancel()

    def __enter__(self) -> Listener:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout: float | None = None) -> bool:
        return self._connected.wait(timeout)

    def watch(self, *meeting_ids: int, known: Mapping[int, int] | None = None) -> None:
        """Track these meetings' counters, so a reconnect can say whether they changed meanwhile.

        ``known``: a meeting's counter read (``meeting_counter``) before the caller read the
        meeting itself. The first connection then reports it stale only when it moved since;
        without it, a meeting watched before the first connection is always stale (re-read whole).
        """
        with self._lock:
            for m in meeting_ids:
                if m not in self._watched:
                    self._watched.add(m)
                    self._unread.add(m)
                    if known is not None and m in known:
                        self._counters[m] = known[m]

    def unwatch(self, *meeting_ids: int) -> None:
        with self._lock:
            for m in meeting_ids:
                self._watched.discard(m)
                self._unread.discard(m)
                self._counters.pop(m, None)

    def counters(self) -> dict[int, int]:
        """The last counter known for each watched meeting."""
        with self._lock:
            return dict(self._counters)

    def join(self, meeting_id: int | None) -> None:
        """Show this laptop as present with ``meeting_id`` open (None: Workshop open, no meeting)."""
        with self._lock:
            self._meeting = meeting_id
            self._row_dirty = True

    def leave(self) -> None:
        """No longer show this laptop as present (``stop`` does it too)."""
        with self._lock:
            self._meeting = _UNSET
            self._row_dirty = True

    def peers(self, meeting_id: int | None = None) -> tuple[Peer, ...]:
        """The other laptops present (with ``meeting_id`` open, when given), as last read."""
        with self._lock:
            peers = self._peers
        return tuple(p for p in peers if meeting_id is None or p.meeting_id == meeting_id)

    # --- the listener's thread --------------------------------------------------

    def _thread_main(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._task = loop.create_task(self._main())
            ready.set()
            with contextlib.suppress(asyncio.CancelledError):
                loop.run_until_complete(self._task)
        finally:
            self._connected.clear()
            # what an abandoned query left behind ends here, not as warnings at exit
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.wait(pending, timeout=1.0))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _main(self) -> None:
        import psycopg

        self._wake = asyncio.Event()
        delay, attempts, lost_at = self.min_backoff, 0, time.monotonic()
        while not self._stopping:
            attempts += 1
            try:
                self._conn = await psycopg.AsyncConnection.connect(autocommit=True, **self._conninfo)
                try:
                    await self._serve(self._conn, attempts, time.monotonic() - lost_at)
                finally:
                    conn, self._conn = self._conn, None
                    await self._close(conn, leave=self._stopping and self._row_written)
            except (psycopg.Error, OSError, TimeoutError) as error:
                if self._connected.is_set():  # it was listening: the connection is lost
                    self._connected.clear()
                    lost_at, attempts, delay = time.monotonic(), 0, self.min_backoff
                    self._call(self._on_lost, _reason(error))
                elif attempts == 1 and not self._ever_connected:
                    self._call(self._on_lost, _reason(error))  # the server cannot be reached at all
            if self._stopping:
                break
            # jitter: five laptops do not knock at once; stop() wakes the wait
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, self.max_backoff)
        self._connected.clear()

    async def _query(self, conn: Any, query: Any, params: Any = None, *, timeout: float | None = None) -> Any:
        """Run one statement; a network that does not answer within ``timeout`` is taken as gone.

        Cancelling a psycopg query waits for the server to confirm (seconds, on a stalled
        network), so the query is not cancelled: the socket is shut, which makes it fail at once.
        """
        limit = self.ping_timeout if timeout is None else timeout
        task = asyncio.ensure_future(conn.execute(query, params))
        done, _ = await asyncio.wait({task}, timeout=limit)
        if not done:
            _shut(conn)
            await asyncio.wait({task}, timeout=1.0)
            if not task.done():
                task.cancel()
            with contextlib.suppress(BaseException):
                task.exception()
            raise TimeoutError(f"no answer from the server within {limit:g} s")
        return task.result()

    async def _close(self, conn: Any, *, leave: bool) -> None:
        """Close without waiting on a network that may be gone; say goodbye first when stopping."""
        if leave and not conn.closed:
            with contextlib.suppress(Exception):
                await self._query(conn, presence.LEAVE, {"client": self.client.id,
                                                         "signal": presence.signal(self.client.id, None)},
                                  timeout=1.0)
        with contextlib.suppress(Exception):
            await conn.close()  # libpq's goodbye is written without waiting for the network

    async def _serve(self, conn: Any, attempts: int, down: float) -> None:
        from psycopg import sql

        cur = await self._query(conn, "SELECT workshop_live_channel(), pg_backend_pid()")
        channel, self.backend_pid = await cur.fetchone()
        await self._query(conn, sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        # Listening from here on: whatever commits later is announced, whatever committed
        # before is in the counters read next.
        with self._lock:
            self._unread = set(self._watched)
            self._row_dirty = self._row_dirty or self._meeting is not _UNSET  # a new backend: write our row again
        await self._write_presence(conn)
        first = not self._ever_connected
        stale = await self._read_counters(conn, report=True)
        self._ever_connected = True
        self._connected.set()
        with self._lock:
            counters = {m: self._counters[m] for m in self._watched if m in self._counters}
        self._call(self._on_reconnect, Reconnect(first, frozenset(stale), counters,
                                                 0.0 if first else down, attempts, time.time()))
        if self._presence_wanted():
            await self._read_peers(conn)
        last_heard = last_peers = time.monotonic()
        while not self._stopping:
            async for n in conn.notifies(timeout=_SLICE_S):
                last_heard = time.monotonic()
                self._handle(n.payload)
            await self._write_presence(conn)
            if self._unread:
                await self._read_counters(conn, report=False)
            now = time.monotonic()
            if now - last_heard >= self.ping_interval:
                await self._query(conn, "SELECT 1")
                last_heard = time.monotonic()
            if self._presence_wanted() and (self._peers_dirty or now - last_peers >= self.presence_poll):
                await self._read_peers(conn)
                last_peers = time.monotonic()

    async def _write_presence(self, conn: Any) -> None:
        """Write (or delete) our presence row when ``join``/``leave`` asked for it."""
        with self._lock:
            if not self._row_dirty:
                return
            meeting, self._row_dirty = self._meeting, False
        if meeting is _UNSET:
            await self._query(conn, presence.LEAVE, {"client": self.client.id,
                                                     "signal": presence.signal(self.client.id, None)})
            self._row_written = False
        else:
            await self._query(conn, presence.JOIN, {"client": self.client.id, "name": self.client.name,
                                                    "meeting": meeting,
                                                    "signal": presence.signal(self.client.id, meeting)})
            self._row_written = True

    async def _read_counters(self, conn: Any, *, report: bool) -> set[int]:
        """Read the counters of meetings not read on this connection; the ones that moved (or were
        never seen) are returned as stale."""
        with self._lock:
            wanted = sorted(self._unread)
        if not wanted:
            return set()
        cur = await self._query(conn, "SELECT meeting_id, counter FROM livecounter WHERE meeting_id = ANY(%s)",
                                (wanted,))
        read = {int(m): int(n) for m, n in await cur.fetchall()}
        stale = set()
        with self._lock:
            for m in wanted:
                if m not in self._watched:
                    continue
                now = read.get(m, 0)
                known = self._counters.get(m)
                if report and (known is None or now > known):
                    stale.add(m)
                self._counters[m] = max(now, known or 0)
                self._unread.discard(m)
        return stale

    async def _read_peers(self, conn: Any) -> None:
        cur = await self._query(conn, presence.PEERS)
        peers = tuple(Peer(c, name, m, since) for c, name, m, since in await cur.fetchall()
                      if c != self.client.id)
        with self._lock:
            changed, self._peers = peers != self._peers, peers
            self._peers_dirty = False
        if changed:
            self._call(self._on_presence, peers)

    def _presence_wanted(self) -> bool:
        return self._on_presence is not None or self._meeting is not _UNSET

    def _handle(self, payload: str) -> None:
        item = decode(payload, time.time())
        if item is None:
            log.warning("ignored a notice that is not Workshop's: %.200s", payload)
            return
        if isinstance(item, PresenceSignal):
            with self._lock:
                self._peers_dirty = True
            return
        m, n = item.meeting_id, item.counter
        if m is not None and n is not None:
            with self._lock:
                known = self._counters.get(m)
                if m in self._watched and m not in self._unread:
                    if known is not None and n > known + 1:
                        item = _missed(item)
                    self._counters[m] = max(n, known or 0)
        self._call(self._on_notice, item)

    def _call(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception:  # a consumer's bug must not stop the listening
            log.exception("live listener callback failed")


def meeting_counter(db: Any, meeting_id: int) -> int:
    """The change counter of ``meeting_id`` now (0: never changed), read through ``db`` (a
    ``workshop.db.Database`` on PostgreSQL), for ``Listener.watch(known=…)``."""
    from sqlalchemy import select

    from workshop.live.schema import livecounter

    with db.reading() as s:
        return int(s.execute(select(livecounter.c.counter).where(livecounter.c.meeting_id == meeting_id))
                   .scalar() or 0)


def _missed(notice: Notice) -> Notice:
    from dataclasses import replace

    return replace(notice, missed=True)


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".strip()


def _shut(conn: Any) -> None:
    """Shut the connection's socket: any read or write waiting on it ends at once."""
    with contextlib.suppress(Exception):
        fd = conn.pgconn.socket
        sock = socket.socket(fileno=os.dup(fd))
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.close()
