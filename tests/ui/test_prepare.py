"""Preparing a meeting in the real window: committee and members, agenda from templates, attendance;
and undo/redo of each kind of edit."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog, QLineEdit

from tests.ui.shell import Dialogs, open_window
from workshop.db import Database
from workshop.services import agenda, attendance, committees, meetings

from ui import autosave
from ui.main_window import MainWindow
from ui.models.agenda_model import MIME
from ui.panels.agenda import AgendaPanel
from ui.panels.attendance import AttendancePanel
from ui.panels.committee import CommitteePanel
from ui.panels.navigator import MeetingDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
MEMBERS = [("Mikael Fenger", "formand"), ("Anne Hjorth", "medlem"), ("Brian Mühdorff", "medlem"),
           ("Karina Holmegaard", "næstformand"), ("Poul V. Jensen", "medlem")]


@pytest.fixture
def window(db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
           fresh_settings: None) -> MainWindow:
    dialogs = Dialogs(monkeypatch)
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    w = open_window(db, qtbot)
    w.dialogs = dialogs  # type: ignore[attr-defined]
    return w


def type_text(qtbot: QtBot, widget: Any, text: str) -> None:
    """Type like a keyboard; QTest only knows ASCII, so other letters go as key events with text."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def panels(window: MainWindow) -> tuple[CommitteePanel, AgendaPanel, AttendancePanel]:
    return window.panels["committee"], window.panels["agenda"], window.panels["attendance"]  # type: ignore[return-value]


def create_committee(window: MainWindow, qtbot: QtBot, name: str = "Opgaveudvalg for digitalisering") -> int:
    window.dialogs.text = (name, True)  # type: ignore[attr-defined]
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N, CTRL | SHIFT)
    assert window.ctx.committee_id is not None
    return window.ctx.committee_id


def add_member_by_keyboard(window: MainWindow, qtbot: QtBot, name: str, role: str) -> None:
    committee, _a, _t = panels(window)
    window.show_panel("committee")
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | SHIFT)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor  # the new member's name cell is open for typing
    assert editor.parent() is not None and editor.parent().parent() is committee.members_view, editor.objectName()
    editor.selectAll()
    type_text(qtbot, editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: committee.members_view.state() != QAbstractItemView.State.EditingState)
    view = committee.members_view
    row = committee.members.row_of(next(m.id for m in committee.members.rows if m.name == name))
    view.setCurrentIndex(committee.members.index(row, 1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(role))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_prepare_a_meeting_end_to_end(window: MainWindow, db: Database, qtbot: QtBot) -> None:
    cid = create_committee(window, qtbot)
    for name, role in MEMBERS:
        add_member_by_keyboard(window, qtbot, name, role)
    assert [(m.name, m.role) for m in committees.list_members(db, cid)] == MEMBERS

    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N, CTRL)  # Nyt møde (dialog accepted as filled in)
    [meeting] = meetings.list_meetings(db, cid)
    assert window.ctx.meeting_id == meeting.id
    _c, agenda_panel, attendance_panel = panels(window)
    window.show_panel("agenda")
    assert window.tabs.currentWidget() is agenda_panel
    for kind in ("welcome", "question_round", "group_work", "working_groups", "closing"):
        qtbot.keyClick(agenda_panel.list, Qt.Key.Key_T, CTRL)  # opens the template menu
        menu = agenda_panel.template_menu
        qtbot.waitUntil(menu.isVisible)
        action = next(a for a in menu.actions() if a.text() == {
            "welcome": "Velkomst", "question_round": "Spørgerunde", "group_work": "Gruppearbejde",
            "working_groups": "Nedsættelse af arbejdsgrupper", "closing": "Afrunding"}[kind])
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda m=menu: not m.isVisible())
    items = agenda.list_items(db, meeting.id)  # type: ignore[arg-type]
    assert [i.kind for i in items] == ["welcome", "question_round", "group_work", "working_groups", "closing"]
    assert [i.planned_minutes for i in items] == [10, 30, 60, 20, 10]
    assert items[2].discussion_questions and items[2].perspectives
    assert items[1].question
    # the schedule follows the start time and the time boxes
    start = meeting.starts_at
    rows = agenda.schedule(db, meeting.id)  # type: ignore[arg-type]
    assert [(r.planned_start - start).seconds // 60 for r in rows] == [0, 10, 40, 100, 120]
    assert f"slut ca. {start.replace(hour=start.hour + 2, minute=10):%H:%M}" in agenda_panel.schedule_label.text()
    assert agenda_panel.model.data(agenda_panel.model.index(1)).startswith(f"{start.replace(minute=10):%H:%M}")

    window.show_panel("attendance")
    view = attendance_panel.view
    view.setFocus()
    for row, key in enumerate([Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_F, Qt.Key.Key_A, Qt.Key.Key_P]):
        view.setCurrentIndex(attendance_panel.model.index(row, 0))
        qtbot.keyClick(view, key)
    assert attendance.counts(db, meeting.id) == {"present": 3, "absent": 1, "excused": 1}  # type: ignore[arg-type]
    assert attendance_panel.counts.text() == "3 til stede · 1 fraværende · 1 afbud"
    # Poul V. Jensen is inhabil during item 2: click the grid cell twice (fraværende, inhabil); Karina
    # Holmegaard has afbud, so her row shows it and takes no clicks
    grid = attendance_panel.items_view
    assert attendance_panel.items_model.data(attendance_panel.items_model.index(3, 1)) == "afbud"
    for cell in [attendance_panel.items_model.index(3, 1)] + [attendance_panel.items_model.index(4, 1)] * 2:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
    poul = committees.list_members(db, cid)[4].id
    assert [(a.member_id, a.item_id, a.kind) for a in agenda.list_item_absences(db, meeting.id)] == [  # type: ignore[arg-type]
        (poul, items[1].id, "conflict")]


@pytest.fixture
def planned(window: MainWindow, db: Database, qtbot: QtBot) -> dict[str, Any]:
    cid = committees.create_committee(db, name="Udvalg").id
    members = [committees.add_member(db, cid, name=n, role=r).id for n, r in MEMBERS[:3]]  # type: ignore[arg-type]
    mid = meetings.create_meeting(db, cid, title="1. møde", number=1,  # type: ignore[arg-type]
                                  starts_at=__import__("datetime").datetime(2024, 3, 1, 17)).id
    item_ids = [agenda.add_item(db, mid, title=t, planned_minutes=10).id  # type: ignore[arg-type]
                for t in ("Velkomst", "Sag", "Afrunding")]
    window.navigator.reload()
    window.navigator.select_meeting(mid, cid)  # type: ignore[arg-type]
    return {"committee": cid, "members": members, "meeting": mid, "items": item_ids}


def undo(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, CTRL)


def redo(window: MainWindow, qtbot: QtBot) -> None:
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, CTRL | SHIFT)


def test_undo_redo_member_edit_and_add_remove(window: MainWindow, db: Database, qtbot: QtBot,
                                              planned: dict[str, Any]) -> None:
    committee, _a, _t = panels(window)
    window.show_panel("committee")
    view = committee.members_view
    view.setCurrentIndex(committee.members.index(1, 3))  # Anne Hjorth's party
    view.setFocus()
    qtbot.keyClicks(view, "B")  # any key opens the editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    anne = planned["members"][1]
    party = lambda: next(m.party for m in committees.list_members(db, planned["committee"]) if m.id == anne)  # noqa: E731
    assert party() == "B"
    undo(window, qtbot)
    assert party() == ""
    redo(window, qtbot)
    assert party() == "B"

    view.setCurrentIndex(committee.members.index(2, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Fjern medlem (asks once: no captured content)
    assert len(committees.list_members(db, planned["committee"])) == 2
    undo(window, qtbot)
    assert [m.id for m in committees.list_members(db, planned["committee"])] == planned["members"]


def test_undo_redo_item_add_move_delete(window: MainWindow, db: Database, qtbot: QtBot,
                                        planned: dict[str, Any]) -> None:
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    mid = planned["meeting"]
    titles = lambda: [i.title for i in agenda.list_items(db, mid)]  # noqa: E731
    panel.list.setCurrentIndex(panel.model.index(0))
    new_id = panel.add_item("approval")
    assert titles() == ["Velkomst", "Godkendelse af referat", "Sag", "Afrunding"]
    undo(window, qtbot)
    assert titles() == ["Velkomst", "Sag", "Afrunding"]
    redo(window, qtbot)
    assert titles()[1] == "Godkendelse af referat"
    assert agenda.list_items(db, mid)[1].id == new_id  # redo restored the same row

    # Alt+Down moves the selected item
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, ALT)
    assert titles() == ["Godkendelse af referat", "Velkomst", "Sag", "Afrunding"]
    assert panel.list.currentIndex().row() == 1
    undo(window, qtbot)
    assert titles() == ["Velkomst", "Godkendelse af referat", "Sag", "Afrunding"]

    # a drop from the list's drag moves too
    data = QMimeData()
    data.setData(MIME, str(planned["items"][2]).encode())  # Afrunding to the top
    panel.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, panel.model.index(-1))
    assert titles() == ["Afrunding", "Velkomst", "Godkendelse af referat", "Sag"]
    undo(window, qtbot)
    assert titles() == ["Velkomst", "Godkendelse af referat", "Sag", "Afrunding"]

    # delete the "Sag" item with Del in the list; undo puts it back in its place
    panel.list.setCurrentIndex(panel.model.index(2))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert titles() == ["Velkomst", "Godkendelse af referat", "Afrunding"]
    undo(window, qtbot)
    assert titles() == ["Velkomst", "Godkendelse af referat", "Sag", "Afrunding"]
    assert agenda.list_items(db, mid)[2].id == planned["items"][1]


def test_text_field_saves_itself_and_is_one_undo_step(window: MainWindow, db: Database, qtbot: QtBot,
                                                      planned: dict[str, Any]) -> None:
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    panel.list.setCurrentIndex(panel.model.index(1))
    item_id = planned["items"][1]
    summary = panel.edits["summary"]
    summary.setFocus()
    type_text(qtbot, summary, "Udvalget drøfter ")
    qtbot.wait(autosave.DEBOUNCE_MS + 300)
    type_text(qtbot, summary, "pejlemærker.")
    qtbot.waitUntil(lambda: agenda.get_item(db, item_id).summary == "Udvalget drøfter pejlemærker.",
                    timeout=2000)
    recommendations = panel.edits["recommendations"]
    recommendations.setFocus()  # focus-out saves at once, no need to wait
    type_text(qtbot, recommendations, "at sagen drøftes")
    qtbot.keyClick(recommendations, Qt.Key.Key_Return)
    type_text(qtbot, recommendations, "at der nedsættes en arbejdsgruppe")
    panel.list.setFocus()
    assert agenda.get_item(db, item_id).recommendations == ["at sagen drøftes",
                                                          "at der nedsættes en arbejdsgruppe"]
    undo(window, qtbot)
    assert agenda.get_item(db, item_id).recommendations == []
    undo(window, qtbot)  # both pauses of typing in Resumé were one step
    assert agenda.get_item(db, item_id).summary == ""
    assert summary.toPlainText() == ""
    redo(window, qtbot)
    assert summary.toPlainText() == "Udvalget drøfter pejlemærker."


def test_item_kind_time_box_and_closed_are_undoable(window: MainWindow, db: Database, qtbot: QtBot,
                                                    planned: dict[str, Any]) -> None:
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    panel.list.setCurrentIndex(panel.model.index(1))
    item_id = planned["items"][1]
    panel.kind_combo.setFocus()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("question_round"))
    panel.kind_combo.activated.emit(panel.kind_combo.currentIndex())
    assert agenda.get_item(db, item_id).kind == "question_round"
    assert not panel.sections.isRowVisible(panel.edits["perspectives"])
    assert panel.sections.isRowVisible(panel.edits["question"])
    qtbot.mouseClick(panel.closed_check, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, panel.closed_check.height() // 2))
    assert agenda.get_item(db, item_id).open is False
    panel.minutes.setFocus()
    panel.minutes.selectAll()
    qtbot.keyClicks(panel.minutes, "45")
    assert agenda.get_item(db, item_id).planned_minutes == 45
    assert "17:55" in panel.model.data(panel.model.index(2))  # the next item starts later
    undo(window, qtbot)
    assert agenda.get_item(db, item_id).planned_minutes == 10  # "4", "45" were one step
    undo(window, qtbot)
    assert agenda.get_item(db, item_id).open is True
    undo(window, qtbot)
    assert agenda.get_item(db, item_id).kind == "case"


def test_attendance_edits_undo_redo(window: MainWindow, db: Database, qtbot: QtBot,
                                    planned: dict[str, Any]) -> None:
    _c, _a, panel = panels(window)
    window.show_panel("attendance")
    mid, anne = planned["meeting"], planned["members"][1]
    status = lambda: {a.member_id: a.status for a in attendance.list_attendance(db, mid)}  # noqa: E731
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_A)
    assert status() == {anne: "excused"}
    qtbot.keyClick(panel.view, Qt.Key.Key_P)
    assert status() == {anne: "present"}
    # a click on the "Fraværende" check box
    cell = panel.model.index(1, 2)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(cell).center())
    assert status() == {anne: "absent"}
    undo(window, qtbot)
    assert status() == {anne: "present"}
    undo(window, qtbot)
    assert status() == {anne: "excused"}
    undo(window, qtbot)
    assert status() == {}
    assert "1 ikke registreret" not in panel.counts.text() and "3 ikke registreret" in panel.counts.text()
    redo(window, qtbot)
    assert status() == {anne: "excused"}
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL | SHIFT)  # the rest present, one step
    assert sorted(status().values()) == ["excused", "present", "present"]
    undo(window, qtbot)
    assert status() == {anne: "excused"}


def test_bilag_with_anbefalet_and_start_time_are_undoable(window: MainWindow, db: Database, qtbot: QtBot,
                                                         planned: dict[str, Any]) -> None:
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    panel.list.setCurrentIndex(panel.model.index(1))
    item_id = planned["items"][1]
    bilag = lambda: [(a.title, a.recommended) for a in agenda.list_attachments(db, item_id)]  # noqa: E731
    editor = panel.attachments
    editor.add()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    field = QApplication.focusWidget()
    field.selectAll()
    qtbot.keyClicks(field, "Procesplan")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bilag() == [("Procesplan", False)])
    check = editor.table.item(0, 1)
    check.setCheckState(Qt.CheckState.Checked)  # ANBEFALET
    assert bilag() == [("Procesplan", True)]
    undo(window, qtbot)
    assert bilag() == [("Procesplan", False)]
    undo(window, qtbot)
    undo(window, qtbot)
    assert bilag() == []
    assert editor.table.rowCount() == 0

    # moving the start moves the whole schedule
    panel.starts.setFocus()
    panel.starts.setDateTime(panel.starts.dateTime().addSecs(30 * 60))
    panel.starts.editingFinished.emit()
    window.navigator.view.setFocus()
    assert meetings.get_meeting(db, planned["meeting"]).starts_at.strftime("%H:%M") == "17:30"
    assert panel.model.data(panel.model.index(2)).startswith("17:50")
    undo(window, qtbot)
    assert panel.model.data(panel.model.index(2)).startswith("17:20")


def test_closing_the_window_saves_a_field_still_waiting_for_its_timer(
        window: MainWindow, db: Database, qtbot: QtBot, planned: dict[str, Any]) -> None:
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    panel.list.setCurrentIndex(panel.model.index(0))
    background = panel.edits["background"]
    background.setFocus()
    qtbot.keyClicks(background, "Sidste ord")
    assert autosave.pending_count() >= 1
    window.close()
    assert agenda.get_item(db, planned["items"][0]).background == "Sidste ord"


def test_enter_on_a_meeting_opens_its_agenda_and_the_purpose_saves_itself(
        window: MainWindow, db: Database, qtbot: QtBot, planned: dict[str, Any]) -> None:
    window.show_panel("committee")
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Return)
    _c, panel, _t = panels(window)
    assert window.tabs.currentWidget() is panel
    panel.purpose.setFocus()
    type_text(qtbot, panel.purpose, "Drøfte pejlemærker")
    qtbot.waitUntil(lambda: meetings.get_meeting(db, planned["meeting"]).purpose == "Drøfte pejlemærker",
                    timeout=2000)


def test_an_eventuelt_item_from_its_template(window: MainWindow, db: Database, qtbot: QtBot,
                                             planned: dict[str, Any]) -> None:
    """Issue 12: Eventuelt is one of the agenda's templates, put after the selected item."""
    _c, panel, _t = panels(window)
    window.show_panel("agenda")
    panel.list.setCurrentIndex(panel.model.index(1))  # after "Sag"
    next(a for a in panel.template_menu.actions() if a.text() == "Eventuelt").trigger()
    items = agenda.list_items(db, planned["meeting"])
    assert [i.title for i in items] == ["Velkomst", "Sag", "Eventuelt", "Afrunding"]
    assert (items[2].kind, items[2].planned_minutes) == ("announcements", 5)
    assert "under eventuelt" in items[2].summary
    assert panel.add_item("announcements") is not None  # by kind: still the kind's own template
    assert agenda.list_items(db, planned["meeting"])[3].title == "Meddelelser"


def test_enter_adds_the_next_member_and_deleting_several_asks_once(
        window: MainWindow, db: Database, qtbot: QtBot, planned: dict[str, Any]) -> None:
    """Issue 12: Enter in the member table walks down the rows and on the last row adds the next
    member with the cursor in its name; deleting several members asks one question and is one undo."""
    committee, _a, _t = panels(window)
    window.show_panel("committee")
    view = committee.members_view
    cid = planned["committee"]
    view.setCurrentIndex(committee.members.index(1, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # not the last row: the next one
    assert view.currentIndex().row() == 2 and len(committees.list_members(db, cid)) == 3
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the last row: a new member, its name open for typing
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex().row() == 3 and view.currentIndex().column() == 0
    editor.selectAll()
    type_text(qtbot, editor, "Karina Holmegaard")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saves the name
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert [m.name for m in committees.list_members(db, cid)][-1] == "Karina Holmegaard"
    assert len(committees.list_members(db, cid)) == 4  # the name's Enter saved it, nothing more

    # Two members, one of them with attendance (captured content): one question names both and the content.
    attendance.set_attendance(db, planned["meeting"], planned["members"][1], "present")
    before = [m.id for m in committees.list_members(db, cid)]
    view.setFocus()
    view.selectionModel().clearSelection()
    view.setCurrentIndex(committee.members.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)  # Anne and Brian
    asked = len(window.dialogs.questions)  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    questions = window.dialogs.questions[asked:]  # type: ignore[attr-defined]
    assert len(questions) == 1 and not window.dialogs.warnings  # type: ignore[attr-defined]
    assert '"Anne Hjorth", "Brian Mühdorff"' in questions[0] and "1 registreringer" in questions[0]
    assert [m.name for m in committees.list_members(db, cid)] == ["Mikael Fenger", "Karina Holmegaard"]
    undo(window, qtbot)  # one step puts both back
    assert [m.id for m in committees.list_members(db, cid)] == before
    assert attendance.list_attendance(db, planned["meeting"])[0].member_id == planned["members"][1]


def test_a_refused_edit_is_said_in_danish_next_to_the_field_and_goes_when_fixed(
        window: MainWindow, db: Database, qtbot: QtBot, planned: dict[str, Any]) -> None:
    """Issue 12: "name: må ikke være tom" became "Navnet må ikke være tomt", shown under the cell or
    field that caused it (not only in the status bar) and gone once a good value is saved."""
    from ui.field_errors import error_at

    committee, _a, _t = panels(window)
    window.show_panel("committee")
    view = committee.members_view
    view.setCurrentIndex(committee.members.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert error_at(view.viewport()) == "Navnet må ikke være tomt"
    assert committees.list_members(db, planned["committee"])[0].name == "Mikael Fenger"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Mikael F. Fenger")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert error_at(view.viewport()) == ""
    assert committees.list_members(db, planned["committee"])[0].name == "Mikael F. Fenger"

    name = committee.name_edit  # a field that saves itself: the message stands under it
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # leaving the field saves it
    assert error_at(name) == "Navnet må ikke være tomt"
    name.setFocus()
    type_text(qtbot, name, "Udvalg for trafik")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert error_at(name) == "" and committees.get_committee(db, planned["committee"]).name == "Udvalg for trafik"
