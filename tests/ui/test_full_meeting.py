"""A whole meeting through the real main window, from the keyboard where a secretary would use it:
committee and members, a meeting with five items, attendance, a question round, group inputs and a
pejlemærke, a working group, the referat approved by everyone present and exported as a PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from tests.ui.shell import shown_window
from workshop.db import Database
from workshop.referat.danish import long_date
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, working_groups
from workshop.services import referat as referat_service

from ui.main_window import MainWindow
from ui.panels.agenda import AgendaPanel
from ui.panels.attendance import AttendancePanel
from ui.panels.capture import CapturePanel
from ui.panels.committee import CommitteePanel
from ui.panels.navigator import MeetingDialog
from ui.panels.referat import ReferatPanel
from ui.panels.referat_dialogs import ApprovalDialog

MEMBERS = ["Mikael Fenger", "Anne Hjorth", "Brian Mühdorff", "Karina Holmegaard"]
KINDS = ["welcome", "question_round", "group_work", "working_groups", "closing"]


def _panel(window: MainWindow, cls: type) -> Any:
    key = next(k for k, p in window.panels.items() if isinstance(p, cls))
    window.show_panel(key)
    return window.panels[key]


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for ``text``; QTest cannot map some letters (ü) to keys, so those carry only text."""
    for ch in text:
        if ord(ch) < 0xE0 or ch in "æøå":
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_into_editor(qtbot: QtBot, text: str) -> None:
    """Type into the cell editor an item view just opened, and commit it with Enter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    _type(qtbot, editor, text)  # type: ignore[arg-type]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[arg-type]


def _enter(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.setFocus()
    _type(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def window(db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = shown_window(db, qtbot)
    errors: list[str] = []
    assert window.ctx is not None
    window.ctx.error.connect(errors.append)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: errors.append(text)))
    window.errors = errors  # type: ignore[attr-defined]
    return window


def test_full_meeting(window: MainWindow, db: Database, qtbot: QtBot, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = window.ctx
    assert ctx is not None

    # A committee (Ctrl+Shift+N in the navigator) with four members typed into the members table.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *_a, **_k: ("Opgaveudvalg for digitalisering og teknologi", True)))
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [committee] = committees.list_committees(db)
    committee_panel = _panel(window, CommitteePanel)
    for name in MEMBERS:
        committee_panel.add_member_action.trigger()
        _type_into_editor(qtbot, name)
        qtbot.waitUntil(lambda n=name: n in [m.name for m in committees.list_members(db, committee.id)])
    members = committees.list_members(db, committee.id)  # type: ignore[arg-type]
    assert [m.name for m in members] == MEMBERS

    # A meeting (Ctrl+N) with five items from the agenda's templates.
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [meeting] = meetings.list_meetings(db, committee.id)
    assert ctx.meeting_id == meeting.id
    agenda_panel = _panel(window, AgendaPanel)
    labels = {"welcome": "Velkomst", "question_round": "Spørgerunde", "group_work": "Gruppearbejde",
              "working_groups": "Nedsættelse af arbejdsgrupper", "closing": "Afrunding"}
    for kind in KINDS:
        action = next(a for a in agenda_panel.template_menu.actions() if a.text() == labels[kind])
        action.trigger()
    items = agenda.list_items(db, meeting.id)  # type: ignore[arg-type]
    assert [i.kind for i in items] == KINDS

    # Attendance with the P and A keys: three present, one afbud.
    attendance_panel = _panel(window, AttendancePanel)
    view = attendance_panel.view
    view.setFocus()
    for row, key in enumerate([Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_A]):
        view.setCurrentIndex(attendance_panel.model.index(row, 0))
        qtbot.keyClick(view, key)
    present = [m.name for m in attendance.present_members(db, meeting.id)]  # type: ignore[arg-type]
    assert present == MEMBERS[:3]

    # Capture: Ctrl+PgDown starts the meeting, then the question round, Enter moving from member to member.
    capture_panel = _panel(window, CapturePanel)
    assert isinstance(capture_panel, CapturePanel)
    capture_panel.selector.setFocus()
    for _ in range(2):
        qtbot.keyClick(capture_panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert capture_panel.selector.currentData() == items[1].id
    assert meetings.current_step(db, meeting.id) == (items[1].id, "")  # type: ignore[arg-type]
    rows = capture_panel.answers.rows
    rows[0].edit.setFocus()
    for row, answer in zip(rows, ["Kunstig intelligens", "Selvkørende busser", "Velfærdsteknologi"],
                           strict=True):
        assert row.edit.hasFocus()
        qtbot.keyClicks(row.edit, answer)
        qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    assert sorted(a.text for a in capture.list_answers(db, items[1].id)) == [  # type: ignore[arg-type]
        "Kunstig intelligens", "Selvkørende busser", "Velfærdsteknologi"]

    # Group work: a group, three inputs typed with Enter, a pejlemærke from two of them.
    qtbot.keyClick(capture_panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(capture_panel.view.groups.add_button, Qt.MouseButton.LeftButton)
    [group] = capture.list_groups(db, items[2].id)  # type: ignore[arg-type]
    qtbot.keyClick(capture_panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    groups_view = capture_panel.groups
    column = groups_view.columns[group.id]  # type: ignore[index]
    for text in ["Borgeren i centrum", "Digitalt som førstevalg", "Ingen efterlades"]:
        _enter(qtbot, column.entry, text)
    column.inputs.setFocus()
    column.inputs.setCurrentIndex(column.inputs.row_index(0))
    qtbot.keyClick(column.inputs, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(column.selected_ids()) == 2
    _enter(qtbot, groups_view.candidates.new_title, "Borgeren først")
    [candidate] = candidates.list_candidates(db, items[2].id)  # type: ignore[arg-type]
    assert candidate.title == "Borgeren først"

    # Working groups (past the dot-voting step): one with its mandate, two members and both dates.
    for _ in range(2):
        qtbot.keyClick(capture_panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    wg_view = capture_panel.working_groups
    _enter(qtbot, wg_view.new_name, "Arbejdsgruppe for pejlemærker")
    qtbot.keyClicks(wg_view.mandate, "Forslag til 3-5 pejlemærker")
    wg_view.members.setFocus()
    for row in (0, 1):
        wg_view.members.setCurrentRow(row)
        qtbot.keyClick(wg_view.members, Qt.Key.Key_Space)
    first, back = meeting.starts_at.date() + timedelta(days=14), meeting.starts_at.date() + timedelta(days=60)
    _enter(qtbot, wg_view.meets_on.edit, first.strftime("%d-%m-%Y"))
    _enter(qtbot, wg_view.reports_to.edit, back.strftime("%d.%m.%Y"))
    [wg] = working_groups.list_working_groups(db, items[3].id)  # type: ignore[arg-type]
    assert (wg.name, wg.mandate, wg.meets_on, wg.reports_to) == (
        "Arbejdsgruppe for pejlemærker", "Forslag til 3-5 pejlemærker", first, back)
    assert sorted(working_groups.working_group_members(db, wg.id)) == [members[0].id, members[1].id]  # type: ignore[arg-type]

    # A decision for the closing item, typed in the capture panel.
    qtbot.keyClick(capture_panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    capture_panel.decision.decision.setFocus()
    qtbot.keyClicks(capture_panel.decision.decision, "Formanden takkede for et godt møde.")

    # The referat: send, every present member's Godkendt, export.
    referat_panel = _panel(window, ReferatPanel)  # leaving the field saved the decision
    assert agenda.get_item(db, items[4].id).decision == "Formanden takkede for et godt møde."  # type: ignore[arg-type]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(referat_panel.send_button, Qt.MouseButton.LeftButton)
    assert referat_service.referat_state(db, meeting.id)["status"] == "sent"  # type: ignore[arg-type,index]
    qtbot.mouseClick(referat_panel.approve_button, Qt.MouseButton.LeftButton)
    dialog = referat_panel.findChild(ApprovalDialog)
    assert [b.text() for b in dialog.boxes.values()] == MEMBERS[:3]
    for box in dialog.boxes.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog.accept()
    state = referat_service.referat_state(db, meeting.id)  # type: ignore[arg-type]
    assert state is not None and state["status"] == "approved"
    assert [a["member"] for a in state["approvals"]] == MEMBERS[:3]
    assert not ctx.undo_stack.canUndo()  # approval is the point of no return

    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    qtbot.mouseClick(referat_panel.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and not referat_panel.export_job.running, timeout=20000)
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(target)).pages).split())
    for expected in ["Opgaveudvalg for digitalisering og teknologi", "Mikael Fenger", "Karina Holmegaard",
                     "Kunstig intelligens", "Selvkørende busser", "Borgeren først",
                     "Arbejdsgruppe for pejlemærker", "Formanden takkede for et godt møde.", state["sha256"]]:
        assert expected in text, expected
    assert "UDKAST" not in text
    # The room's results print before the decisions, with the numbers the room produced (issue 10 §1).
    for expected in ["Her blev blandt andre nævnt", "I alt 3 input", "Bilag 1",
                     "Borgeren i centrum", "Digitalt som førstevalg", "Ingen efterlades",
                     "Mandat: Forslag til 3-5 pejlemærker",
                     f"Mødes: {long_date(first)}", f"til opgaveudvalgets møde {long_date(back)}"]:
        assert expected in text, expected
    assert not window.errors  # type: ignore[attr-defined]
