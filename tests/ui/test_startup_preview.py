"""Start-up: the last meeting's agenda appears read-only at once, then the real screens take over
on the item the user picked meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from workshop.db import Database
from workshop.demo import load_demo
from workshop.services import agenda

from ui.app import Opening
from ui.main_window import MainWindow
from ui.panels.agenda import AgendaPanel
from ui.settings import Settings


@pytest.fixture
def demo_url(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'workshop.db'}"
    db = Database(url)
    meeting_id = load_demo(db)
    db.close()
    return url, meeting_id


@pytest.fixture
def settings() -> Settings:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    return Settings()


class _AppExit:
    """Stands in for QApplication.exit: a real exit would end the event loops of later tests."""

    def __init__(self) -> None:
        self.status: int | None = None

    def exit(self, status: int) -> None:
        self.status = status


def _open(url: str, settings: Settings, qtbot: QtBot, app: object | None = None) -> tuple[MainWindow, Opening]:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    opening = Opening(app or QApplication.instance(), window, url, None)  # type: ignore[arg-type]
    opening.start()
    return window, opening


def _close(opening: Opening) -> None:
    if opening.db is not None:
        opening.db.close()


def test_preview_shows_the_agenda_then_the_real_screens_keep_the_pick(
        demo_url: tuple[str, int], settings: Settings, qtbot: QtBot) -> None:
    url, meeting_id = demo_url
    settings.last_meeting = meeting_id
    window, opening = _open(url, settings, qtbot)
    try:
        view = window.preview
        assert view is not None and window.ctx is None  # the data layer is still on its way
        preview_rows = [view.items.item(r).text() for r in range(view.items.count())]
        assert len(preview_rows) >= 5
        view.items.setCurrentRow(2)
        picked = view.current_item_id
        db = Database(url)
        try:
            third = agenda.list_items(db, meeting_id)[2]
        finally:
            db.close()
        assert picked == third.id
        assert third.title in view.detail.toPlainText()
        assert not view.tabs.isTabEnabled(0) and view.tabs.currentIndex() == 1

        qtbot.waitUntil(lambda: window.ctx is not None, timeout=20000)
        assert window.preview is None
        panel = window.panels["agenda"]
        assert isinstance(panel, AgendaPanel)
        rows = [panel.model.data(panel.model.index(r)) for r in range(panel.model.rowCount())]
        assert rows == preview_rows  # the same text, so nothing jumps when the screens swap
        assert panel.item is not None and panel.item.id == picked
        assert window.ctx.meeting_id == meeting_id
    finally:
        _close(opening)


def test_without_a_last_meeting_the_window_opens_directly(
        demo_url: tuple[str, int], settings: Settings, qtbot: QtBot) -> None:
    url, _meeting_id = demo_url
    window, opening = _open(url, settings, qtbot)
    try:
        assert window.preview is None and window.ctx is not None
    finally:
        _close(opening)


def test_a_failed_background_import_is_reported_by_the_gui_thread(
        demo_url: tuple[str, int], settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        caplog: Any) -> None:
    """The loader logs and still signals; opening then goes on (here the module is already loaded)."""
    import ui.data_layer

    url, meeting_id = demo_url
    settings.last_meeting = meeting_id
    monkeypatch.setattr(ui.data_layer, "MODULES", ("workshop.no_such_module", *ui.data_layer.MODULES))
    window, opening = _open(url, settings, qtbot)
    try:
        qtbot.waitUntil(lambda: window.ctx is not None, timeout=20000)
        assert "workshop.no_such_module" in caplog.text
    finally:
        _close(opening)


def test_a_database_that_cannot_be_opened_after_the_preview_gets_the_dialog_and_status_2(
        demo_url: tuple[str, int], settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview read the file, but opening it for writing fails (say another program locked it)."""
    from PySide6.QtWidgets import QMessageBox

    import workshop.db
    from workshop.errors import StorageError

    url, meeting_id = demo_url
    settings.last_meeting = meeting_id
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *_a: shown.append(text)))

    def refuse(_url: str, **_options: object) -> None:
        raise StorageError("Databasen er låst af et andet program.")

    monkeypatch.setattr(workshop.db, "Database", refuse)
    app = _AppExit()
    window, opening = _open(url, settings, qtbot, app)
    assert window.preview is not None
    qtbot.waitUntil(lambda: app.status is not None, timeout=20000)
    assert app.status == 2 and opening.status == 2
    assert shown and "låst" in shown[0] and "ikke ændret" in shown[0]
    assert window.ctx is None
