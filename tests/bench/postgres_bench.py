"""Figure 7: figures 2 and 5 again on PostgreSQL, in a throwaway schema."""

from __future__ import annotations

import os
import time

import benchdata
import capture_bench
import generate
import meetingfile_bench
from benchdata import Bench
from results import Figure, missing

from tests.pg_schema import pg_schema
from workshop.db import Database

NAMES = [("add input, 0 inputs, p95 (PostgreSQL)", "ms", capture_bench.TARGET_MS),
         ("add input, all inputs, p95 (PostgreSQL)", "ms", capture_bench.TARGET_MS),
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
            figures += meetingfile_bench.measure(db, bench, "PostgreSQL")
            for f in figures:
                f.extra["load_seconds"] = round(load, 2)
            return figures
        finally:
            db.close()
