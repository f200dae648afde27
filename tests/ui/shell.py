"""The main window's test helpers: the window over a database, and stand-ins for its dialogs.

The fixtures that go with them (``dialogs``, ``fresh_settings``) are in ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.meeting_builders import Workshop
from workshop.db import Database

from ui import errors as ui_errors
from ui.main_window import MainWindow
from ui.panels import PanelKey
from ui.settings import Settings

MY_PANELS = ("ui.panels.committee", "ui.panels.agenda", "ui.panels.attendance")


class Dialogs:
    """Stands in for every modal dialog and records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.critical: list[str] = []
        self.storage: list[str] = []
        self.answers: list[QMessageBox.StandardButton] = []
        self.text: tuple[str, bool] = ("", False)
        yes = QMessageBox.StandardButton.Yes

        def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
            self.questions.append(text)
            return self.answers.pop(0) if self.answers else yes

        def warning(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
            self.warnings.append(text)
            return self.answers.pop(0) if self.answers else yes

        def critical(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
            self.critical.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(critical))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: self.text))
        monkeypatch.setattr(ui_errors, "show_storage_error", lambda _p, m: self.storage.append(m))


def shown_window(db: Database, qtbot: QtBot) -> MainWindow:
    """The real main window with every panel, fresh settings, 1280×800, shown, on ``db`` and active."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_database(db)
    window.activateWindow()
    return window


def open_window(db: Database, qtbot: QtBot, all_panels: bool = False) -> MainWindow:
    """The real main window; by default only the preparation panels (this file tests the shell)."""
    import ui.panels

    if not all_panels:
        ui.panels.PANELS[:] = [p for p in ui.panels.PANELS if p.module in MY_PANELS]
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_database(db)
    window.activateWindow()
    return window


def on_workshop(window: MainWindow, w: Workshop, panel: PanelKey | None = None) -> None:
    """The window on ``w``'s meeting (made behind its back), as if picked in the navigator; on ``panel``."""
    assert window.navigator is not None
    window.navigator.reload()
    assert window.navigator.select_meeting(w.meeting_id, w.committee_id)
    if panel is not None:
        window.show_panel(panel)
