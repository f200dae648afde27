"""What the services of rows that hang under one agenda item share (groups, working groups, remarks)."""

from __future__ import annotations

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.models import AgendaItem, Group, Remark, WorkingGroup
from workshop.services.rows import get


def delete_item_row(db: Database, model: type[Group | WorkingGroup | Remark], row_id: int,
                    *tables: str) -> ChangeSet:
    """Delete one row under an agenda item (what hangs under it goes with it, by its foreign keys).

    Refused by the database, with nothing deleted, once the item's meeting is locked for its
    referat (the meeting lock, migration 0009).
    ``tables`` are what the returned change set names as changed.
    """
    with db.session() as s:
        row = get(s, model, row_id)
        item = get(s, AgendaItem, row.item_id)
        s.delete(row)
        return changed(*tables, meeting_id=item.meeting_id, id=row_id)
