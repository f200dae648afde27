"""The meeting's lock state on its row (migration 0010): kept by the database, written by nobody else,
and on PostgreSQL the send-vs-edit race closed by the database alone, whoever sends.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from tests.dbdump import dump
from workshop.db import Database
from workshop.errors import LockedError
from workshop.services import agenda, attendance, capture, committees, meetings, referat


def _meeting(db: Database) -> tuple[int, int, list[int]]:
    """(meeting, a group of its group-work item, its present members)."""
    c = committees.create_committee(db, name="Udvalget").id
    members = [committees.add_member(db, c, name=f"Medlem {i}").id for i in range(2)]  # type: ignore[arg-type]
    m = meetings.create_meeting(db, c, title="Mødet", starts_at=datetime(2030, 1, 1, 17)).id  # type: ignore[arg-type]
    for member in members:
        attendance.set_attendance(db, m, member, "present")  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id  # type: ignore[arg-type]
    group = capture.add_group(db, item, name="Gruppe A").id  # type: ignore[arg-type]
    return m, group, members  # type: ignore[return-value]


def _state(db: Database, m: int) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT lock_state FROM meeting WHERE id = :m"), {"m": m}).scalar_one()  # type: ignore[no-any-return]


def test_the_lock_state_follows_the_newest_version(db: Database) -> None:
    m, group, members = _meeting(db)
    assert _state(db, m) is None
    referat.send_for_approval(db, m)
    assert _state(db, m) == "sent"
    referat.approve(db, m, members[0])
    assert _state(db, m) == "sent"
    referat.approve(db, m, members[1])
    assert _state(db, m) == "approved"
    referat.start_correction(db, m, "Rettelse")
    assert _state(db, m) is None
    capture.add_input(db, group, "Efter rettelsen")  # the correction is editable
    with db.transaction() as s:  # a version's status changed in SQL moves it too
        s.connection().execute(text("UPDATE referatversion SET status = 'sent' WHERE meeting_id = :m"
                                    " AND status = 'draft'"), {"m": m})
    assert _state(db, m) == "sent"
    with pytest.raises(LockedError, match="sendt til godkendelse"):
        capture.add_input(db, group, "Refuseret")
    with db.transaction() as s:
        s.connection().execute(text("UPDATE referatversion SET status = 'draft' WHERE meeting_id = :m"
                                    " AND status = 'sent'"), {"m": m})
    assert _state(db, m) is None
    capture.add_input(db, group, "Igen tilladt")


def test_nobody_else_writes_the_lock_state(db: Database) -> None:
    m, group, members = _meeting(db)
    referat.send_for_approval(db, m)
    for member in members:
        referat.approve(db, m, member)
    c = meetings.get_meeting(db, m).committee_id
    before = dump(db)
    for statement, kind in ((f"UPDATE meeting SET lock_state = NULL WHERE id = {m}", "godkendt og låst"),
                            (f"UPDATE meeting SET lock_state = 'sent' WHERE id = {m}", "godkendt og låst"),
                            ("INSERT INTO meeting (committee_id, title, starts_at, location, case_id, purpose,"
                             f" current_step, lock_state, version) VALUES ({c}, 'Falsk', '2030-02-01 17:00', '', '',"
                             " '', '', 'approved', 1)", "godkendt og låst")):
        with pytest.raises(LockedError, match=kind), db.transaction() as s:
            s.connection().execute(text(statement))
    assert dump(db) == before
    other = meetings.create_meeting(db, c, title="Kladde", starts_at=datetime(2030, 3, 1, 17)).id
    with pytest.raises(LockedError, match="sendt til godkendelse"), db.transaction() as s:
        s.connection().execute(text(f"UPDATE meeting SET lock_state = 'sent' WHERE id = {other}"))
    assert _state(db, other) is None


# --- PostgreSQL: the race between a send and an edit --------------------------------------------


def _blocked_by(db: Database, pid: int, timeout: float = 4.0) -> bool:
    """Whether some backend waits for a lock that backend ``pid`` holds (within ``timeout``)."""
    deadline = time.monotonic() + timeout
    with db.engine.connect() as conn:
        while time.monotonic() < deadline:
            if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE :pid = ANY(pg_blocking_pids(pid))"),
                            {"pid": pid}).scalar_one():
                return True
            conn.rollback()
            time.sleep(0.02)
    return False


def _in_thread(work: Any) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["result"] = work()
        except Exception as error:
            out["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def _draft_version(conn: Connection, m: int) -> None:
    conn.execute(text("INSERT INTO referatversion (meeting_id, number, status, note, created_at, version)"
                      " VALUES (:m, 1, 'draft', '', now(), 1)"), {"m": m})


def test_an_edit_in_flight_holds_back_a_send_by_sql(pg_db: Database) -> None:
    """The send waits for the edit, so the edit is in the meeting before it is sent: no service's
    FOR UPDATE needed, the version's trigger takes it."""
    m, group, _members = _meeting(pg_db)
    with pg_db.engine.begin() as conn:
        _draft_version(conn, m)
    with pg_db.engine.connect() as edit:
        pid = edit.execute(text("SELECT pg_backend_pid()")).scalar_one()
        edit.execute(text("INSERT INTO input (group_id, text, origin, hidden, position, version)"
                          " VALUES (:g, 'Midt i det hele', '', false, 0, 1)"), {"g": group})

        def send() -> None:
            with pg_db.engine.begin() as conn:
                conn.execute(text("UPDATE referatversion SET status = 'sent' WHERE meeting_id = :m"), {"m": m})

        thread, out = _in_thread(send)
        try:
            assert _blocked_by(pg_db, pid), "the send did not wait for the edit in flight"
        finally:
            edit.commit()
            thread.join(10)
    assert "error" not in out, out
    assert _state(pg_db, m) == "sent"
    assert [i.text for i in capture.list_inputs(pg_db, agenda.list_items(pg_db, m)[0].id)] == ["Midt i det hele"]  # type: ignore[arg-type]


def test_an_edit_during_a_send_waits_and_is_refused(pg_db: Database) -> None:
    """The edit waits for the send in flight and then reads the meeting as the send left it."""
    m, group, _members = _meeting(pg_db)
    with pg_db.engine.begin() as conn:
        _draft_version(conn, m)
    with pg_db.engine.connect() as send:
        pid = send.execute(text("SELECT pg_backend_pid()")).scalar_one()
        send.execute(text("UPDATE referatversion SET status = 'sent' WHERE meeting_id = :m"), {"m": m})
        thread, out = _in_thread(lambda: capture.add_input(pg_db, group, "For sent"))
        try:
            assert _blocked_by(pg_db, pid), "the edit did not wait for the send in flight"
        finally:
            send.commit()
            thread.join(10)
    assert isinstance(out.get("error"), LockedError), out
    assert "sendt til godkendelse" in str(out["error"])
    assert capture.list_inputs(pg_db, agenda.list_items(pg_db, m)[0].id) == []  # type: ignore[arg-type]
