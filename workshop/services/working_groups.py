"""Working groups (arbejdsgrupper): mandate, members, first meeting, report-back meeting.

Members are committee members, present at the meeting or not, and people from outside the
committee (``WorkingGroupGuest``: a name and an organisation). At most one committee
member is the group's convener (*tovholder*), kept on their ``WorkingGroupMember`` row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import AgendaItem, Meeting, WorkingGroup, WorkingGroupGuest, WorkingGroupMember
from workshop.referat.danish import long_date
from workshop.services.committees import member_of_meeting
from workshop.services.item_rows import delete_item_row
from workshop.services.rows import (
    apply,
    check_values,
    check_version,
    get,
    locked,
    next_position,
    required,
    text,
    touch,
)

WORKING_GROUP_FIELDS = {"name", "mandate", "meets_on", "reports_to", "position"}


def list_working_groups(db: Database, item_id: int) -> list[WorkingGroup]:
    with db.session() as s:
        return list(s.exec(select(WorkingGroup).where(WorkingGroup.item_id == item_id)
                           .order_by(col(WorkingGroup.position), col(WorkingGroup.id))))


def _committee_groups(s: Session, committee_id: int | None) -> list[tuple[WorkingGroup, int]]:
    """Working groups with their committee's id, in meeting, item and group order (what
    list_working_groups per group-work item of each meeting gives); one query."""
    query = (select(WorkingGroup, Meeting.committee_id)
             .join(AgendaItem, col(AgendaItem.id) == col(WorkingGroup.item_id))
             .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
             .where(AgendaItem.kind == "working_groups"))
    if committee_id is not None:
        query = query.where(Meeting.committee_id == committee_id)
    return list(s.exec(query.order_by(col(Meeting.starts_at), col(Meeting.id), col(AgendaItem.position),
                                      col(AgendaItem.id), col(WorkingGroup.position), col(WorkingGroup.id))))


def list_committee_working_groups(db: Database, committee_id: int) -> list[WorkingGroup]:
    """Every working group of a committee's meetings in one query, in meeting, item and group order."""
    with db.session() as s:
        return [wg for wg, _ in _committee_groups(s, committee_id)]


def working_groups_by_committee(db: Database) -> dict[int, list[WorkingGroup]]:
    """Every committee's working groups, as ``list_committee_working_groups`` gives them, in one
    query for all committees (the navigator's tree: no query per committee)."""
    grouped: dict[int, list[WorkingGroup]] = {}
    with db.session() as s:
        for wg, committee_id in _committee_groups(s, None):
            grouped.setdefault(committee_id, []).append(wg)
    return grouped


def working_group_members(db: Database, working_group_id: int) -> list[int]:
    with db.session() as s:
        return [m.member_id for m in s.exec(select(WorkingGroupMember).where(
            WorkingGroupMember.working_group_id == working_group_id))]


def working_group_convener(db: Database, working_group_id: int) -> int | None:
    """The member who is the group's convener (tovholder), if one is."""
    with db.session() as s:
        return s.exec(select(WorkingGroupMember.member_id).where(
            WorkingGroupMember.working_group_id == working_group_id,
            col(WorkingGroupMember.convener))).first()


def working_group_guests(db: Database, working_group_id: int) -> list[tuple[str, str]]:
    """The members from outside the committee, in order: (name, organisation)."""
    with db.session() as s:
        return [(g.name, g.organisation) for g in s.exec(
            select(WorkingGroupGuest).where(WorkingGroupGuest.working_group_id == working_group_id)
            .order_by(col(WorkingGroupGuest.position), col(WorkingGroupGuest.id)))]


_DATE_NAMES = {"meets_on": "Første møde", "reports_to": "Tilbagemeldingen"}


def _dates(fields: dict[str, Any], meeting_day: date, row: WorkingGroup | None = None) -> None:
    """Dates are dates, not before the meeting that sets the group up, and the report-back
    not before the group's first meeting (``row``: the group's dates that stay as they are)."""
    for key in ("meets_on", "reports_to"):
        value = fields.get(key)
        if value is None:
            continue
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValidationError(key, "skal være en dato")
        if value < meeting_day:
            raise ValidationError(key, f"{_DATE_NAMES[key]} ({long_date(value)}) kan ikke ligge før mødet,"
                                       f" der nedsætter gruppen ({long_date(meeting_day)})")
    meets = fields.get("meets_on", row.meets_on if row else None)
    reports = fields.get("reports_to", row.reports_to if row else None)
    if meets is not None and reports is not None and reports < meets:
        key = "reports_to" if "reports_to" in fields else "meets_on"
        raise ValidationError(key, f"Tilbagemeldingen ({long_date(reports)}) kan ikke ligge før gruppens"
                                   f" første møde ({long_date(meets)})")


def _meeting_day(s: Any, item: AgendaItem) -> date:
    return get(s, Meeting, item.meeting_id).starts_at.date()


def add_working_group(db: Database, item_id: int, *, name: str, mandate: str = "",
                      member_ids: list[int] | None = None, meets_on: date | None = None,
                      reports_to: date | None = None) -> ChangeSet:
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        fields = {"mandate": mandate, "meets_on": meets_on, "reports_to": reports_to}
        _dates(fields, _meeting_day(s, item))
        row = WorkingGroup(item_id=item_id, name=required("name", name),
                           position=next_position(s, WorkingGroup, WorkingGroup.item_id, item_id))
        apply(row, fields, WORKING_GROUP_FIELDS)
        s.add(row)
        s.flush()
        for mid in dict.fromkeys(member_ids or []):
            member_of_meeting(s, item.meeting_id, mid)
            s.add(WorkingGroupMember(working_group_id=row.pk, member_id=mid))
        return changed("working_groups", meeting_id=item.meeting_id, id=row.id)


def get_working_group(db: Database, working_group_id: int) -> WorkingGroup:
    with db.session() as s:
        return get(s, WorkingGroup, working_group_id)


def update_working_group(db: Database, working_group_id: int, *,
                         expected_version: int | None = None, **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, WorkingGroup, working_group_id)
        check_version(row, expected_version)
        if "name" in fields:
            fields["name"] = required("name", fields["name"])
        item = get(s, AgendaItem, row.item_id)
        _dates(fields, _meeting_day(s, item), row)
        apply(row, fields, WORKING_GROUP_FIELDS)
        return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)


People = dict[str, Any]  # a group's people as compared: "members" (ids, sorted), "convener", "guests"


def working_group_people(db: Database, working_group_id: int) -> People:
    """The group's people as an edit of them is based on: ``{"members": [ids, sorted], "convener":
    id or None, "guests": [(name, organisation), ...] in order}``; a screen keeps what it showed
    and passes it (or a part) as ``expected`` to the edits below."""
    with db.session() as s:
        return _people(s, working_group_id)


def _people(s: Session, working_group_id: int) -> People:
    members = list(s.exec(select(WorkingGroupMember).where(
        WorkingGroupMember.working_group_id == working_group_id)))
    guests = s.exec(select(WorkingGroupGuest).where(WorkingGroupGuest.working_group_id == working_group_id)
                    .order_by(col(WorkingGroupGuest.position), col(WorkingGroupGuest.id)))
    return {"members": sorted(m.member_id for m in members),
            "convener": next((m.member_id for m in members if m.convener), None),
            "guests": [(g.name, g.organisation) for g in guests]}


def _locked_people(s: Session, working_group_id: int, expected: People | None) -> tuple[WorkingGroup, People]:
    """The group under a row lock and its people now, refused when they are no longer ``expected``
    (what the screen showed; None: not checked). The lock makes two laptops' edits of the same
    group run one after the other, so the second compares against what the first wrote."""
    row = locked(s, WorkingGroup, working_group_id)
    current = _people(s, working_group_id)
    if expected is not None:  # the screen's lists in the stored form: members as a set, guests as pairs
        expected = {**expected}
        if "members" in expected:
            expected["members"] = sorted(set(expected["members"]))
        if "guests" in expected:
            expected["guests"] = [tuple(g) for g in expected["guests"]]
    check_values("workinggroup", working_group_id, current, expected)
    return row, current


def set_working_group_members(db: Database, working_group_id: int, member_ids: list[int], *,
                              convener_id: int | None | bool = False,
                              expected: People | None = None) -> ChangeSet:
    """The group's committee members, absent ones too (whoever volunteers for the work).

    Args:
        convener_id: the member who is tovholder (one of ``member_ids``), None for no one;
            left out (False), the convener stays if still a member.
        expected: the members and convener the edit was based on (``working_group_people``);
            another laptop changed them since: ``ConflictError`` carrying what is stored now.
    """
    with db.session() as s:
        row, current = _locked_people(s, working_group_id, expected)
        return _set_members(s, row, member_ids, convener_id, current)


def _set_members(s: Session, row: WorkingGroup, member_ids: list[int], convener_id: int | None | bool,
                 current: People) -> ChangeSet:
    item = get(s, AgendaItem, row.item_id)
    convener = current["convener"] if convener_id is False else convener_id
    if convener is not None and convener not in member_ids:
        if convener_id is not False:
            name = member_of_meeting(s, item.meeting_id, int(convener)).name
            raise ValidationError("", f"{name} kan kun være tovholder, når {name} er med i arbejdsgruppen")
        convener = None  # the convener left the group: no one is, until someone is chosen
    if sorted(set(member_ids)) == current["members"] and convener == current["convener"]:
        return changed("working_groups", meeting_id=item.meeting_id, id=row.id)  # nothing to write or bump
    for old in s.exec(select(WorkingGroupMember).where(WorkingGroupMember.working_group_id == row.id)):
        s.delete(old)
    s.flush()
    for mid in dict.fromkeys(member_ids):
        member_of_meeting(s, item.meeting_id, mid)
        s.add(WorkingGroupMember(working_group_id=row.pk, member_id=mid, convener=mid == convener))
    touch(row)  # its members are part of it
    return changed("working_groups", meeting_id=item.meeting_id, id=row.id)


def set_convener(db: Database, working_group_id: int, member_id: int | None, *,
                 expected: People | None = None) -> ChangeSet:
    """Make one of the group's members its convener (tovholder); None: no one is.

    ``expected``: the convener the edit was based on (``{"convener": id}``); another laptop chose
    someone else since: ``ConflictError`` carrying what is stored now.
    """
    with db.session() as s:
        row, current = _locked_people(s, working_group_id, expected)
        return _set_members(s, row, current["members"], member_id, current)


def set_working_group_guests(db: Database, working_group_id: int, guests: list[tuple[str, str]], *,
                             expected: People | None = None) -> ChangeSet:
    """The group's members from outside the committee, in order: (name, organisation).

    A name is required; the organisation may be empty. The same name and organisation twice
    is one person. ``expected``: the guests the edit was based on (``{"guests": [...]}``); another
    laptop changed them since: ``ConflictError`` carrying what is stored now.
    """
    with db.session() as s:
        row, current = _locked_people(s, working_group_id, expected)
        item = get(s, AgendaItem, row.item_id)
        clean: dict[tuple[str, str], None] = {}
        for n, (name, organisation) in enumerate(guests, start=1):
            if not name.strip():
                raise ValidationError("", f"Person nr. {n} udefra mangler et navn")
            clean[(required("name", name), text("organisation", organisation).strip())] = None
        if list(clean) == current["guests"]:
            return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)  # nothing to bump
        for old in s.exec(select(WorkingGroupGuest).where(
                WorkingGroupGuest.working_group_id == working_group_id)):
            s.delete(old)
        s.flush()
        for position, (name, organisation) in enumerate(clean):
            s.add(WorkingGroupGuest(working_group_id=working_group_id, position=position, name=name,
                                    organisation=organisation))
        touch(row)  # its members are part of it
        return changed("working_groups", meeting_id=item.meeting_id, id=working_group_id)


def delete_working_group(db: Database, working_group_id: int) -> ChangeSet:
    return delete_item_row(db, WorkingGroup, working_group_id, "working_groups")
