"""The preparation screens with the demo meeting, grabbed at 1280×800.

Set WORKSHOP_UPDATE_SCREENSHOTS=1 to write them to docs/screenshots/ (navigator,
committee, agenda, attendance); otherwise they go to a temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from tests.ui.shell import Dialogs, open_window
from workshop.demo import load_demo
from workshop.services import meetings

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_grab_preparation_screens_with_the_demo(sqlite_db: object, qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                fresh_settings: None) -> None:
    Dialogs(monkeypatch)
    db = sqlite_db
    meeting_id = load_demo(db)  # type: ignore[arg-type]
    window = open_window(db, qtbot, all_panels=True)  # type: ignore[arg-type]  # as the user sees it
    window.resize(1280, 800)
    meeting = meetings.get_meeting(db, meeting_id)  # type: ignore[arg-type]
    assert window.navigator.select_meeting(meeting_id, meeting.committee_id)
    out = DOCS if os.environ.get("WORKSHOP_UPDATE_SCREENSHOTS") == "1" else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    shots = {}
    for name in ("committee", "agenda", "attendance"):
        window.show_panel(name)  # type: ignore[arg-type]
        qtbot.wait(50)
        shots[name] = window.grab()
    window.show_panel("agenda")
    window.navigator.view.expandAll()  # the navigator shot shows the whole tree
    window.navigator.view.setFocus()
    qtbot.wait(50)
    shots["navigator"] = window.grab()
    for name, pixmap in shots.items():
        path = out / f"{name}.png"
        assert pixmap.save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
    # what the screens show is the demo, not an empty state
    committee, agenda_panel, attendance_panel = (window.panels[k] for k in ("committee", "agenda", "attendance"))
    assert len(committee.members.rows) == 15
    assert agenda_panel.model.rowCount() == 5
    assert attendance_panel.counts.text().startswith("11 til stede · 2 fraværende · 2 afbud")
