"""Approval completes exactly once: the last two members approve at the same moment, in two processes.

Each round makes a meeting with three present members, sends its referat, approves it as
the first, then lets two worker processes approve as the other two, released together by a
barrier. Every round must end approved, with three approvals and no error, on a SQLite file
(where both used to read the approvals before either wrote, and the referat stayed "sent"
for good) and on PostgreSQL. A referat left in that state by an older Workshop is completed
by the next approval, not stuck.
"""

from __future__ import annotations

import json
import multiprocessing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.export import pdfread
from workshop.db import Database
from workshop.services import attendance, committees, meetings, referat

ROUNDS = 12


def _worker(url: str, barrier: Any, jobs: Any, results: Any) -> None:
    """Approve what ``jobs`` says, each time after the barrier lets both workers go at once."""
    db = Database(url, migrate_schema=False)
    try:
        while (job := jobs.get()) is not None:
            meeting_id, member_id = job
            barrier.wait(30)
            try:
                referat.approve(db, meeting_id, member_id)
                results.put(None)
            except Exception as error:
                results.put(f"{type(error).__name__}: {error}")
    finally:
        db.close()


def _meeting(db: Database, committee: int, n: int) -> tuple[int, list[int]]:
    """A meeting with three present members, sent, approved by the first: (meeting, last two)."""
    members = [committees.add_member(db, committee, name=f"Medlem {n}-{i}").id for i in range(3)]
    m = meetings.create_meeting(db, committee, title=f"Møde {n}", starts_at=datetime(2030, 1, 1 + n, 17)).id
    for member in members:
        attendance.set_attendance(db, m, member, "present")  # type: ignore[arg-type]
    referat.send_for_approval(db, m)  # type: ignore[arg-type]
    referat.approve(db, m, members[0])  # type: ignore[arg-type]
    return m, members[1:]  # type: ignore[return-value]


def _race(db: Database) -> None:
    url = db.url
    committee = committees.create_committee(db, name="Udvalget").id
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    queues = [context.Queue(), context.Queue()]
    workers = [context.Process(target=_worker, args=(url, barrier, q, results)) for q in queues]
    for w in workers:
        w.start()
    try:
        for n in range(ROUNDS):
            m, last_two = _meeting(db, committee, n)  # type: ignore[arg-type]
            for q, member in zip(queues, last_two, strict=True):
                q.put((m, member))
            errors = [results.get(timeout=60), results.get(timeout=60)]
            assert errors == [None, None], f"round {n}: {errors}"
            state = referat.referat_state(db, m)
            assert state is not None and state["status"] == "approved", f"round {n}: {state}"
            assert len(state["approvals"]) == 3 and state["sha256"]
    finally:
        for q in queues:
            q.put(None)
        for w in workers:
            w.join(30)


def test_two_last_approvals_in_two_processes_approve_once_on_sqlite(file_db: Database) -> None:
    _race(file_db)


def test_two_last_approvals_in_two_processes_approve_once_on_postgresql(pg_db: Database) -> None:
    _race(pg_db)


def _left_sent(db: Database, committee: int, n: int) -> tuple[int, list[int]]:
    """A meeting as the race used to leave it: every approval recorded, the referat still "sent"."""
    m, last_two = _meeting(db, committee, n)
    referat.approve(db, m, last_two[0])
    version = referat.list_versions(db, m)[-1]
    with db.transaction() as s:
        s.connection().execute(text("INSERT INTO referatapproval (referat_id, member_id, at)"
                                    " VALUES (:v, :m, :at)"), {"v": version.id, "m": last_two[1],
                                                               "at": datetime(2030, 2, 1, 12)})
    assert referat.referat_state(db, m)["status"] == "sent"  # type: ignore[index]
    return m, last_two


def test_a_referat_left_sent_with_every_approval_is_completed(db: Database) -> None:
    committee = committees.create_committee(db, name="Udvalget").id
    m, last_two = _left_sent(db, committee, 0)  # type: ignore[arg-type]
    referat.approve(db, m, last_two[1])  # "har allerede godkendt" before: now it completes
    state = referat.referat_state(db, m)
    assert state is not None and state["status"] == "approved" and state["sha256"]
    assert referat.verify(referat.list_versions(db, m)[-1])
    with pytest.raises(Exception, match="allerede godkendt"):
        referat.approve(db, m, last_two[1])


def test_a_referat_left_sent_is_completed_when_it_is_shown_or_exported(db: Database, tmp_path: Path) -> None:
    """Found so by a PDF or a meeting-file export (the Referat panel: tests/ui), it is completed, not shown as
    "Sendt til godkendelse" with nothing left to approve (the app's approval dialog then has no
    member to approve and "Ny version" needs an approved referat), nor exported as a file that
    import refuses ("alle tilstedeværende har godkendt referatet, så status skal være approved")."""
    committee = committees.create_committee(db, name="Udvalget").id
    shown, _ = _left_sent(db, committee, 0)  # type: ignore[arg-type]
    assert referat.read_referat(db, shown).left_sent  # a read says so (and writes nothing) ...
    pdf = tmp_path / "referat.pdf"
    check = referat.export_pdf(db, shown, pdf)  # ... what may write completes it
    assert check is not None and check.state == "verified"
    assert "Version 1 · Status: Godkendt" in pdfread.pages(pdf)[-1]
    reading = referat.read_referat(db, shown)
    assert reading.version.status == "approved" and not reading.left_sent

    exported, _ = _left_sent(db, committee, 1)  # type: ignore[arg-type]
    path = referat.export_meeting_file(db, exported, tmp_path / "møde.workshop.json")
    state = json.loads(path.read_text(encoding="utf-8"))["referat"]
    assert state["status"] == "approved" and state["sha256"] and len(state["approvals"]) == 3
    again = referat.import_meeting_file(db, path).id
    assert again is not None and referat.referat_state(db, again)["status"] == "approved"  # type: ignore[index]
    assert referat.verify(referat.list_versions(db, again)[-1])


def test_a_referat_left_sent_is_completed_by_approve_all_and_by_a_correction(db: Database) -> None:
    """The other ways a user meets it: "Godkend for alle til stede" (nobody missing) and
    "Ny version (rettelse)" (which needs version 1 approved) complete it instead of refusing."""
    committee = committees.create_committee(db, name="Udvalget").id
    all_present, _ = _left_sent(db, committee, 0)  # type: ignore[arg-type]
    referat.approve_all_present(db, all_present)
    state = referat.referat_state(db, all_present)
    assert state is not None and state["status"] == "approved" and len(state["approvals"]) == 3
    assert referat.verify(referat.list_versions(db, all_present)[-1])

    corrected, _ = _left_sent(db, committee, 1)  # type: ignore[arg-type]
    referat.start_correction(db, corrected, "Stavefejl i punkt 1")
    first, second = referat.list_versions(db, corrected)
    assert (first.status, second.status, second.note) == ("approved", "draft", "Stavefejl i punkt 1")
    assert referat.verify(first)
