"""The referat's life: draft -> sent for approval -> approved (locked), and corrections.

Rules (lov om kommunernes styrelse § 13): the members present at the meeting
approve the referat. Sending freezes what it says; once every present member has
approved, the version is fingerprinted and never changes again. A mistake found
later is corrected by addition: a new version with a note of what changed, while
the old version stays readable.

While the newest version is sent or approved, the meeting itself is locked:
every service that changes a meeting's content calls ``ensure_meeting_editable``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func
from sqlmodel import Session, col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.models import Attendance, Meeting, Member, ReferatApproval, ReferatVersion
from workshop.referat.content import Referat
from workshop.referat.danish import join_names
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import canonical_json, fingerprint
from workshop.services.rows import get, required, touch


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now()).replace(microsecond=0)


def _latest(s: Session, meeting_id: int, *, lock: bool = False) -> ReferatVersion | None:
    query = (select(ReferatVersion).where(ReferatVersion.meeting_id == meeting_id)
             .order_by(col(ReferatVersion.number).desc()).limit(1))
    return s.exec(query.with_for_update() if lock else query).first()


def _lock_meeting(s: Session, meeting_id: int, *, shared: bool) -> None:
    """Row lock on the meeting (PostgreSQL; SQLite serialises writers anyway).

    Edits take it shared and sending takes it exclusively, so a send waits for
    edits in flight and edits after it see the referat as sent.
    """
    s.exec(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update(read=shared)).first()


def _latest_or_create(s: Session, meeting_id: int) -> ReferatVersion:
    """The newest version; version 1 exists implicitly and gets its row here."""
    get(s, Meeting, meeting_id)
    row = _latest(s, meeting_id)
    if row is None:
        row = ReferatVersion(meeting_id=meeting_id, number=1, status="draft", created_at=_now(None))
        s.add(row)
        s.flush()
    return row


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


# --- reading ----------------------------------------------------------------------


def list_versions(db: Database, meeting_id: int) -> list[ReferatVersion]:
    """All versions, oldest first; a meeting without rows has its implicit draft version 1."""
    with db.session() as s:
        get(s, Meeting, meeting_id)
        rows = list(s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == meeting_id)
                           .order_by(col(ReferatVersion.number))))
        return rows or [ReferatVersion(meeting_id=meeting_id, number=1, status="draft",
                                       created_at=_now(None))]


def get_version(db: Database, meeting_id: int, number: int) -> ReferatVersion:
    with db.session() as s:
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == meeting_id,
                                                  ReferatVersion.number == number)).first()
        if row is None:
            implicit = list_versions(db, meeting_id)[0]
            if number == 1 and implicit.id is None:  # only while no row exists (an import may start at N)
                return implicit
            raise NotFoundError(f"Referatet findes ikke i version {number}.")
        return row


def _approvals(s: Session, version: ReferatVersion) -> list[dict[str, Any]]:
    if version.id is None:
        return []
    rows = s.exec(select(ReferatApproval, Member).join(Member, col(Member.id) == ReferatApproval.member_id)
                  .where(ReferatApproval.referat_id == version.id))
    signatories = (version.content or {}).get("signatories", [])
    order = {e["member_id"]: i for i, e in enumerate(signatories)}
    # The name as the frozen referat prints it, even if the member was renamed since.
    frozen_name = {e["member_id"]: e["name"] for e in signatories}
    found = sorted(rows, key=lambda pair: (order.get(pair[1].id, len(order)), pair[0].at))
    return [{"member": frozen_name.get(member.id, member.name), "member_id": member.id, "at": approval.at}
            for approval, member in found]


def approvals(db: Database, meeting_id: int, number: int | None = None) -> list[dict[str, Any]]:
    """``{"member", "member_id", "at"}`` per approval of a version (default: the newest)."""
    version = get_version(db, meeting_id, number) if number else _newest(db, meeting_id)
    with db.session() as s:
        return _approvals(s, version)


def _newest(db: Database, meeting_id: int) -> ReferatVersion:
    return list_versions(db, meeting_id)[-1]


def referat_state(db: Database, meeting_id: int) -> dict[str, Any] | None:
    """The newest version in the meeting file's ``referat`` shape, or None before any row exists.

    ``{"status", "version", "approvals": [{"member", "at"}], "sha256", "note"}``;
    ``sha256`` only when approved, ``note`` (a correction's note, part of the
    fingerprinted referat; a project extension to the spec) only when the version has one.
    """
    with db.session() as s:
        get(s, Meeting, meeting_id)
        row = _latest(s, meeting_id)
        if row is None:
            return None
        state: dict[str, Any] = {
            "status": row.status,
            "version": row.number,
            "approvals": [{"member": a["member"], "at": _iso(a["at"])} for a in _approvals(s, row)],
        }
        if row.status == "approved" and row.sha256:
            state["sha256"] = row.sha256
        if row.note:
            state["note"] = row.note
        return state


def _iso(at: datetime) -> str:
    text = f"{at.date().isoformat()}T{at.hour:02d}:{at.minute:02d}"
    return f"{text}:{at.second:02d}" if at.second else text


def frozen_referat(version: ReferatVersion) -> Referat:
    """The referat a sent or approved version froze."""
    if not version.content:
        raise ValidationError("referat", f"version {version.number} er et udkast og har intet fastlåst indhold")
    return Referat.from_dict(version.content["referat"])


def verify(version: ReferatVersion) -> bool:
    """Does an approved version still match its fingerprint?

    Recomputes the SHA-256 over the frozen referat and checks that the frozen
    meeting document still drafts to exactly that referat.
    """
    if version.status != "approved" or not version.sha256 or not version.content:
        return False
    frozen = version.content.get("referat")
    document = version.content.get("document")
    if frozen is None or document is None or fingerprint(frozen) != version.sha256:
        return False
    redrafted = replace(draft_referat(document), correction=frozen.get("correction", ""))
    return canonical_json(redrafted.as_dict()) == canonical_json(frozen)


# --- changing -------------------------------------------------------------------


def frozen_content(document: dict[str, Any], note: str, member_ids: dict[str, int]) -> dict[str, Any]:
    """What sending freezes in ``ReferatVersion.content``: the meeting, its referat, who signs.

    Args:
        document: the meeting-file dict without ``referat``.
        note: the version's correction note ("" for none); printed and fingerprinted.
        member_ids: the committee's member ids by name, for the signatories.

    Raises:
        KeyError: a signatory's name is not in ``member_ids``.
    """
    referat = replace(draft_referat(document), correction=note)
    return {
        "document": document,
        "referat": referat.as_dict(),
        "signatories": [{"member_id": member_ids[n], "name": n} for n in referat.signatories],
    }


def _committee_member_ids(s: Session, meeting_id: int) -> dict[str, int]:
    return {m.name: m.pk for m in s.exec(select(Member).join(
        Meeting, col(Meeting.committee_id) == Member.committee_id).where(Meeting.id == meeting_id))}



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


def _file_body(doc: dict[str, Any]) -> dict[str, Any]:
    """The meeting file without its ``referat`` section: the document a referat is drafted from."""
    return {k: v for k, v in doc.items() if k != "referat"}


def _refuse_digest() -> ValidationError:
    return ValidationError("referat.sha256", "det godkendte referats fingeraftryk passer ikke med"
                                             " mødets indhold; filen er ændret efter godkendelsen")


def check_meeting_file_referat(doc: dict[str, Any]) -> None:
    """For import: refuse a meeting file whose approved referat does not match its content.

    The referat is drafted from the file's committee and meeting, with the
    section's correction ``note`` (a corrected version fingerprints it too), and
    its fingerprint compared with ``referat.sha256``.

    Raises:
        ValidationError: at ``referat.sha256``, in Danish.
    """
    state = doc.get("referat") or {}
    if state.get("status") != "approved":
        return
    referat = replace(draft_referat(_file_body(doc)), correction=state.get("note", ""))
    if state.get("sha256") != fingerprint(referat):
        raise _refuse_digest()


def restore_meeting_file_referat(session: Session, meeting_id: int, doc: dict[str, Any]) -> None:
    """For import: give the new meeting the referat version its file's ``referat`` section describes.

    Runs in the import's transaction (``import_document(..., referat_restore=...)``),
    after the meeting and its members are written. A sent or approved version is
    frozen exactly as ``send_for_approval`` freezes it, from the file's meeting,
    so the imported meeting is locked like any other and ``verify`` holds; its
    approvals come back with their members and times. A draft correction
    (version > 1, or with a note) gets its draft row. The file carries only the
    newest version, so older versions are not restored.

    Raises:
        ValidationError: the approvals do not fit the attendance, a sent file is
            approved by everyone, an approved file lacks a present member's
            approval, or an approved file's fingerprint does not match.
    """
    from workshop.meetingfile.formats import parse_date_time  # the package pulls in jsonschema

    state = doc.get("referat")
    if not state:
        return
    status, number, note = state["status"], state["version"], state.get("note", "")
    if status == "draft":
        if number > 1 or note:
            session.add(ReferatVersion(meeting_id=meeting_id, number=number, status="draft", note=note,
                                       created_at=_now(None)))
            session.flush()
        return
    content = frozen_content(copy.deepcopy(_file_body(doc)), note, _committee_member_ids(session, meeting_id))
    signers = {e["name"]: e["member_id"] for e in content["signatories"]}
    if not signers:
        raise ValidationError("referat.status", "referatet er sendt til godkendelse, men ingen er registreret"
                                                " som til stede i meeting.attendance, så ingen kan godkende det")
    given: dict[str, datetime] = {}
    for j, approval in enumerate(state.get("approvals", [])):
        name, where = approval["member"], f"referat.approvals[{j}].member"
        if name not in signers:
            raise ValidationError(where, f'"{name}" var ikke til stede på mødet og kan derfor ikke have'
                                         " godkendt referatet")
        if name in given:
            raise ValidationError(where, f'"{name}" har godkendt referatet mere end én gang')
        at = parse_date_time(approval["at"])
        assert at is not None  # the schema's format check has accepted it
        given[name] = at
    if status == "sent" and set(given) == set(signers):
        raise ValidationError("referat.status", "alle tilstedeværende har godkendt referatet, så status skal"
                                                ' være "approved" med "sha256"')
    approved = status == "approved"
    if approved and set(given) != set(signers):
        # A matching fingerprint proves the content, not the approval: § 13 asks every present member.
        missing = [name for name in signers if name not in given]
        raise ValidationError("referat.approvals", f"referatet er markeret som godkendt, men {join_names(missing)}"
                                                   " har ikke godkendt det; det er først godkendt, når alle"
                                                   ' tilstedeværende har godkendt det (ellers status "sent")')
    if approved and fingerprint(content["referat"]) != state.get("sha256"):
        raise _refuse_digest()
    row = ReferatVersion(meeting_id=meeting_id, number=number, status=status, content=content, note=note,
                         created_at=_now(None), sha256=state["sha256"] if approved else None,
                         approved_at=max(given.values(), default=None) if approved else None)
    session.add(row)
    session.flush()
    session.add_all([ReferatApproval(referat_id=row.pk, member_id=signers[name], at=at)
                     for name, at in given.items()])
    session.flush()


def import_meeting_file(db: Database, path: str | Path) -> ChangeSet:
    """Import a meeting file with its referat: checked first, restored in the same transaction."""
    from workshop.meetingfile.import_ import import_file

    return import_file(db, path, referat_check=check_meeting_file_referat,
                       referat_restore=restore_meeting_file_referat)


# --- printing ----------------------------------------------------------------------


def current_referat(db: Database, meeting_id: int) -> tuple[Referat, dict[str, Any]]:
    """The referat to show or print, and the ``render_pdf`` keywords that go with it.

    A draft is drafted live from the meeting; a sent or approved version is what it froze.
    """
    version = _newest(db, meeting_id)
    with db.session() as s:
        given = [{"member": a["member"], "at": a["at"]} for a in _approvals(s, version)]
    if version.status == "draft":
        from workshop.meetingfile.export import meeting_document

        referat = replace(draft_referat(meeting_document(db, meeting_id)), correction=version.note)
    else:
        referat = frozen_referat(version)
    return referat, {"status": version.status, "version": version.number, "approvals": given,
                     "sha256": version.sha256 if version.status == "approved" else None}


def meeting_file_document(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting file to export, with its ``referat`` section when there is one.

    While the newest version is sent or approved the file carries the meeting
    as it was frozen, so the approved referat's fingerprint matches the file
    even if a member has been renamed in the committee since.
    """
    from workshop.meetingfile.export import meeting_document

    version = _newest(db, meeting_id)
    if version.status in ("sent", "approved") and version.content:
        doc = copy.deepcopy(version.content["document"])
    else:
        doc = meeting_document(db, meeting_id)
    state = referat_state(db, meeting_id)
    if state is not None:
        doc["referat"] = state
    return doc


def export_meeting_file(db: Database, meeting_id: int, path: str | Path) -> Path:
    """Write ``meeting_file_document`` after checking that import would accept it."""
    from workshop.meetingfile.export import write_document
    from workshop.meetingfile.validate import validate_document

    doc = meeting_file_document(db, meeting_id)
    validate_document(doc)
    check_meeting_file_referat(doc)
    return write_document(doc, path)


def export_pdf(db: Database, meeting_id: int, target: str | Path | IO[bytes], *,
               progress: Callable[[float], None] | None = None) -> None:
    """Write the newest version as a PDF (UDKAST on every page until approved)."""
    from workshop.referat.pdf import render_pdf  # ReportLab only when printing

    referat, meta = current_referat(db, meeting_id)
    render_pdf(referat, target, progress=progress, **meta)
