"""The attendance panel reads nothing while hidden and catches up when shown (bench figure 1b)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.shell import open_window
from workshop.db import Database
from workshop.demo import load_demo
from workshop.services import attendance

from ui.panels.attendance import AttendancePanel


def _panel(window: Any) -> tuple[str, AttendancePanel]:
    panel = window.panels["attendance"]
    assert isinstance(panel, AttendancePanel)
    return "attendance", panel


@pytest.mark.usefixtures("fresh_settings")
def test_hidden_panel_defers_and_its_menu_action_still_works(db: Database, qtbot: QtBot) -> None:
    meeting = load_demo(db)
    window = open_window(db, qtbot)
    index, panel = _panel(window)
    window.show_panel("committee")
    window.ctx.select_meeting(meeting)  # type: ignore[union-attr]
    assert not panel.isVisible()
    assert panel.model.rows == []  # nothing read for a tab nobody looks at
    assert panel.all_present_action.isEnabled()

    absent = next(a.member_id for a in attendance.list_attendance(db, meeting) if a.status != "present")
    attendance.clear_attendance(db, meeting, absent)  # someone not recorded yet
    panel.all_present_action.trigger()  # from the Møde menu while another tab is shown
    after = attendance.counts(db, meeting)
    assert {a.member_id: a.status for a in attendance.list_attendance(db, meeting)}[absent] == "present"

    window.show_panel(index)
    qtbot.waitUntil(panel.isVisible)
    assert panel.counts.text().startswith(f"{after['present']} til stede")
    assert "ikke registreret" not in panel.counts.text()
    assert panel.model.rows and all(r.status is not None for r in panel.model.rows)

    window.show_panel("committee")
    window.ctx.select_meeting(None)  # type: ignore[union-attr]
    assert not panel.all_present_action.isEnabled()
    window.show_panel(index)
    assert panel.model.rows == []
