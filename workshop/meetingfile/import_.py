"""Import a meeting file: validate all of it first, then write it in one transaction.

The committee is found by its exact name (or created); its members are reused by
name and missing ones are added at the end of the seat order. Existing members,
tasks and the committee's own fields are not changed: other meetings share them.

Imports into one committee run one after the other (``_lock_committee``), so two
files naming the same new committee or the same new member do not make it twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, text
from sqlmodel import Session, SQLModel, col, select

from workshop import member_names
from workshop.bulk import row_writer
from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.meetingfile.formats import parse_clock_time, parse_date, parse_date_time
from workshop.meetingfile.validate import read_document, validate_document
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
from workshop.services.rows import table_of

ReferatCheck = Callable[[dict[str, Any]], None]
ReferatRestore = Callable[[Session, int, dict[str, Any]], None]

_ITEM_TEXT = ("case_id", "summary", "background", "presentation", "economy", "previous_decisions",
              "recommended_by", "decided_by", "decision", "question")
_ITEM_LISTS = ("recommendations", "discussion_questions", "perspectives")


def import_file(db: Database, path: str | Path, *, referat_check: ReferatCheck | None = None,
                referat_restore: ReferatRestore | None = None) -> ChangeSet:
    """Read, validate and import a meeting file; see ``import_document``.

    Raises:
        MeetingFileError: the file is unreadable, too large, not JSON or not a valid meeting file.
    """
    return import_document(db, read_document(path), referat_check=referat_check,
                           referat_restore=referat_restore)


def import_document(db: Database, doc: dict[str, Any], *, referat_check: ReferatCheck | None = None,
                    referat_restore: ReferatRestore | None = None) -> ChangeSet:
    """Create the meeting that ``doc`` describes; nothing is written unless all of it is valid.

    Args:
        doc: a parsed meeting file (``format``, ``committee``, ``meeting``, optional ``referat``).
        referat_check: called with ``doc`` when it carries a ``referat`` section, before
            anything is written; raises ``ValidationError`` to reject the file (e.g. an
            approved referat whose sha256 does not match). The section's shape and member
            references are always validated here.
        referat_restore: called as ``(session, meeting_id, doc)`` in the import's own
            transaction, after the meeting is written, when ``doc`` carries a ``referat``
            section; stores its state (the referat service's ``restore_meeting_file_referat``).
            Raising rolls the whole import back. Without it the section is not stored.

    Returns:
        A ChangeSet whose ``id`` and ``meeting_id`` are the new meeting's id.

    Raises:
        MeetingFileError: with the JSON path and a Danish message.
        StorageError: the database cannot be written.
    """
    validate_document(doc)
    if referat_check is not None and "referat" in doc:
        referat_check(doc)
    with db.session() as s:
        _lock_committee(s, doc["committee"]["name"])
        committee, member_ids = _committee(s, doc["committee"])
        meeting = _meeting(s, committee.pk, doc["meeting"], member_ids)
        if referat_restore is not None and "referat" in doc:
            referat_restore(s, meeting.pk, doc)
        return changed("committees", "members", "tasks", "meetings", "attendance", "items", "answers",
                       "groups", "inputs", "candidates", "working_groups", "remarks", "referat",
                       meeting_id=meeting.id, committee_id=committee.id, id=meeting.id)


def _lock_committee(s: Session, name: str) -> None:
    """Hold, until this transaction ends, the right to find or create committee ``name`` and its members.

    Without it two imports can both find no committee (or member) and both create it. The
    database has no unique name to refuse the second committee, and a second member fails
    its unique constraint with an IntegrityError.

    - PostgreSQL: a transaction-level advisory lock on the name, so imports into other
      committees run in parallel; the second import's queries then see the first's rows.
    - SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock before the first read
      (the driver would begin only at the first write, after both had read).
    """
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        digest = hashlib.sha256(f"workshop.committee:{name}".encode()).digest()
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                  {"key": int.from_bytes(digest[:8], "big", signed=True)})
    elif conn.dialect.name == "sqlite":
        raw = conn.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:  # inside a caller's transaction it already began
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _find_committee(s: Session, name: str) -> Committee | None:
    return s.exec(select(Committee).where(Committee.name == name).order_by(col(Committee.id))).first()


def _committee(s: Session, data: dict[str, Any]) -> tuple[Committee, dict[str, int]]:
    committee = _find_committee(s, data["name"])
    if committee is None:
        committee = Committee(name=data["name"], kind=data.get("kind", ""), period=data.get("period", ""))
        s.add(committee)
        s.flush()
    existing = list(s.exec(select(Member).where(Member.committee_id == committee.id)
                           .order_by(col(Member.position))))
    ids = {m.name: m.pk for m in existing}
    # A file's "Anne  Hjorth" or "anne hjorth" is the committee's Anne Hjorth, not a second one.
    by_key: dict[str, int] = {}
    for m in existing:
        by_key.setdefault(member_names.key(m.name), m.pk)
    position = max((m.position for m in existing), default=-1) + 1
    for member in data.get("members", []):
        name = member["name"]
        if name in ids:
            continue
        if (same := by_key.get(member_names.key(name))) is not None:
            ids[name] = same
            continue
        row = Member(committee_id=committee.pk, name=name, role=member.get("role", "medlem"),
                     group=member.get("group", ""), party=member.get("party", ""), position=position)
        s.add(row)
        s.flush()
        ids[name] = by_key[member_names.key(name)] = row.pk
        position += 1
    tasks = list(s.exec(select(Task).where(Task.committee_id == committee.id)))
    titles = {t.title for t in tasks}
    position = max((t.position for t in tasks), default=-1) + 1
    for task in data.get("tasks", []):
        if task["title"] in titles:
            continue
        s.add(Task(committee_id=committee.pk, title=task["title"], description=task.get("description", ""),
                   due=task.get("due", ""), status=task.get("status", "open"), position=position))
        titles.add(task["title"])
        position += 1
    return committee, ids


def _meeting(s: Session, committee_id: int, data: dict[str, Any], member_ids: dict[str, int]) -> Meeting:
    starts_at = parse_date_time(data["starts_at"])
    assert starts_at is not None  # the schema's format check has accepted it
    meeting = Meeting(committee_id=committee_id, title=data["title"], number=data.get("number"),
                      starts_at=starts_at, location=data.get("location", ""),
                      case_id=data.get("case_id", ""), purpose=data.get("purpose", ""),
                      ended_at=data.get("ended_at"))
    s.add(meeting)
    s.flush()  # also writes the committee's new tasks: the rows below bypass the session
    meeting_id: int = meeting.pk
    # Rows are written kind by kind as plain dicts, not ORM objects and not item by item:
    # each kind is one statement (COPY on PostgreSQL), and ids are fetched once per kind
    # whose children need them (bench figures 5 and 7).
    writer = row_writer(s)
    writer.insert(_table(Attendance), [
        {"meeting_id": meeting_id, "member_id": member_ids[entry["member"]],
         "status": entry.get("status", "present"), "note": entry.get("note", "")}
        for entry in data.get("attendance", [])])
    items_data: list[dict[str, Any]] = data.get("items", [])
    item_ids = writer.insert_returning_ids(_table(AgendaItem), [
        _item_row(meeting_id, position, item, starts_at.date()) for position, item in enumerate(items_data)])
    candidate_rows: list[dict[str, Any]] = []
    group_rows: list[dict[str, Any]] = []
    working_rows: list[dict[str, Any]] = []
    for item_id, item in zip(item_ids, items_data, strict=True):
        candidate_rows += [{"item_id": item_id, "position": i, "title": cand["title"],
                            "description": cand.get("description", ""), "votes": cand.get("votes", 0),
                            "status": cand.get("status", "candidate")}
                           for i, cand in enumerate(item.get("candidates", []))]
        group_rows += [{"item_id": item_id, "position": i, "name": group["name"]}
                       for i, group in enumerate(item.get("groups", []))]
        working_rows += [{"item_id": item_id, "position": i, "name": wg["name"],
                          "mandate": wg.get("mandate", ""),
                          "meets_on": parse_date(wg["meets_on"]) if "meets_on" in wg else None,
                          "reports_to": parse_date(wg["reports_to"]) if "reports_to" in wg else None}
                         for i, wg in enumerate(item.get("working_groups", []))]
    candidate_ids = iter(writer.insert_returning_ids(_table(Candidate), candidate_rows))
    group_ids = iter(writer.insert_returning_ids(_table(Group), group_rows))
    working_ids = iter(writer.insert_returning_ids(_table(WorkingGroup), working_rows))
    rows: dict[type, list[dict[str, Any]]] = {Attachment: [], ItemAbsence: [], Remark: [], Answer: [],
                                              GroupMember: [], Input: [], WorkingGroupMember: [],
                                              WorkingGroupGuest: []}
    for item_id, item in zip(item_ids, items_data, strict=True):
        rows[Attachment] += [{"item_id": item_id, "position": i, "title": att["title"],
                              "recommended": att.get("recommended", False)}
                             for i, att in enumerate(item.get("attachments", []))]
        for key, kind in (("absent", "absent"), ("conflicts", "conflict")):
            rows[ItemAbsence] += [{"item_id": item_id, "member_id": member_ids[name], "kind": kind}
                                  for name in item.get(key, [])]
        rows[Remark] += [{"item_id": item_id, "member_id": member_ids[remark["member"]], "position": i,
                          "text": remark["text"]}
                         for i, remark in enumerate(item.get("remarks", []))]
        rows[Answer] += [{"item_id": item_id, "member_id": member_ids[answer["member"]],
                          "text": answer["text"]}
                         for answer in item.get("answers", [])]
        # ids come back in row order, and the rows were made item by item in file order
        candidate_id = {cand["title"]: next(candidate_ids) for cand in item.get("candidates", [])}
        for group in item.get("groups", []):
            group_id = next(group_ids)
            rows[GroupMember] += [{"group_id": group_id, "member_id": member_ids[name]}
                                  for name in group.get("members", [])]
            rows[Input] += [{"group_id": group_id, "position": j, "text": inp["text"],
                             "candidate_id": candidate_id[inp["candidate"]] if "candidate" in inp else None,
                             "member_id": member_ids[inp["member"]] if "member" in inp else None,
                             "origin": inp.get("origin", ""), "hidden": inp.get("hidden", False)}
                            for j, inp in enumerate(group.get("inputs", []))]
        for wg in item.get("working_groups", []):
            working_group_id = next(working_ids)
            rows[WorkingGroupMember] += [{"working_group_id": working_group_id, "member_id": member_ids[name],
                                          "convener": name == wg.get("convener")}
                                         for name in wg.get("members", [])]
            rows[WorkingGroupGuest] += [{"working_group_id": working_group_id, "position": j,
                                         "name": guest["name"], "organisation": guest.get("organisation", "")}
                                        for j, guest in enumerate(wg.get("guests", []))]
    for model, kind_rows in rows.items():
        writer.insert(_table(model), kind_rows)
    return meeting


def _table(model: type[SQLModel]) -> Table:
    return table_of(model)


def _item_row(meeting_id: int, position: int, data: dict[str, Any], day: date) -> dict[str, Any]:
    started = parse_clock_time(data["started_at"]) if "started_at" in data else None
    row: dict[str, Any] = {
        "meeting_id": meeting_id, "position": position, "title": data["title"],
        "kind": data.get("kind", "case"), "open": data.get("open", True),
        "planned_minutes": data.get("planned_minutes"),
        # the file keeps the clock time only: the item started on the meeting's day
        "started_at": datetime.combine(day, started) if started is not None else None,
        "next_meeting_on": parse_date(data["next_meeting_on"]) if "next_meeting_on" in data else None}
    for key in _ITEM_TEXT:
        row[key] = data.get(key, "")
    for key in _ITEM_LISTS:
        row[key] = list(data.get(key, []))
    return row
