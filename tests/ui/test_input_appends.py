"""A typed input is appended as one row and one card: nothing else is rebuilt or re-read (bench figure 3)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.test_capture import Meeting
from workshop.db import Database
from workshop.services import agenda, capture

from ui.context import AppContext
from ui.panels.capture import CapturePanel
from ui.projector import ProjectorWindow


@pytest.fixture
def opened(sqlite_db: Database, qtbot: QtBot) -> tuple[AppContext, CapturePanel, ProjectorWindow, Meeting]:
    meeting = Meeting(sqlite_db)
    agenda.start_item(sqlite_db, meeting.groups)  # the projector shows the step run mode is on
    ctx = AppContext(sqlite_db)
    panel = CapturePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.set_meeting(meeting.id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.select_item(meeting.groups)  # type: ignore[arg-type]
    projector = ProjectorWindow(ctx)
    qtbot.addWidget(projector)
    projector.resize(1280, 800)
    projector.set_meeting(meeting.id)
    projector.show()
    qtbot.waitExposed(projector)
    return ctx, panel, projector, meeting


def _count_full_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = capture.list_inputs

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(capture, "list_inputs", counted)
    return calls


def test_added_input_appends_one_row_and_one_card(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, sqlite_db: Database) -> None:
    ctx, panel, projector, meeting = opened
    view = panel.groups
    view.add_group()
    view.add_group()
    first, second = view.columns.values()
    for text in ("Nemmere selvbetjening", "Tryghed om data"):
        qtbot.keyClicks(first.entry, text)
        qtbot.keyClick(first.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(second.entry, "Lokale løsninger")
    qtbot.keyClick(second.entry, Qt.Key.Key_Return)
    view.candidates.new_title.setText("Tryghed")
    view.candidates.new_from_selected()
    rows_before = [first.inputs.item(i) for i in range(first.inputs.count())]
    other_before = second.inputs.item(0)
    tree_before = view.candidates.tree.topLevelItem(0)
    full_reads = _count_full_reads(monkeypatch)

    first.entry.setFocus()
    qtbot.keyClicks(first.entry, "Borgerne skal kunne følge sagen")
    qtbot.keyClick(first.entry, Qt.Key.Key_Return)

    assert [first.inputs.item(i).text() for i in range(first.inputs.count())] == [
        "Nemmere selvbetjening", "Tryghed om data", "Borgerne skal kunne følge sagen"]
    # The rows already there are the very same objects: appended, not rebuilt.
    assert [first.inputs.item(i) for i in range(2)] == rows_before
    assert all(first.inputs.item(i) is row for i, row in enumerate(rows_before))
    assert second.inputs.item(0) is other_before
    assert view.candidates.tree.topLevelItem(0) is tree_before
    assert projector.group_cards()["Gruppe 1"] == [
        "Nemmere selvbetjening", "Tryghed om data", "Borgerne skal kunne følge sagen"]
    assert full_reads == []  # neither the column, the candidates nor the projector re-read all inputs
    added = first.inputs.item(2).data(Qt.ItemDataRole.UserRole)
    assert capture.get_input(sqlite_db, added).text == "Borgerne skal kunne følge sagen"  # type: ignore[union-attr]

    # Undo removes it everywhere (a full reload), redo brings it back in its place.
    ctx.undo_stack.undo()
    assert first.inputs.count() == 2
    assert projector.group_cards()["Gruppe 1"] == ["Nemmere selvbetjening", "Tryghed om data"]
    ctx.undo_stack.redo()
    assert first.inputs.item(2).text() == "Borgerne skal kunne følge sagen"
    assert projector.group_cards()["Gruppe 1"][-1] == "Borgerne skal kunne følge sagen"


def test_projector_shows_the_newest_inputs_that_fit_and_counts_the_rest(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot) -> None:
    ctx, panel, projector, meeting = opened
    view = panel.groups
    view.add_group()
    column = next(iter(view.columns.values()))
    texts = [f"Input nummer {n}" for n in range(1, 41)]
    for text in texts:
        ctx.broadcast(capture.add_input(ctx.db, column.group_id, text))
    fit = len(projector.group_cards()["Gruppe 1"])
    assert 3 <= fit < 40
    assert projector.group_cards()["Gruppe 1"] == texts[-fit:]
    assert projector.hidden_inputs() == {"Gruppe 1": 40 - fit}
    more = [w.text() for w in projector.inputs.findChildren(type(projector.title)) if w.isVisible()]
    assert f"+{40 - fit} flere" in more
    assert column.inputs.count() == 40  # the capture column holds them all
    # Reopened from scratch, the projector shows the same.
    projector.refresh()
    assert projector.group_cards()["Gruppe 1"] == texts[-fit:]
    assert projector.hidden_inputs() == {"Gruppe 1": 40 - fit}
    # A taller window fits more cards.
    projector.resize(1280, 1400)
    assert len(projector.group_cards()["Gruppe 1"]) > fit
    assert projector.group_cards()["Gruppe 1"] == texts[-len(projector.group_cards()["Gruppe 1"]):]


def test_long_inputs_still_wrap_in_the_column(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot) -> None:
    ctx, panel, projector, meeting = opened
    view = panel.groups
    view.add_group()
    column = next(iter(view.columns.values()))
    long = "Borgerne skal kunne følge deres sag fra ansøgning til afgørelse, også om aftenen " * 3
    for text in ("Kort", long, "Kort igen"):
        ctx.broadcast(capture.add_input(ctx.db, column.group_id, text))
    rows = column.inputs
    heights = [rows.visualItemRect(rows.item(i)).height() for i in range(3)]
    assert heights[1] > 2 * heights[0] and heights[0] == heights[2]
    width = rows.viewport().width()
    view.splitter.setSizes([300, 900])  # a narrower column: the long input takes more lines
    qtbot.waitUntil(lambda: rows.viewport().width() < width)
    assert rows.visualItemRect(rows.item(1)).height() > heights[1]
