"""Fixtures of the UI tests: the panel registry kept, dialogs stood in for, settings fresh."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.ui.shell import Dialogs


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
