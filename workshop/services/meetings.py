"""Meetings of a committee: plan, open, close."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.limits import MAX_COUNT
from workshop.models import AgendaItem, Committee, Meeting
from workshop.services.referat.lock import meeting_locked
from workshop.services.rows import (
    apply,
    check_values,
    check_version,
    day,
    get,
    locked,
    required,
    text,
    whole_number,
)
from workshop.steps import steps_of

MEETING_FIELDS = {"title", "number", "starts_at", "location", "case_id", "purpose", "ended_at"}
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def clock(path: str, value: str | None) -> str | None:
    """A clock time ``HH:MM`` or None."""
    if value is None or value == "":
        return None
    if not _CLOCK.match(value):
        raise ValidationError(path, f'"{value}" er ikke et klokkeslæt på formen TT:MM')
    return value


def _number(value: Any) -> int:
    number = whole_number("number", value, MAX_COUNT, f"mødets nummer skal være et helt tal fra 1 til {MAX_COUNT}")
    if number < 1:
        raise ValidationError("number", f"mødets nummer skal være et helt tal fra 1 til {MAX_COUNT}")
    return number


def list_meetings(db: Database, committee_id: int | None = None) -> list[Meeting]:
    with db.session() as s:
        query = select(Meeting)
        if committee_id is not None:
            query = query.where(Meeting.committee_id == committee_id)
        return list(s.exec(query.order_by(col(Meeting.starts_at), col(Meeting.id))))


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    with db.session() as s:
        return get(s, Meeting, meeting_id)


def create_meeting(db: Database, committee_id: int, *, title: str, starts_at: datetime,
                   number: int | None = None, location: str = "", case_id: str = "",
                   purpose: str = "") -> ChangeSet:
    with db.session() as s:
        get(s, Committee, committee_id)
        row = Meeting(committee_id=committee_id, title=required("title", title),
                      starts_at=day("starts_at", starts_at),
                      number=_number(number) if number is not None else None,
                      location=text("location", location), case_id=text("case_id", case_id),
                      purpose=text("purpose", purpose))
        s.add(row)
        s.flush()
        return changed("meetings", committee_id=committee_id, meeting_id=row.id, id=row.id)


def update_meeting(db: Database, meeting_id: int, *, expected_version: int | None = None,
                   **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, Meeting, meeting_id)
        check_version(row, expected_version)
        if "title" in fields:
            fields["title"] = required("title", fields["title"])
        if "ended_at" in fields:
            fields["ended_at"] = clock("ended_at", fields["ended_at"])
        if fields.get("number") is not None:
            fields["number"] = _number(fields["number"])
        apply(row, fields, MEETING_FIELDS)
        return changed("meetings", committee_id=row.committee_id, meeting_id=row.id, id=row.id)


def close_meeting(db: Database, meeting_id: int, at: datetime | None = None) -> ChangeSet:
    """Record "mødet hævet kl." as the given (or the current) clock time."""
    at = at or datetime.now()
    return update_meeting(db, meeting_id, ended_at=at.strftime("%H:%M"))


def delete_meeting(db: Database, meeting_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, Meeting, meeting_id)
        s.delete(row)
        return changed("meetings", committee_id=row.committee_id, meeting_id=meeting_id)


def current_step(db: Database, meeting_id: int) -> tuple[int | None, str]:
    """The meeting's current item id (None before it starts) and step (``workshop/steps.py``)."""
    with db.session() as s:
        meeting = get(s, Meeting, meeting_id)
        return meeting.current_item_id, meeting.current_step


def set_current_step(db: Database, meeting_id: int, item_id: int | None, step: str = "", *,
                     at: datetime | None = None, expected: tuple[int | None, str] | None = None) -> ChangeSet:
    """Make ``item_id`` and ``step`` the meeting's current step; every screen follows it.

    The first time an item becomes current its actual start is recorded (``at`` or now),
    unless the meeting is closed ("hævet kl." set) or its referat is sent or approved: then
    the chair may still step through the meeting, but nothing the referat prints changes
    (browsing the held demo meeting printed today's clock as its items' "Faktisk" start).
    ``item_id`` None puts the meeting back before its first item (undo of the first step).

    ``expected``: the (item, step) that must still be current (an undo or redo of a move: not
    over a move another laptop made since); None: not checked (moving on is absolute).

    Raises:
        ValidationError: the item is not on this meeting's agenda, or the step is not one of its steps.
        ConflictError: the current step is no longer ``expected``.
    """
    with db.session() as s:
        meeting = locked(s, Meeting, meeting_id) if expected is not None else get(s, Meeting, meeting_id)
        if expected is not None:
            check_values("meeting", meeting_id, {"current": (meeting.current_item_id, meeting.current_step or "")},
                         {"current": (expected[0], expected[1] if expected[0] is not None else "")})
        if item_id is None:
            step = ""
        else:
            item = get(s, AgendaItem, item_id)
            if item.meeting_id != meeting_id:
                raise ValidationError("item", "punktet hører ikke til dette møde")
            if step not in steps_of(item.kind):
                raise ValidationError("step", f'"{step}" er ikke et trin i punktet "{item.title}"')
            if item.started_at is None and not meeting.ended_at and not meeting_locked(s, meeting_id):
                item.started_at = (at or datetime.now()).replace(microsecond=0)
        meeting.current_item_id, meeting.current_step = item_id, step
        return changed("items", "meetings", meeting_id=meeting_id, id=item_id)
