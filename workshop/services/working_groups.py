"""Working groups (arbejdsgrupper): mandate, members, first meeting, report-back meeting."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import AgendaItem, Meeting, WorkingGroup, WorkingGroupMember
from workshop.services.committees import member_of_meeting
from workshop.services.referat import ensure_meeting_editable
from workshop.services.rows import apply, check_version, get, next_position, required, touch

WORKING_GROUP_FIELDS = {"name", "mandate", "meets_on", "reports_to", "position"}


def list_working_groups(db: Database, item_id: int) -> list[WorkingGroup]:
    with db.session() as s:
        return list(s.exec(select(WorkingGroup).where(WorkingGroup.item_id == item_id)
                           .order_by(col(WorkingGroup.position), col(WorkingGroup.id))))


def list_committee_working_groups(db: Database, committee_id: int) -> list[WorkingGroup]:
    """Every working group of a committee's meetings in one query, in meeting, item and
    group order (what list_working_groups per group-work item of each meeting gives)."""
    with db.session() as s:
        return list(s.exec(
            select(WorkingGroup)
            .join(AgendaItem, col(AgendaItem.id) == col(WorkingGroup.item_id))
            .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
            .where(Meeting.committee_id == committee_id, AgendaItem.kind == "working_groups")
            .order_by(col(Meeting.starts_at), col(Meeting.id), col(AgendaItem.position),
                      col(AgendaItem.id), col(WorkingGroup.position), col(WorkingGroup.id))))


def working_group_members(db: Database, working_group_id: int) -> list[int]:
    with db.session() as s:
        return [m.member_id for m in s.exec(select(WorkingGroupMember).where(
            WorkingGroupMember.working_group_id == working_group_id))]


def _dates(fields: dict[str, Any]) -> None:
    for key in ("meets_on", "reports_to"):
        if key in fields and fields[key] is not None and not isinstance(fields[key], date):
            raise ValidationError(key, "skal være en dato")


def add_working_group(db: Database, item_id: int, *, name: str, mandate: str = "",
                      member_ids: list[int] | None = None, meets_on: date | None = None,
                      reports_to: date | None = None) -> ChangeSet:
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        fields = {"mandate": mandate, "meets_on": meets_on, "reports_to": reports_to}
        _dates(fields)
        row = WorkingGroup(item_id=item_id, name=required("name", name),
                           position=next_position(s, WorkingGroup, WorkingGroup.item_id, item_id))
        apply(row, fields, WORKING_GROUP_FIELDS)
        s.add(row)
        s.flush()
        for mid in dict.fromkeys(member_ids or []):
            member_of_meeting(s, item.meeting_id, mid)
            s.add(WorkingGroupMember(working_group_id=row.id, member_id=mid))  # type: ignore[arg-type]
        ensure_meeting_editable(s, item.meeting_id)
        return changed("working_groups", meeting_id=item.meeting_id, id=row.id)


def update_working_group(db: Database, working_group_id: int, *,
                         expected_version: int | None = None, **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, WorkingGroup, working_group_id)
        check_version(row, expected_version)
        if "name" in fields:
            fields["name"] = required("name", fields["name"])
        _dates(fields)
        apply(row, fields, WORKING_GROUP_FIELDS)
        item = get(s, AgendaItem, row.item_id)
        ensure_meeting_editable(s, item.meeting_id)
        return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)


def set_working_group_members(db: Database, working_group_id: int, member_ids: list[int]) -> ChangeSet:
    with db.session() as s:
        row = get(s, WorkingGroup, working_group_id)
        item = get(s, AgendaItem, row.item_id)
        for old in s.exec(select(WorkingGroupMember).where(
                WorkingGroupMember.working_group_id == working_group_id)):
            s.delete(old)
        s.flush()
        for mid in dict.fromkeys(member_ids):
            member_of_meeting(s, item.meeting_id, mid)
            s.add(WorkingGroupMember(working_group_id=working_group_id, member_id=mid))
        touch(row)  # its members are part of it
        ensure_meeting_editable(s, item.meeting_id)
        return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)


def delete_working_group(db: Database, working_group_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, WorkingGroup, working_group_id)
        item = get(s, AgendaItem, row.item_id)
        s.delete(row)
        ensure_meeting_editable(s, item.meeting_id)
        return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)
