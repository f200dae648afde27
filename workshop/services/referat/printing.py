"""The referat to show or print, and its PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from workshop.db import Database
from workshop.referat.content import Block, Referat
from workshop.referat.draft import draft_referat
from workshop.referat.results import FACILITATION, appendix_numbers, decision_part, results_part
from workshop.services.referat.versions import _approvals, _newest, frozen_referat


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


def export_pdf(db: Database, meeting_id: int, target: str | Path | IO[bytes], *,
               progress: Callable[[float], None] | None = None) -> None:
    """Write the newest version as a PDF (UDKAST on every page until approved)."""
    from workshop.referat.pdf import render_pdf  # ReportLab only when printing

    referat, meta = current_referat(db, meeting_id)
    render_pdf(referat, target, progress=progress, **meta)


def printed_results(db: Database, meeting_id: int) -> tuple[bool, dict[int, tuple[Block, ...]]]:
    """What each item's decision editor shows above (or, locked, instead of) its text box.

    Returns:
        (locked, blocks by item id). While the referat is a draft, each facilitation
        item's *Resultater* as ``results.results_part`` drafts them for the PDF (the
        secretary's Beslutning is edited below them). Once it is sent or approved, each
        item as the frozen referat prints it from its Resultater or Beslutning on, so a
        locked meeting shows its printed decisions.
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
        return False, {item.id: results_part(doc, index, appendix=numbers.get(index))  # type: ignore[misc]
                       for index, item in enumerate(items) if item.kind in FACILITATION}
    sections = frozen_referat(version).items
    return True, {item.id: decision_part(section)  # type: ignore[misc]
                  for item, section in zip(items, sections, strict=False)}
