"""The meeting as its members see it from their phones: one read, in one transaction, of plain rows.

The room (``workshop/room``) reads this once per burst of changes, however many
phones follow, and derives each member's view from it in memory. Plain tuples, not
ORM objects: it runs beside the desktop on every change, so it must stay cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Integer, bindparam, func, select
from sqlmodel import col

from workshop.db import Database
from workshop.models import (
    AgendaItem,
    Answer,
    Attendance,
    Candidate,
    CandidateVote,
    Group,
    GroupMember,
    Input,
    ItemAbsence,
    Meeting,
    Member,
    ReferatVersion,
    WorkingGroup,
    WorkingGroupMember,
)
from workshop.services.rows import get


class ItemRow(NamedTuple):
    id: int
    kind: str
    title: str
    question: str
    dots: int


class InputRow(NamedTuple):
    id: int
    group_id: int
    text: str
    candidate_id: int | None
    member_id: int | None
    origin: str
    hidden: bool


class CandidateRow(NamedTuple):
    id: int
    title: str
    status: str
    votes: int


@dataclass
class MeetingView:
    """What any phone may show, read at one moment."""

    meeting_id: int
    title: str
    ended: bool
    locked: bool  # the referat is sent or approved: nothing can be written
    present: dict[int, str]  # member id -> name, in seat order
    item: ItemRow | None  # the current item
    step: str
    away: dict[int, str] = field(default_factory=dict)  # member id -> "absent" | "conflict", current item
    answers: dict[int, str] = field(default_factory=dict)
    groups: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name", "members": [ids]}
    inputs: list[InputRow] = field(default_factory=list)  # each group's newest visible (``read``'s newest)
    input_counts: dict[int, int] = field(default_factory=dict)  # group id -> its visible inputs
    candidates: list[CandidateRow] = field(default_factory=list)
    votes: dict[tuple[int, int], int] = field(default_factory=dict)  # (candidate, member) -> dots
    chosen: list[dict[str, Any]] = field(default_factory=list)  # every group-work item's chosen
    working_groups: list[dict[str, Any]] = field(default_factory=list)  # {"name", "mandate", "members"}


@cache
def _statements() -> dict[str, Any]:
    """The read's statements, built once (building them cost more than running them, as in add_input)."""
    meeting, item = bindparam("meeting_id", type_=Integer), bindparam("item_id", type_=Integer)
    c = col
    return {
        "status": select(c(ReferatVersion.status)).where(c(ReferatVersion.meeting_id) == meeting)
        .order_by(c(ReferatVersion.number).desc()).limit(1),
        "present": select(c(Member.id), c(Member.name)).join(Attendance, c(Attendance.member_id) == c(Member.id))
        .where(c(Attendance.meeting_id) == meeting, c(Attendance.status) == "present")
        .order_by(c(Member.position), c(Member.id)),
        "item": select(c(AgendaItem.id), c(AgendaItem.kind), c(AgendaItem.title), c(AgendaItem.question),
                       c(AgendaItem.dots)).where(c(AgendaItem.id) == item, c(AgendaItem.meeting_id) == meeting),
        "away": select(c(ItemAbsence.member_id), c(ItemAbsence.kind)).where(c(ItemAbsence.item_id) == item),
        "answers": select(c(Answer.member_id), c(Answer.text)).where(c(Answer.item_id) == item),
        "group_members": select(c(GroupMember.group_id), c(GroupMember.member_id)).join(Group)
        .where(c(Group.item_id) == item),
        "groups": select(c(Group.id), c(Group.name)).where(c(Group.item_id) == item)
        .order_by(c(Group.position), c(Group.id)),
        # A group's newest visible inputs, through the (group_id, position) index: a phone shows the
        # newest few, and reading the large meeting's 5,000 on every change held key presses up (bench 9c).
        "inputs": select(c(Input.id), c(Input.group_id), c(Input.text), c(Input.candidate_id), c(Input.member_id),
                         c(Input.origin), c(Input.hidden))
        .where(c(Input.group_id) == bindparam("group_id", type_=Integer), ~c(Input.hidden))
        .order_by(c(Input.position).desc(), c(Input.id).desc()).limit(bindparam("newest", type_=Integer)),
        "input_counts": select(c(Input.group_id), func.count()).join(Group)
        .where(c(Group.item_id) == item, ~c(Input.hidden)).group_by(c(Input.group_id)),
        "candidates": select(c(Candidate.id), c(Candidate.title), c(Candidate.status), c(Candidate.votes))
        .where(c(Candidate.item_id) == item).order_by(c(Candidate.position), c(Candidate.id)),
        "votes": select(c(CandidateVote.candidate_id), c(CandidateVote.member_id), c(CandidateVote.count))
        .join(Candidate).where(c(Candidate.item_id) == item, c(CandidateVote.count) > 0),
        "chosen": select(c(Candidate.title), c(Candidate.votes)).join(AgendaItem)
        .where(c(AgendaItem.meeting_id) == meeting, c(AgendaItem.kind) == "group_work",
               c(Candidate.status) == "chosen")
        .order_by(c(AgendaItem.position), c(Candidate.votes).desc(), c(Candidate.position), c(Candidate.id)),
        "working_groups": select(c(WorkingGroup.id), c(WorkingGroup.name), c(WorkingGroup.mandate))
        .join(AgendaItem).where(c(AgendaItem.meeting_id) == meeting, c(AgendaItem.kind) == "working_groups")
        .order_by(c(AgendaItem.position), c(WorkingGroup.position), c(WorkingGroup.id)),
        "wg_members": select(c(WorkingGroupMember.working_group_id), c(WorkingGroupMember.member_id))
        .join(WorkingGroup).join(AgendaItem).where(c(AgendaItem.meeting_id) == meeting),
    }


def read(db: Database, meeting_id: int, newest: int = 50) -> MeetingView:
    """One read of everything a member's phone may show: of the inputs, each group's ``newest``
    not hidden (and how many there are)."""
    q = _statements()
    with db.session() as s:
        meeting = get(s, Meeting, meeting_id)
        conn = s.connection()

        def rows(name: str, **params: Any) -> list[Any]:
            return list(conn.execute(q[name], {"meeting_id": meeting_id, **params}).all())

        status = rows("status")
        present = {mid: name for mid, name in rows("present")}
        found = rows("item", item_id=meeting.current_item_id) if meeting.current_item_id is not None else []
        item = ItemRow(*found[0]) if found else None
        view = MeetingView(meeting_id, meeting.title, meeting.ended_at is not None,
                           bool(status) and status[0][0] != "draft", present,
                           item, meeting.current_step if item is not None else "")
        if item is not None:
            for member_id, kind in rows("away", item_id=item.id):
                view.away[member_id] = "conflict" if kind == "conflict" else view.away.get(member_id, kind)
        if item is not None and item.kind == "question_round":
            view.answers = {mid: text for mid, text in rows("answers", item_id=item.id)}
        if item is not None and item.kind == "group_work":
            members: dict[int, list[int]] = {}
            for group_id, member_id in rows("group_members", item_id=item.id):
                members.setdefault(group_id, []).append(member_id)
            view.groups = [{"id": gid, "name": name, "members": members.get(gid, [])}
                           for gid, name in rows("groups", item_id=item.id)]
        if item is not None and item.kind == "group_work" and view.step == "inputs":
            for group in view.groups:
                newest_first = rows("inputs", group_id=group["id"], newest=newest)
                view.inputs += [InputRow(*row) for row in reversed(newest_first)]
            view.input_counts = {gid: n for gid, n in rows("input_counts", item_id=item.id)}
        if item is not None and item.kind == "group_work" and view.step in ("inputs", "votes"):
            view.candidates = [CandidateRow(*row) for row in rows("candidates", item_id=item.id)]
            view.votes = {(cid, mid): n for cid, mid, n in rows("votes", item_id=item.id)}
        view.chosen = [{"title": title, "votes": votes} for title, votes in rows("chosen")]
        wg_members: dict[int, list[int]] = {}
        for wg_id, member_id in rows("wg_members"):
            wg_members.setdefault(wg_id, []).append(member_id)
        view.working_groups = [{"name": name, "mandate": mandate, "members": wg_members.get(wg_id, [])}
                               for wg_id, name, mandate in rows("working_groups")]
        return view
