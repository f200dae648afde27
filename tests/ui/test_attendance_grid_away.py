"""Fremmøde's per-item grid: a member away from the whole meeting cannot be marked inhabil or away
during one item (found trying it as a secretary: "Carl Ibsen" had afbud and "inhabil" under item 3)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import agenda, attendance

from ui.panels.attendance import AttendancePanel


def test_a_member_with_afbud_shows_it_in_the_grid_and_the_cells_do_not_change(
        db: Database, qtbot: QtBot, fresh_settings: None) -> None:
    w = build(db)  # eleven present, the last member has afbud
    attendance.set_attendance(db, w.meeting_id, w.member_ids[-1], "absent")  # and one away all evening
    window = shown_window(db, qtbot)
    on_workshop(window, w, "attendance")
    panel = window.panels["attendance"]
    assert isinstance(panel, AttendancePanel)
    grid, model = panel.items_view, panel.items_model
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    row_of = {m.id: r for r, m in enumerate(model.members)}
    excused, absent, present = row_of[w.absent_id], row_of[w.member_ids[-1]], row_of[w.member_ids[0]]
    for row, label in ((excused, "afbud"), (absent, "fraværende hele mødet")):
        cell = model.index(row, 2)
        assert model.data(cell) == label
        assert not model.flags(cell) & Qt.ItemFlag.ItemIsEnabled
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
        model.cycle(cell)  # what Space does on the current cell
    assert agenda.list_item_absences(db, w.meeting_id) == []
    cell = model.index(present, 2)  # a present member still can be
    for _ in range(2):
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(cell).center())
    assert [(a.member_id, a.item_id, a.kind) for a in agenda.list_item_absences(db, w.meeting_id)] == [
        (w.member_ids[0], w.items[2], "conflict")]
    assert model.data(cell) == "inhabil"
