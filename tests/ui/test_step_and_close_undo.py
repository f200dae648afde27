"""Undoing "Gå til" and "Hæv mødet" on one laptop after another laptop moved on or corrected
the time: refused, not written back over the other laptop's change (issue 14)."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from workshop.db import Database
from workshop.errors import ConflictError
from workshop.services import agenda, committees, meetings

from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits


def _meeting(db: Database) -> tuple[int, list[int]]:
    c = committees.create_committee(db, name="Udvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    items = [agenda.add_item(db, m, title=t).id for t in ("Velkomst", "Orientering", "Afrunding")]  # type: ignore[arg-type]
    return m, items  # type: ignore[return-value]


def test_set_current_step_with_expected_refuses_a_step_moved_since(db: Database) -> None:
    m, items = _meeting(db)
    meetings.set_current_step(db, m, items[0])
    meetings.set_current_step(db, m, items[1], expected=(items[0], ""))
    with pytest.raises(ConflictError) as caught:
        meetings.set_current_step(db, m, items[2], expected=(items[0], ""))
    assert caught.value.current == {"current": (items[1], "")}
    assert meetings.current_step(db, m) == (items[1], "")
    meetings.set_current_step(db, m, None, expected=(items[1], ""))  # back before the first item
    assert meetings.current_step(db, m) == (None, "")


def test_undoing_a_move_after_another_laptop_moved_on_is_refused(db: Database, qtbot: QtBot) -> None:
    m, items = _meeting(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    edits = MeetingEdits(ctx)
    assert edits.go_to(m, items[0], "")
    assert edits.go_to(m, items[1], "")
    meetings.set_current_step(db, m, items[2])  # the chair, on the other laptop, moves on
    ctx.undo_stack.undo()  # would take everyone back to Velkomst
    assert meetings.current_step(db, m) == (items[2], "")
    assert errors == ['Kunne ikke fortryde "Gå til Orientering": Mødet er ændret af en anden siden; trinnet ville'
                      " overskrive den ændring og er taget ud af fortryd-listen."]
    meetings.set_current_step(db, m, items[0])  # back where this laptop's first step left it
    ctx.undo_stack.undo()  # now its undo is fine: before the first item
    assert meetings.current_step(db, m) == (None, "")
    ctx.undo_stack.redo()
    assert meetings.current_step(db, m) == (items[0], "")


def test_undoing_the_close_after_another_laptop_corrected_the_time_is_refused(db: Database, qtbot: QtBot) -> None:
    m, _items = _meeting(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    assert MeetingEdits(ctx).close_meeting(m, datetime(2024, 3, 1, 21, 0))
    assert meetings.get_meeting(db, m).ended_at == "21:00"
    meetings.update_meeting(db, m, ended_at="21:15")  # the other laptop corrects it
    ctx.undo_stack.undo()
    assert meetings.get_meeting(db, m).ended_at == "21:15"
    assert errors and errors[0].startswith('Kunne ikke fortryde "Hæv mødet": Mødet er ændret af en anden')
    assert ctx.undo_stack.count() == 0


def _groups_item(db: Database) -> tuple[int, int]:
    m, _items = _meeting(db)
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    assert item is not None
    return m, item


def test_undoing_an_added_input_the_other_laptop_edited_since_is_refused(db: Database, qtbot: QtBot) -> None:
    """Undo of a creation deletes the row: not once another laptop changed it since."""
    from workshop.services import capture

    m, item = _groups_item(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    edits = MeetingEdits(ctx)
    ctx.select_meeting(m)
    group = edits.add_group(item, "Gruppe 1", [])
    assert group is not None
    added = edits.add_input(group, "Trygheed")
    assert added is not None
    # this laptop's own fix and its undo leave the input as it was made: the creation undoes
    assert edits.update_input(added, "Trygheed", "Tryghed", capture.get_input(db, added).version)  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert capture.get_input(db, added) is None
    ctx.undo_stack.redo()  # back, with its id
    assert capture.get_input(db, added).text == "Trygheed"  # type: ignore[union-attr]
    capture.update_input(db, added, "Tryghed i hverdagen")  # the other laptop
    ctx.undo_stack.undo()
    assert capture.get_input(db, added).text == "Tryghed i hverdagen"  # type: ignore[union-attr]
    assert errors == ['Kunne ikke fortryde "Tilføj input": Inputtet er ændret af en anden siden; trinnet ville'
                      " overskrive den ændring og er taget ud af fortryd-listen."]


def test_undoing_an_added_group_the_other_laptop_typed_into_is_refused(db: Database, qtbot: QtBot) -> None:
    from workshop.services import capture

    m, item = _groups_item(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    ctx.select_meeting(m)
    group = MeetingEdits(ctx).add_group(item, "Gruppe 1", [])
    assert group is not None
    theirs = capture.add_input(db, group, "Nærhed").id  # the other laptop, in the new group
    ctx.undo_stack.undo()  # would delete their input with the group
    assert capture.get_input(db, theirs).text == "Nærhed"  # type: ignore[arg-type, union-attr]
    assert [g.id for g in capture.list_groups(db, item)] == [group]
    assert errors and errors[0].startswith('Kunne ikke fortryde "Ny gruppe Gruppe 1": Gruppen er ændret af en anden')


def test_undoing_a_merge_the_other_laptop_changed_since_is_refused(db: Database, qtbot: QtBot) -> None:
    from workshop.services import candidates

    _m, item = _groups_item(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    keep, other = (candidates.add_candidate(db, item, title=t).id for t in ("Tryghed", "Nærhed"))
    assert keep is not None and other is not None
    assert MeetingEdits(ctx).merge_candidates(keep, [keep, other], "Tryghed")
    candidates.update_candidate(db, keep, description="Tryghed og nærhed i hverdagen")  # the other laptop
    ctx.undo_stack.undo()  # would set the kept one back without their description
    assert candidates.get_candidate(db, keep).description == "Tryghed og nærhed i hverdagen"
    assert [c.id for c in candidates.list_candidates(db, item)] == [keep]
    assert errors and errors[0].startswith('Kunne ikke fortryde "Slå pejlemærker sammen i Tryghed": Pejlemærket')
