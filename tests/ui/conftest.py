"""Fixtures of the UI tests: the panel registry kept, dialogs stood in for, settings fresh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.databases import PG_URL
from tests.delay_proxy import DelayProxy
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


@pytest.fixture(autouse=True)
def _no_translator_left(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Translators a test installed (``ui.app.main`` installs Qt's Danish one) are removed after
    it, with the default locale: else a later test in the same worker sees "Ctrl+Skift+Z" where
    the untranslated app writes "Ctrl+Shift+Z" (the F1 list), depending on the order of tests."""
    from PySide6.QtCore import QLocale

    import ui.app

    installed: list[Any] = []
    install = ui.app.install_translators

    def recorded(app: Any, language: str) -> list[Any]:
        translators = install(app, language)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(ui.app, "install_translators", recorded)
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    for translator in installed:
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def fresh_settings() -> None:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()


@pytest.fixture
def proxy() -> Iterator[DelayProxy]:
    """A delaying TCP proxy in front of the test PostgreSQL server (no delay until a test sets one)."""
    url = make_url(PG_URL)
    with DelayProxy((url.host or "127.0.0.1", url.port or 5432)) as p:
        yield p
