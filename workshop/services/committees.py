"""Committees, their members and their tasks (leverancer)."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from workshop import member_names
from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import ROLES, TASK_STATUSES, Committee, Meeting, Member, Task
from workshop.services.referat.lock import ensure_member_deletable
from workshop.services.rows import apply, check_version, get, next_position, one_of, required, text

COMMITTEE_FIELDS = {"name", "kind", "period"}
MEMBER_FIELDS = {"name", "role", "group", "party", "position"}
TASK_FIELDS = {"title", "description", "due", "status", "position"}


def list_committees(db: Database) -> list[Committee]:
    with db.session() as s:
        return list(s.exec(select(Committee).order_by(col(Committee.name), col(Committee.id))))


def get_committee(db: Database, committee_id: int) -> Committee:
    with db.session() as s:
        return get(s, Committee, committee_id)


def get_member(db: Database, member_id: int) -> Member:
    with db.session() as s:
        return get(s, Member, member_id)


def get_task(db: Database, task_id: int) -> Task:
    with db.session() as s:
        return get(s, Task, task_id)


def create_committee(db: Database, *, name: str, kind: str = "", period: str = "") -> ChangeSet:
    with db.session() as s:
        row = Committee(name=required("name", name), kind=text("kind", kind), period=text("period", period))
        s.add(row)
        s.flush()
        return changed("committees", committee_id=row.id, id=row.id)


def update_committee(db: Database, committee_id: int, *, expected_version: int | None = None,
                     **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, Committee, committee_id)
        check_version(row, expected_version)
        if "name" in fields:
            fields["name"] = required("name", fields["name"])
        apply(row, fields, COMMITTEE_FIELDS)
        return changed("committees", committee_id=row.id, id=row.id)


def delete_committee(db: Database, committee_id: int) -> ChangeSet:
    with db.session() as s:
        s.delete(get(s, Committee, committee_id))
        return changed("committees", "meetings", "members", "tasks", committee_id=committee_id)


def list_members(db: Database, committee_id: int | None) -> list[Member]:
    """A committee's members in order; None: every committee's, each committee's in order."""
    with db.session() as s:
        query = select(Member)
        if committee_id is not None:
            query = query.where(Member.committee_id == committee_id)
        return list(s.exec(query.order_by(col(Member.position), col(Member.id))))


def _check_member_name(s: Any, committee_id: int, name: str, member_id: int | None = None) -> str:
    """The name as stored (``member_names.clean``); refused when it is another member's name
    up to case, spacing or Unicode form, or mixes alphabets in a word (a look-alike)."""
    name = member_names.clean(required("name", name))
    word = member_names.mixed_script(name)
    if word is not None:
        raise ValidationError("name", member_names.mixed_script_message(name, word))
    wanted = member_names.key(name)
    for other in s.exec(select(Member).where(Member.committee_id == committee_id)):
        if other.id != member_id and member_names.key(other.name) == wanted:
            same = "" if other.name == name else f' (som "{other.name}")'
            raise ValidationError("name", f'"{name}" er allerede medlem af udvalget{same}')
    return name


def add_member(db: Database, committee_id: int, *, name: str, role: str = "medlem", group: str = "",
               party: str = "") -> ChangeSet:
    with db.session() as s:
        get(s, Committee, committee_id)
        row = Member(
            committee_id=committee_id,
            name=_check_member_name(s, committee_id, name),
            role=one_of("role", role, ROLES),
            group=text("group", group),
            party=text("party", party),
            position=next_position(s, Member, Member.committee_id, committee_id),
        )
        s.add(row)
        s.flush()
        return changed("members", committee_id=committee_id, id=row.id)


def update_member(db: Database, member_id: int, *, expected_version: int | None = None,
                  **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, Member, member_id)
        check_version(row, expected_version)
        if "name" in fields:
            fields["name"] = _check_member_name(s, row.committee_id, fields["name"], member_id)
        if "role" in fields:
            one_of("role", fields["role"], ROLES)
        apply(row, fields, MEMBER_FIELDS)
        return changed("members", committee_id=row.committee_id, id=row.id)


def delete_member(db: Database, member_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, Member, member_id)
        ensure_member_deletable(s, member_id)
        from workshop.services import voting  # voting builds on this module

        voted = voting.voted_on(s, member_id)
        s.delete(row)
        voting.recount_candidates(s, voted)  # their dots went with them: the totals follow
        return changed("members", "attendance", "answers", "groups", "working_groups", "remarks",
                       *(("candidates",) if voted else ()), committee_id=row.committee_id, id=member_id)


def list_tasks(db: Database, committee_id: int | None) -> list[Task]:
    """A committee's tasks in order; None: every committee's, each committee's in order."""
    with db.session() as s:
        query = select(Task)
        if committee_id is not None:
            query = query.where(Task.committee_id == committee_id)
        return list(s.exec(query.order_by(col(Task.position), col(Task.id))))


def add_task(db: Database, committee_id: int, *, title: str, description: str = "", due: str = "",
             status: str = "open") -> ChangeSet:
    with db.session() as s:
        get(s, Committee, committee_id)
        row = Task(committee_id=committee_id, title=required("title", title),
                   description=text("description", description), due=text("due", due), status=one_of("status", status, TASK_STATUSES),
                   position=next_position(s, Task, Task.committee_id, committee_id))
        s.add(row)
        s.flush()
        return changed("tasks", committee_id=committee_id, id=row.id)


def update_task(db: Database, task_id: int, *, expected_version: int | None = None,
                **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, Task, task_id)
        check_version(row, expected_version)
        if "title" in fields:
            fields["title"] = required("title", fields["title"])
        if "status" in fields:
            one_of("status", fields["status"], TASK_STATUSES)
        apply(row, fields, TASK_FIELDS)
        return changed("tasks", committee_id=row.committee_id, id=row.id)


def delete_task(db: Database, task_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, Task, task_id)
        s.delete(row)
        return changed("tasks", committee_id=row.committee_id, id=task_id)


def member_of_meeting(s: Any, meeting_id: int, member_id: int) -> Member:
    """The member, after checking they belong to the meeting's committee."""
    meeting = get(s, Meeting, meeting_id)
    member = get(s, Member, member_id)
    if member.committee_id != meeting.committee_id:
        raise ValidationError("member", f'"{member.name}" er ikke medlem af udvalget')
    return member
