"""Figure 9: the room (members' phones) under load, in this process as in the app.

9a  30 phones submit an input at the same moment; the clock runs per phone from its
    request until its input is a card on the projector (offscreen Qt, the same
    RoomControl -> AppContext.changed path as the app). p95 over every submission.
9b  60 phones connected (joined, each with an open Server-Sent-Events stream): the
    process's resident memory above the same process before the room opened.
9c  is figure 3 again with the room open and 60 phones connected (keypress_bench).

Every request goes to 127.0.0.1 only; every loop is bounded in count and time.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.bench.benchdata import Bench
from tests.bench.results import Figure, missing, p95
from workshop.db import Database

NAME_A = "room: 30 phones submit at once, submit to projector, p95"
NAME_B = "room: 60 phones connected, server memory above the app"
TARGET_A_MS = 500.0
TARGET_B_MB = 50.0
TIMEOUT_S = 30.0
PHONES = 60


def phone_address(k: int) -> str:
    """Phone ``k``'s own loopback address (127.0.1.k), as each phone has its own on the Wi-Fi:
    the per-address rate limit then sees one phone per address, as in the room."""
    return f"127.0.1.{k + 1}"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Streams:
    """``n`` phones' live connections as raw sockets (a few KB each), drained by one thread."""

    def __init__(self, room: Any, member_ids: list[int], n: int) -> None:
        self.socks: list[socket.socket] = []
        self.devices: list[tuple[str, int]] = []  # (device id, member id) of phone k
        self.stop = threading.Event()
        devices = room.devices
        for k in range(n):
            device = devices.new()
            member = member_ids[k % len(member_ids)]
            if devices.join(device.id, member) == "pending":  # more phones than names: the secretary's OK
                request = next(r for r in devices.requests() if r.device_id == device.id)
                devices.approve(request.id)
            self.devices.append((device.id, member))
            sock = socket.create_connection(("127.0.0.1", room.port), timeout=10,
                                            source_address=(phone_address(k), 0))
            sock.sendall(f"GET /{room.token}/api/events HTTP/1.1\r\nHost: bench\r\n"
                         f"Cookie: ws_device={device.id}\r\n\r\n".encode())
            sock.setblocking(False)
            self.socks.append(sock)
        self.received = 0
        self.thread = threading.Thread(target=self._drain, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + TIMEOUT_S
        while self.received < n * 200 and time.monotonic() < deadline:  # every stream got its first view
            time.sleep(0.05)

    def _drain(self) -> None:
        while not self.stop.is_set():
            readable, _, _ = select.select(self.socks, [], [], 0.2)
            for sock in readable:
                with contextlib.suppress(OSError):
                    self.received += len(sock.recv(65536))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        for sock in self.socks:
            sock.close()


def _meeting(db: Database, members: int) -> tuple[int, int, list[int], list[int]]:
    """A committee of ``members``, all present; group work in three groups, on its inputs step."""
    from workshop.services import agenda, attendance, capture, committees, meetings

    c = committees.create_committee(db, name="Bench-udvalg").id
    ids = [committees.add_member(db, c, name=f"Medlem {n:02d}").id for n in range(members)]  # type: ignore[arg-type]
    m = meetings.create_meeting(db, c, title="Bench-møde", starts_at=datetime(2026, 12, 3, 17)).id  # type: ignore[arg-type]
    for mid in ids:
        attendance.set_attendance(db, m, mid, "present")  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id  # type: ignore[arg-type]
    groups = [capture.add_group(db, item, name=f"Gruppe {g + 1}", member_ids=ids[g::3]).id  # type: ignore[arg-type]
              for g in range(3)]
    meetings.set_current_step(db, m, item, "inputs")  # type: ignore[arg-type]
    return m, item, ids, groups  # type: ignore[return-value]


def run(bench: Bench) -> list[Figure]:
    try:
        import httpx  # noqa: F401  (the phones' process needs it)

        from PySide6.QtWidgets import QApplication

        from ui.context import AppContext
        from ui.projector import projector_of
        from ui.room_control import RoomControl
    except ImportError as error:
        reason = f"room or httpx not installed ({error})"
        return [missing(NAME_A, "ms", TARGET_A_MS, reason), missing(NAME_B, "MB", TARGET_B_MB, reason)]
    from workshop.services import capture

    app = QApplication.instance() or QApplication([])
    path = bench.workdir / "room-bench.db"
    for old in bench.workdir.glob("room-bench.db*"):
        old.unlink()
    db = Database(f"sqlite:///{path}")
    try:
        meeting, item, members, groups = _meeting(db, PHONES)
        ctx = AppContext(db)
        ctx.select_meeting(meeting)  # the projector follows the meeting's current step (the inputs)
        projector = projector_of(ctx)
        projector.resize(1920, 2400)  # tall enough that every card of a round is a card, not "+N"
        projector.show()
        app.processEvents()
        before = rss_mb()
        control = RoomControl(ctx)
        control.open(meeting, host="127.0.0.1")
        room = control.room
        assert room is not None
        streams = Streams(room, members, PHONES)
        app.processEvents()
        memory = rss_mb() - before

        group_of = {mid: groups[n % 3] for n, mid in enumerate(members)}
        rounds = 1 if bench.scale == "tiny" else max(3, bench.runs)
        # 30 of the 60 connected phones submit, from a process of their own.
        job = {"url": room.url, "rounds": rounds,
               "phones": [[device, group_of[mid], phone_address(k)]
                          for k, (device, mid) in enumerate(streams.devices[:30])]}
        phones = subprocess.Popen([sys.executable, str(Path(__file__).with_name("room_phones.py"))],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert phones.stdin is not None and phones.stdout is not None
        phones.stdin.write(json.dumps(job) + "\n")
        phones.stdin.flush()
        seen: dict[str, float] = {}

        def on_changed(changes: Any) -> None:
            # Connected after the projector: it has already shown the change when this runs.
            now = time.monotonic()
            for cards in projector.group_cards().values():
                for card in cards[-3:]:
                    seen.setdefault(card.split("\n", 1)[0], now)

        ctx.changed.connect(on_changed)
        latencies: list[float] = []
        try:
            for r in range(rounds):
                if phones.stdout.readline().strip() != "ready":
                    raise RuntimeError("the phones' process did not start")
                phones.stdin.write("go\n")
                phones.stdin.flush()
                result: dict[str, Any] = {}
                reader = threading.Thread(target=lambda res=result: res.update(json.loads(phones.stdout.readline())))
                reader.start()
                deadline = time.monotonic() + TIMEOUT_S
                while (reader.is_alive() or not all(t in seen for t in result.get("sent", {}))) \
                        and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.0005)
                reader.join(1)
                sent = result.get("sent", {})
                if len(sent) != 30 or set(result.get("codes", [])) != {200} or not all(t in seen for t in sent):
                    raise RuntimeError(f"round {r}: {sum(t in seen for t in sent)} of {len(sent)} shown,"
                                       f" answers {sorted(set(result.get('codes', [])))}")
                latencies += [(seen[t] - sent[t]) * 1000 for t in sent]
                time.sleep(1.1)  # each phone's rate limit refills (one input a second) before the next round
        finally:
            phones.stdin.close()
            phones.wait(30)
        streams.close()
        control.close()
        projector.close()
        assert len(capture.list_inputs(db, item)) == 30 * rounds
        ordered = sorted(latencies)
        return [
            Figure(NAME_A, p95(latencies), "ms", TARGET_A_MS,
                   peer=f"median {ordered[len(ordered) // 2]:.0f} ms, max {ordered[-1]:.0f} ms,"
                        f" n={len(latencies)} ({rounds} rounds of 30), 60 phones connected"),
            Figure(NAME_B, max(memory, 0.1), "MB", TARGET_B_MB,
                   peer=f"RSS {before:.0f} -> {before + memory:.0f} MB with the server and 60 open streams"),
        ]
    finally:
        db.close()
