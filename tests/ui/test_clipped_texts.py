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


def test_one_member_is_counted_in_the_singular(db: Database, qtbot: QtBot, fresh_settings: None) -> None:
    """The committee panel said "1 medlemmer" under a new committee's first member."""
    from workshop.services import committees

    from ui.panels.committee import CommitteePanel

    cid = committees.create_committee(db, name="Opgaveudvalg for klima").id
    assert cid is not None
    committees.add_member(db, cid, name="Lone Sørensen")
    window = shown_window(db, qtbot)
    assert window.navigator is not None
    window.navigator.reload()
    window.show_panel("committee")
    panel = window.panels["committee"]
    assert isinstance(panel, CommitteePanel)
    from ui.models.navigator_model import NodeKey

    assert window.navigator.select(NodeKey("committee", cid, cid))
    qtbot.waitUntil(lambda: panel.members_count.text() != "" and "0" not in panel.members_count.text())
    assert panel.members_count.text() == "1 medlem"
    window.ctx.broadcast(committees.add_member(db, cid, name="Åge Ørnsø"))
    qtbot.waitUntil(lambda: panel.members_count.text() == "2 medlemmer")
