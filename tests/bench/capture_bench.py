"""Figure 2 (and 7): one input added through the services, in an empty and a full meeting."""

from __future__ import annotations

import time
from datetime import datetime

from tests.bench import generate
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, alternate, median, p95
from workshop.db import Database
from workshop.services import agenda, capture, meetings

TARGET_MS = 5.0


def empty_group(db: Database, committee_id: int | None = None) -> int:
    """A group with no inputs, in a meeting of its own (created through the services)."""
    if committee_id is None:
        committee_id = meetings.get_meeting(db, generate.large_meeting_id(db)).committee_id
    meeting = meetings.create_meeting(db, committee_id, title="Tomt møde til måling",
                                      starts_at=datetime(2023, 1, 1, 18, 0)).id
    item = agenda.add_item(db, meeting, title="Gruppearbejde", kind="group_work").id  # type: ignore[arg-type]
    return capture.add_group(db, item, name="Gruppe A").id  # type: ignore[arg-type, return-value]


def measure(db: Database, bench: Bench, label: str) -> list[Figure]:
    large = generate.large_meeting_id(db)
    full_group = capture.list_groups(db, generate.group_work_item(db, large))[0].id
    committee_id = meetings.get_meeting(db, large).committee_id
    empty = empty_group(db, committee_id)
    inputs = len(capture.list_inputs(db, generate.group_work_item(db, large)))

    cpu: dict[int, list[float]] = {empty: [], full_group: []}

    def add(group_id: int) -> float:
        c0, t0 = time.thread_time(), time.perf_counter()
        changes = capture.add_input(db, group_id, "Borgerne skal kunne følge sagen digitalt")
        elapsed = time.perf_counter() - t0
        cpu[group_id].append(time.thread_time() - c0)
        capture.delete_input(db, changes.id)  # type: ignore[arg-type]  # keep the count fixed, untimed
        return elapsed

    for g in (empty, full_group):  # warm the connection pool and statement caches
        add(g)
        cpu[g].clear()
    times = alternate(bench.samples, empty=lambda: add(empty), full=lambda: add(full_group))
    def detail(xs: list[float], cpu_xs: list[float]) -> str:
        # CPU time of this thread beside wall time: tells our work from waiting (fsync, a busy machine).
        return f"median {median(xs) * 1000:.2f} ms, CPU p95 {p95(cpu_xs) * 1000:.2f} ms, n={len(xs)}"

    return [
        Figure(f"add input, 0 inputs, p95 ({label})", p95(times["empty"]) * 1000, "ms", TARGET_MS,
               peer=detail(times["empty"], cpu[empty])),
        Figure(f"add input, {inputs} inputs, p95 ({label})", p95(times["full"]) * 1000, "ms", TARGET_MS,
               peer=detail(times["full"], cpu[full_group])),
    ]


def add_timed(db: Database, group_id: int) -> float:
    """One add_input timed; the input is deleted again, untimed."""
    t0 = time.perf_counter()
    changes = capture.add_input(db, group_id, "Borgerne skal kunne følge sagen digitalt")
    elapsed = time.perf_counter() - t0
    capture.delete_input(db, changes.id)  # type: ignore[arg-type]
    return elapsed


def run_sqlite(bench: Bench) -> list[Figure]:
    db = Database(bench.sqlite_url)
    try:
        return measure(db, bench, "SQLite")
    finally:
        db.close()
