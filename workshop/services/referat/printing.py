"""The referat to show or print, and its PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import ReferatVersion
from workshop.referat.content import Block, Referat
from workshop.referat.draft import draft_referat
from workshop.referat.results import FACILITATION, appendix_numbers, decision_part, results_part
from workshop.services.referat.seal import Verification, verification
from workshop.services.referat.versions import _approvals, _newest, frozen_referat


def _frozen(version: ReferatVersion) -> Referat:
    """The frozen referat of a sent or approved version; a Danish error if it was edited out of shape."""
    try:
        return frozen_referat(version)
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # edited into another shape
        raise ValidationError("referat", f"version {version.number} er ændret efter godkendelsen, så den"
                                         " ikke længere kan læses som et referat") from error


def current_referat(db: Database, meeting_id: int) -> tuple[Referat, dict[str, Any]]:
    """The referat to show or print, and the ``render_pdf`` keywords that go with it.

    A draft is drafted live from the meeting; a sent or approved version is what it
    froze, never a re-draft of rows. An approved version comes with its check
    (``seal.verification``): one edited after approval prints as *Ændret efter
    godkendelse*, one that cannot be verified as *Godkendt andetsteds – ikke verificeret*.
    """
    version = _newest(db, meeting_id)
    with db.session() as s:
        given = [{"member": a["member"], "at": a["at"]} for a in _approvals(s, version)]
        check = verification(s, version)
    if version.status == "draft":
        from workshop.meetingfile.export import meeting_document

        referat = replace(draft_referat(meeting_document(db, meeting_id)), correction=version.note)
    else:
        referat = _frozen(version)
    meta: dict[str, Any] = {"status": version.status, "version": version.number, "approvals": given,
                            "sha256": version.sha256 if version.status == "approved" else None}
    if check is not None:
        meta["verification"] = check.shown()
    return referat, meta


def newest_verification(db: Database, meeting_id: int) -> Verification | None:
    """The check of the newest version when it is approved (see ``seal.verification``), else None."""
    version = _newest(db, meeting_id)
    with db.session() as s:
        return verification(s, version)


def export_pdf(db: Database, meeting_id: int, target: str | Path | IO[bytes], *,
               progress: Callable[[float], None] | None = None) -> Verification | None:
    """Write the newest version as a PDF (UDKAST on every page until approved).

    Returns:
        The approved version's check, for the caller to warn when it is not verified; None
        for a draft or a sent version.
    """
    from workshop.referat.pdf import render_pdf  # ReportLab only when printing

    referat, meta = current_referat(db, meeting_id)
    render_pdf(referat, target, progress=progress, **meta)
    shown = meta.get("verification")
    return None if shown is None else Verification(shown[0], shown[1])


def printed_results(db: Database, meeting_id: int) -> tuple[bool, dict[int, tuple[Block, ...]]]:
    """What each item's decision editor shows above (or, locked, instead of) its text box.

    Returns:
        (locked, blocks by item id). While the referat is a draft, each facilitation
        item's *Resultater* as ``results.results_part`` drafts them for the PDF (the
        secretary's Beslutning is edited below them). Once it is sent or approved, each
        item as the frozen referat prints it from its Resultater or Beslutning on, so a
        locked meeting shows its printed decisions.

    Raises:
        ValidationError: a sent or approved version's frozen content cannot be read.
    """
    from workshop.services.agenda import list_items

    version = _newest(db, meeting_id)
    items = list_items(db, meeting_id)
    if version.status == "draft":
        if not any(item.kind in FACILITATION for item in items):
            return False, {}
        from workshop.meetingfile.export import meeting_document

        doc = meeting_document(db, meeting_id)
        numbers = appendix_numbers(doc)
        return False, {item.pk: results_part(doc, index, appendix=numbers.get(index))
                       for index, item in enumerate(items) if item.kind in FACILITATION}
    sections = _frozen(version).items
    return True, {item.pk: decision_part(section)
                  for item, section in zip(items, sections, strict=False)}
