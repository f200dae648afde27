"""The databases a benchmark run measures: a generated SQLite file and a PostgreSQL schema."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from tests.bench import generate
from workshop.db import Database


@dataclass
class Bench:
    """What every figure module gets: sizes, repetitions and the generated data."""

    scale: str
    sizes: generate.Sizes
    runs: int  # repetitions behind a median
    samples: int  # samples behind a p95
    workdir: Path
    pg_url: str | None
    files: list[dict[str, Any]] = field(default_factory=list)
    sqlite_path: Path | None = None
    loaded_with: str = ""
    load_seconds: float = 0.0

    @property
    def large_file(self) -> dict[str, Any]:
        return self.files[-1]

    @property
    def sqlite_url(self) -> str:
        return f"sqlite:///{self.sqlite_path}"


def prepare(bench: Bench) -> None:
    """Generate the committee and write it into a fresh SQLite file in ``workdir``."""
    bench.files = generate.meetings(sizes=bench.sizes)
    path = bench.workdir / "bench.db"
    for p in bench.workdir.glob("bench.db*"):
        p.unlink()
    db = Database(f"sqlite:///{path}")
    t0 = time.perf_counter()
    bench.loaded_with = generate.write(db, bench.files)
    bench.load_seconds = time.perf_counter() - t0
    db.close()
    bench.sqlite_path = path


def pg_reachable(admin_url: str) -> str | None:
    """None when the server answers, else the reason it does not."""
    try:
        engine = create_engine(admin_url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # any failure means "not reachable"
        return str(error).splitlines()[0]
    return None
