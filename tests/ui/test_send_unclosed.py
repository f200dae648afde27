"""Sending the referat of a meeting nobody closed: "hævet kl." cannot be set once it is sent, so the
question says so (found trying it as a secretary: the signed referat lacked its closing line)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from tests.ui.meeting_builders import build
from tests.ui.shell import shown_window
from workshop.db import Database
from workshop.services import meetings
from workshop.services import referat as referat_service

from ui.panels.referat import ReferatPanel


@pytest.mark.parametrize("closed", [False, True])
def test_sending_an_unclosed_meeting_says_it_has_no_closing_time(
        db: Database, qtbot: QtBot, fresh_settings: None, monkeypatch: pytest.MonkeyPatch, closed: bool) -> None:
    w = build(db)
    if closed:
        meetings.update_meeting(db, w.meeting_id, ended_at="19:10")
    asked: list[tuple[str, Any]] = []

    def question(_parent: Any, _title: str, text: str, _buttons: Any = None, default: Any = None) -> Any:
        asked.append((text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = shown_window(db, qtbot)
    assert window.navigator is not None
    window.navigator.reload()
    assert window.navigator.select_meeting(w.meeting_id, w.committee_id)
    window.show_panel("referat")
    panel = window.panels["referat"]
    assert isinstance(panel, ReferatPanel)
    panel.send_button.click()
    [(text, default)] = asked
    assert ("Mødet er ikke hævet" in text) is not closed
    assert text.endswith("Fortsæt?")
    if not closed:
        assert default == QMessageBox.StandardButton.No  # Enter does not send it by accident
    assert (referat_service.referat_state(db, w.meeting_id) or {"status": "draft"})["status"] == "draft"  # No
