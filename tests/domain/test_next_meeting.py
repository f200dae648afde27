"""Issue 12: an Afrunding (closing) item records the next meeting's date; the referat prints it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.export.docs import with_items
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.meetingfile import import_document, meeting_document
from workshop.referat.draft import draft_referat
from workshop.services import agenda, committees, meetings


def test_the_next_meeting_is_a_date_after_this_one_on_the_closing_item(db: Database) -> None:
    c = committees.create_committee(db, name="Opgaveudvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2017, 11, 15, 18)).id  # type: ignore[arg-type]
    assert m is not None
    case = agenda.add_item(db, m, title="Sag").id
    closing = agenda.add_item(db, m, title="Afrunding", kind="closing").id
    assert case is not None and closing is not None
    agenda.update_item(db, closing, next_meeting_on=date(2018, 1, 17))
    assert agenda.get_item(db, closing).next_meeting_on == date(2018, 1, 17)
    with pytest.raises(ValidationError, match=r"^Næste møde \(den 1. november 2017\) kan ikke ligge før dette"
                                              r" møde \(den 15. november 2017\)$"):
        agenda.update_item(db, closing, next_meeting_on=date(2017, 11, 1))
    with pytest.raises(ValidationError, match="hører til punktet Afrunding"):
        agenda.update_item(db, case, next_meeting_on=date(2018, 1, 17))
    agenda.update_item(db, closing, next_meeting_on=None)  # not decided yet
    assert agenda.get_item(db, closing).next_meeting_on is None

    agenda.update_item(db, closing, next_meeting_on=date(2018, 1, 17))
    doc = meeting_document(db, m)
    assert doc["meeting"]["items"][1]["next_meeting_on"] == "2018-01-17"
    assert "next_meeting_on" not in doc["meeting"]["items"][0]
    copy_id = import_document(db, doc).id
    assert copy_id is not None and meeting_document(db, copy_id) == doc


def test_the_referat_prints_the_next_meeting_under_the_closing_item() -> None:
    doc = with_items([{"title": "Afrunding", "kind": "closing", "next_meeting_on": "2018-01-17"},
                      {"title": "Afrunding uden dato", "kind": "closing"}])
    with_date, without = draft_referat(doc).items
    assert [(b.label, b.text) for b in with_date.blocks if b.label == "Næste møde"] == [
        ("Næste møde", "den 17. januar 2018")]
    assert not [b for b in without.blocks if b.label == "Næste møde"]
