"""The meeting's lock while its referat is sent for approval or approved.

While the newest version is sent or approved, the meeting itself is locked. The
database enforces it (migration 0009's triggers, on SQLite and PostgreSQL): every
insert, update and delete of a row of a locked meeting is refused, whoever writes
it, and ``Database._translate`` turns the refusal into ``LockedError.meeting``.
What is here is the sending side's row lock and the reads around the lock.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from workshop.errors import LockedError
from workshop.models import Meeting, Member, ReferatApproval, ReferatVersion
from workshop.services.rows import get


def _lock_meeting(s: Session, meeting_id: int, *, shared: bool) -> None:
    """Row lock on the meeting (PostgreSQL; SQLite serialises writers anyway).

    Edits take it shared and sending takes it exclusively, so a send waits for
    edits in flight and edits after it see the referat as sent.
    """
    s.exec(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update(read=shared)).first()


def lock_state(session: Session, meeting_id: int) -> str | None:
    """"sent" or "approved" while the meeting is locked, else None. A read, for what to offer.

    The lock itself is the database's (migration 0009): every write to a locked
    meeting's rows is refused there, with ``LockedError.meeting``'s message. The state is
    the meeting's ``lock_state``, which the database keeps (migration 0010).
    """
    return session.exec(select(Meeting.lock_state).where(Meeting.id == meeting_id)).first()


def meeting_locked(session: Session, meeting_id: int) -> bool:
    """``lock_state`` is not None."""
    return lock_state(session, meeting_id) is not None


def ensure_member_deletable(session: Session, member_id: int) -> None:
    """Refuse deleting a member whose approval, or pending approval, a referat holds.

    Deleting the member would take their "Godkendt" out of an approved referat,
    or leave a sent one waiting for someone who no longer exists.

    Raises:
        LockedError: with the member's name and why.
    """
    member = get(session, Member, member_id)
    if session.exec(select(ReferatApproval).where(ReferatApproval.member_id == member_id)).first():
        raise LockedError(f'"{member.name}" har godkendt et referat og kan derfor ikke slettes.')
    sent = session.exec(select(ReferatVersion).join(Meeting, col(Meeting.id) == ReferatVersion.meeting_id)
                        .where(Meeting.committee_id == member.committee_id, ReferatVersion.status == "sent"))
    for row in sent:
        if any(e["member_id"] == member_id for e in (row.content or {}).get("signatories", [])):
            raise LockedError(f'"{member.name}" skal godkende et referat, der er sendt til godkendelse,'
                              " og kan derfor ikke slettes nu.")
