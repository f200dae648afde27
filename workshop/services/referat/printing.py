"""The referat to show or print, and its PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import AgendaItem, ReferatVersion
from workshop.referat.content import Block, Referat
from workshop.referat.draft import draft_referat
from workshop.referat.results import FACILITATION, appendix_numbers, decision_part, results_part
from workshop.services.referat.approval import complete_if_stuck
from workshop.services.referat.seal import Verification, verification
from workshop.services.referat.versions import _approvals, _left_sent, _newest, frozen_referat, state_of


def _frozen(version: ReferatVersion) -> Referat:
    """The frozen referat of a sent or approved version; a Danish error if it was edited out of shape."""
    try:
        return frozen_referat(version)
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # edited into another shape
        raise ValidationError("referat", f"version {version.number} er ændret efter godkendelsen, så den"
                                         " ikke længere kan læses som et referat") from error


@dataclass(frozen=True)
class ReferatReading:
    """What the referat is shown and printed from, read once: the newest version, its approvals
    and check, the agenda's items and, for a draft, the meeting document it is drafted from.

    ``referat_of`` and ``results_of`` make the referat and the items' results of one reading, so a
    screen showing both (the Referat panel: the decisions' results and the preview) reads the
    meeting once, not once for each (~20 round trips each; 30 ms apiece on a busy Wi-Fi).
    """

    version: ReferatVersion
    items: list[AgendaItem]
    document: dict[str, Any] | None  # None unless a draft (and, for results only, one with results)
    state: dict[str, Any] | None = None  # ``referat_state``; None before the version has a row
    approvals: tuple[dict[str, Any], ...] = ()
    verification: Verification | None = None

    @property
    def left_sent(self) -> bool:
        """Sent with every signatory's approval recorded (an older Workshop's race): the caller
        that may write completes it (``complete_if_stuck``), as ``export_pdf`` does."""
        return _left_sent(self.version, list(self.approvals))


def read_referat(db: Database, meeting_id: int, *, whole: bool = True) -> ReferatReading:
    """One reading of the meeting's referat. ``whole=False``: only what ``results_of`` needs (no
    state, approvals or check; a draft's meeting document only when an item prints results)."""
    from workshop.meetingfile.export import meeting_document
    from workshop.services.agenda import list_items

    version = _newest(db, meeting_id)
    items = list_items(db, meeting_id)
    drafted = version.status == "draft" and (whole or any(item.kind in FACILITATION for item in items))
    document = meeting_document(db, meeting_id) if drafted else None
    if not whole:
        return ReferatReading(version, items, document)
    with db.session() as s:
        given = _approvals(s, version)
        check = verification(s, version)
    return ReferatReading(version, items, document, state_of(version, given) if version.id is not None else None,
                          tuple(given), check)


def current_referat(db: Database, meeting_id: int) -> tuple[Referat, dict[str, Any]]:
    """The referat to show or print, and the ``render_pdf`` keywords that go with it (``referat_of``)."""
    return referat_of(read_referat(db, meeting_id))


def referat_of(reading: ReferatReading) -> tuple[Referat, dict[str, Any]]:
    """The referat to show or print, and the ``render_pdf`` keywords that go with it.

    A draft is drafted live from the meeting; a sent or approved version is what it
    froze, never a re-draft of rows. An approved version comes with its check
    (``seal.verification``): one edited after approval prints as *Ændret efter
    godkendelse*, one that cannot be verified as *Godkendt andetsteds – ikke verificeret*.
    """
    version = reading.version
    if version.status == "draft":
        assert reading.document is not None, "read_referat(whole=True) reads a draft's document"
        referat = replace(draft_referat(reading.document), correction=version.note)
    else:
        referat = _frozen(version)
    given = [{"member": a["member"], "at": a["at"]} for a in reading.approvals]
    meta: dict[str, Any] = {"status": version.status, "version": version.number, "approvals": given,
                            "sha256": version.sha256 if version.status == "approved" else None}
    if reading.verification is not None:
        meta["verification"] = reading.verification.shown()
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

    reading = read_referat(db, meeting_id)
    if reading.left_sent and complete_if_stuck(db, meeting_id) is not None:
        reading = read_referat(db, meeting_id)  # approved now: printed as such
    referat, meta = referat_of(reading)
    render_pdf(referat, target, progress=progress, **meta)
    shown = meta.get("verification")
    return None if shown is None else Verification(shown[0], shown[1])


def printed_results(db: Database, meeting_id: int) -> tuple[bool, dict[int, tuple[Block, ...]]]:
    """What each item's decision editor shows above (or, locked, instead of) its text box (``results_of``)."""
    return results_of(read_referat(db, meeting_id, whole=False))


def results_of(reading: ReferatReading) -> tuple[bool, dict[int, tuple[Block, ...]]]:
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
    version, items, doc = reading.version, reading.items, reading.document
    if version.status == "draft":
        if doc is None:  # no item prints results
            return False, {}
        numbers = appendix_numbers(doc)
        return False, {item.pk: results_part(doc, index, appendix=numbers.get(index))
                       for index, item in enumerate(items) if item.kind in FACILITATION}
    sections = _frozen(version).items
    return True, {item.pk: decision_part(section)
                  for item, section in zip(items, sections, strict=False)}
