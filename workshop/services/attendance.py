"""Who is present, absent or has sent afbud for a meeting."""

from __future__ import annotations

from collections import Counter

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.models import ATTENDANCE_STATUSES, Attendance, Member
from workshop.services.committees import member_of_meeting
from workshop.services.rows import check_version, conflict, locked, one_of, text


def list_attendance(db: Database, meeting_id: int) -> list[Attendance]:
    with db.session() as s:
        return list(s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)))


def set_attendance(db: Database, meeting_id: int, member_id: int, status: str, *, note: str = "",
                   expected_version: int | None = None) -> ChangeSet:
    """Record ``present``, ``absent`` or ``excused`` (afbud) for one member.

    ``expected_version`` is the version of the member's attendance the edit is based on; 0
    when none was recorded. A stale one raises ``ConflictError`` carrying the stored row.
    """
    one_of("status", status, ATTENDANCE_STATUSES)
    with db.session() as s:
        # Under the member row's lock (it costs no round trip: member_of_meeting reads the row
        # anyway): two laptops recording one member at once run one after the other, and the
        # second finds the first one's row (refused by its version) instead of failing on the unique key.
        locked(s, Member, member_id)
        member_of_meeting(s, meeting_id, member_id)
        row = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                              Attendance.member_id == member_id)).first()
        if row is None and expected_version:  # another laptop cleared what this edit was based on
            raise conflict(Attendance, None, expected_version, None)
        if row is None:
            row = Attendance(meeting_id=meeting_id, member_id=member_id, status=status,
                             note=text("note", note))
            s.add(row)
        else:
            check_version(row, expected_version)
            row.status, row.note = status, text("note", note)
        s.flush()
        return changed("attendance", meeting_id=meeting_id, id=row.id)


def get_attendance(db: Database, meeting_id: int, member_id: int) -> Attendance | None:
    """One member's recorded attendance, or None when nothing is recorded."""
    with db.session() as s:
        return s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                               Attendance.member_id == member_id)).first()


def clear_attendance(db: Database, meeting_id: int, member_id: int, *,
                     expected_version: int | None = None) -> ChangeSet:
    with db.session() as s:
        row = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                              Attendance.member_id == member_id)).first()
        if row is not None:
            check_version(row, expected_version)
            s.delete(row)
        elif expected_version:
            raise conflict(Attendance, None, expected_version, None)
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
