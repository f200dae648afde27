"""Issue 12: reopening the app returns to the tab, the item and the step where the user was."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop
from workshop.db import Database
from workshop.services import meetings

from ui.main_window import MainWindow
from ui.settings import Settings


def _open(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_database(db)
    return window


def test_the_tab_the_agenda_item_and_the_step_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    db = Database(f"sqlite:///{tmp_path}/ws.db")
    w = build(db)
    meetings.set_current_step(db, w.meeting_id, w.items[2], "inputs")
    window = _open(qtbot, db)
    on_workshop(window, w)
    agenda = window.panels["agenda"]
    window.show_panel("agenda")
    agenda.select_item(w.items[3])  # type: ignore[attr-defined]
    window.show_panel("capture")
    window.close()

    again = _open(qtbot, db)
    assert again.current_panel_key() == "capture"
    agenda = again.panels["agenda"]
    assert agenda.item is not None and agenda.item.id == w.items[3]  # type: ignore[attr-defined]
    capture = again.tabs.currentWidget()
    assert capture.step.item.id == w.items[2] and capture.step.step == "inputs"  # type: ignore[attr-defined]
    qtbot.waitUntil(capture.isVisible)  # the group columns are built once the tab is on screen
    assert capture.view.pages.currentWidget() is capture.view.group_tabs  # type: ignore[attr-defined]
    assert capture.view.group_tabs.currentIndex() == 1  # type: ignore[attr-defined]
    again.close()
    db.close()
