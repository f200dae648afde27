"""Snapshots of a row and everything that cascades from it, so a delete can be undone.

A snapshot keeps the rows with their ids and versions; restoring puts them back
as they were, so every other reference (undo steps, the selected meeting, a
version someone read before the delete) stays valid. Take the snapshot in the
same transaction as the delete (``Database.transaction``), so nothing added in
between is missing from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, exc, select
from sqlmodel import Session, SQLModel

from workshop.changes import KIND_OF_TABLE, KINDS, ChangeSet, changed
from workshop.db import Database, lock_refusal
from workshop.errors import ConflictError, NotFoundError, row_name

# What the user counts as captured content: losing it hurts.
CONTENT_TABLES = ("answer", "workgroup", "input", "candidate", "workinggroup", "remark",
                  "attendance", "itemabsence", "referatversion")


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

    def content(self) -> tuple[Any, ...]:
        """What the rows hold, apart from their versions: equal for two snapshots of one row when
        nobody changed it, or anything under it, in between (a laptop's own edit and its undo move
        the version but leave this as it was). Of the rows a delete only unlinks (SET NULL) just the
        link counts: deleting the row changes nothing else of theirs."""
        def held(table: str, row: dict[str, Any]) -> tuple[tuple[str, str], ...]:
            # A row under the root that a service wrote again (a member's dots set back) has a new
            # id but holds the same: only the root's own id says which row it is.
            root = table == self.root_table and row.get("id") == self.root_id
            return tuple(sorted((k, repr(v)) for k, v in row.items() if k != "version" and (root or k != "id")))

        rows = tuple(sorted((t, tuple(sorted(held(t, r) for r in rs))) for t, rs in self.rows.items() if rs))
        links = tuple(sorted((t, repr(r.get("id")), c, repr(v)) for t, r, c, v in self.nulled))
        return rows, links

    def content_count(self) -> int:
        """How many rows of captured content the delete would remove."""
        return self.count(*CONTENT_TABLES) + (
            self.count("meeting") if self.root_table == "committee" else 0)


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _mapped(table: Table) -> type[Any]:
    return next(m.class_ for m in SQLModel._sa_registry.mappers if m.local_table is table)


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
            raise NotFoundError(f"{row_name(table_name).capitalize()} (id {row_id}) findes ikke længere.")
        _collect(conn, table, [dict(root)], snap)
        root_row = snap.rows[table_name][0]
        snap.meeting_id = root_row.get("meeting_id") if table_name != "meeting" else row_id
        if snap.meeting_id is None and root_row.get("item_id") is not None:  # e.g. a working group
            items = SQLModel.metadata.tables["agendaitem"]
            snap.meeting_id = conn.execute(select(items.c.meeting_id).where(
                items.c.id == root_row["item_id"])).scalar()
    snap.committee_id = root_row.get("committee_id") if table_name != "committee" else row_id
    return snap


def restore(db: Database, snap: Snapshot, *, replace: bool = False) -> ChangeSet:
    """Put the snapshot's rows back, with their ids and versions, in one transaction.

    The ids came from the tables' own sequences, so PostgreSQL sequences are
    already past them; nothing needs resetting. References a delete set to NULL
    are set back through the ORM, so those rows' versions move on like any change.

    Args:
        replace: some rows still exist and were changed since (a merge kept its root and
            moved rows under it): those are set back to the snapshot through the ORM (their
            versions move on); the missing ones are inserted. Rows the snapshot does not
            know are left alone. Without it, a row whose id is taken is a conflict.

    Raises:
        LockedError: the meeting's referat was sent or approved since the delete.
        ConflictError: a row the snapshot's rows hang under was deleted meanwhile, or an id is taken.
    """
    with db.session() as s:
        for table in SQLModel.metadata.sorted_tables:  # parents before children
            rows = snap.rows.get(table.name)
            if rows:
                _put_back(s, table, rows, snap, replace)
        _relink(s, snap.nulled)
        if snap.root_table != "candidate" and snap.rows.get("candidatevote"):
            # a member's dots came back without their candidates: the totals are the dots' sums
            from workshop.services import voting

            voting.recount_candidates(s, [r["candidate_id"] for r in snap.rows["candidatevote"]])
    kinds = {KIND_OF_TABLE[t] for t in snap.rows if t in KIND_OF_TABLE} & KINDS
    return changed(*kinds, meeting_id=snap.meeting_id, committee_id=snap.committee_id,
                   id=snap.root_id)


def _relink(s: Session, nulled: list[tuple[str, dict[str, Any], str, Any]]) -> None:
    """Set the references a delete cleared back, through the ORM (one SELECT per table and
    500 rows: a deleted meeting's inputs can be thousands)."""
    by_table: dict[str, list[tuple[dict[str, Any], str, Any]]] = {}
    for table_name, row, column, value in nulled:
        by_table.setdefault(table_name, []).append((row, column, value))
    for table_name, entries in by_table.items():
        table = SQLModel.metadata.tables[table_name]
        cls, (key,) = _mapped(table), table.primary_key.columns  # SET NULL columns are on id-keyed tables
        found: dict[Any, Any] = {}
        ids = list(dict.fromkeys(row[key.name] for row, _, _ in entries))
        for start in range(0, len(ids), 500):
            found.update((getattr(r, key.name), r) for r in s.scalars(
                select(cls).where(key.in_(ids[start:start + 500]))))
        for row, column, value in entries:
            if (target := found.get(row[key.name])) is not None:
                setattr(target, column, value)


def _put_back(s: Session, table: Table, rows: list[dict[str, Any]], snap: Snapshot, replace: bool) -> None:
    missing = rows
    if replace:
        cls, missing = _mapped(table), []
        pk = {c.name for c in table.primary_key.columns}
        for row in rows:
            found = s.get(cls, _key(table, row))
            if found is None:
                missing.append(row)
                continue
            for name, value in row.items():
                if name not in pk and name != "version":
                    setattr(found, name, value)
        s.flush()  # before the inserts: a row set back may free a unique key an insert needs
    if not missing:
        return
    try:
        # Core, not the ORM: an ORM insert would start the version at 1 again
        s.connection().execute(table.insert(), missing)
    except exc.IntegrityError as error:
        if lock_refusal(error) is not None:
            raise  # the meeting is locked: Database._translate says so
        raise ConflictError(
            f"{row_name(snap.root_table).capitalize()} kan ikke sættes tilbage: noget, det hørte til,"
            " er slettet, eller dets plads er taget af en anden i mellemtiden."
        ) from error
