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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    drop_session_schema()
    for folder in (os.environ["WORKSHOP_DATA_DIR"], os.environ["HOME"]):
        shutil.rmtree(folder, ignore_errors=True)


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
