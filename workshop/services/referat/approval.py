"""Changing the referat: send it for approval, approve it, open a correction.

Rules (lov om kommunernes styrelse § 13): the members present at the meeting
approve the referat. Sending freezes what it says; once every present member has
approved, the version is fingerprinted and never changes again. A mistake found
later is corrected by addition: a new version with a note of what changed, while
the old version stays readable.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.models import Attendance, Meeting, Member, ReferatApproval, ReferatVersion
from workshop.referat.fingerprint import fingerprint
from workshop.services.referat.lock import _lock_meeting
from workshop.services.referat.seal import seal
from workshop.services.referat.versions import (
    _committee_member_ids,
    _latest,
    _latest_or_create,
    _now,
    frozen_content,
)
from workshop.services.rows import get, required, touch


def send_for_approval(db: Database, meeting_id: int, *, at: datetime | None = None) -> ChangeSet:
    """Freeze the referat as it stands and send it to the present members.

    The version is marked sent first, which stops every edit, and only then is
    the meeting read and frozen: an edit saved at the same moment is either in
    the frozen referat or refused, never silently left out.

    Raises:
        LockedError: the newest version is already sent or approved.
        ValidationError: nobody is registered as present, so nobody could approve.
    """
    from workshop.meetingfile.export import meeting_document  # the exporter pulls in jsonschema

    with db.session() as s:
        _lock_meeting(s, meeting_id, shared=False)  # waits for edits in flight (PostgreSQL)
        row = _latest_or_create(s, meeting_id)
        if row.status == "sent":
            raise LockedError(f"Referatet (version {row.number}) er allerede sendt til godkendelse.")
        if row.status == "approved":
            raise LockedError(f"Referatet (version {row.number}) er godkendt og låst; det kan ikke"
                              " sendes igen. Start en rettelse for at lave en ny version.")
        present = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                  Attendance.status == "present")).first()
        if present is None:
            raise ValidationError("attendance", "ingen medlemmer er registreret som til stede, så ingen"
                                                " kan godkende referatet. Registrér fremmødet først.")
        row.status, row.sent_at, row.content = "sent", _now(at), None
        row_id: int = row.pk
    try:
        document = meeting_document(db, meeting_id)  # final: no edit can be saved any more
        with db.session() as s:
            row = get(s, ReferatVersion, row_id)
            row.content = frozen_content(document, row.note, _committee_member_ids(s, meeting_id))
    except BaseException:
        with db.session() as s:  # back to a draft, so nothing is left half sent
            row = get(s, ReferatVersion, row_id)
            row.status, row.sent_at, row.content = "draft", None, None
        raise
    return changed("referat", meeting_id=meeting_id, id=row_id)


def approve(db: Database, meeting_id: int, member_id: int, *, at: datetime | None = None) -> ChangeSet:
    """Record one present member's "Godkendt"; the last one approves the version.

    Raises:
        LockedError: the version is already approved.
        ValidationError: not sent yet, the member was not present, or has approved already.
    """
    with db.session() as s:
        _latest_or_create(s, meeting_id)
        row = _latest(s, meeting_id, lock=True)  # two last approvals at once: one waits for the other
        assert row is not None
        member = get(s, Member, member_id)
        if row.status == "approved":
            raise LockedError(f"Referatet (version {row.number}) er allerede godkendt og låst.")
        if row.status != "sent" or not row.content:
            raise ValidationError("referat", "referatet er ikke sendt til godkendelse endnu")
        signatories = [e["member_id"] for e in row.content["signatories"]]
        if member_id not in signatories:
            raise ValidationError("member", f'"{member.name}" var ikke til stede på mødet og kan'
                                            " derfor ikke godkende referatet")
        given = {a.member_id for a in s.exec(select(ReferatApproval)
                                             .where(ReferatApproval.referat_id == row.id))}
        if member_id in given:
            raise ValidationError("member", f'"{member.name}" har allerede godkendt referatet'
                                            f" (version {row.number})")
        when = _now(at)
        s.add(ReferatApproval(referat_id=row.pk, member_id=member_id, at=when))
        if set(signatories) <= given | {member_id}:
            row.status, row.approved_at = "approved", when
            row.sha256 = fingerprint(row.content["referat"])
            seal(s, row)  # signed by this installation, in the same transaction
        touch(row)  # an approval is part of the version even before it is the last one
        return changed("referat", meeting_id=meeting_id, id=row.id)


def start_correction(db: Database, meeting_id: int, note: str, *, at: datetime | None = None) -> ChangeSet:
    """Open version N+1 as a draft, saying what is corrected; version N stays as it was.

    Raises:
        ValidationError: the note is empty, or the newest version is not approved yet.
    """
    note = required("note", note)
    with db.session() as s:
        row = _latest_or_create(s, meeting_id)
        if row.status != "approved":
            raise ValidationError("referat", "kun et godkendt referat kan rettes med en ny version;"
                                             f" version {row.number} er ikke godkendt")
        new = ReferatVersion(meeting_id=meeting_id, number=row.number + 1, status="draft", note=note,
                             created_at=_now(at))
        s.add(new)
        s.flush()
        return changed("referat", "meetings", meeting_id=meeting_id, id=new.id)


def approve_by_name(db: Database, meeting_id: int, name: str, *, at: datetime | None = None) -> ChangeSet:
    """Approve as the member called ``name``, sending the referat first if it is still a draft.

    The member's presence is checked before anything is sent, so a refused
    approval leaves a draft a draft.

    Raises:
        NotFoundError: no member of that name in the meeting's committee.
        ValidationError, LockedError: as ``approve`` and ``send_for_approval``.
    """
    with db.session() as s:
        meeting = get(s, Meeting, meeting_id)
        member = s.exec(select(Member).where(Member.committee_id == meeting.committee_id,
                                             Member.name == name.strip())).first()
        if member is None:
            raise NotFoundError(f'"{name}" er ikke medlem af udvalget.')
        latest = _latest(s, meeting_id)
        status = latest.status if latest is not None else "draft"
        present = s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                  Attendance.member_id == member.id,
                                                  Attendance.status == "present")).first()
    if status == "draft":
        if present is None:
            raise ValidationError("member", f'"{member.name}" var ikke til stede på mødet og kan'
                                            " derfor ikke godkende referatet")
        send_for_approval(db, meeting_id, at=at)
    return approve(db, meeting_id, member.pk, at=at)
