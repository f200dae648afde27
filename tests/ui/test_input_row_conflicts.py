"""An input's row edits on two laptops (issue 14): hiding, moving to another group and putting it
under a pejlemærke (or a new one) are based on the version the laptop showed. One made on what
another laptop has changed since is refused with a Danish message naming what changed, and the
views re-read; an undo or redo over the other laptop's change is refused too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from tests.ui.live_laptops import SECOND, SECRETARY, Laptop, two_laptops
from tests.ui.meeting_builders import SmallMeeting
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.models import Input
from workshop.services import candidates, capture, meetings

from ui.context import AppContext
from ui.models.input_model import ShownInput, input_mime


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


@pytest.fixture
def two(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[Laptop, Laptop]]:
    meetings.set_current_step(pg_db, meeting.id, meeting.groups, "inputs")  # type: ignore[arg-type]
    with two_laptops(pg_db.url, meeting.id, qtbot, (SECRETARY, SECOND)) as pair:  # type: ignore[arg-type]
        yield pair


@pytest.fixture
def rows(two: tuple[Laptop, Laptop], pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> dict[str, int]:
    """Two groups with an input in the first, and two pejlemærker, shown on both laptops."""
    item = meeting.groups
    assert item is not None
    def made(changes: ChangeSet) -> int:
        assert changes.id is not None
        return changes.id

    one = made(capture.add_group(pg_db, item, name="Gruppe 1"))
    ids = {"one": one, "two": made(capture.add_group(pg_db, item, name="Gruppe 2")),
           "input": made(capture.add_input(pg_db, one, "Borgeren i centrum")),
           "tryghed": made(candidates.add_candidate(pg_db, item, title="Tryghed")),
           "naerhed": made(candidates.add_candidate(pg_db, item, title="Nærhed"))}
    for laptop in two:
        qtbot.waitUntil(lambda laptop=laptop: _shown(laptop, ids["input"]) is not None
                        and laptop.panel.groups.candidates.model is not None
                        and laptop.panel.groups.candidates.model.rowCount() == 2, timeout=3000)
    return ids


def _shown(laptop: Laptop, input_id: int) -> ShownInput | None:
    model = laptop.panel.groups.model
    return None if model is None else model.shown(input_id)


def _now(laptop: Laptop, input_id: int) -> ShownInput:
    shown = _shown(laptop, input_id)
    assert shown is not None
    return shown


def _stored(db: Database, input_id: int) -> Input:
    return capture.input_row(db, input_id)


def _caught_up(laptop: Laptop, input_id: int, qtbot: QtBot) -> ShownInput:
    """The input as ``laptop`` shows it once the other laptop's last change has reached it."""
    qtbot.waitUntil(lambda: _now(laptop, input_id).version == _stored(laptop.db, input_id).version, timeout=2000)
    return _now(laptop, input_id)


def _errors(ctx: AppContext) -> list[str]:
    messages: list[str] = []
    ctx.error.connect(messages.append)
    return messages


def test_a_hide_based_on_what_the_other_laptop_moved_since_is_refused_naming_the_group(
        two: tuple[Laptop, Laptop], rows: dict[str, int], qtbot: QtBot) -> None:
    a, b = two
    seen_by_b = _now(b, rows["input"])
    assert a.panel.groups.edits.move_inputs([_now(a, rows["input"])], rows["two"])
    errors = _errors(b.ctx)
    assert not b.panel.groups.edits.set_inputs_hidden([seen_by_b], True)  # B's column still showed it in group 1
    assert errors == ["Inputtet er ændret af en anden imens: Gruppen er nu »Gruppe 2«. Din ændring er ikke gemt."]
    stored = _stored(a.db, rows["input"])
    assert (stored.hidden, stored.group_id) == (False, rows["two"])
    assert b.ctx.undo_stack.count() == 0
    qtbot.waitUntil(lambda: _now(b, rows["input"]).group_id == rows["two"], timeout=2000)  # B shows A's move
    assert b.panel.groups.edits.set_inputs_hidden([_now(b, rows["input"])], True)  # based on what B shows now
    assert _stored(a.db, rows["input"]).hidden


def test_a_stale_drop_onto_a_pejlemaerke_is_refused_naming_the_other_one(
        two: tuple[Laptop, Laptop], rows: dict[str, int], qtbot: QtBot) -> None:
    a, b = two
    dragged = input_mime(rows["one"], [_now(b, rows["input"])])  # B starts dragging the loose input ...
    assert a.panel.groups.edits.assign_inputs([_now(a, rows["input"])], rows["tryghed"])  # ... A files it
    errors = _errors(b.ctx)
    tree = b.panel.groups.candidates.tree
    model = b.panel.groups.candidates.model
    assert model is not None
    target = tree.visualRect(model.index(model.row_of(rows["naerhed"]), 0)).center()
    tree.dropEvent(QDropEvent(QPointF(target), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    assert errors == ["Inputtet er ændret af en anden imens: Pejlemærket er nu »Tryghed«. Din ændring er ikke gemt."]
    assert _stored(a.db, rows["input"]).candidate_id == rows["tryghed"]
    qtbot.waitUntil(lambda: _now(b, rows["input"]).candidate_id == rows["tryghed"], timeout=2000)


def test_a_stale_move_by_drag_is_refused(two: tuple[Laptop, Laptop], rows: dict[str, int], qtbot: QtBot) -> None:
    a, b = two
    dragged = input_mime(rows["one"], [_now(b, rows["input"])])
    assert a.panel.groups.edits.set_inputs_hidden([_now(a, rows["input"])], True)
    errors = _errors(b.ctx)
    column = b.panel.groups.columns[rows["two"]].inputs
    column.dropEvent(QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, dragged,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert errors == ["Inputtet er ændret af en anden imens: Synlighed er nu »skjult«. Din ændring er ikke gemt."]
    assert _stored(a.db, rows["input"]).group_id == rows["one"]


def test_undoing_a_hide_or_a_move_the_other_laptop_changed_since_is_refused(
        two: tuple[Laptop, Laptop], rows: dict[str, int], qtbot: QtBot) -> None:
    a, b = two
    assert a.panel.groups.edits.set_inputs_hidden([_now(a, rows["input"])], True)
    assert b.panel.groups.edits.move_inputs([_caught_up(b, rows["input"], qtbot)], rows["two"])  # only the group: no clash
    a.ctx.undo_stack.undo()  # A's hide: the input is still hidden, so it is shown again
    assert not _stored(a.db, rows["input"]).hidden
    a.ctx.undo_stack.redo()
    assert b.panel.groups.edits.set_inputs_hidden([_caught_up(b, rows["input"], qtbot)], False)  # B shows it
    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's hide again: B has shown it since: not undone over it
    assert errors and errors[0].startswith('Kunne ikke fortryde "Skjul input"') and "ændret af en anden" in errors[0]
    stored = _stored(a.db, rows["input"])
    assert (stored.hidden, stored.group_id) == (False, rows["two"])

    errors = _errors(b.ctx)
    assert a.panel.groups.edits.move_inputs([_caught_up(a, rows["input"], qtbot)], rows["one"])  # A moves it back
    b.ctx.undo_stack.undo()  # B's show: still shown, undone (hidden again)
    b.ctx.undo_stack.undo()  # B's move to group 2: A has moved it since: refused
    assert errors and errors[0].startswith('Kunne ikke fortryde "Flyt input"')
    stored = _stored(a.db, rows["input"])
    assert (stored.hidden, stored.group_id) == (True, rows["one"])


def test_a_new_pejlemaerke_from_a_stale_input_is_refused_and_its_undo_and_redo_over_the_other_too(
        two: tuple[Laptop, Laptop], rows: dict[str, int], pg_db: Database, meeting: SmallMeeting,
        qtbot: QtBot) -> None:
    a, b = two
    item = meeting.groups
    assert item is not None
    seen_by_b = _now(b, rows["input"])
    assert a.panel.groups.edits.assign_inputs([_now(a, rows["input"])], rows["tryghed"])
    errors = _errors(b.ctx)
    assert b.panel.groups.edits.add_candidate(item, "Digital først", [seen_by_b]) is None
    assert errors == ["Inputtet er ændret af en anden imens: Pejlemærket er nu »Tryghed«. Din ændring er ikke gemt."]
    assert [c.title for c in candidates.list_candidates(pg_db, item)] == ["Tryghed", "Nærhed"]  # none made

    made = b.panel.groups.edits.add_candidate(item, "Digital først", [_caught_up(b, rows["input"], qtbot)])
    assert made is not None and _stored(pg_db, rows["input"]).candidate_id == made  # taken from Tryghed
    b.ctx.undo_stack.undo()  # nobody changed it since: back under Tryghed, the new one gone
    assert _stored(pg_db, rows["input"]).candidate_id == rows["tryghed"]
    assert [c.title for c in candidates.list_candidates(pg_db, item)] == ["Tryghed", "Nærhed"]
    b.ctx.undo_stack.redo()  # the same pejlemærke (its id), the input under it again
    assert _stored(pg_db, rows["input"]).candidate_id == made

    assert a.panel.groups.edits.assign_inputs([_caught_up(a, rows["input"], qtbot)], rows["naerhed"])
    b.ctx.undo_stack.undo()  # A has put the input under Nærhed since: not taken from there
    assert errors[-1].startswith('Kunne ikke fortryde "Nyt pejlemærke Digital først"')
    assert _stored(pg_db, rows["input"]).candidate_id == rows["naerhed"]
    assert [c.title for c in candidates.list_candidates(pg_db, item)] == ["Tryghed", "Nærhed", "Digital først"]


def test_redoing_a_new_pejlemaerke_over_the_other_laptops_change_is_refused(
        two: tuple[Laptop, Laptop], rows: dict[str, int], pg_db: Database, meeting: SmallMeeting,
        qtbot: QtBot) -> None:
    a, b = two
    item = meeting.groups
    assert item is not None
    made = b.panel.groups.edits.add_candidate(item, "Digital først", [_now(b, rows["input"])])
    assert made is not None
    b.ctx.undo_stack.undo()
    assert _stored(pg_db, rows["input"]).candidate_id is None
    assert a.panel.groups.edits.assign_inputs([_caught_up(a, rows["input"], qtbot)], rows["tryghed"])
    errors = _errors(b.ctx)
    b.ctx.undo_stack.redo()  # A has filed the input under Tryghed since: the whole redo is refused
    assert errors and errors[0].startswith('Kunne ikke gentage "Nyt pejlemærke Digital først"')
    assert _stored(pg_db, rows["input"]).candidate_id == rows["tryghed"]
    assert [c.title for c in candidates.list_candidates(pg_db, item)] == ["Tryghed", "Nærhed"]


def test_taking_a_stale_input_out_of_its_pejlemaerke_is_refused(
        two: tuple[Laptop, Laptop], rows: dict[str, int], pg_db: Database, qtbot: QtBot) -> None:
    a, b = two
    assert a.panel.groups.edits.assign_inputs([_now(a, rows["input"])], rows["tryghed"])
    panel = b.panel.groups.candidates
    qtbot.waitUntil(lambda: panel.model is not None and panel.model.item(panel.model.row_of(rows["tryghed"]))
                    .rowCount() == 1, timeout=2000)
    assert panel.model is not None
    panel.tree.selectionModel().select(panel.model.item(panel.model.row_of(rows["tryghed"])).child(0).index(),
                                       panel.tree.selectionModel().SelectionFlag.ClearAndSelect
                                       | panel.tree.selectionModel().SelectionFlag.Rows)
    capture.update_input(pg_db, rows["input"], "Borgeren først")  # a third laptop corrects the text
    errors = _errors(b.ctx)
    panel.unassign_selected()  # B's tree showed the old text: refused, naming the new one
    assert errors == ["Inputtet er ændret af en anden imens: Teksten er nu »Borgeren først«. Din ændring er ikke gemt."]
    assert _stored(pg_db, rows["input"]).candidate_id == rows["tryghed"]
