"""One opening of the room: a token, a listening socket, uvicorn in a background thread.

``Room(db, meeting_id, host=...).start()`` binds the chosen address (so a taken port
fails at once, in Danish), serves until ``stop()``, and tells its owner of every
write a phone made (``on_change``, called on the server's thread) and of every
second device asking for a taken name (``on_request``). The owner tells it of
writes made elsewhere with ``notify()``; ``poll_seconds`` re-reads the meeting on
a timer for writers it cannot hear (another laptop on a shared PostgreSQL).
"""

from __future__ import annotations

import asyncio
import base64
import errno
import ipaddress
import json
import logging
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio.to_thread
import uvicorn

from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import WorkshopError
from workshop.room.app import build_app
from workshop.room.connections import ConnectionLimits, limited_protocol
from workshop.room.devices import Device, Devices, JoinRequest
from workshop.room.limits import Limiter
from workshop.room.view import InputRow, Snapshot, inputs_by_group, member_view, read_snapshot
from workshop.services import committees, meetings

STATIC_DIR = Path(__file__).resolve().parents[2] / "resources" / "room"
MAX_STREAMS = 400  # open live connections, all phones together
MAX_STREAMS_PER_DEVICE = 3  # a phone with a few tabs open
COALESCE_SECONDS = 0.03  # the phones are sent a burst of changes once it has been quiet this long …
MAX_DELAY_SECONDS = 0.25  # … or this long after its first change at the latest
log = logging.getLogger(__name__)


# Why a bind fails, in the chair's words (the system's own text is English).
_BIND_ERRORS = {errno.EADDRINUSE: "porten bruges allerede af et andet program",
                errno.EADDRNOTAVAIL: "adressen er ikke denne computers (netværket er skiftet?)",
                errno.EACCES: "porten kræver administratorrettigheder (brug en port over 1023)"}


class RoomError(WorkshopError):
    """The room cannot open (address not on this machine, port taken)."""


def _every_interface(host: str) -> bool:
    """``0.0.0.0``, ``::`` or empty: a bind on every network, and no address a phone can open."""
    if not host.strip():
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_unspecified
    except ValueError:
        return False  # a host name: resolved (or refused) by the bind


def new_token() -> str:
    """80 random bits as 16 lower-case letters and digits (base32: no 0/1/8/9 to misread)."""
    return base64.b32encode(secrets.token_bytes(10)).decode().lower()


@dataclass(eq=False)
class Stream:
    """One phone's open Server-Sent-Events connection: the newest view not yet sent."""

    device: Device
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    latest: str | None = None
    sent: str | None = None


class Room:
    def __init__(self, db: Database, meeting_id: int, *, host: str, port: int = 0,
                 on_change: Callable[[ChangeSet], None] | None = None,
                 on_request: Callable[[JoinRequest], None] | None = None,
                 poll_seconds: float | None = None, static_dir: Path = STATIC_DIR) -> None:
        self.db, self.meeting_id, self.host, self.port = db, meeting_id, host, port
        self.on_change, self.poll_seconds, self.static_dir = on_change, poll_seconds, static_dir
        self.token = new_token()
        self.devices = Devices(on_request=on_request)
        self.device_limits = Limiter(1.0, 5)  # writes: one a second, bursts of five
        self.address_limits = Limiter(20.0, 60)  # every request from one address
        self.connection_limits = ConnectionLimits()  # sockets per address and in all (connections.py)
        self.closing = False
        self._streams: set[Stream] = set()
        self._snapshot: Snapshot | None = None
        self._generation = 0  # bumped by every change; a snapshot read before the bump is stale
        self._snapshot_generation = -1
        self._everyone: dict[int, str] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._dirty: asyncio.Event | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._read_lock: asyncio.Lock | None = None
        self.writer: anyio.CapacityLimiter | None = None  # one phone write at a time (see broadcast_loop)

    # --- owner side (any thread) ------------------------------------------------

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    def start(self) -> None:
        """Bind and serve in a background thread; returns when the server accepts connections.

        Raises:
            RoomError: the address is not this machine's, or the port is taken.
        """
        if _every_interface(self.host):
            raise RoomError(f'Workshop lytter kun på ét net: "{self.host}" er alle maskinens net, og den adresse'
                            " kan telefonerne ikke åbne. Angiv maskinens adresse på mødelokalets net,"
                            " fx 192.168.1.20.")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as error:
            sock.close()
            reason = _BIND_ERRORS.get(error.errno or 0, error.strerror or str(error))
            raise RoomError(f"Workshop kan ikke lytte på {self.host}:{self.port}: {reason}."
                            " Vælg en anden adresse eller port.") from error
        sock.listen(128)
        sock.setblocking(False)
        self._socket = sock
        self.port = sock.getsockname()[1]
        self._everyone = {m.pk: m.name for m in committees.list_members(
            self.db, meetings.get_meeting(self.db, self.meeting_id).committee_id)}
        config = uvicorn.Config(build_app(self, self.static_dir), log_level="warning", access_log=False,
                                http=limited_protocol(self.connection_limits),
                                server_header=False, proxy_headers=False, lifespan="on",
                                timeout_graceful_shutdown=2, timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="workshop-room", daemon=True)
        self._thread.start()
        for _ in range(200):
            if self._server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.02)
        if not self._server.started:
            self.stop()
            raise RoomError("Serveren til deltagerne kunne ikke starte.")

    def _serve(self) -> None:
        assert self._server is not None and self._socket is not None
        self._server.run(sockets=[self._socket])

    def stop(self) -> None:
        """Close the room: the streams end, the port is freed, the token is void."""
        self.closing = True
        self.wake()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        if self._socket is not None:
            self._socket.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self.closing

    def notify(self, changes: ChangeSet | None = None) -> None:
        """Something changed elsewhere (the desktop): the phones re-read the meeting."""
        if changes is not None and changes.meeting_id not in (None, self.meeting_id):
            return
        self.wake()

    def wake(self) -> None:
        self._generation += 1  # at once, so a request right after a change reads it
        loop, dirty = self._loop, self._dirty
        if loop is not None and dirty is not None and not loop.is_closed():
            loop.call_soon_threadsafe(dirty.set)

    def approve(self, request_id: str) -> bool:
        done = self.devices.approve(request_id)
        self.wake()
        return done

    def refuse(self, request_id: str) -> bool:
        done = self.devices.refuse(request_id)
        self.wake()
        return done

    def member_name(self, member_id: int) -> str:
        return self._everyone.get(member_id, str(member_id))

    # --- server side (the server's event loop) -----------------------------------

    def changed(self, changes: ChangeSet) -> None:
        """A phone wrote: tell the owner and the other phones."""
        if self.on_change is not None:
            try:
                self.on_change(changes)
            except Exception:  # the owner's trouble must not fail the phone's request
                log.exception("on_change failed")
        self.wake()

    async def snapshot(self) -> Snapshot:
        """The current snapshot, read once per change however many phones ask."""
        assert self._read_lock is not None
        async with self._read_lock:
            if self._snapshot is None or self._snapshot_generation != self._generation:
                generation = self._generation
                self._snapshot = await anyio.to_thread.run_sync(read_snapshot, self.db, self.meeting_id)
                self._snapshot_generation = generation
            return self._snapshot

    def current_item(self) -> int | None:
        return meetings.current_step(self.db, self.meeting_id)[0]

    def view_for(self, device: Device, snap: Snapshot,
                 by_group: dict[int, list[InputRow]] | None = None) -> dict[str, Any]:
        if device.pending is not None:
            return {"meeting": snap.title, "step": "pending", "me": snap.present.get(device.pending, "")}
        if device.member_id is None:
            return {"meeting": snap.title, "step": "choose"}
        return member_view(snap, device.member_id, self._everyone, by_group)

    def open_stream(self, device: Device) -> Stream | None:
        mine = sum(1 for s in self._streams if s.device is device)
        if len(self._streams) >= MAX_STREAMS or mine >= MAX_STREAMS_PER_DEVICE:
            return None
        stream = Stream(device)
        self._streams.add(stream)
        self.wake()  # its first view comes from the broadcaster
        stream.sent = None
        return stream

    def close_stream(self, stream: Stream) -> None:
        self._streams.discard(stream)

    async def broadcast_loop(self) -> None:
        """Re-read the meeting after each burst of changes and send each phone its view if it changed."""
        self._loop = asyncio.get_running_loop()
        self._dirty = asyncio.Event()
        self._read_lock = asyncio.Lock()
        # The phones' writes queue here rather than in SQLite's busy handler, whose sleeps
        # (up to 100 ms) would turn 30 phones submitting at once into seconds (bench figure 9).
        self.writer = anyio.CapacityLimiter(1)
        self._dirty.set()
        poll = asyncio.create_task(self._poll()) if self.poll_seconds else None
        try:
            loop = self._loop
            while not self.closing:
                await self._dirty.wait()
                first = loop.time()
                while True:  # a burst (30 phones at once) is read once, after it, not 30 times during it
                    self._dirty.clear()
                    try:
                        await asyncio.wait_for(self._dirty.wait(), COALESCE_SECONDS)
                    except TimeoutError:
                        break
                    if loop.time() - first > MAX_DELAY_SECONDS:
                        self._dirty.clear()
                        break
                if self.closing:
                    break
                try:
                    snap = await self.snapshot()
                except Exception:  # a failed read (database busy) is retried on the next change
                    log.exception("room snapshot failed")
                    await asyncio.sleep(1)
                    self._dirty.set()
                    continue
                by_group = inputs_by_group(snap)
                for stream in list(self._streams):
                    text = json.dumps(self.view_for(stream.device, snap, by_group), ensure_ascii=False,
                                      separators=(",", ":"))
                    if text != stream.sent:
                        stream.latest = stream.sent = text
                        stream.ready.set()
        finally:
            if poll is not None:
                poll.cancel()
            for stream in list(self._streams):
                stream.ready.set()  # each stream sees ``closing`` and ends

    async def _poll(self) -> None:
        assert self.poll_seconds and self._dirty is not None
        while not self.closing:
            await asyncio.sleep(self.poll_seconds)
            self._dirty.set()
