"""Figure 7: figures 2 and 5 again on PostgreSQL, in a throwaway schema."""

from __future__ import annotations

import os
import time

from sqlalchemy import text

from tests.bench import benchdata, capture_bench, generate, meetingfile_bench
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, median, missing, p95
from tests.pg_schema import pg_schema
from workshop.db import Database

NAMES = [("add input, 0 inputs, p95 (PostgreSQL)", "ms", capture_bench.TARGET_MS),
         ("add input, all inputs, p95 (PostgreSQL)", "ms", capture_bench.TARGET_MS),
         ("add input, 0 inputs, p95 (PostgreSQL, live notices off)", "ms", capture_bench.TARGET_MS),
         ("add input, 0 inputs, p95 (PostgreSQL, meeting lock off)", "ms", capture_bench.TARGET_MS),
         ("import large meeting file (PostgreSQL)", "s", meetingfile_bench.TARGET_S),
         ("export large meeting file (PostgreSQL)", "s", meetingfile_bench.TARGET_S)]


def run(bench: Bench) -> list[Figure]:
    reason = "no --pg-url" if bench.pg_url is None else benchdata.pg_reachable(bench.pg_url)
    if reason:
        return [missing(n, u, t, f"PostgreSQL not reachable: {reason}") for n, u, t in NAMES]
    assert bench.pg_url is not None
    with pg_schema(bench.pg_url, f"ws_bench_{os.getpid()}") as url:
        db = Database(url)
        try:
            t0 = time.perf_counter()
            # The ORM path: the same rows as on SQLite, without timing the importer a 100th time.
            generate.write(db, bench.files, use_importer=False)
            load = time.perf_counter() - t0
            figures = capture_bench.measure(db, bench, "PostgreSQL")
            floor = wal_flush_floor(db, bench.samples)
            for f in figures:
                f.peer += f"; WAL-flush floor p95 {floor[1]:.2f} ms (median {floor[0]:.2f}: one-row INSERT, commit)"
            figures.append(trigger_off(db, bench, "workshop_live_ins", NAMES[2][0], "notices"))
            figures.append(trigger_off(db, bench, "workshop_lock_ins", NAMES[3][0], "the lock"))
            figures += meetingfile_bench.measure(db, bench, "PostgreSQL")
            for f in figures:
                f.extra["load_seconds"] = round(load, 2)
            return figures
        finally:
            db.close()


def wal_flush_floor(db: Database, samples: int) -> tuple[float, float]:
    """(median, p95) in ms of the cheapest durable write: one row INSERTed and committed by psycopg
    alone, one round trip. Every add_input waits for this flush (``synchronous_commit=on``)."""
    with db.engine.connect() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS bench_floor (id serial PRIMARY KEY, t text)"))
        conn.commit()
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.autocommit = True
        try:
            times = []
            for i in range(samples + 5):
                t0 = time.perf_counter()
                raw.execute("INSERT INTO bench_floor (t) VALUES (%s)", (f"{i}",))
                if i >= 5:
                    times.append(time.perf_counter() - t0)
        finally:
            raw.autocommit = False
    return median(times) * 1000, p95(times) * 1000


def trigger_off(db: Database, bench: Bench, trigger: str, name: str, what: str) -> Figure:
    """Figure 7's empty-group add input again with one trigger on ``input`` disabled (in this
    throwaway schema only), alternating blocks with it on: what that trigger costs. The live
    notices (``workshop_live_ins``, issue 14) and the meeting lock (``workshop_lock_ins``,
    migrations 0009/0010)."""
    group = capture_bench.empty_group(db)
    times: dict[str, list[float]] = {"on": [], "off": []}
    block = max(5, bench.samples // 4)
    for round_ in range(4):
        for mode in ("off", "on") if round_ % 2 == 0 else ("on", "off"):
            with db.engine.begin() as conn:
                conn.execute(text(f"ALTER TABLE input {'DISABLE' if mode == 'off' else 'ENABLE'} TRIGGER {trigger}"))
            capture_bench.add_timed(db, group)  # untimed: statement caches after the ALTER
            times[mode] += [capture_bench.add_timed(db, group) for _ in range(block)]
    with db.engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE input ENABLE TRIGGER {trigger}"))
    on, off = times["on"], times["off"]
    return Figure(name, p95(off) * 1000, "ms", capture_bench.TARGET_MS,
                  peer=f"median {median(off) * 1000:.2f} ms; with {what} in the same blocks p95"
                       f" {p95(on) * 1000:.2f}, median {median(on) * 1000:.2f} ms; n={len(off)}+{len(on)}")
