"""What the secretary captures live: answers, groups and their inputs, remarks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any, NoReturn

from sqlalchemy import Boolean, Integer, Select, String, bindparam, insert, literal, literal_column
from sqlalchemy import select as core_select
from sqlalchemy.sql.dml import ReturningInsert
from sqlmodel import Session, col, func, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import NotFoundError, ValidationError
from workshop.models import AgendaItem, Answer, Candidate, Group, GroupMember, Input, Remark
from workshop.origins import ORIGINS, by_member
from workshop.services import member_rules
from workshop.services.committees import member_of_meeting
from workshop.services.item_rows import delete_item_row
from workshop.services.rows import (
    check_values,
    check_version,
    conflict,
    get,
    locked,
    next_position,
    required,
    table_of,
    text,
    touch,
)

# --- question round -------------------------------------------------------

def list_answers(db: Database, item_id: int) -> list[Answer]:
    with db.session() as s:
        return list(s.exec(select(Answer).where(Answer.item_id == item_id).order_by(col(Answer.id))))


def get_answer(db: Database, item_id: int, member_id: int) -> Answer | None:
    """One member's answer in a question round, or None when there is none."""
    with db.session() as s:
        return s.exec(select(Answer).where(Answer.item_id == item_id, Answer.member_id == member_id)).first()


def set_answer(db: Database, item_id: int, member_id: int, answer: str, *,
               expected_version: int | None = None, origin: str = "") -> ChangeSet:
    """Set (or with empty text, remove) one member's answer in a question round.

    ``expected_version`` is the answer's version the edit is based on; 0 when there was no
    answer. A stale one raises ``ConflictError`` carrying the stored answer.
    With ``origin`` "phone" the member answers for themselves: only in the current
    question round, only while present (``member_rules``), at most 500 characters.
    """
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        member_of_meeting(s, item.meeting_id, member_id)
        answer = text("text", answer)
        if by_member(origin):
            member_rules.check(s, item_id, member_id, "")
            if item.kind != "question_round":
                raise ValidationError("item", f'punktet "{item.title}" er ikke en spørgerunde')
            answer = member_rules.member_text("text", answer)
        row = s.exec(select(Answer).where(Answer.item_id == item_id, Answer.member_id == member_id)).first()
        if row is not None:
            check_version(row, expected_version)  # expected_version 0: "I saw no answer yet"
        elif expected_version:  # another laptop removed the answer this edit was based on
            raise conflict(Answer, None, expected_version, None)
        if not answer.strip():
            if row is not None:
                s.delete(row)
            return changed("answers", meeting_id=item.meeting_id, id=None)
        if row is None:
            row = Answer(item_id=item_id, member_id=member_id, text=answer)
            s.add(row)
        else:
            row.text = answer
        s.flush()
        return changed("answers", meeting_id=item.meeting_id, id=row.id)


# --- groups ---------------------------------------------------------------

def list_groups(db: Database, item_id: int) -> list[Group]:
    with db.session() as s:
        return list(s.exec(select(Group).where(Group.item_id == item_id)
                           .order_by(col(Group.position), col(Group.id))))


def group_members(db: Database, item_id: int) -> dict[int, list[int]]:
    """Member ids of each group in the item, by group id."""
    with db.session() as s:
        rows = s.exec(select(GroupMember).join(Group).where(Group.item_id == item_id))
        result: dict[int, list[int]] = {}
        for gm in rows:
            result.setdefault(gm.group_id, []).append(gm.member_id)
        return result


def add_group(db: Database, item_id: int, *, name: str, member_ids: list[int] | None = None,
              expected: Membership | None = None) -> ChangeSet:
    """A new group of the item; ``member_ids`` move to it out of any other group of the item,
    compared with ``expected`` as ``set_group_members`` does."""
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        row = Group(item_id=item_id, name=required("name", name),
                    position=next_position(s, Group, Group.item_id, item_id))
        s.add(row)
        s.flush()
        if member_ids:
            _set_members(s, item_id, {row.pk: member_ids}, expected, row.id)
        return changed("groups", meeting_id=item.meeting_id, id=row.id)


def get_group(db: Database, group_id: int) -> Group:
    with db.session() as s:
        return get(s, Group, group_id)


def rename_group(db: Database, group_id: int, name: str, *, expected_version: int | None = None) -> ChangeSet:
    with db.session() as s:
        row = get(s, Group, group_id)
        check_version(row, expected_version)
        row.name = required("name", name)
        item = get(s, AgendaItem, row.item_id)
        return changed("groups", meeting_id=item.meeting_id, id=group_id)


Membership = Mapping[int, list[int]]  # member ids by group id, as ``group_members`` gives them


def set_group_members(db: Database, group_id: int, member_ids: list[int], *,
                      expected: Membership | None = None) -> ChangeSet:
    """Replace the group's members; a member moves out of any other group in the item.

    ``expected``: the members of the item's groups the edit was based on (``group_members``, a
    group left out counts as shown empty); another laptop changed any of them since (a move takes
    a member out of a sibling group, so all of them count): ``ConflictError`` carrying what is
    stored now, by group id as text.
    """
    with db.session() as s:
        group = get(s, Group, group_id)
        return _set_members(s, group.item_id, {group_id: member_ids}, expected, group_id)


def set_groups_members(db: Database, item_id: int, members: Membership, *,
                       expected: Membership | None = None) -> ChangeSet:
    """Several groups' members of one item at once (forming every group, undoing a move), compared
    with ``expected`` as one, as ``set_group_members`` does."""
    with db.session() as s:
        return _set_members(s, item_id, members, expected, None)


def _set_members(s: Session, item_id: int, members: Membership, expected: Membership | None,
                 row_id: int | None) -> ChangeSet:
    """Set ``members`` by group, each member out of the item's other groups, after comparing every
    group's members with ``expected`` under the item's lock: one lock for all of an item's groups,
    so two laptops' moves never wait on each other's groups in a circle."""
    item = locked(s, AgendaItem, item_id)
    groups = {g.pk: g for g in s.exec(select(Group).where(Group.item_id == item_id))}
    rows = list(s.exec(select(GroupMember).where(col(GroupMember.group_id).in_(list(groups)))))
    current = {gid: sorted(gm.member_id for gm in rows if gm.group_id == gid) for gid in groups}
    if expected is not None:
        shown = set(current) | set(expected)
        check_values("workgroup", row_id, {str(g): current.get(g, []) for g in shown},
                     {str(g): sorted(set(expected.get(g, []))) for g in shown})
    for gid in members:
        if gid not in groups:
            get(s, Group, gid)  # a missing group is said as such
            raise ValidationError("group", "gruppen hører til et andet punkt")
    moving = {m for ids in members.values() for m in ids}
    after = {gid: [m for m in ids if m not in moving] for gid, ids in current.items()}
    after.update({gid: sorted(set(ids)) for gid, ids in members.items()})
    if all(sorted(after[g]) == current[g] for g in groups):
        return changed("groups", meeting_id=item.meeting_id, id=row_id)  # nothing to write or bump
    for gm in rows:
        if gm.group_id in members or gm.member_id in moving:
            s.delete(gm)
    s.flush()
    for gid, ids in members.items():
        for mid in dict.fromkeys(ids):
            member_of_meeting(s, item.meeting_id, mid)
            s.add(GroupMember(group_id=gid, member_id=mid))
        if after[gid] != current[gid]:
            touch(groups[gid])  # its members are part of it
    return changed("groups", meeting_id=item.meeting_id, id=row_id)


def delete_group(db: Database, group_id: int) -> ChangeSet:
    return delete_item_row(db, Group, group_id, "groups", "inputs")


# --- inputs ---------------------------------------------------------------

def list_inputs(db: Database, item_id: int) -> list[Input]:
    """All inputs of the item's groups, group by group, in the order they were typed."""
    with db.session() as s:
        return list(s.exec(select(Input).join(Group).where(Group.item_id == item_id)
                           .order_by(col(Group.position), col(Input.position), col(Input.id))))


def get_input(db: Database, input_id: int) -> Input | None:
    """One input, or None when it is gone; views append a just-added input without re-reading all.

    Read outside a transaction (``Database.reading``): one round trip, also when another
    laptop's notice names the input.
    """
    with db.reading() as s:
        return s.get(Input, input_id)


def add_input(db: Database, group_id: int, input_text: str, *,
              candidate_id: int | None = None, member_id: int | None = None, origin: str = "") -> ChangeSet:
    """Add one input line to a group; one short transaction, committed at once.

    The hot path of live capture (30 ms a round trip on a busy Wi-Fi), so a typed input is one
    statement: an INSERT that takes the group's item and meeting, computes the next position
    and returns the stored row (``ChangeSet.row``: nobody reads it back); outside a transaction
    it is a transaction by itself (``Database.alone``: on PostgreSQL one round trip, no BEGIN or
    COMMIT). A missing group inserts nothing (then one more read says why). The database refuses
    it while the referat is sent or approved (the meeting lock, migration 0009).

    ``member_id`` and ``origin`` say who gave the input and how (``workshop/origins.py``).
    With ``origin`` "phone" the member adds it themselves, so ``member_rules`` apply:
    the item's "inputs" step is current, the member is present and in this group,
    and the text is at most 500 characters. Those checks, and a member's or a pejlemærke's,
    need the group's item first: one read before the INSERT.
    """
    if origin not in ORIGINS:
        raise ValidationError("origin", f"ukendt oprindelse {origin!r}")
    if by_member(origin) and member_id is None:
        raise ValidationError("member", "et input fra en telefon skal have et medlem")
    checked = by_member(origin) or member_id is not None or candidate_id is not None
    with db.session() if checked else db.alone() as s:
        conn = s.connection()
        find, add = _add_input_statements(conn.dialect.name)
        if checked:
            found = conn.execute(find, {"group_id": group_id}).first()
            if found is None:
                _missing_group(s, group_id)
            item_id, meeting_id = found
            input_text = required("text", input_text)
            if member_id is not None and by_member(origin):  # one query for every member rule (the room's hot path)
                member_rules.check(s, item_id, member_id, "inputs", group_id=group_id)
                input_text = member_rules.member_text("text", input_text)
            elif member_id is not None:
                member_of_meeting(s, meeting_id, member_id)
            if candidate_id is not None:
                _candidate_in_item(s, candidate_id, item_id)
        else:
            try:
                input_text = required("text", input_text)
            except ValidationError:
                if conn.execute(find, {"group_id": group_id}).first() is None:
                    _missing_group(s, group_id)  # a missing group is said first, as above
                raise
        added = conn.execute(add, {"group_id": group_id, "candidate_id": candidate_id, "text": input_text,
                                   "member_id": member_id, "origin": origin}).first()
        if added is None:
            _missing_group(s, group_id)
        values = added._mapping
        row = Input(**{name: values[name] for name in _INPUT_COLUMNS})
        return replace(changed("inputs", meeting_id=values["meeting_id"], id=row.id), row=row)


_INPUT_COLUMNS = ("id", "group_id", "position", "text", "candidate_id", "member_id", "origin", "hidden", "version")


def _missing_group(s: Session, group_id: int) -> NoReturn:
    get(s, Group, group_id)  # the usual message for a missing group
    raise NotFoundError(f"Mødet til gruppe {group_id} findes ikke.")


@cache
def _add_input_statements(dialect: str) -> tuple[Select[int, int], ReturningInsert[Any]]:
    """add_input's statements, built once per dialect (building them cost more than running them):
    the group's item and meeting (only where a check needs them), and the INSERT, which inserts
    nothing when the group is missing and returns the stored row with its meeting."""
    group_id = bindparam("group_id", type_=Integer)
    find = (core_select(col(Group.item_id), col(AgendaItem.meeting_id))
            .join(AgendaItem, col(AgendaItem.id) == Group.item_id)
            .where(col(Group.id) == group_id))
    position = (select(func.coalesce(func.max(Input.position) + 1, 0))
                .where(Input.group_id == group_id).scalar_subquery())
    values = (core_select(col(Group.id), bindparam("text", type_=String), bindparam("candidate_id", type_=Integer),
                          bindparam("member_id", type_=Integer), bindparam("origin", type_=String),
                          literal(False, Boolean), position, literal(1, Integer))
              .where(col(Group.id) == group_id))
    # written out: SQLite's RETURNING is compiled with unqualified column names, which a join cannot use
    meeting = literal_column("(SELECT returned_item.meeting_id FROM agendaitem AS returned_item"
                             " JOIN workgroup AS returned_group ON returned_group.item_id = returned_item.id"
                             " WHERE returned_group.id = input.group_id)", Integer)
    add = (insert(Input).from_select(["group_id", "text", "candidate_id", "member_id", "origin", "hidden",
                                      "position", "version"], values)
           .returning(*(table_of(Input).c[name] for name in _INPUT_COLUMNS),
                      meeting.label("meeting_id")))
    return find, add


def input_row(db: Database, input_id: int) -> Input:
    """One input, read in the caller's transaction (an edit's check); raises when it is gone."""
    with db.session() as s:
        return get(s, Input, input_id)


def update_input(db: Database, input_id: int, input_text: str, *,
                 expected_version: int | None = None) -> ChangeSet:
    with db.session() as s:
        row = get(s, Input, input_id)
        check_version(row, expected_version)
        row.text = required("text", input_text)
        group = get(s, Group, row.group_id)
        item = get(s, AgendaItem, group.item_id)
        return changed("inputs", meeting_id=item.meeting_id, id=input_id)


def set_input_hidden(db: Database, input_id: int, hidden: bool, *,
                     expected_version: int | None = None) -> ChangeSet:
    """Hide an input from the projector and the phones (or show it again), based on the
    ``expected_version`` the screen showed (None: not checked, for the room and imports).

    A hidden input stays in the meeting and the referat prints it: what the room
    produced is in the document the members approve. To drop it, delete it.
    """
    with db.session() as s:
        row = get(s, Input, input_id)
        check_version(row, expected_version)
        row.hidden = bool(hidden)
        group = get(s, Group, row.group_id)
        item = get(s, AgendaItem, group.item_id)
        return changed("inputs", meeting_id=item.meeting_id, id=input_id)


def move_input(db: Database, input_id: int, group_id: int, *, expected_version: int | None = None) -> ChangeSet:
    """Move an input to another group of the same item (drag between columns), based on the
    ``expected_version`` the screen showed (None: not checked)."""
    with db.session() as s:
        row = get(s, Input, input_id)
        check_version(row, expected_version)
        old, new = get(s, Group, row.group_id), get(s, Group, group_id)
        if old.item_id != new.item_id:
            raise ValidationError("group", "input kan kun flyttes mellem grupper i samme punkt")
        row.group_id, row.position = group_id, next_position(s, Input, Input.group_id, group_id)
        item = get(s, AgendaItem, new.item_id)
        return changed("inputs", meeting_id=item.meeting_id, id=input_id)


def merge_inputs(db: Database, keep_id: int, merge_ids: list[int], *,
                 expected_versions: Mapping[int, int | None] | None = None) -> ChangeSet:
    """Merge inputs of one item into ``keep_id`` (the same thing said twice, on phones or post-its),
    based on the ``expected_versions`` the screen showed (by id; None: not checked).

    The kept input keeps its group, member and origin; its text becomes the texts in order,
    one a line, each different text once; it takes the first pejlemærke among them if it had
    none, and stays hidden only if all were. The others are deleted, in the same transaction.
    """
    versions = expected_versions or {}
    with db.session() as s:
        keep = get(s, Input, keep_id)
        check_version(keep, versions.get(keep_id))
        item_id = get(s, Group, keep.group_id).item_id
        texts, hidden = [keep.text], keep.hidden
        for other_id in [m for m in dict.fromkeys(merge_ids) if m != keep_id]:
            other = get(s, Input, other_id)
            check_version(other, versions.get(other_id))
            if get(s, Group, other.group_id).item_id != item_id:
                raise ValidationError("input", "kun input i samme punkt kan slås sammen")
            if other.text.strip() not in (t.strip() for t in texts):
                texts.append(other.text)
            if keep.candidate_id is None:
                keep.candidate_id = other.candidate_id
            hidden = hidden and other.hidden
            s.delete(other)
        keep.text = text("text", "\n".join(texts))
        keep.hidden = hidden
        touch(keep)
        item = get(s, AgendaItem, item_id)
        return changed("inputs", meeting_id=item.meeting_id, id=keep_id)


def delete_input(db: Database, input_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, Input, input_id)
        group = get(s, Group, row.group_id)
        item = get(s, AgendaItem, group.item_id)
        s.delete(row)
        return changed("inputs", meeting_id=item.meeting_id, id=input_id)


def _candidate_in_item(s: Session, candidate_id: int, item_id: int) -> Candidate:
    cand = get(s, Candidate, candidate_id)
    if cand.item_id != item_id:
        raise ValidationError("candidate", "pejlemærket hører til et andet punkt")
    return cand


# --- remarks (tilførsler til protokollen) ------------------------------------

def list_remarks(db: Database, item_id: int) -> list[Remark]:
    with db.session() as s:
        return list(s.exec(select(Remark).where(Remark.item_id == item_id)
                           .order_by(col(Remark.position), col(Remark.id))))


def add_remark(db: Database, item_id: int, member_id: int, remark: str) -> ChangeSet:
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        member_of_meeting(s, item.meeting_id, member_id)
        row = Remark(item_id=item_id, member_id=member_id, text=required("text", remark),
                     position=next_position(s, Remark, Remark.item_id, item_id))
        s.add(row)
        s.flush()
        return changed("remarks", meeting_id=item.meeting_id, id=row.id)


def get_remark(db: Database, remark_id: int) -> Remark:
    with db.session() as s:
        return get(s, Remark, remark_id)


def update_remark(db: Database, remark_id: int, remark: str, *,
                  expected_version: int | None = None) -> ChangeSet:
    with db.session() as s:
        row = get(s, Remark, remark_id)
        check_version(row, expected_version)
        row.text = required("text", remark)
        item = get(s, AgendaItem, row.item_id)
        return changed("remarks", meeting_id=item.meeting_id, id=remark_id)


def delete_remark(db: Database, remark_id: int) -> ChangeSet:
    return delete_item_row(db, Remark, remark_id, "remarks")
