"""Reading the referat's versions: list, state, approvals, the frozen referat and its check."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from workshop.db import Database
from workshop.errors import NotFoundError, ValidationError
from workshop.models import Meeting, Member, ReferatApproval, ReferatVersion
from workshop.referat.content import Referat
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import fingerprint
from workshop.services.rows import get


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now()).replace(microsecond=0)


def _latest(s: Session, meeting_id: int, *, lock: bool = False) -> ReferatVersion | None:
    query = (select(ReferatVersion).where(ReferatVersion.meeting_id == meeting_id)
             .order_by(col(ReferatVersion.number).desc()).limit(1))
    return s.exec(query.with_for_update() if lock else query).first()


def _latest_or_create(s: Session, meeting_id: int) -> ReferatVersion:
    """The newest version; version 1 exists implicitly and gets its row here."""
    get(s, Meeting, meeting_id)
    row = _latest(s, meeting_id)
    if row is None:
        row = ReferatVersion(meeting_id=meeting_id, number=1, status="draft", created_at=_now(None))
        s.add(row)
        s.flush()
    return row


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


def _left_sent(version: ReferatVersion, given: list[dict[str, Any]]) -> bool:
    """Sent, yet every signatory's approval is recorded (``_approvals``): ``complete_if_stuck``'s case."""
    signatories = {e["member_id"] for e in (version.content or {}).get("signatories", [])}
    return version.status == "sent" and bool(signatories) and signatories <= {a["member_id"] for a in given}


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
        return None if row is None else state_of(row, _approvals(s, row))


def state_of(row: ReferatVersion, given: list[dict[str, Any]]) -> dict[str, Any]:
    """``referat_state`` of a version row and its approvals (``_approvals``), already read."""
    state: dict[str, Any] = {
        "status": row.status,
        "version": row.number,
        "approvals": [{"member": a["member"], "at": _iso(a["at"])} for a in given],
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
    """Does an approved version still match its fingerprint (and, when sealed, its meeting document)?

    The content check alone, without a session; ``verification`` also checks the
    signature over the approvals and whether its key is known.
    """
    if version.status != "approved" or not version.sha256 or not version.content:
        return False
    frozen = version.content.get("referat")
    if frozen is None or fingerprint(frozen) != version.sha256:
        return False
    stored_seal, document = version.content.get("seal"), version.content.get("document")
    if isinstance(stored_seal, dict) and document is not None:
        return fingerprint(document) == stored_seal.get("document_sha256")
    return True


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
