"""Writing many rows of one table at once (the meeting-file import), the fastest way each dialect has.

``row_writer(session)`` gives a ``RowWriter`` on the session's own connection, so the rows
are part of the session's transaction: a failure later rolls them back with everything else.
Rows are plain dicts keyed by column name; every row of one call has the same keys, and
columns left out get their model default.

- PostgreSQL (psycopg 3): ``COPY ... FROM STDIN`` (``workshop.bulk_copy``).
- Any other database (SQLite): one executemany per call; ids come back through RETURNING.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import Connection, Table, insert
from sqlmodel import Session

Row = dict[str, Any]


class RowWriter(Protocol):
    def insert(self, table: Table, rows: list[Row]) -> None:
        """Insert ``rows``; their ids are not needed."""

    def insert_returning_ids(self, table: Table, rows: list[Row]) -> list[int]:
        """Insert ``rows`` and return their new ``id``s, in the order of ``rows``."""


class SqlRowWriter:
    """Plain INSERTs: one executemany per call (SQLAlchemy batches them as multi-row VALUES)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def insert(self, table: Table, rows: list[Row]) -> None:
        if rows:
            self._conn.execute(insert(table), rows)

    def insert_returning_ids(self, table: Table, rows: list[Row]) -> list[int]:
        if not rows:
            return []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self._conn.execute(statement, rows).scalars())


def row_writer(session: Session) -> RowWriter:
    """The writer for the session's database, on the connection of its current transaction."""
    conn = session.connection()
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        from workshop.bulk_copy import CopyRowWriter

        return CopyRowWriter(conn)
    return SqlRowWriter(conn)
