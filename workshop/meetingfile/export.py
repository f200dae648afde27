"""A meeting as a meeting-file document (``meeting_document``) and as a file on disk.

The document is complete and deterministic, so the referat can be built from it:
every key of the spec is present with its value or default, except the optional
scalars ``number``, ``ended_at``, ``planned_minutes``, an item's ``started_at``
(a project extension), ``meets_on``, ``reports_to``, an input's ``candidate`` and
its ``member``, ``origin`` and ``hidden``, a working group's ``convener`` and ``guests`` and a
closing item's ``next_meeting_on`` (project extensions), which are left out when unset.
Order: members and tasks in seat/list order, items in agenda order, inputs in
typed order, answers, attendance and member lists in seat order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from workshop.atomic_file import replace_file
from workshop.db import Database
from workshop.meetingfile.formats import format_clock_time, format_date, format_date_time
from workshop.meetingfile.validate import FORMAT, validate_document
from workshop.models import (
    AgendaItem,
    Answer,
    Attachment,
    Attendance,
    Candidate,
    Committee,
    Group,
    GroupMember,
    Input,
    ItemAbsence,
    Meeting,
    Member,
    Remark,
    Task,
    WorkingGroup,
    WorkingGroupGuest,
    WorkingGroupMember,
)
from workshop.services.rows import get

T = TypeVar("T", bound=SQLModel)


def meeting_document(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting as a spec dict (``format``, ``committee``, ``meeting``), without ``referat``.

    Raises:
        NotFoundError: no meeting with that id.
    """
    with db.session() as s:
        meeting = get(s, Meeting, meeting_id)
        committee = get(s, Committee, meeting.committee_id)
        members = list(s.exec(select(Member).where(Member.committee_id == committee.id)
                              .order_by(col(Member.position), col(Member.id))))
        seat: dict[int, int] = {m.pk: i for i, m in enumerate(members)}
        name: dict[int, str] = {m.pk: m.name for m in members}

        def names(member_ids: Iterable[int]) -> list[str]:
            return [name[mid] for mid in sorted(member_ids, key=lambda mid: seat[mid])]

        tasks = s.exec(select(Task).where(Task.committee_id == committee.id)
                       .order_by(col(Task.position), col(Task.id)))
        attendance = sorted(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)),
                            key=lambda a: seat[a.member_id])
        items = s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                       .order_by(col(AgendaItem.position), col(AgendaItem.id)))
        meeting_doc: dict[str, Any] = {"title": meeting.title}
        if meeting.number is not None:
            meeting_doc["number"] = meeting.number
        meeting_doc.update(starts_at=format_date_time(meeting.starts_at), location=meeting.location,
                           case_id=meeting.case_id, purpose=meeting.purpose)
        if meeting.ended_at:
            meeting_doc["ended_at"] = meeting.ended_at
        meeting_doc["attendance"] = [{"member": name[a.member_id], "status": a.status, "note": a.note}
                                     for a in attendance]
        rows = _MeetingRows(s, meeting_id)
        meeting_doc["items"] = [_item(rows, item, name, names) for item in items]
        return {
            "format": FORMAT,
            "committee": {
                "name": committee.name,
                "kind": committee.kind,
                "period": committee.period,
                "members": [{"name": m.name, "role": m.role, "group": m.group, "party": m.party}
                            for m in members],
                "tasks": [{"title": t.title, "description": t.description, "due": t.due,
                           "status": t.status} for t in tasks],
            },
            "meeting": meeting_doc,
        }


class _MeetingRows:
    """The meeting's child rows, fetched with one query per table, not one per item or group.

    A 200-item meeting took ~1,500 queries before (0.75 s on SQLite, more on PostgreSQL;
    tests/bench figures 1b, 4 and 5).
    """

    # parent column name -> the table between the row and its agenda item
    _VIA: dict[str, Any] = {"group_id": Group, "working_group_id": WorkingGroup}

    def __init__(self, s: Session, meeting_id: int) -> None:
        self.s, self.meeting_id = s, meeting_id
        self._loaded: dict[tuple[type[SQLModel], str], dict[int, list[Any]]] = {}

    def under(self, model: type[T], parent: Any, parent_id: int) -> list[T]:
        """Rows under one parent in their stored order (position, then creation)."""
        key = (model, parent.key)
        if key not in self._loaded:
            self._loaded[key] = self._load(model, parent)
        return self._loaded[key].get(parent_id, [])

    def _load(self, model: type[SQLModel], parent: Any) -> dict[int, list[Any]]:
        query = select(model)
        via = self._VIA.get(parent.key)
        if via is None:
            query = query.join(AgendaItem, col(AgendaItem.id) == parent)
        else:
            query = query.join(via, col(via.id) == parent).join(AgendaItem, col(AgendaItem.id) == col(via.item_id))
        if hasattr(model, "position"):
            query = query.order_by(col(model.position), col(model.id))  # type: ignore[attr-defined]
        elif hasattr(model, "id"):
            query = query.order_by(col(model.id))
        result: dict[int, list[Any]] = {}
        for row in self.s.exec(query.where(AgendaItem.meeting_id == self.meeting_id)):
            result.setdefault(getattr(row, parent.key), []).append(row)
        return result


def _item(rows: _MeetingRows, item: AgendaItem, name: dict[int, str], names: Any) -> dict[str, Any]:
    item_id: int = item.pk
    doc: dict[str, Any] = {"title": item.title, "kind": item.kind, "open": item.open,
                           "case_id": item.case_id}
    if item.planned_minutes is not None:
        doc["planned_minutes"] = item.planned_minutes
    if item.started_at is not None:  # project extension: the actual start (run mode), as HH:MM
        doc["started_at"] = format_clock_time(item.started_at)
    if item.next_meeting_on is not None:  # project extension: an Afrunding's next meeting
        doc["next_meeting_on"] = format_date(item.next_meeting_on)
    doc.update(
        summary=item.summary, background=item.background, presentation=item.presentation,
        economy=item.economy, previous_decisions=item.previous_decisions,
        recommended_by=item.recommended_by, recommendations=list(item.recommendations),
        decided_by=item.decided_by, decision=item.decision,
    )
    doc["attachments"] = [{"title": a.title, "recommended": a.recommended}
                          for a in rows.under(Attachment, Attachment.item_id, item_id)]
    absences = rows.under(ItemAbsence, ItemAbsence.item_id, item_id)
    doc["absent"] = names(a.member_id for a in absences if a.kind == "absent")
    doc["conflicts"] = names(a.member_id for a in absences if a.kind == "conflict")
    doc["remarks"] = [{"member": name[r.member_id], "text": r.text}
                      for r in rows.under(Remark, Remark.item_id, item_id)]
    doc["question"] = item.question
    answers = {a.member_id: a.text for a in rows.under(Answer, Answer.item_id, item_id)}
    doc["answers"] = [{"member": n, "text": answers[mid]}
                      for mid, n in name.items() if mid in answers]  # ``name`` is in seat order
    doc["discussion_questions"] = list(item.discussion_questions)
    doc["perspectives"] = list(item.perspectives)
    candidates = rows.under(Candidate, Candidate.item_id, item_id)
    title = {c.id: c.title for c in candidates}
    groups = []
    for group in rows.under(Group, Group.item_id, item_id):
        group_id: int = group.pk
        inputs = []
        for inp in rows.under(Input, Input.group_id, group_id):
            line: dict[str, object] = {"text": inp.text}
            if inp.candidate_id is not None and inp.candidate_id in title:
                line["candidate"] = title[inp.candidate_id]
            if inp.member_id is not None and inp.member_id in name:  # project extensions (issue 15)
                line["member"] = name[inp.member_id]
            if inp.origin:
                line["origin"] = inp.origin
            if inp.hidden:
                line["hidden"] = True
            inputs.append(line)
        members = names(gm.member_id for gm in rows.under(GroupMember, GroupMember.group_id, group_id))
        groups.append({"name": group.name, "members": members, "inputs": inputs})
    doc["groups"] = groups
    doc["candidates"] = [{"title": c.title, "description": c.description, "votes": c.votes,
                          "status": c.status} for c in candidates]
    working = []
    for wg in rows.under(WorkingGroup, WorkingGroup.item_id, item_id):
        entry: dict[str, Any] = {"name": wg.name, "mandate": wg.mandate}
        wg_members = rows.under(WorkingGroupMember, WorkingGroupMember.working_group_id, wg.pk)
        entry["members"] = names(m.member_id for m in wg_members)
        convener = next((m.member_id for m in wg_members if m.convener), None)
        if convener is not None:  # project extension: the tovholder, one of the members
            entry["convener"] = name[convener]
        guests = rows.under(WorkingGroupGuest, WorkingGroupGuest.working_group_id, wg.pk)
        if guests:  # project extension: members from outside the committee
            entry["guests"] = [{"name": g.name, "organisation": g.organisation} for g in guests]
        if wg.meets_on is not None:
            entry["meets_on"] = format_date(wg.meets_on)
        if wg.reports_to is not None:
            entry["reports_to"] = format_date(wg.reports_to)
        working.append(entry)
    doc["working_groups"] = working
    return doc


def document_json(doc: dict[str, Any]) -> str:
    """The file text: UTF-8 JSON as written by ``export_file`` (readable, non-ASCII kept)."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def export_file(db: Database, meeting_id: int, path: str | Path, *,
                referat: dict[str, Any] | None = None) -> Path:
    """Write the meeting file atomically: a half-written file never replaces a good one.

    Args:
        referat: the top-level ``referat`` section (status, version, approvals, sha256)
            as the referat service reports it; left out when None.

    Raises:
        NotFoundError: no meeting with that id.
        MeetingFileError: the document would not pass import (a bug, refused loudly).
        ValidationError: ``path`` is a folder, or its folder does not exist.
        OSError: the folder cannot be written (no permission, disk full).
    """
    doc = meeting_document(db, meeting_id)
    if referat is not None:
        doc["referat"] = referat
    validate_document(doc)  # never write a file that import would refuse
    return write_document(doc, path)


def write_document(doc: dict[str, Any], path: str | Path) -> Path:
    """Write ``doc`` as UTF-8 JSON via a temporary file in the same folder and ``os.replace``.

    A symbolic link is followed: its target is replaced and the link stays a link.
    Returns ``path`` as given.
    """
    text = document_json(doc).encode("utf-8")
    return replace_file(path, lambda out: out.write(text))
