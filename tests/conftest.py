"""Shared fixtures: a fresh database per test, on SQLite and (when reachable) PostgreSQL.

PostgreSQL runs in a schema of its own per test session, so parallel runs on one
server do not meet. In CI (``CI=true``) an unreachable PostgreSQL fails the run
instead of skipping: the shared-server mode must be tested there.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: without a display pytest-qt would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_DATA_DIR", tempfile.mkdtemp(prefix="workshop-test-data-"))

import pytest
from sqlalchemy import text

from tests.pg_schema import create_schema, drop_schema
from workshop.db import Database

PG_URL = os.environ.get("WORKSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_SCHEMA = f"ws_test_{os.getpid()}"
_pg_state: dict[str, object] = {}


def _pg_available() -> str | None:
    """The URL of a fresh test schema, or None when no server answers."""
    if "url" in _pg_state:
        return _pg_state["url"]  # type: ignore[return-value]
    # Tests that import this module as ``tests.conftest`` get a second copy of it;
    # the environment makes both copies share one schema instead of re-creating it.
    if os.environ.get("_WORKSHOP_PG_SCHEMA_URL"):
        _pg_state["url"] = os.environ["_WORKSHOP_PG_SCHEMA_URL"]
        return _pg_state["url"]  # type: ignore[return-value]
    url = None
    try:
        url = create_schema(PG_URL, _SCHEMA)
        os.environ["_WORKSHOP_PG_SCHEMA_URL"] = url
    except Exception as error:  # any failure means "not reachable"
        _pg_state["error"] = str(error)
    _pg_state["url"] = url
    return url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _pg_state.get("url"):
        drop_schema(PG_URL, _SCHEMA)


_pg_db: dict[str, Database] = {}
_sqlite_template: dict[str, Database] = {}


def _migrated_template() -> sqlite3.Connection:
    """The DB-API connection of an in-memory SQLite database migrated once per test session."""
    if "db" not in _sqlite_template:
        _sqlite_template["db"] = Database("sqlite://")
    return _sqlite_template["db"].engine.raw_connection().driver_connection  # type: ignore[return-value]


def migrated_sqlite(path: Path | None = None) -> Database:
    """A new migrated SQLite database, in memory or in the file ``path``.

    Migrating costs about half a second a database; this copies the session's migrated
    template instead (SQLite's backup API: the same pages, the same ``alembic_version``), so
    ``Database`` finds the schema at the head revision and migrates nothing.
    """
    if path is None:
        database = Database("sqlite://", migrate_schema=False)
        target = database.engine.raw_connection()
        try:
            _migrated_template().backup(target.driver_connection)  # type: ignore[arg-type]
        finally:
            target.close()
        return database
    with sqlite3.connect(path) as conn:
        _migrated_template().backup(conn)
    conn.close()
    return Database(f"sqlite:///{path}")


def _truncate_all(db: Database) -> None:
    from sqlmodel import SQLModel

    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def pg_url_or_skip() -> str:
    url = _pg_available()
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI but not reachable: {_pg_state.get('error')}")
        pytest.skip(f"PostgreSQL not reachable: {_pg_state.get('error')}")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """An empty, migrated database: SQLite in memory, and the same on PostgreSQL."""
    if request.param == "sqlite":
        database = migrated_sqlite()
        yield database
        database.close()
        return
    url = pg_url_or_skip()
    if "pg" not in _pg_db:
        _pg_db["pg"] = Database(url)
    database = _pg_db["pg"]
    _truncate_all(database)
    yield database


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """The ``db`` fixture's PostgreSQL database alone (for what only a shared server does: live changes)."""
    url = pg_url_or_skip()
    if "pg" not in _pg_db:
        _pg_db["pg"] = Database(url)
    database = _pg_db["pg"]
    _truncate_all(database)
    yield database


@pytest.fixture
def sqlite_db() -> Iterator[Database]:
    database = migrated_sqlite()
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: object) -> Iterator[Database]:
    """A SQLite file database (WAL, real fsync) in a temporary folder."""
    database = migrated_sqlite(Path(f"{tmp_path}/workshop.db"))
    yield database
    database.close()


@pytest.fixture(params=["sqlite-file", "postgresql"])
def shared_db(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Database]:
    """A database that several connections write at once: a SQLite file (WAL) and PostgreSQL.

    In-memory SQLite (the ``db`` fixture) shares one connection, so it cannot race.
    """
    if request.param == "sqlite-file":
        database = migrated_sqlite(Path(f"{tmp_path}/shared.db"))
    else:
        database = Database(pg_url_or_skip())
        _truncate_all(database)
    yield database
    database.close()
