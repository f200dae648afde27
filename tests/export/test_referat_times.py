"""Actual start times per item: through the meeting file and into the referat."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.export import pdfread
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.meetingfile import MeetingFileError, import_document, meeting_document
from workshop.referat.content import Referat
from workshop.referat.draft import draft_referat
from workshop.referat.pdf import render_pdf
from workshop.services import agenda, attendance, meetings
from workshop.services import referat as service

# The demo starts 18:00 with time boxes 10, 35, 75, 30, 10 minutes.
STARTED = ["18:02", "18:16", "18:55"]


def _run(db: Database) -> int:
    """The demo meeting with its first three items started (with seconds, as run mode stamps)."""
    m = load_demo(db)
    meeting = meetings.get_meeting(db, m)
    day, ended = meeting.starts_at.date(), meeting.ended_at
    meetings.update_meeting(db, m, ended_at=None)  # run while open: a closed meeting records no starts
    for item, at in zip(agenda.list_items(db, m), STARTED, strict=False):
        agenda.start_item(db, item.id, at=datetime.combine(day, datetime.strptime(at, "%H:%M").time())  # type: ignore[arg-type]
                          + timedelta(seconds=41))
    meetings.update_meeting(db, m, ended_at=ended)
    return m


def _started(doc: dict[str, Any], times: list[str]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for item, at in zip(doc["meeting"]["items"], times, strict=False):
        item["started_at"] = at
    return doc


def test_started_at_round_trips_as_clock_time(db: Database) -> None:
    m = _run(db)
    doc = meeting_document(db, m)
    assert [i.get("started_at") for i in doc["meeting"]["items"]] == [*STARTED, None, None]
    keys = list(doc["meeting"]["items"][0])
    assert keys.index("started_at") == keys.index("planned_minutes") + 1
    new = import_document(db, json.loads(json.dumps(doc))).id
    assert new is not None
    items = agenda.list_items(db, new)
    assert items[1].started_at == datetime(2017, 11, 15, 18, 16)
    assert items[3].started_at is None
    assert meeting_document(db, new) == doc


def test_bad_started_at_is_refused_with_its_path(db: Database) -> None:
    doc = _started(demo_document(), ["18:02", "25:00"])
    with pytest.raises(MeetingFileError, match=r'^meeting\.items\[1\]\.started_at: "25:00" er ikke et gyldigt'
                                               r" klokkeslæt \(TT:MM\)"):
        import_document(db, doc)


def test_referat_shows_planned_and_actual_start(db: Database, tmp_path: Path) -> None:
    m = _run(db)
    referat, meta = service.current_referat(db, m)
    first = referat.items[1].blocks[0]
    assert (first.kind, first.text) == ("meta", "Planlagt kl. 18:10 · startede kl. 18:16")
    assert all(b.kind != "meta" for b in referat.items[3].blocks)  # not started: no line
    assert referat.leader.schedule == (
        ("Punkt", "Planlagt", "Faktisk"),
        ("1. Velkomst", "18:00", "18:02"),
        ("2. Opsamling på Teknologilaboratoriet", "18:10", "18:16"),
        ("3. Pejlemærker", "18:45", "18:55"),
        ("4. Nedsættelse af arbejdsgrupper", "20:00", "–"),
        ("5. Afrunding", "20:30", "–"),
    )
    assert Referat.from_dict(json.loads(json.dumps(referat.as_dict()))) == referat
    service.export_pdf(db, m, tmp_path / "r.pdf")
    pages = pdfread.pages(tmp_path / "r.pdf")
    text = " ".join(pages[0].split())
    assert "Tidsplan Punkt Planlagt Faktisk 1. Velkomst 18:00 18:02" in text
    assert "5. Afrunding 20:30 –" in text
    assert "Planlagt kl. 18:00 · startede kl. 18:02" in pages[1]
    assert "Planlagt kl. 18:45 · startede kl. 18:55" in "".join(pages)


def test_without_time_boxes_only_the_actual_start_shows(tmp_path: Path) -> None:
    doc = _started(demo_document(), ["18:05"])
    for item in doc["meeting"]["items"]:
        item.pop("planned_minutes", None)
    referat = draft_referat(doc)
    assert referat.items[0].blocks[0].text == "Startede kl. 18:05"
    assert referat.leader.schedule[:2] == (("Punkt", "Faktisk"), ("1. Velkomst", "18:05"))
    render_pdf(referat, tmp_path / "r.pdf", status="draft", version=1)
    first = " ".join(pdfread.pages(tmp_path / "r.pdf")[0].split())
    assert "Tidsplan Punkt Faktisk 1. Velkomst 18:05" in first and "Planlagt" not in first


def test_documents_without_started_at_draft_as_before() -> None:
    doc = demo_document()
    referat = draft_referat(doc)
    assert referat.leader.schedule == ()
    assert "schedule" not in referat.as_dict()["leader"]  # old fingerprints stay valid
    assert all(b.kind != "meta" for s in referat.items for b in s.blocks)
    started = draft_referat(_started(doc, ["18:02"]))
    assert started.items[1:] == referat.items[1:]
    assert started.items[0].blocks[1:] == referat.items[0].blocks


def test_approved_meeting_with_start_times_exports_imports_and_verifies(db: Database, tmp_path: Path) -> None:
    m = _run(db)
    service.send_for_approval(db, m)
    for member in attendance.present_members(db, m):
        service.approve(db, m, member.id, at=datetime(2017, 11, 20, 9, 0))  # type: ignore[arg-type]
    path = service.export_meeting_file(db, m, tmp_path / "a.workshop.json")
    new = service.import_meeting_file(db, path).id
    assert new is not None
    version = service.list_versions(db, new)[-1]
    assert version.status == "approved" and service.verify(version)
    assert service.frozen_referat(version).leader.schedule[1] == ("1. Velkomst", "18:00", "18:02")
    assert agenda.list_items(db, new)[0].started_at == datetime(2017, 11, 15, 18, 2)
