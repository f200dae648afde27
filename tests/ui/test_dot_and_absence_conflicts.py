"""A member's dots, the item's dots setting, "Nulstil stemmerne", an absence per item and "Resten til
stede" on two laptops (issue 14): an edit based on what the other laptop has changed since is
refused with a Danish message naming what changed, the views re-read and show the other laptop's
value; an undo over the other laptop's change is refused too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.live_laptops import CHAIR, SECRETARY, Laptop, two_laptops
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import agenda, attendance, candidates, meetings, voting

from ui.context import AppContext
from ui.models.dots_model import DotsModel
from ui.panels.attendance import AttendancePanel
from ui.panels.dot_voting import VotesView


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


@pytest.fixture
def two(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[Laptop, Laptop]]:
    meetings.set_current_step(pg_db, meeting.id, meeting.groups, "votes")  # type: ignore[arg-type]
    with two_laptops(pg_db.url, meeting.id, qtbot, (SECRETARY, CHAIR)) as pair:  # type: ignore[arg-type]
        yield pair


@pytest.fixture
def cands(two: tuple[Laptop, Laptop], pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> list[int]:
    """Two pejlemærker, shown in both laptops' grids."""
    assert meeting.groups is not None
    ids = [candidates.add_candidate(pg_db, meeting.groups, title=t).id for t in ("Tryghed", "Nærhed")]
    for laptop in two:
        qtbot.waitUntil(lambda laptop=laptop: len(_grid(laptop).cands) == 2, timeout=3000)
    return ids  # type: ignore[return-value]


def _votes(laptop: Laptop) -> VotesView:
    return laptop.panel.view.votes


def _grid(laptop: Laptop) -> DotsModel:
    model = _votes(laptop).dots_model
    assert model is not None
    return model


def _errors(ctx: AppContext) -> list[str]:
    messages: list[str] = []
    ctx.error.connect(messages.append)
    return messages


def _stored(db: Database, item: int) -> dict[tuple[int, int], int]:
    return voting.member_votes(db, item)


def test_a_dot_typed_on_a_count_the_other_laptop_changed_is_refused_and_the_grid_shows_theirs(
        two: tuple[Laptop, Laptop], cands: list[int], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    anne, tryghed = meeting.members[1], cands[0]
    assert _votes(a).set_votes(tryghed, anne, 2)  # B's grid still shows no dots there ...
    errors = _errors(b.ctx)
    assert not _votes(b).set_votes(tryghed, anne, 1)  # ... and B types 1 on top of that empty cell
    assert errors == ["Stemmefordelingen er ændret af en anden imens: Prikker fra Anne Hjorth på »Tryghed«"
                      " er nu »2«. Din ændring er ikke gemt."]
    assert _votes(b).message.text() == errors[0]  # shown beside the grid, not wiped by the re-read
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 2}  # type: ignore[arg-type]
    assert b.ctx.undo_stack.count() == 0
    assert _grid(b).votes == {(tryghed, anne): 2}  # the grid re-read: A's count
    assert _votes(b).set_votes(tryghed, anne, 1)  # based on what B shows now
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 1}  # type: ignore[arg-type]


def test_undoing_a_dot_the_other_laptop_changed_since_is_refused(
        two: tuple[Laptop, Laptop], cands: list[int], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    anne, tryghed = meeting.members[1], cands[0]
    assert _votes(b).set_votes(tryghed, anne, 1)
    qtbot.waitUntil(lambda: _grid(a).votes == {(tryghed, anne): 1}, timeout=2000)
    assert _votes(a).set_votes(tryghed, anne, 3)
    errors = _errors(b.ctx)
    b.ctx.undo_stack.undo()
    assert errors == ['Kunne ikke fortryde "Stemmer": Stemmefordelingen er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 3}  # type: ignore[arg-type]
    assert b.ctx.undo_stack.count() == 0  # the refused step is dropped, not claimed undone
    a.ctx.undo_stack.undo()  # A's own undo: the cell still holds what A wrote
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 1}  # type: ignore[arg-type]


def test_redoing_a_dot_the_other_laptop_placed_since_is_refused(
        two: tuple[Laptop, Laptop], cands: list[int], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    anne, tryghed = meeting.members[1], cands[0]
    assert _votes(b).set_votes(tryghed, anne, 1)
    b.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: _grid(a).votes == {}, timeout=2000)
    assert _votes(a).set_votes(tryghed, anne, 2)
    errors = _errors(b.ctx)
    b.ctx.undo_stack.redo()  # B's 0 -> 1 again: the cell is A's 2 now
    assert errors == ['Kunne ikke gentage "Stemmer": Stemmefordelingen er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 2}  # type: ignore[arg-type]


def test_the_dots_setting_goes_on_top_of_another_field_but_not_of_another_number(
        two: tuple[Laptop, Laptop], cands: list[int], meeting: SmallMeeting, pg_db: Database, qtbot: QtBot) -> None:
    a, b = two
    item = meeting.groups
    assert item is not None
    agenda.update_item(pg_db, item, decision="Vi stemmer")  # another field: B's number goes on top
    _votes(b).dots_spin.setValue(4)
    assert agenda.get_item(pg_db, item).dots == 4
    qtbot.waitUntil(lambda: _votes(a).dots_spin.value() == 4 and _grid(a).item_version
                    == agenda.get_item(pg_db, item).version, timeout=2000)
    _votes(a).dots_spin.setValue(5)
    errors = _errors(b.ctx)
    _votes(b).dots_spin.setValue(6)  # B still showed 4
    assert errors == ["Dagsordenspunktet er ændret af en anden imens: Stemmer pr. medlem er nu »5«. Din ændring"
                      " er ikke gemt."]
    assert agenda.get_item(pg_db, item).dots == 5
    assert _votes(b).dots_spin.value() == 5  # B's spin shows A's number
    b.ctx.undo_stack.undo()  # B's 3 -> 4: A changed it to 5 since
    assert errors[-1].startswith('Kunne ikke fortryde "Stemmer pr. medlem: 4": Dagsordenspunktet er ændret')
    assert agenda.get_item(pg_db, item).dots == 5


def test_undoing_a_fresh_vote_is_refused_once_the_other_laptop_placed_a_dot(
        two: tuple[Laptop, Laptop], cands: list[int], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    anne, bo, tryghed, naerhed = meeting.members[1], meeting.members[2], cands[0], cands[1]
    assert _votes(b).set_votes(tryghed, anne, 2)
    _votes(b).clear_votes()
    assert _stored(a.db, meeting.groups) == {}  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _grid(a).votes == {}, timeout=2000)
    assert _votes(a).set_votes(naerhed, bo, 1)  # the fresh vote begins on A
    errors = _errors(b.ctx)
    b.ctx.undo_stack.undo()  # would put Anne's 2 back and wipe Bo's dot
    assert errors == ['Kunne ikke fortryde "Nulstil stemmerne": Stemmefordelingen er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert _stored(a.db, meeting.groups) == {(naerhed, bo): 1}  # type: ignore[arg-type]
    a.ctx.undo_stack.undo()  # A takes the dot back: the vote is empty again, as B's step left it
    assert _votes(b).set_votes(tryghed, anne, 1)
    _votes(b).clear_votes()
    b.ctx.undo_stack.undo()  # nothing changed since: the dots come back
    assert _stored(a.db, meeting.groups) == {(tryghed, anne): 1}  # type: ignore[arg-type]


def _attendance(laptop: Laptop, meeting: SmallMeeting, qtbot: QtBot) -> AttendancePanel:
    panel = AttendancePanel(laptop.ctx)
    qtbot.addWidget(panel)
    panel.set_meeting(meeting.id)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _kind(panel: AttendancePanel, member_id: int, item_id: int) -> str | None:
    return panel.items_model.state.get((member_id, item_id))


def _cell(panel: AttendancePanel, member_id: int, item_id: int) -> object:
    model = panel.items_model
    return model.index(next(r for r, m in enumerate(model.members) if m.id == member_id),
                       next(c for c, i in enumerate(model.items) if i.id == item_id))


def test_an_absence_set_on_what_the_other_laptop_changed_is_refused_and_its_undo_too(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, pg_db: Database, qtbot: QtBot) -> None:
    a, b = (_attendance(laptop, meeting, qtbot) for laptop in two)
    anne, item = meeting.members[1], meeting.welcome
    assert item is not None
    a.items_model.cycle(_cell(a, anne, item))  # A: fraværende
    errors = _errors(b.ctx)
    b.items_model.cycle(_cell(b, anne, item))  # B still showed nothing: also "fraværende", on top of nothing
    assert errors == ["Fraværsregistreringen er ændret af en anden imens: Anne Hjorth under »Velkomst« er nu"
                      " »fraværende«. Din ændring er ikke gemt."]
    assert b.ctx.undo_stack.count() == 0
    assert _kind(b, anne, item) == "absent"  # B re-read: A's absence
    b.items_model.cycle(_cell(b, anne, item))  # B, on what it shows now: inhabil
    assert [x.kind for x in agenda.list_item_absences(pg_db, meeting.id)] == ["conflict"]  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _kind(a, anne, item) == "conflict", timeout=2000)
    a.items_model.cycle(_cell(a, anne, item))  # A clears it
    b.ctx.undo_stack.undo()  # B's inhabil -> fraværende would overwrite A's clearing
    assert errors[-1] == ('Kunne ikke fortryde "Fravær under punkt": Fraværsregistreringen er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen.")
    assert agenda.list_item_absences(pg_db, meeting.id) == []  # type: ignore[arg-type]


def test_rest_present_records_only_the_unrecorded_and_its_undo_leaves_the_other_laptops_change(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, pg_db: Database, qtbot: QtBot) -> None:
    a, b = (_attendance(laptop, meeting, qtbot) for laptop in two)
    poul = meeting.members[4]  # not recorded
    assert attendance.get_attendance(pg_db, meeting.id, poul) is None  # type: ignore[arg-type]
    errors = _errors(b.ctx)
    attendance.set_attendance(a.ctx.db, meeting.id, poul, "excused", expected_version=0)  # type: ignore[arg-type]
    b.mark_rest_present()  # B still showed Poul unrecorded
    assert errors == ["Fremmødet er ændret af en anden imens: Fremmødet for Poul V. Jensen er nu »afbud«."
                      " Din ændring er ikke gemt."]
    assert attendance.get_attendance(pg_db, meeting.id, poul).status == "excused"  # type: ignore[arg-type, union-attr]
    assert b.ctx.undo_stack.count() == 0
    qtbot.waitUntil(lambda: all(r.status is not None for r in b.model.rows), timeout=2000)  # B re-read
    attendance.clear_attendance(pg_db, meeting.id, poul)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: any(r.status is None for r in b.model.rows), timeout=2000)
    b.mark_rest_present()
    assert attendance.get_attendance(pg_db, meeting.id, poul).status == "present"  # type: ignore[arg-type, union-attr]
    qtbot.waitUntil(lambda: any(r.member.id == poul and r.status == "present" for r in a.model.rows), timeout=2000)
    assert a._set_status(next(r for r in a.model.rows if r.member.id == poul), "absent")  # A: he left
    b.ctx.undo_stack.undo()  # would clear A's "fraværende"
    assert errors[-1] == ('Kunne ikke fortryde "Resten til stede": Fremmødet er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen.")
    assert attendance.get_attendance(pg_db, meeting.id, poul).status == "absent"  # type: ignore[arg-type, union-attr]
