"""Texts a new secretary found cut off on the 1280×800 window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import attendance

from ui.panels.capture import CapturePanel


def test_the_remark_member_shows_whole_names(db: Database, qtbot: QtBot, fresh_settings: None) -> None:
    """Tilførsler til protokollen: the member box showed "Mikael Fe" - it kept the width it had when
    first shown, before attendance was taken (no one present, the box empty)."""
    w = build(db)
    for member in [*w.member_ids, w.absent_id]:
        attendance.clear_attendance(db, w.meeting_id, member)
    window = shown_window(db, qtbot)
    assert window.ctx is not None
    on_workshop(window, w, "capture")
    panel = window.panels["capture"]
    assert isinstance(panel, CapturePanel)
    combo = panel.decision.remark_member
    qtbot.waitUntil(combo.isVisible)
    assert combo.count() == 0
    for member in w.member_ids:  # attendance taken while Indfangning is on screen
        window.ctx.broadcast(attendance.set_attendance(db, w.meeting_id, member, "present"))
    qtbot.waitUntil(lambda: combo.count() == len(w.member_ids))
    for _ in range(5):
        QApplication.processEvents()
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= longest + 16, (combo.width(), longest)
