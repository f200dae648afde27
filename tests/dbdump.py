"""A full dump of a database's rows, to compare states exactly (undo back to the state before)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from sqlalchemy import Column, Table, select, text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from workshop.db import Database

Dump = dict[str, list[tuple[Any, ...]]]
Versions = dict[tuple[str, int], int]

# Rows their services find by who and where (meeting and member, item and member, ...), never
# by id, and make anew when an undo or redo sets them again: their ids mean nothing, so they
# are compared without them, by their unique key.
BY_NATURAL_KEY = ("attendance", "answer", "candidatevote", "itemabsence")


def _plain(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else value


def _queries() -> list[tuple[Table, list[Column[Any]], list[Column[Any]], bool]]:
    """Per table: its columns as dumped, the order, and whether the id and version follow."""
    out = []
    for table in SQLModel.metadata.sorted_tables:
        natural = table.name in BY_NATURAL_KEY
        cols = [c for c in table.c if c.name != "version" and not (natural and c.name == "id")]
        out.append((table, cols, cols if natural else list(table.primary_key.columns), "version" in table.c))
    return out


def dump_and_versions(db: Database, conn: Connection | None = None) -> tuple[Dump, Versions]:
    """Every row of every table, and ``(table, id) -> version`` of every versioned row.

    The dump leaves out ``version`` columns, because undo is a change like any other: it
    moves the versions of the rows it sets back on (compare the versions apart), and the
    ids of the tables in ``BY_NATURAL_KEY``. Rows are in primary-key order. On PostgreSQL
    all tables come in one round trip (as JSON), which keeps a dump after every step cheap.
    ``conn`` reads inside an open transaction (what it has written so far); default: a new connection.
    """
    rows_out: Dump = {}
    versions: Versions = {}
    queries = _queries()
    with contextlib.nullcontext(conn) if conn is not None else db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            parts = []
            for table, cols, order, versioned in queries:
                fields = ", ".join(f'"{c.name}"' for c in [*cols, *([table.c.id, table.c.version] if versioned else [])])
                by = ", ".join(f'"{c.name}"' for c in order)
                parts.append(f"(SELECT coalesce(json_agg(json_build_array({fields}) ORDER BY {by}), '[]')"
                             f' FROM "{table.name}")')
            tables = conn.execute(text("SELECT " + ", ".join(parts))).one()
        else:
            tables = tuple(conn.execute(select(*cols, *([table.c.id, table.c.version] if versioned else []))
                                        .order_by(*order)).all() for table, cols, order, versioned in queries)
    for (table, cols, _order, versioned), rows in zip(queries, tables, strict=True):
        rows_out[table.name] = [tuple(_plain(v) for v in row[:len(cols)]) for row in rows]
        if versioned:
            versions.update({(table.name, row[-2]): row[-1] for row in rows})
    return rows_out, versions


def dump(db: Database, conn: Connection | None = None) -> Dump:
    """``dump_and_versions`` without the versions."""
    return dump_and_versions(db, conn)[0]


def diff(before: Dump, after: Dump) -> str:
    """The rows that differ, table by table, for an assertion message."""
    lines = []
    for name in before:
        gone = sorted(set(before[name]) - set(after[name]), key=str)
        new = sorted(set(after[name]) - set(before[name]), key=str)
        lines += [f"{name} -{row}" for row in gone] + [f"{name} +{row}" for row in new]
    return "\n".join(lines)
