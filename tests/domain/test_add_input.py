"""capture.add_input's folded statements: position, missing rows and the referat lock, on both databases."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import LockedError, NotFoundError, ValidationError
from workshop.services import agenda, attendance, candidates, capture
from workshop.services import referat as service


def _demo_group(db: Database) -> tuple[int, int, int]:
    """The demo meeting, its group-work item and that item's first group."""
    m = load_demo(db)
    item = next(i for i in agenda.list_items(db, m) if i.kind == "group_work")
    group = capture.list_groups(db, item.id)[0]  # type: ignore[arg-type]
    return m, item.id, group.id  # type: ignore[return-value]


def _texts(db: Database, item_id: int, group_id: int) -> list[tuple[int, str]]:
    return [(i.position, i.text) for i in capture.list_inputs(db, item_id) if i.group_id == group_id]


def test_positions_follow_on_and_the_changeset_names_the_row(db: Database) -> None:
    m, item, group = _demo_group(db)
    before = _texts(db, item, group)
    start = max((p for p, _ in before), default=-1) + 1
    first = capture.add_input(db, group, "Første – æøå")
    second = capture.add_input(db, group, "Anden")
    assert (first.kinds, first.meeting_id) == ({"inputs"}, m)
    assert first.id != second.id
    assert _texts(db, item, group) == [*before, (start, "Første – æøå"), (start + 1, "Anden")]
    empty = capture.add_group(db, item, name="Tom gruppe").id
    capture.add_input(db, empty, "Først her")  # type: ignore[arg-type]
    capture.add_input(db, empty, "Så her")  # type: ignore[arg-type]
    assert _texts(db, item, empty) == [(0, "Først her"), (1, "Så her")]  # type: ignore[arg-type]


def test_missing_group_empty_text_and_foreign_candidate_are_refused(db: Database) -> None:
    m, item, group = _demo_group(db)
    with pytest.raises(NotFoundError, match="findes ikke"):
        capture.add_input(db, 999_999, "Hvor?")
    with pytest.raises(ValidationError, match="tom"):
        capture.add_input(db, group, "  ")
    other = agenda.add_item(db, m, title="Andet gruppearbejde", kind="group_work").id
    foreign = candidates.add_candidate(db, other, title="Andetsteds").id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="andet punkt"):
        capture.add_input(db, group, "Forkert pejlemærke", candidate_id=foreign)
    own = candidates.add_candidate(db, item, title="Her").id
    added = capture.add_input(db, group, "Rigtigt pejlemærke", candidate_id=own)
    assert capture.get_input(db, added.id).candidate_id == own  # type: ignore[arg-type, union-attr]


def test_sent_and_approved_referat_refuse_the_input_and_a_correction_allows_it(db: Database) -> None:
    m, item, group = _demo_group(db)
    before = _texts(db, item, group)
    service.send_for_approval(db, m, at=datetime(2017, 11, 16, 8, 0))
    with pytest.raises(LockedError, match="sendt til godkendelse, så mødet kan ikke ændres"):
        capture.add_input(db, group, "For sent")
    for n, person in enumerate(attendance.present_members(db, m)):
        service.approve(db, m, person.id, at=datetime(2017, 11, 20, 9, n))  # type: ignore[arg-type]
    with pytest.raises(LockedError, match="godkendt og låst.*Start en rettelse"):
        capture.add_input(db, group, "Alt for sent")
    assert _texts(db, item, group) == before
    service.start_correction(db, m, "Et input manglede")
    capture.add_input(db, group, "Rettelse")
    assert _texts(db, item, group)[-1][1] == "Rettelse"


def test_inside_a_transaction_the_input_joins_it_and_rolls_back_with_it(db: Database) -> None:
    """Outside a transaction a typed input is one by itself (``Database.alone``: on PostgreSQL
    without BEGIN and COMMIT); inside one it is part of it, so it commits whole or not at all."""
    m, item, group = _demo_group(db)
    before = _texts(db, item, group)
    with pytest.raises(NotFoundError), db.transaction():
        capture.add_input(db, group, "Med i transaktionen")
        capture.add_input(db, 999_999, "Hvor?")
    assert _texts(db, item, group) == before
    alone = capture.add_input(db, group, "Alene")
    assert alone.row is not None and _texts(db, item, group)[-1][1] == "Alene"
