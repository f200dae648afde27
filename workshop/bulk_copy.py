"""PostgreSQL bulk rows through psycopg 3's ``COPY ... FROM STDIN`` (see ``workshop.bulk``).

COPY streams the rows in one statement the server parses without planning an INSERT per
row; multi-row INSERTs spent most of the large meeting file's import (bench figure 7) in
SQL compilation and parameter binding. Rows whose ids are needed get them from the table's
own sequence first (``nextval``), so the sequence stays ahead of every id written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from psycopg import sql
from sqlalchemy import Column, Connection, Table

from workshop.bulk import Row

Processor = Callable[[Any], Any] | None


class CopyRowWriter:
    """COPY on the psycopg connection under ``conn``, inside its open transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        driver = conn.connection.driver_connection
        assert driver is not None  # a checked-out connection always has one
        self._driver: Any = driver

    def insert(self, table: Table, rows: list[Row]) -> None:
        if rows:
            self._copy(table, rows)

    def insert_returning_ids(self, table: Table, rows: list[Row]) -> list[int]:
        if not rows:
            return []
        ids = self._next_ids(table, len(rows))
        self._copy(table, [{**row, "id": id_} for row, id_ in zip(rows, ids, strict=True)])
        return ids

    def _next_ids(self, table: Table, n: int) -> list[int]:
        """``n`` new ids from the table's serial sequence, ascending like INSERTs would give them."""
        with self._driver.cursor() as cur:
            cur.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                        (_qualified_name(table), n))
            return sorted(row[0] for row in cur.fetchall())

    def _copy(self, table: Table, rows: list[Row]) -> None:
        columns = _copied_columns(table, rows[0])
        dialect = self._conn.dialect
        # The values COPY sends are what an INSERT would bind: e.g. a JSON column's list
        # goes through the dialect's JSON processor, a missing column gets its model default.
        plan: list[tuple[str, Any, Processor]] = []
        for column in columns:
            default = None if column.name in rows[0] else _scalar_default(column)
            plan.append((column.name, default, column.type.dialect_impl(dialect).bind_processor(dialect)))
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(*([table.schema] if table.schema else []), table.name),
            sql.SQL(", ").join(sql.Identifier(c.name) for c in columns))
        with self._driver.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                values = []
                for name, default, process in plan:
                    value = row.get(name, default)
                    values.append(process(value) if process is not None and value is not None else value)
                copy.write_row(values)


def _copied_columns(table: Table, row: Row) -> list[Column[Any]]:
    """The row's columns plus those with a model default; the rest keep the server's default."""
    return [c for c in table.columns if c.name in row or (c.default is not None and not c.primary_key)]


def _scalar_default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    if not default.is_scalar:
        raise ValueError(f"{column.table.name}.{column.name}: COPY needs a value or a scalar default")
    return default.arg  # type: ignore[attr-defined]


def _qualified_name(table: Table) -> str:
    name = f'"{table.name}"'
    return f'"{table.schema}".{name}' if table.schema else name
