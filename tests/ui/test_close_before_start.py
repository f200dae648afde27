""""Hæv mødet" is not offered before the meeting has started: a meeting closed by mistake before its
start records no item starts afterwards (a closed meeting's Tidsplan does not change)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.meeting_builders import SmallMeeting as Meeting
from tests.ui.test_capture import setup
from workshop.services import meetings

from ui.context import AppContext
from ui.panels.capture import CapturePanel

__all__ = ["setup"]  # the fixture


def test_close_only_after_the_start(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    actions = panel.meeting_actions
    assert not panel.step.started
    assert not panel.close_button.isEnabled() and not actions.close_action.isEnabled()
    assert actions.close_meeting() is False  # the menu's slot, called anyway
    assert not meetings.get_meeting(ctx.db, m.id).ended_at  # type: ignore[arg-type]
    qtbot.keyClick(panel.selector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Start mødet
    qtbot.waitUntil(lambda: panel.step.started)
    assert panel.close_button.isEnabled() and actions.close_action.isEnabled()
