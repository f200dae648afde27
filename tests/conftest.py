"""Shared fixtures: a fresh database per test, on SQLite and (when reachable) PostgreSQL.

The databases themselves come from ``tests/databases.py``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: without a display pytest-qt would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A data folder and a home of their own per test process (each xdist worker imports this
# anew, after inheriting the controller's environment): logs, keys, Qt's test-mode settings
# (~/.qttest) and what child processes write under ~ are never shared by two parallel workers.
os.environ["WORKSHOP_DATA_DIR"] = tempfile.mkdtemp(prefix="workshop-test-data-")
os.environ["HOME"] = tempfile.mkdtemp(prefix="workshop-test-home-")

import pytest

from tests.databases import drop_session_schema, empty_pg, migrated_sqlite, pg_url_or_skip, truncate_all
from workshop.db import Database


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: two workers per core, at most eight. About half of the suite's time is
    waiting (on the server, the network proxy, child processes, timers), which a second
    worker per core fills: here (2 cores) 190 s with two workers, 145 s with four."""
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    drop_session_schema()
    for folder in (os.environ["WORKSHOP_DATA_DIR"], os.environ["HOME"]):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder per test: what one test's window kept there (unsaved texts, keys) is not
    found by the next test, whose rows have the same ids."""
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty, migrated database: SQLite in memory, and the same on PostgreSQL."""
    if request.param == "sqlite":
        database = migrated_sqlite()
        yield database
        database.close()
        return
    yield empty_pg()


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """The ``db`` fixture's PostgreSQL database alone (for what only a shared server does: live changes)."""
    yield empty_pg()


@pytest.fixture
def sqlite_db() -> Iterator[Database]:
    database = migrated_sqlite()
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite file database (WAL, real fsync) in a temporary folder."""
    database = migrated_sqlite(tmp_path / "workshop.db")
    yield database
    database.close()


@pytest.fixture(params=["sqlite-file", "postgresql"])
def shared_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database that several connections write at once: a SQLite file (WAL) and PostgreSQL.

    In-memory SQLite (the ``db`` fixture) shares one connection, so it cannot race.
    """
    if request.param == "sqlite-file":
        database = migrated_sqlite(tmp_path / "shared.db")
    else:
        database = Database(pg_url_or_skip())
        truncate_all(database)
    yield database
    database.close()
