"""The referat in the meeting file: checked and restored on import, written on export."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from workshop import member_names
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import ReferatApproval, ReferatVersion
from workshop.referat.content import Referat
from workshop.referat.content_check import content_problem
from workshop.referat.danish import join_names
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import canonical_json, fingerprint
from workshop.referat.legacy import legacy_referat
from workshop.services.referat.approval import FILE_APPROVALS, complete_if_stuck
from workshop.services.referat.seal import check_file_seal, document_fingerprint
from workshop.services.referat.versions import (
    _approvals,
    _committee_member_ids,
    _left_sent,
    _newest,
    _now,
    frozen_content,
    list_versions,
    referat_state,
)


def _file_body(doc: dict[str, Any]) -> dict[str, Any]:
    """The meeting file without its ``referat`` section: the document a referat is drafted from."""
    return {k: v for k, v in doc.items() if k != "referat"}


def _refuse_digest() -> ValidationError:
    return ValidationError("referat.sha256", "det godkendte referats fingeraftryk passer ikke med"
                                             " mødets indhold; filen er ændret efter godkendelsen")


def _drafts(body: dict[str, Any], correction: str) -> list[dict[str, Any]]:
    """The referats a file's body drafts to: as Workshop drafts it now, and as it did before the
    results part (``legacy``), which is how a file approved then was approved."""
    referat = replace(draft_referat(body), correction=correction)
    return [referat.as_dict(), legacy_referat(referat, body).as_dict()]


def _drafted(doc: dict[str, Any]) -> dict[str, Any]:
    """The referat the file's body drafts to, with its section's correction note: the draft whose
    fingerprint is the file's ``sha256`` (now or before the results part), else today's."""
    state = doc.get("referat") or {}
    drafts = _drafts(_file_body(doc), state.get("note", ""))
    return next((d for d in drafts if fingerprint(d) == state.get("sha256")), drafts[0])


def approved_content(doc: dict[str, Any]) -> dict[str, Any]:
    """The approved referat an approved meeting file carries: its ``referat.content``.

    A file from before the section carried it (no ``content``) has it drafted from
    its body, as it was approved from it.

    Raises:
        ValidationError: at ``referat.content``: not the shape of a referat.
    """
    content = (doc.get("referat") or {}).get("content")
    if content is None:
        return _drafted(doc)
    try:
        referat = Referat.from_dict(content)
        shape = referat.as_dict()
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError("referat.content", "det godkendte referats indhold kan ikke læses som et"
                                                 f" referat (mangler eller forkert: {error})") from error
    problem = content_problem(referat)
    if problem:
        raise ValidationError("referat.content", f"det godkendte referats indhold kan ikke læses: {problem}")
    if canonical_json(shape) != canonical_json(content):
        raise ValidationError("referat.content", "det godkendte referats indhold har en anden form end et"
                                                 " referat (felter eller værdier, et referat ikke har); filen"
                                                 " er fra en nyere Workshop eller ændret")
    return content


def check_meeting_file_referat(doc: dict[str, Any]) -> None:
    """For import: refuse a meeting file whose approved referat does not match its fingerprint.

    The approved referat is the section's ``content`` (in an older file, drafted
    from its body with the section's correction ``note``); its fingerprint must be
    ``referat.sha256``. Whether the approval itself can be trusted is the seal's
    business (``restore_meeting_file_referat``), and a body that disagrees with the
    approved content becomes a correction there.

    Raises:
        ValidationError: at ``referat.sha256`` or ``referat.content``, in Danish.
    """
    state = doc.get("referat") or {}
    if state.get("status") != "approved":
        return
    content = approved_content(doc)
    if state.get("sha256") != fingerprint(content):
        raise _refuse_digest()
    if state.get("note", "") != content.get("correction", ""):
        raise ValidationError("referat.note", "rettelsens note passer ikke med det godkendte referats;"
                                              " filen er ændret efter godkendelsen")


def restore_meeting_file_referat(session: Session, meeting_id: int, doc: dict[str, Any]) -> None:
    """For import: give the new meeting the referat version its file's ``referat`` section describes.

    Runs in the import's transaction (``import_document(..., referat_restore=...)``),
    after the meeting and its members are written. A sent version is frozen
    exactly as ``send_for_approval`` freezes it, from the file's meeting, so the
    imported meeting is locked like any other; its approvals come back with their
    members and times. An approved version is the file's approved ``content``
    (``approved_content``), sealed with the file's signature when that is valid,
    else marked unverified (``seal.verification``). When the file's body is not
    the meeting that was approved, the body is imported as a draft correction
    (version N+1) whose note says so: the approved referat stays as approved, and
    the difference is visible, never silent. A draft correction (version > 1, or
    with a note) gets its draft row. The file carries only the newest version, so
    older versions are not restored.

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
    approved = status == "approved"
    if approved:
        check_meeting_file_referat(doc)
    member_ids = _file_member_ids(session, meeting_id, doc)
    body = copy.deepcopy(_file_body(doc))
    agrees = True
    if approved:
        content, agrees = _approved_version_content(state, body, approved_content(doc), member_ids)
        note = content["referat"].get("correction", "")
    else:
        content = frozen_content(body, note, member_ids)
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
    if approved and set(given) != set(signers):
        # A matching fingerprint proves the content, not the approval: § 13 asks every present member.
        missing = [name for name in signers if name not in given]
        raise ValidationError("referat.approvals", f"referatet er markeret som godkendt, men {join_names(missing)}"
                                                   " har ikke godkendt det; det er først godkendt, når alle"
                                                   ' tilstedeværende har godkendt det (ellers status "sent")')
    if approved and fingerprint(content["referat"]) != state.get("sha256"):  # checked before; kept in one place
        raise _refuse_digest()
    # Sent first, its approvals, then approved: the meeting lock (migration 0009) refuses
    # approvals added to an approved version, as it would any other.
    if not approved and given:
        # Approvals a sent file carries were not given here, and nothing proves they were given at
        # all (a sent file is unsigned): the seal of this installation must not vouch for them.
        content = {**content, FILE_APPROVALS: sorted(given)}
    row = ReferatVersion(meeting_id=meeting_id, number=number, status="sent", content=content, note=note,
                         created_at=_now(None))
    session.add(row)
    session.flush()
    session.add_all([ReferatApproval(referat_id=row.pk, member_id=signers[name], at=at)
                     for name, at in given.items()])
    session.flush()
    if approved:
        row.status, row.sha256, row.approved_at = "approved", state["sha256"], max(given.values())
        session.flush()
    if not agrees:
        session.add(ReferatVersion(meeting_id=meeting_id, number=number + 1, status="draft",
                                   note=disagreement_note(number), created_at=_now(None)))
        session.flush()


def _file_member_ids(session: Session, meeting_id: int, doc: dict[str, Any]) -> dict[str, int]:
    """The committee's member ids by name, and by each name the file spells differently (case,
    spacing, Unicode form): the import took those for the committee's members (``member_names``)."""
    ids = _committee_member_ids(session, meeting_id)
    by_key: dict[str, int] = {}
    for name, pk in ids.items():
        by_key.setdefault(member_names.key(name), pk)
    for member in doc["committee"].get("members", []):
        if member["name"] not in ids and (same := by_key.get(member_names.key(member["name"]))) is not None:
            ids[member["name"]] = same
    return ids


def disagreement_note(number: int) -> str:
    """The note of the correction an import makes of a body that is not the approved meeting."""
    return (f"Mødefilens mødedata afveg fra det godkendte referat (version {number}) og er indlæst som"
            " denne rettelse. Gennemgå forskellen, før rettelsen sendes til godkendelse.")


def _approved_version_content(state: dict[str, Any], body: dict[str, Any], referat: dict[str, Any],
                              member_ids: dict[str, int]) -> tuple[dict[str, Any], bool]:
    """An approved file's version content, and whether its body is the meeting that was approved.

    The body agrees when the (valid) signature's ``document_sha256`` is the body's
    fingerprint; without a valid signature, when the body drafts to exactly the
    approved referat. A disagreeing body is not kept as the version's document.
    """
    missing = [name for name in referat["signatories"] if name not in member_ids]
    if missing:
        raise ValidationError("referat.content.signatories", f"{join_names(missing)} skal have godkendt"
                                                             " referatet, men er ikke medlem af udvalget"
                                                             " i filen")
    found, reason = check_file_seal(state)
    if found is not None:
        agrees = found["document_sha256"] == document_fingerprint(body)
    else:
        agrees = any(canonical_json(drafted) == canonical_json(referat)
                     for drafted in _drafts(body, referat.get("correction", "")))
    content: dict[str, Any] = {
        "document": body if agrees else None,
        "referat": referat,
        "signatories": [{"member_id": member_ids[n], "name": n} for n in referat["signatories"]],
    }
    if found is not None:
        content["seal"] = found
    else:
        content["unverified_reason"] = reason
    return content, agrees


def import_notes(db: Database, meeting_id: int) -> list[str]:
    """What a user must know about an imported meeting's referat, one Danish sentence each.

    An approved version that is not verified (or is altered), and a body that was
    not the approved meeting and became a correction; [] when there is nothing to say.
    """
    from workshop.services.referat.seal import verification

    notes = []
    versions = list_versions(db, meeting_id)
    with db.session() as s:
        for version in versions:
            check = verification(s, version)
            if check is not None and check.state == "unverified":
                notes.append(f"Referatet (version {version.number}) er godkendt andetsteds – ikke verificeret:"
                             f" {check.reason}")
            elif check is not None and check.state == "altered":
                notes.append(f"Referatet (version {version.number}) er ændret efter godkendelse: {check.reason}")
    newest = versions[-1]
    if newest.status == "draft" and newest.note == disagreement_note(newest.number - 1):
        notes.append(newest.note)
    return notes


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
    if version.status == "sent":
        with db.session() as s:
            stuck = _left_sent(version, _approvals(s, version))
        if stuck and complete_if_stuck(db, meeting_id) is not None:
            version = _newest(db, meeting_id)  # it was left sent with every approval: approved now
    if version.status in ("sent", "approved") and version.content and version.content.get("document"):
        doc = copy.deepcopy(version.content["document"])
    else:
        doc = meeting_document(db, meeting_id)
    state = referat_state(db, meeting_id)
    if state is not None:
        if state["status"] == "approved" and version.content:
            state.update(_approved_section(version.content))
        doc["referat"] = state
    return doc


def _approved_section(content: dict[str, Any]) -> dict[str, Any]:
    """What an approved version adds to the file's section: its content and, when sealed, the seal."""
    section: dict[str, Any] = {"content": copy.deepcopy(content["referat"])}
    stored = content.get("seal")
    if isinstance(stored, dict):
        section["document_sha256"] = stored.get("document_sha256")
        section["signature"] = copy.deepcopy(stored.get("signature"))
    return section


def export_meeting_file(db: Database, meeting_id: int, path: str | Path) -> Path:
    """Write ``meeting_file_document`` after checking that import would accept it."""
    from workshop.meetingfile.export import write_document
    from workshop.meetingfile.validate import validate_document

    doc = meeting_file_document(db, meeting_id)
    validate_document(doc)
    check_meeting_file_referat(doc)
    return write_document(doc, path)
