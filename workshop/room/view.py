"""What the phones show: each member's view of one snapshot of the meeting (``services/meeting_view``).

The snapshot is read once per change (not once per phone) and every member's view
is derived from it in memory, so 60 phones cost one database read per change.
Views are plain JSON-able dicts; the phone page renders them with textContent only.
"""

from __future__ import annotations

from typing import Any

from workshop import candidate_status, origins
from workshop.db import Database
from workshop.services.meeting_view import InputRow, MeetingView, read

PHONE_INPUTS = 50

Snapshot = MeetingView


def read_snapshot(db: Database, meeting_id: int) -> Snapshot:
    return read(db, meeting_id, newest=PHONE_INPUTS)


def _names(snap: Snapshot, ids: list[int]) -> list[str]:
    return [snap.present[i] for i in ids if i in snap.present]


def _results(snap: Snapshot, everyone: dict[int, str]) -> dict[str, Any]:
    return {"chosen": snap.chosen,
            "working_groups": [{"name": w["name"], "mandate": w["mandate"],
                                "members": [everyone[i] for i in w["members"] if i in everyone]}
                               for w in snap.working_groups]}


def inputs_by_group(snap: Snapshot) -> dict[int, list[InputRow]]:
    """The inputs the phones may see (not hidden), by group: computed once per snapshot, not per phone."""
    result: dict[int, list[InputRow]] = {}
    for i in snap.inputs:
        if not i.hidden:
            result.setdefault(i.group_id, []).append(i)
    return result


def member_view(snap: Snapshot, member_id: int, everyone: dict[int, str] | None = None,
                by_group: dict[int, list[InputRow]] | None = None) -> dict[str, Any]:
    """What ``member_id``'s phone shows now; ``everyone`` names working-group members not present.

    A phone shows its group's newest ``PHONE_INPUTS`` inputs and how many older ones
    there are: a phone cannot use a thousand, and 60 phones would be sent them on every change.
    """
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
            shown = (by_group if by_group is not None else inputs_by_group(snap)).get(group["id"], [])
            view["group"]["older"] = max(0, snap.input_counts.get(group["id"], 0) - min(len(shown), PHONE_INPUTS))
            view["group"]["inputs"] = [
                {"id": i.id, "text": i.text, "candidate": titles.get(i.candidate_id or 0, ""),
                 "by": origins.label(i.origin, snap.present.get(i.member_id or 0) if i.member_id else None),
                 "mine": i.member_id == member_id}
                for i in shown[-PHONE_INPUTS:]]
        view["candidates"] = [{"id": c.id, "title": c.title} for c in snap.candidates if c.status != "rejected"]
    elif snap.step == "votes":
        view["step"] = "votes"
        mine = {cid: n for (cid, mid), n in snap.votes.items() if mid == member_id}
        used = sum(mine.values())
        view["votes"] = {"dots": item.dots, "left": max(0, item.dots - used),
                         "candidates": [{"id": c.id, "title": c.title, "mine": mine.get(c.id, 0),
                                         "status": candidate_status.label(c.status)}
                                        for c in snap.candidates if c.status != "rejected"]}
    return view


def members_list(snap: Snapshot, taken: set[int]) -> list[dict[str, Any]]:
    """The names a phone can choose from: the present members, with whether a device holds each."""
    return [{"id": mid, "name": name, "taken": mid in taken} for mid, name in snap.present.items()]
