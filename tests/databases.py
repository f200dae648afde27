"""The test databases: migrated SQLite copies, and one PostgreSQL schema per test session.

Fixtures (``tests/conftest.py``, ``tests/room/conftest.py``) and tests import these from
here, as ``tests.databases``: one module, so one schema and one cache however it is reached.
PostgreSQL runs in a schema of its own per test session, so parallel runs on one server do
not meet. In CI (``CI=true``) an unreachable PostgreSQL fails the run instead of skipping:
the shared-server mode must be tested there.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.pg_schema import create_schema, drop_schema
from workshop.db import Database

PG_URL = os.environ.get("WORKSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_SCHEMA = f"ws_test_{os.getpid()}"
_pg_state: dict[str, str | None] = {}
_pg_db: dict[str, Database] = {}
_sqlite_template: dict[str, Database] = {}


def _pg_available() -> str | None:
    """The URL of this session's fresh schema, or None when no server answers."""
    if "url" not in _pg_state:
        try:
            _pg_state["url"] = create_schema(PG_URL, _SCHEMA)
        except Exception as error:  # any failure means "not reachable"
            _pg_state["url"], _pg_state["error"] = None, str(error)
    return _pg_state["url"]


def pg_url_or_skip() -> str:
    """The session schema's URL; skips the test when PostgreSQL is not reachable (fails in CI)."""
    url = _pg_available()
    if url is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI but not reachable: {_pg_state.get('error')}")
        pytest.skip(f"PostgreSQL not reachable: {_pg_state.get('error')}")
    return url


def drop_session_schema() -> None:
    """Drop this session's schema, if it was made."""
    if _pg_state.get("url"):
        drop_schema(PG_URL, _SCHEMA)


def truncate_all(db: Database) -> None:
    """Empty every table of ``SQLModel.metadata`` on PostgreSQL; ids start at 1 again.

    One round trip of DELETEs with the triggers off (``session_replication_role``: no
    foreign-key checks, live notices or locks fire) and the sequences restarted: about a
    quarter of what TRUNCATE costs, which makes new files for every table, and this runs
    before every PostgreSQL test. Without the superuser right that needs: TRUNCATE.
    """
    from sqlmodel import SQLModel

    tables = [f'"{t.name}"' for t in SQLModel.metadata.sorted_tables]
    with db.engine.begin() as conn:
        sequences = conn.execute(text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"
                                      " AND sequencename = ANY(:names)"),
                                 {"names": [f"{t.name}_id_seq" for t in SQLModel.metadata.sorted_tables]}).scalars()
        restarts = "".join(f'ALTER SEQUENCE "{name}" RESTART; ' for name in sequences)
        superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar_one()
        if superuser:
            deletes = "".join(f"DELETE FROM {name}; " for name in tables)
            conn.exec_driver_sql(f"SET LOCAL session_replication_role = replica; {deletes}{restarts}")
        else:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))


def empty_pg() -> Database:
    """The session schema's database, migrated once and emptied for this test."""
    url = pg_url_or_skip()
    if "pg" not in _pg_db:
        _pg_db["pg"] = Database(url)
    database = _pg_db["pg"]
    truncate_all(database)
    return database


def _migrated_template() -> sqlite3.Connection:
    """The DB-API connection of an in-memory SQLite database migrated once per test session."""
    if "db" not in _sqlite_template:
        _sqlite_template["db"] = Database("sqlite://")
    connection = _sqlite_template["db"].engine.raw_connection().driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def migrated_sqlite(path: Path | None = None) -> Database:
    """A new migrated SQLite database, in memory or in the file ``path``.

    Migrating costs about 0.07 s a database (0.5 s on a loaded machine); this copies the
    session's migrated template instead (SQLite's backup API: the same pages, the same
    ``alembic_version``), so ``Database`` finds the schema at the head revision and
    migrates nothing.
    """
    if path is None:
        database = Database("sqlite://", migrate_schema=False)
        target = database.engine.raw_connection()
        try:
            connection = target.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            _migrated_template().backup(connection)
        finally:
            target.close()
        return database
    with sqlite3.connect(path) as conn:
        _migrated_template().backup(conn)
    conn.close()
    return Database(f"sqlite:///{path}")
