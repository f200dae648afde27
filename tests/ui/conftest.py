"""Fixtures of the UI tests: the panel registry kept, dialogs stood in for, settings fresh."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.ui.shell import Dialogs


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: Any) -> Any:
    """As the app does (ui/app.py): cycles with widgets in them are freed on the GUI thread only."""
    from ui.garbage import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    yield collector
    import gc

    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def _keep_panel_registry() -> Any:
    import ui.panels

    saved = list(ui.panels.PANELS)
    yield
    ui.panels.PANELS[:] = saved


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def fresh_settings() -> None:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
