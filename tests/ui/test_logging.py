"""The app's log: panel-build failures and refused databases reach the file; the crash dialog names it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox, QWidget

from workshop import logs
from workshop.db import Database

from ui import errors as ui_errors
from ui.context import AppContext
from ui.panels import PANELS, load_panels


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path))
    path = logs.configure()
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, logs._OURS, False):
            root.removeHandler(handler)
            handler.close()


def test_a_panel_that_fails_to_build_is_in_the_log_file(log_file: Path, sqlite_db: Database, qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.panels import committee

    def broken(self: QWidget, *_args: Any) -> None:
        raise RuntimeError("udvalgspanelet er i stykker")

    monkeypatch.setattr(committee.CommitteePanel, "__init__", broken)
    loaded = load_panels(AppContext(sqlite_db), None, [spec for spec in PANELS if spec.module == "ui.panels.committee"])
    assert loaded == []  # skipped, and the app goes on without it
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR ui.panels [MainThread] Panel ui.panels.committee.CommitteePanel could not be built" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: udvalgspanelet er i stykker" in text


def test_the_crash_dialog_names_the_log_file(log_file: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    ui_errors.show_crash_dialog(RuntimeError("boom"), log_file.parent / "crash-1.log")
    assert len(shown) == 1 and str(log_file) in shown[0] and "crash-1.log" in shown[0]


def test_the_app_logs_a_refused_database_and_verbose_mirrors_it(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str],
        log_file: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    import ui.app
    from ui.app import main

    # Qt's Danish catalogue would stay installed for the tests after this one (key names in Danish).
    monkeypatch.setattr(ui.app, "install_translators", lambda *_a: [])
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QSettings().clear()
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    capfd.readouterr()
    assert main(f"sqlite:///{corrupt}", ["workshop"], crash_dialog=False, verbose=True) == 2
    line = next(line for line in log_file.read_text(encoding="utf-8").splitlines() if "Database refused" in line)
    assert "WARNING ui.app [MainThread] Database refused:" in line
    assert line.split(" ", 2)[2] in capfd.readouterr().err
