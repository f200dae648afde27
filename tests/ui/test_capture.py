"""The capture panel driven by keyboard and mouse: every edit lands in the database and undoes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QToolButton

from workshop.db import Database
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, working_groups

from ui.context import AppContext
from ui.panels.capture import CapturePanel
from ui.panels.capture_candidates import input_mime
from ui.panels.capture_groups import MemberPicker

NAMES = [("Mikael Fenger", "politiker"), ("Anne Hjorth", "borger"), ("Brian Mühdorff", "borger"),
         ("Karina Holmegaard", "borger"), ("Poul V. Jensen", "politiker")]


class Meeting:
    def __init__(self, db: Database) -> None:
        c = committees.create_committee(db, name="Opgaveudvalg for digitalisering").id
        assert c is not None
        self.members = [committees.add_member(db, c, name=n, group=g).id for n, g in NAMES]
        self.id = meetings.create_meeting(db, c, title="3. møde", number=3,
                                          starts_at=datetime(2017, 11, 15, 18)).id
        assert self.id is not None
        for mid in self.members[:4]:  # Poul V. Jensen is absent
            attendance.set_attendance(db, self.id, mid, "present")  # type: ignore[arg-type]
        add = lambda **kw: agenda.add_item(db, self.id, **kw).id  # noqa: E731
        self.welcome = add(title="Velkomst", kind="welcome")
        self.question = add(title="Opsamling på konferencen", kind="question_round",
                            question="Hvilke teknologier får størst betydning?")
        self.groups = add(title="Pejlemærker", kind="group_work",
                          discussion_questions=["Hvad er et godt pejlemærke?"])
        self.working = add(title="Nedsættelse af arbejdsgrupper", kind="working_groups")


@pytest.fixture
def setup(db: Database, qtbot: QtBot) -> tuple[AppContext, CapturePanel, Meeting]:
    meeting = Meeting(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = CapturePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.set_meeting(meeting.id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.errors = errors  # type: ignore[attr-defined]
    return ctx, panel, meeting


def _go_to(qtbot: QtBot, panel: CapturePanel, item_id: int) -> None:
    """Ctrl+PgDown until the item is shown (the keyboard way through the agenda)."""
    for _ in range(panel.selector.count()):
        if panel.selector.currentData() == item_id:
            return
        qtbot.keyClick(panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.selector.currentData() == item_id


def _type_enter(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_item_keys_move_through_the_agenda(setup: tuple[AppContext, CapturePanel, Meeting],
                                           qtbot: QtBot) -> None:
    ctx, panel, m = setup
    assert panel.selector.currentData() == m.welcome
    qtbot.keyClick(panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.selector.currentData() == m.question
    assert panel.stack.currentWidget() is panel.answers
    qtbot.keyClick(panel.selector, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.selector.currentData() == m.welcome
    assert panel.stack.currentWidget() is panel.summary


def test_question_round_enter_saves_and_moves_on(setup: tuple[AppContext, CapturePanel, Meeting],
                                                 qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    rows = panel.answers.rows
    assert [r.member.name for r in rows] == [n for n, _ in NAMES[:4]]  # present members only
    rows[0].edit.setFocus()
    qtbot.waitUntil(rows[0].edit.hasFocus)
    qtbot.keyClicks(rows[0].edit, "Kunstig intelligens")
    qtbot.keyClick(rows[0].edit, Qt.Key.Key_Return)
    assert rows[1].edit.hasFocus()
    qtbot.keyClicks(rows[1].edit, "Selvkørende busser")
    qtbot.keyClick(rows[1].edit, Qt.Key.Key_Return)
    assert rows[2].edit.hasFocus()
    qtbot.keyClicks(rows[2].edit, "Velfærdsteknologi")  # no Enter: saved by the debounce timer
    qtbot.waitUntil(lambda: len(capture.list_answers(ctx.db, m.question)) == 3, timeout=3000)
    answers = {a.member_id: a.text for a in capture.list_answers(ctx.db, m.question)}
    assert answers == {m.members[0]: "Kunstig intelligens", m.members[1]: "Selvkørende busser",
                       m.members[2]: "Velfærdsteknologi"}

    # Editing an answer again is one more undo step per field; undo restores the earlier text.
    rows[0].edit.setFocus()
    qtbot.keyClicks(rows[0].edit, " og robotter")
    qtbot.keyClick(rows[0].edit, Qt.Key.Key_Return)
    assert capture.list_answers(ctx.db, m.question)[0].text == "Kunstig intelligens og robotter"
    panel.selector.setFocus()  # Ctrl+Z inside a line edit is the line edit's own undo
    ctx.undo_stack.undo()
    assert {a.member_id: a.text for a in capture.list_answers(ctx.db, m.question)}[m.members[0]] \
        == "Kunstig intelligens"
    assert rows[0].edit.text() == "Kunstig intelligens"
    ctx.undo_stack.undo()  # Brian's answer
    assert m.members[2] not in {a.member_id for a in capture.list_answers(ctx.db, m.question)}
    assert rows[2].edit.text() == ""
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert rows[2].edit.text() == "Velfærdsteknologi"
    assert rows[0].edit.text() == "Kunstig intelligens og robotter"
    assert not panel.errors  # type: ignore[attr-defined]


def test_group_inputs_typed_with_enter(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.groups)
    view = panel.groups
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    groups = capture.list_groups(ctx.db, m.groups)
    assert [g.name for g in groups] == ["Gruppe 1", "Gruppe 2"]
    first = view.columns[groups[0].id]  # type: ignore[index]
    first.entry.setFocus()
    qtbot.waitUntil(first.entry.hasFocus)
    for text in ("Borgeren i centrum", "Digitalt som det naturlige valg", "Ingen efterlades"):
        qtbot.keyClicks(first.entry, text)
        qtbot.keyClick(first.entry, Qt.Key.Key_Return)
        assert first.entry.hasFocus() and first.entry.text() == ""
    _type_enter(qtbot, view.columns[groups[1].id].entry, "Data deles sikkert")  # type: ignore[index]
    inputs = capture.list_inputs(ctx.db, m.groups)
    assert [(i.group_id, i.text) for i in inputs] == [
        (groups[0].id, "Borgeren i centrum"), (groups[0].id, "Digitalt som det naturlige valg"),
        (groups[0].id, "Ingen efterlades"), (groups[1].id, "Data deles sikkert")]
    assert [first.inputs.item(i).text() for i in range(first.inputs.count())] == [
        "Borgeren i centrum", "Digitalt som det naturlige valg", "Ingen efterlades"]

    # Rename a group by typing; members through the picker (checked with the keyboard).
    first.name.setFocus()
    first.name.selectAll()
    qtbot.keyClicks(first.name, "Gruppe Nord")
    qtbot.keyClick(first.name, Qt.Key.Key_Tab)  # focus-out saves
    assert capture.list_groups(ctx.db, m.groups)[0].name == "Gruppe Nord"
    picker = first.pick_members()
    assert isinstance(picker, MemberPicker)
    picker.list.setFocus()
    for row in (0, 1):
        picker.list.setCurrentRow(row)
        qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    ok = picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert capture.group_members(ctx.db, m.groups)[groups[0].id] == m.members[:2]
    assert "Mikael Fenger, Anne Hjorth" in first.members.text()
    panel.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(panel.isActiveWindow)

    # Edit an input in place (F2), delete another with the Delete key.
    first.inputs.setFocus()
    first.inputs.setCurrentRow(2)
    qtbot.keyClick(first.inputs, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is first.inputs.viewport()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ingen borgere efterlades")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor queued
    qtbot.waitUntil(lambda: capture.list_inputs(ctx.db, m.groups)[2].text == "Ingen borgere efterlades")
    first.inputs.setFocus()
    qtbot.waitUntil(first.inputs.hasFocus)
    first.inputs.setCurrentRow(1)
    qtbot.keyClick(first.inputs, Qt.Key.Key_Delete)
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == [
        "Borgeren i centrum", "Ingen borgere efterlades", "Data deles sikkert"]

    # Undo: delete, edit, members, rename and the last input, in that order; redo all.
    stack = ctx.undo_stack
    stack.undo()
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)][1] == "Digitalt som det naturlige valg"
    stack.undo()
    assert capture.list_inputs(ctx.db, m.groups)[2].text == "Ingen efterlades"
    stack.undo()
    assert capture.group_members(ctx.db, m.groups).get(groups[0].id, []) == []
    stack.undo()
    assert capture.list_groups(ctx.db, m.groups)[0].name == "Gruppe 1"
    stack.undo()
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)][-1] == "Ingen efterlades"
    for _ in range(5):
        stack.redo()
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == [
        "Borgeren i centrum", "Ingen borgere efterlades", "Data deles sikkert"]
    assert capture.list_groups(ctx.db, m.groups)[0].name == "Gruppe Nord"
    assert [first.inputs.item(i).text() for i in range(first.inputs.count())] == [
        "Borgeren i centrum", "Ingen borgere efterlades"]
    assert not panel.errors  # type: ignore[attr-defined]


def _drop(viewport: object, pos: QPoint, data: QMimeData) -> None:
    """Drag ``data`` in over ``pos`` and drop it: enter, move, drop, as a real drag sends them."""
    args = (Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    # Qt's own signatures: enter and move take a QPoint, drop a QPointF (PySide6 6.11 has no overloads).
    for event in (QDragEnterEvent(pos, *args), QDragMoveEvent(pos, *args), QDropEvent(QPointF(pos), *args)):
        QApplication.sendEvent(viewport, event)  # type: ignore[arg-type]


def test_candidates_from_inputs_votes_status_drop_merge(setup: tuple[AppContext, CapturePanel, Meeting],
                                                        qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    texts = ["Borgeren i centrum", "Borgeren først", "Digitalt som det naturlige valg", "Data deles"]
    for t in texts:
        capture.add_input(ctx.db, g, t)  # type: ignore[arg-type]
    _go_to(qtbot, panel, m.groups)
    column = panel.groups.columns[g]  # type: ignore[index]
    cands = panel.groups.candidates
    ids = [i.id for i in capture.list_inputs(ctx.db, m.groups)]

    # Select two inputs with the mouse (click, ctrl+click) and make a pejlemærke of them.
    for row, mod in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier)):
        rect = column.inputs.visualItemRect(column.inputs.item(row))
        qtbot.mouseClick(column.inputs.viewport(), Qt.MouseButton.LeftButton, mod, rect.center())
    assert column.selected_ids() == ids[:2]
    qtbot.mouseClick(cands.new_button, Qt.MouseButton.LeftButton)
    first = candidates.list_candidates(ctx.db, m.groups)
    assert [c.title for c in first] == ["Borgeren i centrum"]  # titled after the first input
    assert [i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)][:2] == [first[0].id] * 2

    # A titled one from the third input, typed and Enter.
    rect = column.inputs.visualItemRect(column.inputs.item(2))
    qtbot.mouseClick(column.inputs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _type_enter(qtbot, cands.new_title, "Digital først")
    c1, c2 = (c.id for c in candidates.list_candidates(ctx.db, m.groups))
    assert capture.list_inputs(ctx.db, m.groups)[2].candidate_id == c2

    # Drag the fourth input onto the first candidate.
    tree = cands.tree
    target = tree.visualItemRect(cands.row(c1)).center()  # type: ignore[arg-type]
    _drop(tree.viewport(), target, input_mime(g, [ids[3]]))  # type: ignore[arg-type]
    assert capture.list_inputs(ctx.db, m.groups)[3].candidate_id == c1

    # Votes by the spin box (keyboard), status by the combo.
    spin = cands.spin(c1)  # type: ignore[arg-type]
    spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert candidates.list_candidates(ctx.db, m.groups)[0].votes == 3
    combo = cands.combo(c1)  # type: ignore[arg-type]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("chosen"))
    combo.activated.emit(combo.currentIndex())
    assert candidates.list_candidates(ctx.db, m.groups)[0].status == "chosen"

    # Merge: select both candidates (the first is kept), click merge.
    cands.row(c1).setSelected(True)  # type: ignore[arg-type]
    cands.row(c2).setSelected(True)  # type: ignore[arg-type]
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
    stack.undo()  # three votes are one step
    assert candidates.list_candidates(ctx.db, m.groups)[0].votes == 0
    stack.undo()  # drop
    assert capture.list_inputs(ctx.db, m.groups)[3].candidate_id is None
    stack.undo()  # Digital først
    assert [c.id for c in candidates.list_candidates(ctx.db, m.groups)] == [c1]
    assert capture.list_inputs(ctx.db, m.groups)[2].candidate_id is None
    for _ in range(5):
        stack.redo()
    assert [(c.id, c.votes, c.status) for c in candidates.list_candidates(ctx.db, m.groups)] == [
        (c1, 3, "chosen")]
    assert {i.candidate_id for i in capture.list_inputs(ctx.db, m.groups)} == {c1}
    assert cands.tree.topLevelItemCount() == 1 and cands.row(c1).childCount() == 4  # type: ignore[arg-type]
    assert not panel.errors  # type: ignore[attr-defined]


def test_working_group_with_dates(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.working)
    view = panel.working_groups
    assert view.meets_on.edit.calendarPopup()
    _type_enter(qtbot, view.new_name, "Pejlemærker")
    rows = working_groups.list_working_groups(ctx.db, m.working)
    assert [w.name for w in rows] == ["Pejlemærker"]
    wg = rows[0].id
    assert view.mandate.hasFocus()
    qtbot.keyClicks(view.mandate, "Forslag til 3-5 pejlemærker")
    view.members.setFocus()
    for row in (1, 3):
        view.members.setCurrentRow(row)
        qtbot.keyClick(view.members, Qt.Key.Key_Space)
    assert working_groups.list_working_groups(ctx.db, m.working)[0].mandate == "Forslag til 3-5 pejlemærker"
    assert sorted(working_groups.working_group_members(ctx.db, wg)) == [m.members[1], m.members[3]]  # type: ignore[arg-type]

    # The date picked in the calendar popup, the other typed.
    view.meets_on.edit.setFocus()
    calendar = view.meets_on.edit.calendarWidget()
    calendar.setSelectedDate(QDate(2017, 12, 4))
    calendar.clicked.emit(QDate(2017, 12, 4))
    view.reports_to.edit.setDate(QDate(2018, 1, 31))
    saved = working_groups.list_working_groups(ctx.db, m.working)[0]
    assert (saved.meets_on, saved.reports_to) == (date(2017, 12, 4), date(2018, 1, 31))
    assert view.reports_to.edit.text() == "31. januar 2018"

    stack = ctx.undo_stack
    stack.undo()
    assert working_groups.list_working_groups(ctx.db, m.working)[0].reports_to is None
    assert view.reports_to.value() is None
    stack.undo()
    assert working_groups.list_working_groups(ctx.db, m.working)[0].meets_on is None
    stack.undo()
    stack.undo()
    assert working_groups.working_group_members(ctx.db, wg) == []  # type: ignore[arg-type]
    stack.undo()
    assert working_groups.list_working_groups(ctx.db, m.working)[0].mandate == ""
    stack.undo()
    assert working_groups.list_working_groups(ctx.db, m.working) == []
    assert view.list.count() == 0
    for _ in range(6):
        stack.redo()
    saved = working_groups.list_working_groups(ctx.db, m.working)[0]
    assert saved.id == wg and saved.mandate == "Forslag til 3-5 pejlemærker"
    assert (saved.meets_on, saved.reports_to) == (date(2017, 12, 4), date(2018, 1, 31))
    assert sorted(working_groups.working_group_members(ctx.db, wg)) == [m.members[1], m.members[3]]  # type: ignore[arg-type]

    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert working_groups.list_working_groups(ctx.db, m.working) == []
    stack.undo()
    assert working_groups.working_group_members(ctx.db, wg) != []  # type: ignore[arg-type]
    assert not panel.errors  # type: ignore[attr-defined]


def test_decision_and_remarks(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.welcome)
    view = panel.decision
    view.decision.setFocus()
    qtbot.keyClicks(view.decision, "Godkendt.")
    qtbot.waitUntil(lambda: agenda.get_item(ctx.db, m.welcome).decision == "Godkendt.", timeout=3000)
    qtbot.keyClicks(view.decision, " Formanden bød velkommen.")
    _go_to(qtbot, panel, m.question)  # leaving the item saves at once
    assert agenda.get_item(ctx.db, m.welcome).decision == "Godkendt. Formanden bød velkommen."
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
    attendance.set_attendance(ctx.db, m.id, m.members[4], "present")  # type: ignore[arg-type]
    ctx.broadcast(attendance.set_attendance(ctx.db, m.id, m.members[4], "present"))  # type: ignore[arg-type]
    assert [r.member.name for r in panel.answers.rows][-1] == "Poul V. Jensen"
    assert capture.list_answers(ctx.db, m.question)[0].text == "Halvt skrevet"
    assert panel.answers.rows[0].edit.text() == "Halvt skrevet"


def test_sent_referat_locks_the_capture(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    from workshop.services import referat as referat_service

    ctx, panel, m = setup
    group = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    _go_to(qtbot, panel, m.groups)
    assert not panel.locked.isVisible() and panel.stack.isEnabled()
    ctx.broadcast(referat_service.send_for_approval(ctx.db, m.id))  # type: ignore[arg-type]
    assert panel.locked.isVisible() and "sendt til godkendelse" in panel.locked.text()
    assert not panel.stack.isEnabled() and not panel.decision.isEnabled()
    # The service refuses anyway (the panel just does not invite the attempt): nothing is written.
    assert panel.groups.edits.add_input(group, "For sent") is None  # type: ignore[arg-type]
    assert "sendt til godkendelse" in panel.errors[-1]  # type: ignore[attr-defined]
    assert capture.list_inputs(ctx.db, m.groups) == []


def test_votes_placed_per_member_make_the_total_read_only(setup: tuple[AppContext, CapturePanel, Meeting],
                                                          qtbot: QtBot) -> None:
    from workshop.services import voting

    ctx, panel, m = setup
    c = candidates.add_candidate(ctx.db, m.groups, title="Borgeren først").id
    _go_to(qtbot, panel, m.groups)
    spin = panel.groups.candidates.spin(c)  # type: ignore[arg-type]
    assert not spin.isReadOnly()
    ctx.broadcast(voting.set_member_votes(ctx.db, c, m.members[0], 2))  # type: ignore[arg-type]
    spin = panel.groups.candidates.spin(c)  # type: ignore[arg-type]
    assert spin.isReadOnly() and spin.value() == 2
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert candidates.list_candidates(ctx.db, m.groups)[0].votes == 2  # the sum of the members' dots


def test_delete_group_candidate_and_move_inputs_undo_exactly(setup: tuple[AppContext, CapturePanel, Meeting],
                                                            qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g1 = capture.add_group(ctx.db, m.groups, name="Gruppe 1", member_ids=m.members[:2]).id
    g2 = capture.add_group(ctx.db, m.groups, name="Gruppe 2").id
    i1 = capture.add_input(ctx.db, g1, "Borgeren i centrum").id  # type: ignore[arg-type]
    i2 = capture.add_input(ctx.db, g1, "Data deles").id  # type: ignore[arg-type]
    c = candidates.add_candidate(ctx.db, m.groups, title="Borgeren først", input_ids=[i1]).id  # type: ignore[list-item]
    candidates.update_candidate(ctx.db, c, votes=4, status="shortlisted")  # type: ignore[arg-type]
    _go_to(qtbot, panel, m.groups)
    view = panel.groups
    before = [(i.id, i.group_id, i.position, i.candidate_id) for i in capture.list_inputs(ctx.db, m.groups)]

    # Drag "Data deles" from group 1 into group 2's list.
    target = view.columns[g2].inputs  # type: ignore[index]
    _drop(target.viewport(), QPoint(20, 20), input_mime(g1, [i2]))  # type: ignore[arg-type]
    assert [i.group_id for i in capture.list_inputs(ctx.db, m.groups) if i.id == i2] == [g2]
    assert target.count() == 1

    # Delete the candidate (Delete key in the tree), then group 1 (its ✕ button).
    tree = view.candidates.tree
    tree.setFocus()
    tree.setCurrentItem(view.candidates.row(c))  # type: ignore[arg-type]
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert candidates.list_candidates(ctx.db, m.groups) == []
    column = view.columns[g1]  # type: ignore[index]
    remove = next(b for b in column.findChildren(QToolButton) if b.text() == "✕")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g2]
    assert g1 not in view.columns

    stack = ctx.undo_stack
    stack.undo()  # the group comes back with its id, members and input
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g1, g2]
    assert capture.group_members(ctx.db, m.groups)[g1] == m.members[:2]  # type: ignore[index]
    assert view.columns[g1].inputs.count() == 1  # type: ignore[index]
    stack.undo()  # the candidate, with its votes, status and input
    [cand] = candidates.list_candidates(ctx.db, m.groups)
    assert (cand.id, cand.votes, cand.status) == (c, 4, "shortlisted")
    stack.undo()  # the move
    assert [(i.id, i.group_id, i.position, i.candidate_id)
            for i in capture.list_inputs(ctx.db, m.groups)] == before
    for _ in range(3):
        stack.redo()
    assert [g.id for g in capture.list_groups(ctx.db, m.groups)] == [g2]
    assert candidates.list_candidates(ctx.db, m.groups) == []
    assert [(i.id, i.group_id) for i in capture.list_inputs(ctx.db, m.groups)] == [(i2, g2)]
    assert not panel.errors  # type: ignore[attr-defined]


def test_text_typed_without_enter_is_kept_when_leaving_the_item(
        setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    g = capture.add_group(ctx.db, m.groups, name="Gruppe 1").id
    _go_to(qtbot, panel, m.groups)
    entry = panel.groups.columns[g].entry  # type: ignore[index]
    entry.setFocus()
    qtbot.keyClicks(entry, "Halvt input")
    panel.decision.remark_text.setFocus()
    qtbot.keyClicks(panel.decision.remark_text, "Halv tilfoersel")
    qtbot.keyClick(panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in capture.list_inputs(ctx.db, m.groups)] == ["Halvt input"]
    assert [r.text for r in capture.list_remarks(ctx.db, m.groups)] == ["Halv tilfoersel"]
    assert panel.decision.remark_text.text() == ""  # not carried over to the next item
