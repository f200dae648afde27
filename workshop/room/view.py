"""What the phones show: one snapshot of the meeting read through the services, and each member's view of it.

The snapshot is read once per change (not once per phone) and every member's view
is derived from it in memory, so 60 phones cost one database read per change.
Views are plain JSON-able dicts; the phone page renders them with textContent only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop import candidate_status, origins
from workshop.db import Database
from workshop.models import AgendaItem, Candidate, Input
from workshop.services import (
    agenda,
    attendance,
    candidates,
    capture,
    meetings,
    referat,
    voting,
    working_groups,
)


@dataclass
class Snapshot:
    """The meeting as the phones need it, read at one moment."""

    meeting_id: int
    title: str
    ended: bool
    locked: bool
    present: dict[int, str]  # member id -> name, seat order
    item: AgendaItem | None
    step: str
    away: dict[int, str] = field(default_factory=dict)  # member id -> "absent" | "conflict" for the item
    answers: dict[int, str] = field(default_factory=dict)
    groups: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name", "members": [ids]}
    inputs: list[Input] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    votes: dict[tuple[int, int], int] = field(default_factory=dict)
    chosen: list[dict[str, Any]] = field(default_factory=list)
    working_groups: list[dict[str, Any]] = field(default_factory=list)


def read_snapshot(db: Database, meeting_id: int) -> Snapshot:
    """One read of everything any phone may show."""
    meeting = meetings.get_meeting(db, meeting_id)
    state = referat.referat_state(db, meeting_id)
    present = {m.id: m.name for m in attendance.present_members(db, meeting_id)}
    items = agenda.list_items(db, meeting_id)
    item = next((i for i in items if i.id == meeting.current_item_id), None)
    snap = Snapshot(meeting_id, meeting.title, meeting.ended_at is not None,
                    state is not None and state["status"] != "draft", present,  # type: ignore[arg-type]
                    item, meeting.current_step if item is not None else "")
    if item is not None:
        snap.away = {a.member_id: a.kind for a in agenda.list_item_absences(db, meeting_id)
                     if a.item_id == item.id}
    if item is not None and item.kind == "question_round":
        snap.answers = {a.member_id: a.text for a in capture.list_answers(db, item.id)}  # type: ignore[arg-type]
    if item is not None and item.kind == "group_work":
        members = capture.group_members(db, item.id)  # type: ignore[arg-type]
        snap.groups = [{"id": g.id, "name": g.name, "members": members.get(g.id, [])}  # type: ignore[arg-type]
                       for g in capture.list_groups(db, item.id)]  # type: ignore[arg-type]
        snap.inputs = capture.list_inputs(db, item.id)  # type: ignore[arg-type]
        snap.candidates = candidates.list_candidates(db, item.id)  # type: ignore[arg-type]
        snap.votes = voting.member_votes(db, item.id)  # type: ignore[arg-type]
    for other in items:
        if other.kind == "group_work":
            snap.chosen += [{"title": c.title, "votes": c.votes}
                            for c in candidates.ranked(db, other.id) if c.status == "chosen"]  # type: ignore[arg-type]
        if other.kind == "working_groups":
            for wg in working_groups.list_working_groups(db, other.id):  # type: ignore[arg-type]
                ids = working_groups.working_group_members(db, wg.id)  # type: ignore[arg-type]
                snap.working_groups.append({"name": wg.name, "mandate": wg.mandate, "members": ids})
    return snap


def _names(snap: Snapshot, ids: list[int]) -> list[str]:
    return [snap.present[i] for i in ids if i in snap.present]


def _results(snap: Snapshot, everyone: dict[int, str]) -> dict[str, Any]:
    return {"chosen": snap.chosen,
            "working_groups": [{"name": w["name"], "mandate": w["mandate"],
                                "members": [everyone[i] for i in w["members"] if i in everyone]}
                               for w in snap.working_groups]}


def member_view(snap: Snapshot, member_id: int, everyone: dict[int, str] | None = None) -> dict[str, Any]:
    """What ``member_id``'s phone shows now; ``everyone`` names working-group members not present."""
    names = everyone if everyone is not None else snap.present
    view: dict[str, Any] = {"meeting": snap.title, "me": snap.present.get(member_id, ""),
                            "locked": snap.locked, "item": None, "step": "waiting"}
    item = snap.item
    if item is not None:
        view["item"] = {"title": item.title, "question": item.question}
    if member_id not in snap.present:
        view["step"] = "absent"
        return view
    if item is None and not snap.ended:
        return view  # the meeting has not started
    if snap.ended or item is None or item.kind not in ("question_round", "group_work"):
        view["step"] = "results" if (snap.chosen or snap.working_groups or snap.ended) else "waiting"
        view["results"] = _results(snap, names)
        return view
    if snap.away.get(member_id):
        view["step"] = "away"
        view["away"] = snap.away[member_id]
        return view
    if item.kind == "question_round":
        view["step"] = "answer"
        view["answer"] = snap.answers.get(member_id, "")
        return view
    group = next((g for g in snap.groups if member_id in g["members"]), None)
    view["group"] = None if group is None else {"id": group["id"], "name": group["name"],
                                             "members": _names(snap, group["members"])}
    if snap.step == "groups":
        view["step"] = "groups"
    elif snap.step == "inputs":
        view["step"] = "inputs"
        titles = {c.id: c.title for c in snap.candidates}
        if group is not None:
            view["group"]["inputs"] = [
                {"id": i.id, "text": i.text, "candidate": titles.get(i.candidate_id or 0, ""),
                 "by": origins.label(i.origin, snap.present.get(i.member_id or 0) if i.member_id else None),
                 "mine": i.member_id == member_id}
                for i in snap.inputs if i.group_id == group["id"] and not i.hidden]
        view["candidates"] = [{"id": c.id, "title": c.title} for c in snap.candidates if c.status != "rejected"]
    elif snap.step == "votes":
        view["step"] = "votes"
        mine = {cid: n for (cid, mid), n in snap.votes.items() if mid == member_id}
        used = sum(mine.values())
        view["votes"] = {"dots": item.dots, "left": max(0, item.dots - used),
                         "candidates": [{"id": c.id, "title": c.title, "mine": mine.get(c.id, 0),  # type: ignore[arg-type]
                                         "status": candidate_status.label(c.status)}
                                        for c in snap.candidates if c.status != "rejected"]}
    return view


def members_list(snap: Snapshot, taken: set[int]) -> list[dict[str, Any]]:
    """The names a phone can choose from: the present members, with whether a device holds each."""
    return [{"id": mid, "name": name, "taken": mid in taken} for mid, name in snap.present.items()]
