"""The meeting's lock while its referat is sent for approval or approved.

While the newest version is sent or approved, the meeting itself is locked:
every service that changes a meeting's content calls ``ensure_meeting_editable``.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, Select, exists, func
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


def ensure_meeting_editable(session: Session, meeting_id: int, *, deleting: bool = False) -> None:
    """Refuse a change to a meeting whose referat is sent for approval or approved.

    Args:
        session: the caller's open session (the check runs in its transaction).
        meeting_id: the meeting about to change.
        deleting: the meeting itself is to be deleted; then any sent or approved
            version, not only the newest, forbids it.

    Raises:
        LockedError: with a Danish message saying why and what to do.
    """
    if deleting:
        locked = session.exec(select(ReferatVersion).where(
            ReferatVersion.meeting_id == meeting_id,
            col(ReferatVersion.status).in_(("sent", "approved")))).first()
        if locked is not None:
            raise LockedError("Mødet har et referat, der er sendt til godkendelse eller godkendt,"
                              " og kan derfor ikke slettes.")
        return
    if session.get_bind().dialect.name != "sqlite":  # SQLite serialises writers: no lock to take
        _lock_meeting(session, meeting_id, shared=True)
    # Number and status only: this runs in every edit, and a frozen version's content is large.
    latest = session.exec(select(ReferatVersion.number, ReferatVersion.status)
                          .where(ReferatVersion.meeting_id == meeting_id)
                          .order_by(col(ReferatVersion.number).desc()).limit(1)).first()
    if latest is None:
        return
    number, status = latest
    if status == "draft":
        return
    if status == "sent":
        raise LockedError(f"Referatet (version {number}) er sendt til godkendelse, så mødet kan"
                          " ikke ændres. Vent til det er godkendt, og lav derefter en rettelse.")
    raise LockedError(f"Referatet (version {number}) er godkendt og låst, så mødet kan ikke ændres."
                      " Start en rettelse (ny version) for at ændre noget.")


_Query = TypeVar("_Query", bound=Select)


def with_edit_lock(dialect: str, query: _Query) -> _Query:
    """``query`` (which must select from Meeting) also taking the meeting's shared edit lock.

    The same row lock ``ensure_meeting_editable`` takes, folded into a query the
    caller makes anyway (``capture.add_input``: one round trip fewer on PostgreSQL).
    The caller must then check ``meeting_editable`` in a later statement of the
    same transaction: only a statement started after the lock is granted sees a
    send committed while it waited.
    """
    if dialect == "sqlite":  # SQLite serialises writers: no lock to take
        return query
    return query.with_for_update(read=True, of=Meeting)


def meeting_editable(meeting_id: int | ColumnElement[int]) -> ColumnElement[bool]:
    """SQL true while the meeting may change: its newest referat version, if any, is a draft.

    For a write that folds ``ensure_meeting_editable``'s check into itself
    (``INSERT ... SELECT ... WHERE meeting_editable(...)``) after ``with_edit_lock``;
    when it writes nothing, ``ensure_meeting_editable`` raises the Danish message.
    ``meeting_id`` may be a ``bindparam`` for a statement built once.
    """
    newest = (select(func.max(ReferatVersion.number)).where(ReferatVersion.meeting_id == meeting_id)
              .scalar_subquery())
    return ~exists().where(col(ReferatVersion.meeting_id) == meeting_id, col(ReferatVersion.number) == newest,
                           col(ReferatVersion.status) != "draft")


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
