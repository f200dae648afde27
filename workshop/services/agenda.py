"""The agenda: ordered items with their case sections, kind and time box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.limits import MAX_PLANNED_MINUTES
from workshop.models import ITEM_ABSENCE_KINDS, ITEM_KINDS, AgendaItem, Attachment, ItemAbsence, Meeting
from workshop.referat.danish import long_date
from workshop.schedule import planned_starts
from workshop.services.committees import member_of_meeting
from workshop.services.meetings import set_current_step
from workshop.services.rows import (
    apply,
    check_values,
    check_version,
    get,
    locked,
    next_position,
    one_of,
    required,
    touch,
    whole_number,
)
from workshop.steps import first_step

ITEM_FIELDS = {
    "title", "kind", "open", "case_id", "planned_minutes", "summary", "background", "presentation",
    "economy", "previous_decisions", "recommended_by", "recommendations", "decided_by", "decision",
    "question", "discussion_questions", "perspectives", "started_at", "next_meeting_on",
}


def list_items(db: Database, meeting_id: int) -> list[AgendaItem]:
    with db.session() as s:
        return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                           .order_by(col(AgendaItem.position), col(AgendaItem.id))))


def get_item(db: Database, item_id: int) -> AgendaItem:
    with db.session() as s:
        return get(s, AgendaItem, item_id)


def _check_fields(fields: dict[str, Any]) -> None:
    if "title" in fields:
        fields["title"] = required("title", fields["title"])
    if "kind" in fields:
        one_of("kind", fields["kind"], ITEM_KINDS)
    if fields.get("planned_minutes") is not None:
        whole_number("planned_minutes", fields["planned_minutes"], MAX_PLANNED_MINUTES,
                     f"skal være et helt antal minutter fra 0 til {MAX_PLANNED_MINUTES}")


def add_item(db: Database, meeting_id: int, *, title: str, kind: str = "case",
             position: int | None = None, **fields: Any) -> ChangeSet:
    """Add an item at the end, or at ``position`` (0-based), moving later items down."""
    with db.session() as s:
        get(s, Meeting, meeting_id)
        fields = {"title": title, "kind": kind, **fields}
        _check_fields(fields)
        end = next_position(s, AgendaItem, AgendaItem.meeting_id, meeting_id)
        row = AgendaItem(meeting_id=meeting_id, title=fields["title"], position=end)
        apply(row, {k: v for k, v in fields.items() if k != "title"}, ITEM_FIELDS)
        s.add(row)
        s.flush()
        if position is not None and position < end:
            _reorder(_in_order(s, meeting_id), row.pk, position)
        return changed("items", meeting_id=meeting_id, id=row.id)


def _next_meeting(s: Any, row: AgendaItem, fields: dict[str, Any]) -> None:
    """An Afrunding (closing) item may say when the committee meets next: a date, not before this meeting."""
    value = fields.get("next_meeting_on")
    if value is None:
        return
    if fields.get("kind", row.kind) != "closing":
        raise ValidationError("next_meeting_on", "Næste mødes dato hører til punktet Afrunding")
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError("next_meeting_on", "Næste møde skal være en dato")
    day = get(s, Meeting, row.meeting_id).starts_at.date()
    if value < day:
        raise ValidationError("next_meeting_on", f"Næste møde ({long_date(value)}) kan ikke ligge før"
                                                 f" dette møde ({long_date(day)})")


def update_item(db: Database, item_id: int, *, expected_version: int | None = None,
                **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, AgendaItem, item_id)
        check_version(row, expected_version)
        _check_fields(fields)
        _next_meeting(s, row, fields)
        apply(row, fields, ITEM_FIELDS)
        return changed("items", meeting_id=row.meeting_id, id=row.id)


def delete_item(db: Database, item_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, AgendaItem, item_id)
        s.delete(row)
        s.flush()
        _renumber(s, row.meeting_id)
        return changed("items", "answers", "groups", "inputs", "candidates", "working_groups",
                       "remarks", meeting_id=row.meeting_id, id=item_id)


def move_item(db: Database, item_id: int, position: int, *,
              expected_order: Sequence[int] | None = None) -> ChangeSet:
    """Move an item to ``position`` (0-based) in its meeting's agenda.

    ``expected_order``: the meeting's item ids in the order the screen showed them (None: not
    checked, for imports and restores). The agenda's order is the meeting's: its row is locked
    (``rows.locked``), so two laptops' moves run one after the other, and a move based on an
    order another laptop has changed since is refused, carrying the order stored now (``order``).
    """
    with db.session() as s:
        row = get(s, AgendaItem, item_id)
        if expected_order is not None:
            locked(s, Meeting, row.meeting_id)
        rows = _in_order(s, row.meeting_id)
        check_values("agenda", row.meeting_id, {"order": [r.id for r in rows]},
                     None if expected_order is None else {"order": list(expected_order)})
        _reorder(rows, item_id, position)
        return changed("items", meeting_id=row.meeting_id, id=item_id)


def moved(order: Sequence[int], item_id: int, position: int) -> list[int]:
    """``order`` with ``item_id`` moved to ``position`` (clamped to the agenda), as ``move_item`` moves it."""
    ids = [i for i in order if i != item_id]
    ids.insert(max(0, min(position, len(ids))), item_id)
    return ids


def _in_order(s: Any, meeting_id: int) -> list[AgendaItem]:
    return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                       .order_by(col(AgendaItem.position), col(AgendaItem.id))))


def _reorder(rows: list[AgendaItem], item_id: int, position: int) -> None:
    by_id = {r.id: r for r in rows}
    for i, rid in enumerate(moved([r.pk for r in rows], item_id, position)):
        if by_id[rid].position != i:
            by_id[rid].position = i


def _renumber(s: Any, meeting_id: int) -> None:
    rows = s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                  .order_by(col(AgendaItem.position), col(AgendaItem.id)))
    for i, r in enumerate(rows):
        r.position = i


def list_attachments(db: Database, item_id: int) -> list[Attachment]:
    with db.session() as s:
        return list(s.exec(select(Attachment).where(Attachment.item_id == item_id)
                           .order_by(col(Attachment.position))))


def set_attachments(db: Database, item_id: int, attachments: list[tuple[str, bool]], *,
                    expected_version: int | None = None) -> ChangeSet:
    """Replace the item's bilag with ``(title, recommended)`` pairs, in order (``expected_version``:
    the item's version the edit is based on; the bilag are part of the item)."""
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        check_version(item, expected_version)
        for old in s.exec(select(Attachment).where(Attachment.item_id == item_id)):
            s.delete(old)
        for i, (title, recommended) in enumerate(attachments):
            s.add(Attachment(item_id=item_id, position=i,
                             title=required(f"attachments[{i}].title", title),
                             recommended=bool(recommended)))
        touch(item)  # its bilag are part of it
        return changed("items", meeting_id=item.meeting_id, id=item_id)


def list_item_absences(db: Database, meeting_id: int) -> list[ItemAbsence]:
    with db.session() as s:
        return list(s.exec(select(ItemAbsence).join(AgendaItem)
                           .where(AgendaItem.meeting_id == meeting_id)))


def item_absence_kind(kinds: Iterable[str]) -> str | None:
    """The one kind a member's absences for an item show as: ``conflict`` (inhabil) before
    ``absent``; None when there are none. Imports may store both; the screens show one."""
    found = set(kinds)
    return next((k for k in reversed(ITEM_ABSENCE_KINDS) if k in found), None)


def set_item_absence(db: Database, item_id: int, member_id: int, *, kind: str = "absent",
                     on: bool = True, expected: dict[str, str | None] | None = None) -> ChangeSet:
    """Mark a member away (``absent``) or inhabile (``conflict``) for one item, or clear it.

    ``expected``: the member's absence for the item as the screen showed it, ``{"kind": None,
    "absent" or "conflict"}`` (``item_absence_kind``); None: not checked (imports, the CLI).

    Raises:
        ConflictError: another laptop changed it since; carries ``{"kind": …}`` stored now.
    """
    one_of("kind", kind, ITEM_ABSENCE_KINDS)
    with db.session() as s:
        item = locked(s, AgendaItem, item_id)  # an item's absences change one writer at a time
        member_of_meeting(s, item.meeting_id, member_id)
        stored = list(s.exec(select(ItemAbsence).where(ItemAbsence.item_id == item_id,
                                                       ItemAbsence.member_id == member_id)))
        check_values("itemabsence", item_id, {"kind": item_absence_kind(a.kind for a in stored)},
                     expected)
        existing = next((a for a in stored if a.kind == kind), None)
        if on and existing is None:
            s.add(ItemAbsence(item_id=item_id, member_id=member_id, kind=kind))
        elif not on and existing is not None:
            s.delete(existing)
        return changed("attendance", "items", meeting_id=item.meeting_id, id=item_id)


def start_item(db: Database, item_id: int, at: datetime | None = None) -> ChangeSet:
    """Make the item the meeting's current step (its first step), recording its actual start."""
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        meeting_id, kind = item.meeting_id, item.kind
    return set_current_step(db, meeting_id, item_id, first_step(kind), at=at)


@dataclass(frozen=True)
class ScheduleRow:
    item_id: int
    number: int
    title: str
    planned_start: datetime
    planned_minutes: int
    actual_start: datetime | None


def schedule(db: Database, meeting_id: int) -> list[ScheduleRow]:
    """Planned start times from the meeting start and the time boxes, beside the actual ones."""
    with db.session() as s:
        meeting = get(s, Meeting, meeting_id)
        items = s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                       .order_by(col(AgendaItem.position), col(AgendaItem.id)))
        return schedule_rows(meeting.starts_at, list(items))


def schedule_rows(starts_at: datetime, items: Sequence[AgendaItem]) -> list[ScheduleRow]:
    """``schedule`` for items already read (in agenda order): a screen that has just listed the
    items need not read them a second time."""
    starts = planned_starts(starts_at, (item.planned_minutes for item in items))
    return [ScheduleRow(item.pk, i, item.title, start, item.planned_minutes or 0, item.started_at)
            for i, (item, start) in enumerate(zip(items, starts, strict=True), start=1)]
