"""Who is present, absent or has sent afbud for a meeting."""

from __future__ import annotations

from collections import Counter

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.models import ATTENDANCE_STATUSES, Attendance, Member
from workshop.services.committees import member_of_meeting
from workshop.services.rows import check_version, one_of, text


def list_attendance(db: Database, meeting_id: int) -> list[Attendance]:
    with db.session() as s:
        return list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))


def set_attendance(db: Database, meeting_id: int, member_id: int, status: str, *, note: str = "",
                   expected_version: int | None = None) -> ChangeSet:
    """Record ``present``, ``absent`` or ``excused`` (afbud) for one member."""
    one_of("status", status, ATTENDANCE_STATUSES)
    with db.session() as s:
        member_of_meeting(s, meeting_id, member_id)
        row = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                              Attendance.member_id == member_id)).first()
        if row is None:
            row = Attendance(meeting_id=meeting_id, member_id=member_id, status=status,
                             note=text("note", note))
            s.add(row)
        else:
            check_version(row, expected_version)
            row.status, row.note = status, text("note", note)
        s.flush()
        return changed("attendance", meeting_id=meeting_id, id=row.id)


def clear_attendance(db: Database, meeting_id: int, member_id: int) -> ChangeSet:
    with db.session() as s:
        row = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                              Attendance.member_id == member_id)).first()
        if row is not None:
            s.delete(row)
        return changed("attendance", meeting_id=meeting_id)


def present_members(db: Database, meeting_id: int) -> list[Member]:
    """Members marked present, in seat order."""
    with db.session() as s:
        return list(s.exec(select(Member).join(Attendance, col(Attendance.member_id) == col(Member.id))
                           .where(Attendance.meeting_id == meeting_id,
                                  Attendance.status == "present")
                           .order_by(col(Member.position), col(Member.id))))


def counts(db: Database, meeting_id: int) -> dict[str, int]:
    """How many are present, absent and excused (afbud)."""
    c = Counter(a.status for a in list_attendance(db, meeting_id))
    return {status: c.get(status, 0) for status in ATTENDANCE_STATUSES}
