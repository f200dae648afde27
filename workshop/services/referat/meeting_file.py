"""The referat in the meeting file: checked and restored on import, written on export."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import ReferatApproval, ReferatVersion
from workshop.referat.danish import join_names
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import fingerprint
from workshop.services.referat.versions import (
    _committee_member_ids,
    _newest,
    _now,
    frozen_content,
    referat_state,
)


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
    # Sent first, its approvals, then approved: the meeting lock (migration 0008) refuses
    # approvals added to an approved version, as it would any other.
    row = ReferatVersion(meeting_id=meeting_id, number=number, status="sent", content=content, note=note,
                         created_at=_now(None))
    session.add(row)
    session.flush()
    session.add_all([ReferatApproval(referat_id=row.id, member_id=signers[name], at=at)  # type: ignore[arg-type]
                     for name, at in given.items()])
    session.flush()
    if approved:
        row.status, row.sha256, row.approved_at = "approved", state["sha256"], max(given.values())
        session.flush()


def import_meeting_file(db: Database, path: str | Path) -> ChangeSet:
    """Import a meeting file with its referat: checked first, restored in the same transaction."""
    from workshop.meetingfile.import_ import import_file

    return import_file(db, path, referat_check=check_meeting_file_referat,
                       referat_restore=restore_meeting_file_referat)


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
