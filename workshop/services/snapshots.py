"""Snapshots of a row and everything that cascades from it, so a delete can be undone.

A snapshot keeps the rows with their ids; restoring puts them back with the same
ids, so every other reference (undo steps, the selected meeting) stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, select, update
from sqlmodel import SQLModel

from workshop.changes import KINDS, ChangeSet, changed
from workshop.db import Database
from workshop.errors import NotFoundError

# What the user counts as captured content: losing it hurts.
CONTENT_TABLES = ("answer", "workgroup", "input", "candidate", "workinggroup", "remark",
                  "attendance", "itemabsence", "referatversion")
_KINDS_OF_TABLE = {
    "committee": "committees", "member": "members", "task": "tasks", "meeting": "meetings",
    "attendance": "attendance", "agendaitem": "items", "attachment": "items", "itemabsence": "attendance",
    "answer": "answers", "workgroup": "groups", "groupmember": "groups", "input": "inputs",
    "candidate": "candidates", "workinggroup": "working_groups", "workinggroupmember": "working_groups",
    "remark": "remarks", "referatversion": "referat", "referatapproval": "referat",
}


@dataclass
class Snapshot:
    """Rows by table name, plus the columns a SET NULL delete would clear."""

    root_table: str
    root_id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nulled: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)
    meeting_id: int | None = None
    committee_id: int | None = None

    def count(self, *tables: str) -> int:
        return sum(len(self.rows.get(t, [])) for t in tables)

    def content_count(self) -> int:
        """How many rows of captured content the delete would remove."""
        return self.count(*CONTENT_TABLES) + (
            self.count("meeting") if self.root_table == "committee" else 0)


def _pk_filter(table: Table, row: dict[str, Any]) -> Any:
    return and_(*(c == row[c.name] for c in table.primary_key.columns))


def _collect(conn: Any, table: Table, rows: list[dict[str, Any]], snap: Snapshot) -> None:
    """Add ``rows`` of ``table`` and, recursively, every row that references them."""
    if not rows:
        return
    seen = snap.rows.setdefault(table.name, [])
    keys = {tuple(r[c.name] for c in table.primary_key.columns) for r in seen}
    fresh = [r for r in rows if tuple(r[c.name] for c in table.primary_key.columns) not in keys]
    if not fresh:
        return
    seen.extend(fresh)
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            values = [r[fk.column.name] for r in fresh]
            found = [dict(m) for m in conn.execute(
                select(child).where(fk.parent.in_(values))).mappings()]
            if (fk.ondelete or "").upper() == "SET NULL":
                for r in found:
                    snap.nulled.append((child.name, r, fk.parent.name, r[fk.parent.name]))
            else:
                _collect(conn, child, found, snap)


def take(db: Database, table_name: str, row_id: int) -> Snapshot:
    """Everything that deleting row ``row_id`` of ``table_name`` would remove.

    Raises:
        NotFoundError: the row does not exist.
    """
    table = SQLModel.metadata.tables[table_name]
    snap = Snapshot(table_name, row_id)
    with db.session() as s:
        conn = s.connection()
        root = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if root is None:
            raise NotFoundError(f"Rækken (id {row_id}) findes ikke længere.")
        _collect(conn, table, [dict(root)], snap)
        root_row = snap.rows[table_name][0]
        snap.meeting_id = root_row.get("meeting_id") if table_name != "meeting" else row_id
        if snap.meeting_id is None and root_row.get("item_id") is not None:  # e.g. a working group
            items = SQLModel.metadata.tables["agendaitem"]
            snap.meeting_id = conn.execute(select(items.c.meeting_id).where(
                items.c.id == root_row["item_id"])).scalar()
    snap.committee_id = root_row.get("committee_id") if table_name != "committee" else row_id
    return snap


def restore(db: Database, snap: Snapshot) -> ChangeSet:
    """Put the snapshot's rows back, with their ids, in one transaction.

    The ids came from the tables' own sequences, so PostgreSQL sequences are
    already past them; nothing needs resetting.

    Raises:
        LockedError: the meeting's referat was sent or approved since the delete.
    """
    with db.session() as s:
        if snap.meeting_id is not None and snap.root_table not in ("meeting", "committee"):
            # putting an item (or its content) back changes the meeting: not once its referat is locked
            from workshop.services.referat import ensure_meeting_editable

            ensure_meeting_editable(s, snap.meeting_id)
        conn = s.connection()
        for table in SQLModel.metadata.sorted_tables:
            rows = snap.rows.get(table.name)
            if rows:
                conn.execute(table.insert(), rows)
        for table_name, row, column, value in snap.nulled:
            table = SQLModel.metadata.tables[table_name]
            conn.execute(update(table).where(_pk_filter(table, row)).values({column: value}))
    kinds = {_KINDS_OF_TABLE[t] for t in snap.rows if t in _KINDS_OF_TABLE} & KINDS
    return changed(*kinds, meeting_id=snap.meeting_id, committee_id=snap.committee_id,
                   id=snap.root_id)

