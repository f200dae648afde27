"""The secretary's layout (Indfangning) driven by keyboard and mouse: every edit lands in the database,
undoes, and moving in it moves the meeting's one current step."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

from tests.ui.meeting_builders import SmallMeeting as Meeting
from tests.ui.meeting_builders import capture_on
from workshop.db import Database
from workshop.services import agenda, attendance, candidates, capture, meetings, working_groups

from ui.context import AppContext
from ui.field_errors import error_at
from ui.models.input_model import input_mime
from ui.panels.capture import CapturePanel


@pytest.fixture
def setup(db: Database, qtbot: QtBot) -> tuple[AppContext, CapturePanel, Meeting]:
    meeting = Meeting(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = capture_on(ctx, meeting.id, qtbot)
    qtbot.waitUntil(panel.isActiveWindow)
    panel.errors = errors  # type: ignore[attr-defined]
    return ctx, panel, meeting


def _key(qtbot: QtBot, panel: CapturePanel, key: Qt.Key, widget: QWidget | None = None) -> None:
    qtbot.keyClick(widget or panel.selector, key, Qt.KeyboardModifier.ControlModifier)


def _go_to(qtbot: QtBot, panel: CapturePanel, item_id: int, step: str = "") -> None:
    """Ctrl+PgDown until the meeting is on the item (and step): the keyboard way through the meeting."""
    for _ in range(20):
        if panel.step.item is not None and panel.step.item.id == item_id and panel.step.started \
                and (not step or panel.step.step == step):
            return
        _key(qtbot, panel, Qt.Key.Key_PageDown)
    raise AssertionError(f"never reached item {item_id} {step}")


def _type_enter(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_keys_and_the_item_list_move_the_meetings_one_step(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    assert panel.selector.currentData() == m.welcome and not panel.step.started
    assert panel.next_button.text().startswith("Start mødet")
    _key(qtbot, panel, Qt.Key.Key_PageDown)  # the meeting starts on its first item
    assert meetings.current_step(ctx.db, m.id) == (m.welcome, "")
    _key(qtbot, panel, Qt.Key.Key_PageDown)
    assert meetings.current_step(ctx.db, m.id) == (m.question, "")
    assert panel.view.pages.currentWidget() is panel.answers
    _key(qtbot, panel, Qt.Key.Key_PageDown)
    assert meetings.current_step(ctx.db, m.id) == (m.groups, "groups")  # group work has three steps
    _key(qtbot, panel, Qt.Key.Key_Right)  # Ctrl+→ outside a text field: the same
    assert meetings.current_step(ctx.db, m.id) == (m.groups, "inputs")
    assert panel.view.group_tabs.currentWidget() is panel.groups
    _key(qtbot, panel, Qt.Key.Key_PageUp)
    assert meetings.current_step(ctx.db, m.id) == (m.groups, "groups")
    # The item list moves the meeting too (for everyone).
    panel.selector.setFocus()
    qtbot.keyClick(panel.selector, Qt.Key.Key_Up)
    assert meetings.current_step(ctx.db, m.id) == (m.question, "")
    # A group-work tab chosen by hand is the meeting's step.
    _key(qtbot, panel, Qt.Key.Key_PageDown)
    panel.view.group_tabs.setCurrentIndex(2)
    assert meetings.current_step(ctx.db, m.id) == (m.groups, "votes")
    # Each move is one undo step; the first start is kept when going back and forth.
    started = agenda.get_item(ctx.db, m.groups).started_at
    ctx.undo_stack.undo()
    assert meetings.current_step(ctx.db, m.id) == (m.groups, "groups")
    assert agenda.get_item(ctx.db, m.groups).started_at == started
    assert not panel.errors  # type: ignore[attr-defined]


def test_question_round_enter_saves_and_moves_on_shift_enter_breaks_lines(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    view = panel.answers
    rows = view.rows
    assert [r.member.name for r in rows] == ["Mikael Fenger", "Anne Hjorth", "Brian Mühdorff",
                                             "Karina Holmegaard"]  # present members only
    rows[0].edit.setFocus()
    qtbot.waitUntil(rows[0].edit.hasFocus)
    qtbot.keyClicks(rows[0].edit, "Kunstig intelligens")
    qtbot.keyClick(rows[0].edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(rows[0].edit, "og robotter")
    qtbot.keyClick(rows[0].edit, Qt.Key.Key_Return)
    assert rows[1].edit.hasFocus() and view.current_name() == "Anne Hjorth"
    qtbot.keyClicks(rows[1].edit, "Selvkørende busser")
    qtbot.keyClick(rows[1].edit, Qt.Key.Key_Return)
    assert rows[2].edit.hasFocus()
    qtbot.keyClick(rows[2].edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Brian later
    assert rows[3].edit.hasFocus()
    qtbot.keyClicks(rows[3].edit, "Velfærdsteknologi")  # no Enter: saved by the debounce timer
    qtbot.waitUntil(lambda: len(capture.list_answers(ctx.db, m.question)) == 3, timeout=3000)
    qtbot.keyClick(rows[3].edit, Qt.Key.Key_Return)
    assert rows[2].edit.hasFocus() and view.current_name() == "Brian Mühdorff"  # back to the skipped one
    answers = {a.member_id: a.text for a in capture.list_answers(ctx.db, m.question)}
    assert answers == {m.members[0]: "Kunstig intelligens\nog robotter", m.members[1]: "Selvkørende busser",
                       m.members[3]: "Velfærdsteknologi"}

    # A correction is typing in the member's field again: one more undo step per field.
    rows[1].edit.setFocus()
    qtbot.keyClicks(rows[1].edit, " og droner")
    qtbot.keyClick(rows[1].edit, Qt.Key.Key_Return)
    assert capture.list_answers(ctx.db, m.question)[1].text == "Selvkørende busser og droner"
    panel.selector.setFocus()  # Ctrl+Z inside a text field is the field's own undo
    ctx.undo_stack.undo()
    assert {a.member_id: a.text for a in capture.list_answers(ctx.db, m.question)}[m.members[1]] \
        == "Selvkørende busser"
    assert rows[1].edit.toPlainText() == "Selvkørende busser"
    ctx.undo_stack.undo()  # Karina's answer
    assert m.members[3] not in {a.member_id for a in capture.list_answers(ctx.db, m.question)}
    assert rows[3].edit.toPlainText() == ""
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert rows[3].edit.toPlainText() == "Velfærdsteknologi"
    assert rows[1].edit.toPlainText() == "Selvkørende busser og droner"
    assert not panel.errors  # type: ignore[attr-defined]


def test_groups_formed_and_inputs_typed_with_enter(setup: tuple[AppContext, CapturePanel, Meeting],
                                                   qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.groups, "groups")
    forming = panel.view.groups
    qtbot.mouseClick(forming.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(forming.add_button, Qt.MouseButton.LeftButton)
    groups = capture.list_groups(ctx.db, m.groups)
    assert [g.name for g in groups] == ["Gruppe 1", "Gruppe 2"]
    # Rename by typing; members with Alt+digit from the ungrouped list.
    name = forming.boxes[groups[0].id].name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Gruppe Nord")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # focus-out saves
    assert capture.list_groups(ctx.db, m.groups)[0].name == "Gruppe Nord"
    loose = forming.boxes[None].list
    loose.setFocus()
    for _ in range(2):
        loose.setCurrentRow(0)
        qtbot.keyClick(loose, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert capture.group_members(ctx.db, m.groups)[groups[0].id] == m.members[:2]

    _key(qtbot, panel, Qt.Key.Key_PageDown)  # the inputs step
    view = panel.groups
    first = view.columns[groups[0].id]
    assert "Mikael Fenger, Anne Hjorth" in first.members.text()
    first.entry.setFocus()
    qtbot.waitUntil(first.entry.hasFocus)
    for text in ("Borgeren i centrum", "Digitalt som det naturlige valg", "Ingen efterlades"):
        qtbot.keyClicks(first.entry, text)
        qtbot.keyClick(first.entry, Qt.Key.Key_Return)
        assert first.entry.hasFocus() and first.entry.text() == ""
    _type_enter(qtbot, view.columns[groups[1].id].entry, "Data deles sikkert")
    ctx.settle()  # on PostgreSQL the inputs were shown at once and saved on the database's lane
    inputs = capture.list_inputs(ctx.db, m.groups)
    assert [(i.group_id, i.text) for i in inputs] == [
        (groups[0].id, "Borgeren i centrum"), (groups[0].id, "Digitalt som det naturlige valg"),
        (groups[0].id, "Ingen efterlades"), (groups[1].id, "Data deles sikkert")]
    assert first.inputs.texts() == ["Borgeren i centrum", "Digitalt som det naturlige valg", "Ingen efterlades"]
    assert view.counts.text() == "4 input, heraf 4 uden pejlemærke"

    # Edit an input in place (F2), delete another with the Delete key.
    first.inputs.setFocus()
    first.inputs.setCurrentIndex(first.inputs.row_index(2))
    qtbot.keyClick(first.inputs, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is first.inputs.viewport()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ingen borgere efterlades")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.list_inputs(ctx.db, m.groups)[2].text == "Ingen borgere efterlades")
    first.inputs.setFocus()
    qtbot.waitUntil(first.inputs.hasFocus)
    first.inputs.setCurrentIndex(first.inputs.row_index(1))
    qtbot.keyClick(first.inputs, Qt.Key.Key_Delete)
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == [
        "Borgeren i centrum", "Ingen borgere efterlades", "Data deles sikkert"]

    # Undo: delete, edit, the last input; the rest back to the groups; redo all.
    stack = ctx.undo_stack
    panel.selector.setFocus()
    stack.undo()
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)][1] == "Digitalt som det naturlige valg"
    stack.undo()
    assert capture.list_inputs(ctx.db, m.groups)[2].text == "Ingen efterlades"
    assert first.inputs.texts()[2] == "Ingen efterlades"
    while stack.canUndo() and capture.list_inputs(ctx.db, m.groups):
        stack.undo()
    assert capture.group_members(ctx.db, m.groups).get(groups[0].id, []) == m.members[:2]
    while stack.canRedo():
        stack.redo()
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == [
        "Borgeren i centrum", "Ingen borgere efterlades", "Data deles sikkert"]
    assert capture.list_groups(ctx.db, m.groups)[0].name == "Gruppe Nord"
    assert view.columns[groups[0].id].inputs.texts() == ["Borgeren i centrum", "Ingen borgere efterlades"]
    assert not panel.errors  # type: ignore[attr-defined]


def _drop(viewport: QWidget, pos: QPoint, data: QMimeData) -> None:
    """Drag ``data`` in over ``pos`` and drop it: enter, move, drop, as a real drag sends them."""
    args = (Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    # Qt's own signatures: enter and move take a QPoint, drop a QPointF (PySide6 6.11 has no overloads).
    for event in (QDragEnterEvent(pos, *args), QDragMoveEvent(pos, *args), QDropEvent(QPointF(pos), *args)):
        QApplication.sendEvent(viewport, event)  # type: ignore[arg-type]


def test_candidates_from_inputs_status_keys_drop_merge(setup: tuple[AppContext, CapturePanel, Meeting],
                                                       qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    assert g is not None
    texts = ["Borgeren i centrum", "Borgeren først", "Digitalt som det naturlige valg", "Data deles"]
    for t in texts:
        capture.add_input(ctx.db, g, t)
    _go_to(qtbot, panel, m.groups, "inputs")
    column = panel.groups.columns[g]
    cands = panel.groups.candidates
    ids = [i.id for i in capture.list_inputs(ctx.db, m.groups)]

    # Select two inputs with the mouse (click, ctrl+click) and make a pejlemærke of them.
    for row, mod in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier)):
        rect = column.inputs.visualRect(column.inputs.row_index(row))
        qtbot.mouseClick(column.inputs.viewport(), Qt.MouseButton.LeftButton, mod, rect.center())
    assert column.selected_ids() == ids[:2]
    qtbot.mouseClick(cands.new_button, Qt.MouseButton.LeftButton)
    first = candidates.list_candidates(ctx.db, m.groups)
    assert [c.title for c in first] == ["Borgeren i centrum"]  # titled after the first input
    assert [i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)][:2] == [first[0].id] * 2

    # A titled one from the third input, typed and Enter.
    rect = column.inputs.visualRect(column.inputs.row_index(2))
    qtbot.mouseClick(column.inputs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _type_enter(qtbot, cands.new_title, "Digital først")
    c1, c2 = (c.id for c in candidates.list_candidates(ctx.db, m.groups))
    assert c1 is not None and c2 is not None
    assert capture.list_inputs(ctx.db, m.groups)[2].candidate_id == c2

    # Drag the fourth input onto the first candidate.
    tree = cands.tree
    target = tree.visualRect(cands.model.index(cands.model.row_of(c1), 0)).center()  # type: ignore[union-attr]
    _drop(tree.viewport(), target, input_mime(g, [panel.groups.model.shown(ids[3])]))  # type: ignore[union-attr, list-item]
    assert capture.list_inputs(ctx.db, m.groups)[3].candidate_id == c1
    assert panel.groups.counts.text() == "4 input, heraf 0 uden pejlemærke"

    # Status by one key on the selected candidate (V: valgt), shown in the one Danish word.
    tree.setFocus()
    cands.select([c1])
    qtbot.keyClick(tree, Qt.Key.Key_V)
    assert candidates.list_candidates(ctx.db, m.groups)[0].status == "chosen"
    assert cands.model.item(0, 2).text() == "valgt"  # type: ignore[union-attr]

    # Merge: select both candidates (the first is kept), click merge.
    cands.select([c1, c2])
    qtbot.mouseClick(cands.merge_button, Qt.MouseButton.LeftButton)
    after = candidates.list_candidates(ctx.db, m.groups)
    assert [c.id for c in after] == [c1]
    assert {i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)} == {c1}

    # Undo each step and check the database goes back exactly.
    stack = ctx.undo_stack
    stack.undo()  # merge
    assert [(c.id, c.title) for c in candidates.list_candidates(ctx.db, m.groups)] == [
        (c1, "Borgeren i centrum"), (c2, "Digital først")]
    assert [i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)] == [c1, c1, c2, c1]
    stack.undo()  # status
    assert candidates.list_candidates(ctx.db, m.groups)[0].status == "candidate"
    stack.undo()  # drop
    assert capture.list_inputs(ctx.db, m.groups)[3].candidate_id is None
    stack.undo()  # Digital først
    assert [c.id for c in candidates.list_candidates(ctx.db, m.groups)] == [c1]
    assert capture.list_inputs(ctx.db, m.groups)[2].candidate_id is None
    for _ in range(4):
        stack.redo()
    assert [(c.id, c.status) for c in candidates.list_candidates(ctx.db, m.groups)] == [(c1, "chosen")]
    assert {i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)} == {c1}
    model = cands.model
    assert model is not None and model.rowCount() == 1 and model.item(0).rowCount() == 4
    assert not panel.errors  # type: ignore[attr-defined]


def test_a_selection_in_one_column_clears_the_others(setup: tuple[AppContext, CapturePanel, Meeting],
                                                     qtbot: QtBot) -> None:
    """Issue 11: inputs selected in a column the user no longer looks at were taken into a new pejlemærke."""
    ctx, panel, m = setup
    g1 = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    g2 = capture.add_group(ctx.db, m.groups, name="Gruppe 2").id
    a = capture.add_input(ctx.db, g1, "Borgeren i centrum").id  # type: ignore[arg-type]
    b = capture.add_input(ctx.db, g2, "Data deles").id  # type: ignore[arg-type]
    _go_to(qtbot, panel, m.groups, "inputs")
    first, second = panel.groups.columns[g1], panel.groups.columns[g2]  # type: ignore[index]
    qtbot.mouseClick(first.inputs.viewport(), Qt.MouseButton.LeftButton,
                     pos=first.inputs.visualRect(first.inputs.row_index(0)).center())
    qtbot.mouseClick(second.inputs.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=second.inputs.visualRect(second.inputs.row_index(0)).center())
    assert first.selected_ids() == [] and second.selected_ids() == [b]
    assert panel.groups.selected_input_ids() == [b]
    _type_enter(qtbot, panel.groups.candidates.new_title, "Data")
    [cand] = candidates.list_candidates(ctx.db, m.groups)
    assert {i.id: i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)} == {a: None, b: cand.id}


def test_working_groups_typed_dates_and_no_accidental_group(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.working)
    view = panel.working_groups
    # Issue 11: Enter in the empty name line created "Arbejdsgruppe 2" and moved the focus, so the
    # name typed next became the mandate. Now an empty line creates nothing and keeps the focus.
    _type_enter(qtbot, view.new_name, "")
    assert working_groups.list_working_groups(ctx.db, m.working) == []
    assert view.new_name.hasFocus() and "navn" in error_at(view.new_name)  # next to the line
    qtbot.keyClicks(view.new_name, "Pejlemærker")
    qtbot.keyClick(view.new_name, Qt.Key.Key_Return)
    rows = working_groups.list_working_groups(ctx.db, m.working)
    assert [w.name for w in rows] == ["Pejlemærker"]
    wg = rows[0].id
    assert wg is not None
    assert view.mandate.hasFocus()
    form = view.form.layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(view.mandate)
    assert isinstance(label, QLabel) and label.text() == "Mandat"  # the word the referat prints, as it prints it
    qtbot.keyClicks(view.mandate, "Forslag til 3-5 pejlemærker")
    view.members.setFocus()
    for row in (1, 3):
        view.members.setCurrentRow(row)
        qtbot.keyClick(view.members, Qt.Key.Key_Space)
    assert working_groups.list_working_groups(ctx.db, m.working)[0].mandate == "Forslag til 3-5 pejlemærker"
    assert sorted(working_groups.working_group_members(ctx.db, wg)) == [m.members[1], m.members[3]]

    # Issue 11: Up on an empty date saved 2 January 2000. Now empty stays empty.
    meets = view.meets_on.edit
    meets.setFocus()
    qtbot.keyClick(meets, Qt.Key.Key_Up)
    assert working_groups.list_working_groups(ctx.db, m.working)[0].meets_on is None and meets.text() == ""
    assert error_at(meets) == ""  # not an invented date that the service then refused as before the meeting
    # Issue 11: a typed date was ignored. Dates are typed in the ways people write them.
    for typed, expected in (("4-12-2017", date(2017, 12, 4)), ("5.12.2017", date(2017, 12, 5)),
                            ("6/12", date(2017, 12, 6))):
        meets.setFocus()
        meets.selectAll()
        qtbot.keyClicks(meets, typed)
        qtbot.keyClick(meets, Qt.Key.Key_Return)
        assert working_groups.list_working_groups(ctx.db, m.working)[0].meets_on == expected, typed
        assert meets.text() == f"{expected.day}. december 2017"
    qtbot.keyClick(meets, Qt.Key.Key_Up)  # a date moves a day
    assert working_groups.list_working_groups(ctx.db, m.working)[0].meets_on == date(2017, 12, 7)
    # Issue 11: a report-back date before the meeting was accepted silently. Now it is refused.
    reports = view.reports_to.edit
    _type_enter(qtbot, reports, "1-11-2017")
    assert working_groups.list_working_groups(ctx.db, m.working)[0].reports_to is None
    assert "kan ikke ligge før mødet" in error_at(reports) and reports.text() == ""  # at the field
    # Text that is no date is refused in Danish, and the field shows the saved date again.
    reports.selectAll()
    _type_enter(qtbot, reports, "næste torsdag")
    assert "er ikke en dato" in error_at(reports) and reports.text() == ""
    # Picked in the calendar (F4 opens it).
    reports.setFocus()
    qtbot.keyClick(reports, Qt.Key.Key_F4)
    calendar = view.reports_to.calendar
    assert calendar is not None and calendar.isVisible()
    from PySide6.QtCore import QDate

    calendar.clicked.emit(QDate(2018, 1, 31))
    saved = working_groups.list_working_groups(ctx.db, m.working)[0]
    assert (saved.meets_on, saved.reports_to) == (date(2017, 12, 7), date(2018, 1, 31))
    assert reports.text() == "31. januar 2018"
    assert error_at(reports) == ""  # a date that is saved: the message is gone
    # Empty again: no date.
    reports.setFocus()
    reports.clear()
    qtbot.keyClick(reports, Qt.Key.Key_Return)
    assert working_groups.list_working_groups(ctx.db, m.working)[0].reports_to is None

    stack = ctx.undo_stack
    panel.selector.setFocus()
    stack.undo()  # cleared
    assert working_groups.list_working_groups(ctx.db, m.working)[0].reports_to == date(2018, 1, 31)
    assert view.reports_to.value() == date(2018, 1, 31)
    while stack.canUndo() and working_groups.list_working_groups(ctx.db, m.working):
        stack.undo()
    assert working_groups.list_working_groups(ctx.db, m.working) == []
    assert view.list.count() == 0
    while stack.canRedo():
        stack.redo()
    saved = working_groups.list_working_groups(ctx.db, m.working)[0]
    assert saved.id == wg and saved.mandate == "Forslag til 3-5 pejlemærker"
    assert (saved.meets_on, saved.reports_to) == (date(2017, 12, 7), None)
    assert sorted(working_groups.working_group_members(ctx.db, wg)) == [m.members[1], m.members[3]]
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert working_groups.list_working_groups(ctx.db, m.working) == []
    stack.undo()
    assert working_groups.working_group_members(ctx.db, wg) != []


def test_decision_and_remarks(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.welcome)
    view = panel.decision
    view.decision.setFocus()
    qtbot.keyClicks(view.decision, "Godkendt.")
    qtbot.waitUntil(lambda: agenda.get_item(ctx.db, m.welcome).decision == "Godkendt.", timeout=3000)
    qtbot.keyClicks(view.decision, " Formanden bød velkommen.")
    _key(qtbot, panel, Qt.Key.Key_PageDown, view.decision)  # leaving the item saves at once
    assert agenda.get_item(ctx.db, m.welcome).decision == "Godkendt. Formanden bød velkommen."
    assert panel.step.item.id == m.question  # type: ignore[union-attr]
    assert view.decision.toPlainText() == ""

    view.remark_member.setCurrentIndex(1)
    _type_enter(qtbot, view.remark_text, "Anne Hjorth ønskede ført til protokol, at hun var uenig.")
    remarks = capture.list_remarks(ctx.db, m.question)
    assert [(r.member_id, r.text) for r in remarks] == [
        (m.members[1], "Anne Hjorth ønskede ført til protokol, at hun var uenig.")]

    view.remarks.setFocus()
    view.remarks.setCurrentItem(view.remarks.topLevelItem(0))
    qtbot.keyClick(view.remarks, Qt.Key.Key_Delete)
    assert capture.list_remarks(ctx.db, m.question) == []

    stack = ctx.undo_stack
    stack.undo()
    assert [r.id for r in capture.list_remarks(ctx.db, m.question)] == [remarks[0].id]  # same row back
    assert view.remarks.topLevelItemCount() == 1
    stack.undo()
    assert capture.list_remarks(ctx.db, m.question) == []
    stack.undo()  # the step back to the welcome
    stack.undo()  # the whole decision text is one step
    assert agenda.get_item(ctx.db, m.welcome).decision == ""
    stack.redo()
    assert agenda.get_item(ctx.db, m.welcome).decision == "Godkendt. Formanden bød velkommen."
    assert not panel.errors  # type: ignore[attr-defined]


def test_attendance_change_keeps_typed_text(setup: tuple[AppContext, CapturePanel, Meeting],
                                            qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    row = panel.answers.rows[0]
    row.edit.setFocus()
    qtbot.keyClicks(row.edit, "Halvt skrevet")
    # Someone marks Poul present: rows are rebuilt, the typed text is saved, not lost.
    ctx.broadcast(attendance.set_attendance(ctx.db, m.id, m.members[4], "present"))
    assert [r.member.name for r in panel.answers.rows][-1] == "Poul V. Jensen"
    assert capture.list_answers(ctx.db, m.question)[0].text == "Halvt skrevet"
    assert panel.answers.rows[0].edit.toPlainText() == "Halvt skrevet"


def test_sent_referat_locks_the_capture(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    from workshop.services import referat as referat_service

    ctx, panel, m = setup
    group = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    _go_to(qtbot, panel, m.groups, "inputs")
    assert not panel.view.locked.isVisible() and panel.groups.isEnabled()
    ctx.broadcast(referat_service.send_for_approval(ctx.db, m.id))
    assert panel.view.locked.isVisible() and "sendt til godkendelse" in panel.view.locked.text()
    assert not panel.groups.isEnabled()
    # The service refuses anyway (the panel just does not invite the attempt): nothing is written.
    assert panel.view.edits.add_input(group, "For sent") is None  # type: ignore[arg-type]
    assert "sendt til godkendelse" in panel.errors[-1]  # type: ignore[attr-defined]
    assert capture.list_inputs(ctx.db, m.groups) == []
    _key(qtbot, panel, Qt.Key.Key_PageDown)  # the chair may still step through
    assert panel.step.step == "votes"


def test_delete_group_candidate_and_move_inputs_undo_exactly(setup: tuple[AppContext, CapturePanel, Meeting],
                                                            qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g1 = capture.add_group(ctx.db, m.groups, name="Gruppe 1", member_ids=m.members[:2]).id
    g2 = capture.add_group(ctx.db, m.groups, name="Gruppe 2").id
    assert g1 is not None and g2 is not None
    i1 = capture.add_input(ctx.db, g1, "Borgeren i centrum").id
    i2 = capture.add_input(ctx.db, g1, "Data deles").id
    assert i1 is not None and i2 is not None
    c = candidates.add_candidate(ctx.db, m.groups, title="Borgeren først", input_ids=[i1]).id
    assert c is not None
    candidates.update_candidate(ctx.db, c, status="shortlisted")
    _go_to(qtbot, panel, m.groups, "inputs")
    view = panel.groups
    before = [(i.id, i.group_id, i.position, i.candidate_id) for i in capture.list_inputs(ctx.db, m.groups)]

    # Drag "Data deles" from group 1 into group 2's list.
    target = view.columns[g2].inputs
    _drop(target.viewport(), QPoint(20, 20), input_mime(g1, [view.model.shown(i2)]))  # type: ignore[union-attr, list-item]
    assert [i.group_id for i in capture.list_inputs(ctx.db, m.groups) if i.id == i2] == [g2]
    assert target.texts() == ["Data deles"]

    # Delete the candidate (Delete key in the tree), then group 1 (its ✕ in the groups step).
    tree = view.candidates.tree
    tree.setFocus()
    view.candidates.select([c])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert candidates.list_candidates(ctx.db, m.groups) == []
    _key(qtbot, panel, Qt.Key.Key_PageUp, tree)
    qtbot.mouseClick(panel.view.groups.boxes[g1].remove, Qt.MouseButton.LeftButton)
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g2]

    stack = ctx.undo_stack
    stack.undo()  # the group comes back with its id, members and input
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g1, g2]
    assert capture.group_members(ctx.db, m.groups)[g1] == m.members[:2]
    assert view.model.texts(g1) == ["Borgeren i centrum"]  # type: ignore[union-attr]
    stack.undo()  # the step
    stack.undo()  # the candidate, with its status and input
    [cand] = candidates.list_candidates(ctx.db, m.groups)
    assert (cand.id, cand.status) == (c, "shortlisted")
    stack.undo()  # the move
    assert [(i.id, i.group_id, i.position, i.candidate_id)
            for i in capture.list_inputs(ctx.db, m.groups)] == before
    for _ in range(4):
        stack.redo()
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g2]
    assert candidates.list_candidates(ctx.db, m.groups) == []
    assert [(i.id, i.group_id) for i in capture.list_inputs(ctx.db, m.groups)] == [(i2, g2)]
    assert not panel.errors  # type: ignore[attr-defined]


def test_text_typed_without_enter_is_kept_when_leaving_the_step(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    _go_to(qtbot, panel, m.groups, "inputs")
    entry = panel.groups.columns[g].entry  # type: ignore[index]
    entry.setFocus()
    qtbot.keyClicks(entry, "Halvt input")
    panel.decision.remark_text.setFocus()
    qtbot.keyClicks(panel.decision.remark_text, "Halv tilfoersel")
    _key(qtbot, panel, Qt.Key.Key_PageDown, panel.decision.remark_text)  # the next step
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == ["Halvt input"]
    _key(qtbot, panel, Qt.Key.Key_PageDown)  # the next item
    assert [r.text for r in capture.list_remarks(ctx.db, m.groups)] == ["Halv tilfoersel"]
    assert panel.decision.remark_text.text() == ""  # not carried over to the next item


def test_working_group_members_absent_convener_and_people_from_outside(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    """Issue 12: an absent member can join, one member is the tovholder, and people from outside
    the committee join with name and organisation; each edit is one undo step."""
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.working)
    view = panel.working_groups
    _type_enter(qtbot, view.new_name, "Trafik")
    wg = working_groups.list_working_groups(ctx.db, m.working)[0].id
    assert wg is not None
    labels = [view.members.item(i).text() for i in range(view.members.count())]
    assert labels[0] == "Mikael Fenger" and labels[4] == "Poul V. Jensen (ikke til stede)"
    view.members.setFocus()
    for row in (1, 4):  # Anne and Poul, who was not there but volunteers
        view.members.setCurrentRow(row)
        qtbot.keyClick(view.members, Qt.Key.Key_Space)
    assert working_groups.working_group_members(ctx.db, wg) == [m.members[1], m.members[4]]
    assert [view.convener.itemText(i) for i in range(view.convener.count())] == [
        "Ingen tovholder", "Anne Hjorth", "Poul V. Jensen"]
    view.convener.setFocus()
    qtbot.keyClick(view.convener, Qt.Key.Key_Down)  # a closed combo box: Down picks the next, Anne
    qtbot.keyClick(view.convener, Qt.Key.Key_Down)  # then Poul
    assert working_groups.working_group_convener(ctx.db, wg) == m.members[4]
    assert view.convener.currentText() == "Poul V. Jensen"

    _type_enter(qtbot, view.guest_name, "")  # no name: nothing, and it says so
    assert working_groups.working_group_guests(ctx.db, wg) == [] and "navnet" in error_at(view.guest_name)
    view.guest_name.setFocus()
    qtbot.keyClicks(view.guest_name, "Jens Vej")
    qtbot.keyClick(view.guest_name, Qt.Key.Key_Tab)
    assert view.guest_org.hasFocus()
    qtbot.keyClicks(view.guest_org, "Vejdirektoratet")
    qtbot.keyClick(view.guest_org, Qt.Key.Key_Return)
    _type_enter(qtbot, view.guest_name, "Lise Berg")  # the organisation may stay empty
    assert working_groups.working_group_guests(ctx.db, wg) == [("Jens Vej", "Vejdirektoratet"), ("Lise Berg", "")]
    assert [view.guests.item(i).text() for i in range(view.guests.count())] == [
        "Jens Vej (Vejdirektoratet)", "Lise Berg"]
    assert view.guest_name.hasFocus() and error_at(view.guest_name) == ""  # typing the name fixed it
    assert view.list.item(0).text().startswith("Trafik\n4 medlemmer")
    view.guests.setFocus()
    view.guests.setCurrentRow(0)
    qtbot.keyClick(view.guests, Qt.Key.Key_Delete)
    assert working_groups.working_group_guests(ctx.db, wg) == [("Lise Berg", "")]

    # Poul leaves the group: no tovholder; one undo gives him back as member and tovholder.
    view.members.setFocus()
    view.members.setCurrentRow(4)
    qtbot.keyClick(view.members, Qt.Key.Key_Space)
    assert working_groups.working_group_convener(ctx.db, wg) is None
    ctx.undo_stack.undo()
    assert working_groups.working_group_members(ctx.db, wg) == [m.members[1], m.members[4]]
    assert working_groups.working_group_convener(ctx.db, wg) == m.members[4]
    assert view.convener.currentText() == "Poul V. Jensen"
    ctx.undo_stack.undo()  # the guest removed
    assert working_groups.working_group_guests(ctx.db, wg) == [("Jens Vej", "Vejdirektoratet"), ("Lise Berg", "")]
    assert not panel.errors  # type: ignore[attr-defined]


def test_afrunding_records_the_next_meeting_typed_like_the_other_dates(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    """Issue 12: the closing step has the next meeting's date; a refused date is said next to the field."""
    ctx, panel, m = setup
    closing = agenda.add_item(ctx.db, m.id, title="Afrunding", kind="closing").id
    assert closing is not None
    _go_to(qtbot, panel, closing)
    view = panel.view.closing
    assert panel.view.pages.currentWidget() is view
    edit = view.next_meeting.edit
    _type_enter(qtbot, edit, "1-11-2017")  # before this meeting: refused, at the field
    assert agenda.get_item(ctx.db, closing).next_meeting_on is None
    assert "kan ikke ligge før dette møde" in error_at(edit) and edit.text() == ""
    edit.selectAll()
    _type_enter(qtbot, edit, "17.1.2018")
    assert agenda.get_item(ctx.db, closing).next_meeting_on == date(2018, 1, 17)
    assert edit.text() == "17. januar 2018" and error_at(edit) == ""  # fixed: the message is gone
    panel.selector.setFocus()
    ctx.undo_stack.undo()  # one undo step
    assert agenda.get_item(ctx.db, closing).next_meeting_on is None and edit.text() == ""
    assert not panel.errors or all("før dette møde" in e for e in panel.errors)  # type: ignore[attr-defined]


def test_decision_panel_shows_the_results_as_printed_and_a_locked_meeting_its_printed_decisions(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    from workshop.services import referat as referat_service

    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    view = panel.decision
    assert "Her blev blandt andre nævnt" not in view.results.toPlainText()  # only the question so far
    ctx.broadcast(capture.set_answer(ctx.db, m.question, m.members[1], "Kunstig intelligens"))
    view.set_item(m.id, agenda.get_item(ctx.db, m.question))  # re-read when the item is chosen again
    assert "Anne Hjorth: Kunstig intelligens" in view.results.toPlainText()
    assert view.results.isVisible() and view.results.isReadOnly()
    assert view.results.toPlainText().startswith("Resultater\nMedlemmerne besvarede spørgsmålet:")
    view.decision.setFocus()
    qtbot.keyClicks(view.decision, "Drøftet.")
    view.flush()
    assert "Kunstig intelligens" in view.results.toPlainText()  # the decision never replaces them

    # Sent for approval: the item as the frozen referat prints it, and no empty box to type in.
    ctx.broadcast(referat_service.send_for_approval(ctx.db, m.id))
    view.set_item(m.id, agenda.get_item(ctx.db, m.question))
    assert view.locked
    printed = view.results.toPlainText()
    assert printed.index("Anne Hjorth: Kunstig intelligens") < printed.index("Beslutning\nDrøftet.")
    assert not view.decision.isVisible() and not view.locked_empty.isVisible()
    panel.decision.set_item(m.id, agenda.get_item(ctx.db, m.welcome))
    assert view.results.toPlainText() == "" and view.locked_empty.isVisible()  # said in words


def test_the_results_above_the_decision_follow_captures_on_the_same_step(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 10: the results part shows what the room has produced so far while the secretary
    captures on the item's step, without choosing the item again; it is drafted off the GUI thread
    (the meeting's whole document: a stalled shared server must not hold the typing)."""
    import threading

    from workshop.services import referat as referat_service

    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    view = panel.decision
    assert "Kunstig intelligens" not in view.results.toPlainText()
    on_gui_thread: list[bool] = []
    drafted = referat_service.printed_results

    def printed_results(*args, **kwargs):  # type: ignore[no-untyped-def]
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return drafted(*args, **kwargs)

    monkeypatch.setattr(referat_service, "printed_results", printed_results)
    for number, text in ((1, "Kunstig intelligens"), (2, "Sensorer i hjemmet")):
        ctx.broadcast(capture.set_answer(ctx.db, m.question, m.members[number], text))
    qtbot.waitUntil(lambda: "Sensorer i hjemmet" in view.results.toPlainText(), timeout=5000)
    assert "Anne Hjorth: Kunstig intelligens" in view.results.toPlainText()
    assert on_gui_thread == [False]  # one draft for the two captures, on the database's lane
