"""Changing the referat: send it for approval, approve it, open a correction.

Rules (lov om kommunernes styrelse § 13): the members present at the meeting
approve the referat. Sending freezes what it says; once every present member has
approved, the version is fingerprinted and never changes again. A mistake found
later is corrected by addition: a new version with a note of what changed, while
the old version stays readable.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from workshop import member_names
from workshop.changes import ChangeSet, changed
from workshop.db import Database, lock_for_writing
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.models import Attendance, Meeting, Member, ReferatApproval, ReferatVersion
from workshop.referat.danish import join_names
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

# In a sent version's content: the names whose approvals came from an imported meeting file.
FILE_APPROVALS = "file_approvals"


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
        lock_for_writing(s)  # SQLite: two sends at once are one after the other
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


def _complete(s: Session, row: ReferatVersion, given: dict[int, datetime], at: datetime) -> bool:
    """Approve the sent version ``row`` if every signatory is in ``given`` (member id -> when).

    The one place that decides a referat is approved: it is fingerprinted, signed by this
    installation (``seal``) and, from then on, frozen (the meeting lock, migration 0009).
    Runs in the transaction that recorded the approvals, after the write lock
    (``lock_for_writing``). The seal is made while the row is still sent, and the status
    changes with it in one write: an approved row's content may not change any more.
    """
    signatories = {e["member_id"] for e in (row.content or {}).get("signatories", [])}
    if row.status != "sent" or not row.content or not signatories <= set(given):
        return False
    row.sha256 = fingerprint(row.content["referat"])
    from_file = row.content.get(FILE_APPROVALS)
    if from_file:  # not this installation's to vouch for: approved, but not verified
        row.content = {**row.content, "unverified_reason": (
            f"{join_names(from_file)} godkendte ifølge en mødefil, der blev indlæst, mens referatet var sendt"
            " til godkendelse; den slags godkendelser er ikke signeret, så det kan ikke efterprøves, at de er"
            " givet.")}
    else:
        seal(s, row)  # signed by this installation, in the same transaction
    row.status, row.approved_at = "approved", at
    return True


def _locked_newest(s: Session, meeting_id: int) -> ReferatVersion:
    """The newest version, read after this transaction holds the write lock on it.

    SQLite: the database's write lock (``BEGIN IMMEDIATE``) before anything is read, so two
    last approvals in two processes cannot both see the other missing. PostgreSQL: the
    version's row lock, and the row read afresh (not from the session's identity map).
    """
    lock_for_writing(s)
    _latest_or_create(s, meeting_id)
    row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == meeting_id)
                 .order_by(col(ReferatVersion.number).desc()).limit(1).with_for_update()
                 .execution_options(populate_existing=True)).first()
    assert row is not None
    return row


def _given(s: Session, row: ReferatVersion) -> dict[int, datetime]:
    return {a.member_id: a.at for a in s.exec(select(ReferatApproval).where(ReferatApproval.referat_id == row.pk))}


def approve(db: Database, meeting_id: int, member_id: int, *, at: datetime | None = None) -> ChangeSet:
    """Record one present member's "Godkendt"; the last one approves the version.

    Reading who has approved, recording the approval and approving the version happen
    in one transaction holding the write lock, on SQLite and PostgreSQL alike, so the
    referat is approved exactly once. A version found with every approval recorded but
    still sent (left so by an older Workshop) is approved here instead of refusing.

    Raises:
        LockedError: the version is already approved.
        ValidationError: not sent yet, the member was not present, or has approved already.
    """
    with db.session() as s:
        row = _locked_newest(s, meeting_id)
        member = get(s, Member, member_id)
        if row.status == "approved":
            raise LockedError(f"Referatet (version {row.number}) er allerede godkendt og låst.")
        if row.status != "sent" or not row.content:
            raise ValidationError("referat", "referatet er ikke sendt til godkendelse endnu")
        signatories = [e["member_id"] for e in row.content["signatories"]]
        if member_id not in signatories:
            raise ValidationError("member", f'"{member.name}" var ikke til stede på mødet og kan'
                                            " derfor ikke godkende referatet")
        given = _given(s, row)
        if member_id in given:
            if _complete(s, row, given, max(given.values())):  # stuck as sent: completed now
                touch(row)
                return changed("referat", meeting_id=meeting_id, id=row.pk)
            raise ValidationError("member", f'"{member.name}" har allerede godkendt referatet'
                                            f" (version {row.number})")
        when = _now(at)
        s.add(ReferatApproval(referat_id=row.pk, member_id=member_id, at=when))
        _complete(s, row, {**given, member_id: when}, when)
        touch(row)  # an approval is part of the version even before it is the last one
        return changed("referat", meeting_id=meeting_id, id=row.pk)


def complete_if_stuck(db: Database, meeting_id: int) -> ChangeSet | None:
    """Approve the newest version if it is sent with every signatory's approval recorded.

    An older Workshop could leave a referat so (two last approvals at once, each seeing the
    other missing); nothing in the app could then approve it, so what finds it completes it
    here (the Referat panel, ``export_pdf``, ``meeting_file_document``; ``approve``,
    ``approve_all_present`` and ``start_correction`` do the same), in the write-locked
    transaction ``approve`` uses, approved at its last approval's time and sealed by this
    installation. The reads themselves never write. None when there was nothing to complete.
    """
    with db.session() as s:
        row = _locked_newest(s, meeting_id)
        given = _given(s, row)
        if not given or not _complete(s, row, given, max(given.values())):
            return None
        touch(row)
        return changed("referat", meeting_id=meeting_id, id=row.pk)


def approve_all_present(db: Database, meeting_id: int, *, at: datetime | None = None) -> ChangeSet:
    """"Godkend for alle til stede": one approval per present member who has not approved yet.

    One transaction (and so one undo step in the app); the last approval approves the version.

    Raises:
        LockedError, ValidationError: as ``approve`` (already approved, not sent yet).
    """
    with db.session() as s:
        row = _locked_newest(s, meeting_id)
        if row.status == "approved":
            raise LockedError(f"Referatet (version {row.number}) er allerede godkendt og låst.")
        if row.status != "sent" or not row.content:
            raise ValidationError("referat", "referatet er ikke sendt til godkendelse endnu")
        given = _given(s, row)
        missing = [e["member_id"] for e in row.content["signatories"] if e["member_id"] not in given]
        changes = changed("referat", meeting_id=meeting_id, id=row.pk)
        for member_id in missing:
            changes = changes | approve(db, meeting_id, member_id, at=at)
        if not missing:  # everyone had approved, yet it is still sent: complete it
            changes = changes | approve(db, meeting_id, next(iter(given)), at=at)
        return changes


def start_correction(db: Database, meeting_id: int, note: str, *, at: datetime | None = None) -> ChangeSet:
    """Open version N+1 as a draft, saying what is corrected; version N stays as it was.

    Raises:
        ValidationError: the note is empty, or the newest version is not approved yet.
    """
    note = required("note", note)
    with db.session() as s:
        row = _locked_newest(s, meeting_id)
        given = _given(s, row)
        if given and _complete(s, row, given, max(given.values())):
            touch(row)  # stuck as sent with every approval recorded: it is approved now
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
        # the name as typed may differ in case, spacing or Unicode form (a Mac terminal types
        # decomposed letters); the committee's names are unique up to those (member_names)
        wanted = member_names.key(name)
        members = [m for m in s.exec(select(Member).where(Member.committee_id == meeting.committee_id))
                   if member_names.key(m.name) == wanted]
        exact = [m for m in members if m.name == member_names.clean(name)]
        member = exact[0] if exact else members[0] if len(members) == 1 else None
        if member is None and members:  # look-alikes from before names were kept apart (member_names)
            raise NotFoundError(f'"{name}" passer på flere medlemmer af udvalget'
                                f' ({", ".join(repr(m.name) for m in members)}); skriv navnet præcis som i udvalget.')
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
