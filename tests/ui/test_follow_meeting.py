"""Issue 11: after Ctrl+N (a new meeting) the pejlemærker panel kept the previous meeting's candidates,
and a vote edit there wrote to the previous meeting. Every panel, view and open editor follows the
selected meeting: nothing of the old one is left anywhere in the window or on the projector."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import attendance, candidates, capture, meetings, voting, working_groups

from ui.main_window import MainWindow
from ui.panels.navigator import MeetingDialog

OLD = ["Gammelt pejlemærke", "Gammelt input om borgerne", "Gammelt svar om robotter", "Gammel arbejdsgruppe"]


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps its columnCount private
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterator[str]:
    for r in range(model.rowCount(parent)):
        for c in range(_columns(model, parent)):
            index = model.index(r, c, parent)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
            if c == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)
    for c in range(_columns(model, parent)):
        header = model.headerData(c, Qt.Orientation.Horizontal)
        if header is not None:
            yield str(header)


def shown_texts(top: QWidget, skip: QWidget | None = None) -> list[str]:
    """Every text a widget under ``top`` holds, shown or hidden (a hidden page is shown again later);
    ``skip``'s widgets left out (the navigator lists the whole committee, old meetings included)."""
    texts: list[str] = []
    skipped = set(skip.findChildren(QWidget)) | {skip} if skip is not None else set()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget in skipped:
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(_model_texts(widget.model()))
        texts += [str(getattr(widget, "texts", lambda: [])())]  # painted views (the projector's cards)
    return texts


@pytest.fixture
def window(db: Database, qtbot: QtBot) -> MainWindow:
    window = shown_window(db, qtbot)
    return window


@pytest.mark.parametrize("tab", ["capture", "run", "agenda", "referat"])
def test_a_new_meeting_leaves_nothing_of_the_old_one_in_any_panel(
        window: MainWindow, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: str) -> None:
    w = build(db)
    item = w.items[2]
    g = capture.add_group(db, item, name="Gruppe 1", member_ids=w.member_ids[:3]).id
    i = capture.add_input(db, g, OLD[1]).id  # type: ignore[arg-type]
    c = candidates.add_candidate(db, item, title=OLD[0], input_ids=[i]).id  # type: ignore[list-item]
    capture.set_answer(db, w.items[1], w.member_ids[0], OLD[2])
    working_groups.add_working_group(db, w.items[3], name=OLD[3])
    meetings.set_current_step(db, w.meeting_id, item, "votes")
    assert window.ctx is not None
    on_workshop(window, w)
    window.meeting_actions.show_projector(True)
    for panel_tab in ("capture", "run", tab):  # each built on the old meeting's group work
        window.show_panel(panel_tab)
        QApplication.processEvents()
    projector = window.ctx.projector
    qtbot.addWidget(projector)
    window.activateWindow()  # shortcuts reach only the active window, and the projector took that
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = shown_texts(window) + shown_texts(projector)
    assert all(any(old in t for t in before) for old in OLD[:2])  # the test can see them

    # An open editor on the old meeting: a member's dots being typed in the vote grid.
    capture_panel = window.panels["capture"]
    votes = capture_panel.view.votes  # type: ignore[attr-defined]
    typing = tab == "capture"
    if typing:
        grid = votes.grid
        grid.setFocus()
        grid.setCurrentIndex(votes.cell(c, w.member_ids[0]))  # type: ignore[arg-type]
        qtbot.keyClicks(grid, "2")
        assert isinstance(QApplication.focusWidget(), QLineEdit)

    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    if typing:  # from the menu: the focus stays in the open editor while the meeting changes
        window.navigator.new_meeting_action.trigger()
    else:
        window.navigator.view.setFocus()
        qtbot.keyClick(window.navigator.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = max(m.id for m in meetings.list_meetings(db, w.committee_id))  # type: ignore[type-var]
    assert window.ctx.meeting_id == new
    qtbot.wait(50)  # the event loop runs: widgets of the old meeting are deleted, not only hidden

    after = shown_texts(window, window.navigator) + shown_texts(projector)
    for old in OLD:
        assert not [t for t in after if old in t], old
    # The typing was saved where it was typed, before the switch, and nothing goes there afterwards.
    assert voting.member_votes(db, item) == ({(c, w.member_ids[0]): 2} if typing else {})
    assert attendance.present_members(db, new) == []
    for panel in window.panels.values():
        step = getattr(panel, "step", None)
        if step is not None:
            assert step.meeting_id == new
    referat = window.panels["referat"]
    # the referat renders in a thread: let it finish before the database closes under it
    qtbot.waitUntil(lambda: referat.render_job is None or not referat.render_job.running, timeout=20000)


def test_the_agendas_start_being_typed_stays_with_its_meeting(
        window: MainWindow, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A start typed in the agenda and not yet saved when Ctrl+N makes a new meeting is saved to the
    meeting it was typed for; the field then shows the new meeting's start, and Up moves that one
    (it kept the old start, and an edit based on it went to the new meeting)."""
    from datetime import datetime, timedelta

    from ui.date_field import show_datetime

    w = build(db)
    assert window.ctx is not None
    on_workshop(window, w, "agenda")
    starts = window.panels["agenda"].starts  # type: ignore[attr-defined]
    starts.setFocus()
    qtbot.waitUntil(starts.hasFocus)
    starts.selectAll()
    qtbot.keyClicks(starts, "20.12.2017 18:30")  # no Enter yet
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.navigator.new_meeting_action.trigger()  # from the menu: the focus stays in the field
    new = max(m.id for m in meetings.list_meetings(db, w.committee_id))  # type: ignore[type-var]
    assert window.ctx.meeting_id == new and new != w.meeting_id
    assert meetings.get_meeting(db, w.meeting_id).starts_at == datetime(2017, 12, 20, 18, 30)
    created = meetings.get_meeting(db, new).starts_at
    assert starts.text() == show_datetime(created)
    starts.setFocus()
    qtbot.keyClick(starts, Qt.Key.Key_Up)
    qtbot.keyClick(starts, Qt.Key.Key_Return)
    assert meetings.get_meeting(db, new).starts_at == created + timedelta(days=1)
    assert meetings.get_meeting(db, w.meeting_id).starts_at == datetime(2017, 12, 20, 18, 30)


def test_the_closing_steps_fields_being_typed_stay_with_their_meeting(
        window: MainWindow, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next meeting's date and "hævet kl." typed on the closing step and not yet saved when
    Ctrl+N makes a new meeting: the date is saved to the closing item it was typed for, and neither
    field writes to the new meeting when it is left later."""
    from datetime import date

    w = build(db)
    closing = w.items[4]
    meetings.set_current_step(db, w.meeting_id, closing, "")
    assert window.ctx is not None
    on_workshop(window, w, "capture")
    view = window.panels["capture"].view.closing  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.isVisible())
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    for field, typed in ((view.next_meeting.edit, "17.1.2018"), (view.ended, "21:30")):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        field.selectAll()
        qtbot.keyClicks(field, typed)  # no Enter yet
        window.navigator.new_meeting_action.trigger()  # from the menu: the focus stays in the field
        new = window.ctx.meeting_id
        assert new != w.meeting_id and field.text() == ""
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        window.navigator.view.setFocus()  # left: nothing typed for the new meeting is written to it
        new_meeting = meetings.get_meeting(db, new)  # type: ignore[arg-type]
        assert new_meeting.ended_at is None and new_meeting.current_item_id is None
        assert window.navigator.select_meeting(w.meeting_id, w.committee_id)
        qtbot.waitUntil(lambda: view.isVisible())
    from workshop.services import agenda

    assert agenda.get_item(db, closing).next_meeting_on == date(2018, 1, 17)
    assert meetings.get_meeting(db, w.meeting_id).ended_at is None  # not closed: no time to correct


def test_the_agendas_time_box_with_the_focus_follows_the_item(
        window: MainWindow, db: Database, qtbot: QtBot) -> None:
    """Another item made current while the time box has the focus (another laptop deleted the item
    shown, an undo): the box shows that item's minutes, and Up changes that item, not by the old one's."""
    from workshop.services import agenda

    w = build(db)
    on_workshop(window, w, "agenda")
    panel = window.panels["agenda"]
    first, second = (agenda.get_item(db, i) for i in w.items[:2])
    assert first.planned_minutes != second.planned_minutes
    panel.list.setCurrentIndex(panel.model.index(0))  # type: ignore[attr-defined]
    minutes = panel.minutes  # type: ignore[attr-defined]
    minutes.setFocus()
    qtbot.waitUntil(minutes.hasFocus)
    panel.list.setCurrentIndex(panel.model.index(1))  # type: ignore[attr-defined]
    assert minutes.value() == second.planned_minutes
    qtbot.keyClick(minutes, Qt.Key.Key_Up)
    assert agenda.get_item(db, second.pk).planned_minutes == second.planned_minutes + 5  # type: ignore[operator]
    assert agenda.get_item(db, first.pk).planned_minutes == first.planned_minutes
