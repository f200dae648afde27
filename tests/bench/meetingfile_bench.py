"""Figure 5 (and 7): import and export of the large meeting file (A's workshop.meetingfile)."""

from __future__ import annotations

import json
import time

from tests.bench import generate
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, alternate, median, missing
from workshop.db import Database
from workshop.services.meetings import delete_meeting

TARGET_S = 2.0


def measure(db: Database, bench: Bench, label: str) -> list[Figure]:
    try:
        from workshop.meetingfile import export_file, import_file
    except ImportError as error:
        reason = f"workshop.meetingfile not there yet ({error})"
        return [missing(f"import large meeting file ({label})", "s", TARGET_S, reason),
                missing(f"export large meeting file ({label})", "s", TARGET_S, reason)]
    large = generate.large_meeting_id(db)
    source = bench.workdir / "large.workshop.json"
    source.write_text(json.dumps(bench.large_file, ensure_ascii=False, indent=2), encoding="utf-8")
    out = bench.workdir / f"export-{label}.workshop.json"

    def do_import() -> float:
        t0 = time.perf_counter()
        changes = import_file(db, source)
        elapsed = time.perf_counter() - t0
        delete_meeting(db, changes.id)  # type: ignore[arg-type]  # untimed: same database every run
        return elapsed

    def do_export() -> float:
        t0 = time.perf_counter()
        export_file(db, large, out)
        return time.perf_counter() - t0

    times = alternate(max(bench.runs, 3) if bench.scale == "full" else bench.runs,
                      imp=do_import, exp=do_export)
    size = source.stat().st_size / 1e6
    return [
        Figure(f"import large meeting file ({label})", median(times["imp"]), "s", TARGET_S,
               peer=f"{size:.1f} MB file, median of {len(times['imp'])}"),
        Figure(f"export large meeting file ({label})", median(times["exp"]), "s", TARGET_S,
               peer=f"{out.stat().st_size / 1e6:.1f} MB file, median of {len(times['exp'])}"),
    ]


def run_sqlite(bench: Bench) -> list[Figure]:
    db = Database(bench.sqlite_url)
    try:
        return measure(db, bench, "SQLite")
    finally:
        db.close()
