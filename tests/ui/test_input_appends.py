"""A typed input is appended to the one input model as one row: the column and the projector add
it without re-reading or rebuilding anything (bench figure 3)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.meeting_builders import SmallMeeting as Meeting
from tests.ui.meeting_builders import capture_on
from workshop.db import Database
from workshop.services import capture, meetings

from ui.context import AppContext
from ui.models.item_models import candidate_model, input_model
from ui.panels.capture import CapturePanel
from ui.projector import ProjectorWindow, projector_of


@pytest.fixture
def opened(sqlite_db: Database, qtbot: QtBot) -> tuple[AppContext, CapturePanel, ProjectorWindow, Meeting]:
    meeting = Meeting(sqlite_db)
    meetings.set_current_step(sqlite_db, meeting.id, meeting.groups, "inputs")  # type: ignore[arg-type]
    ctx = AppContext(sqlite_db)
    panel = capture_on(ctx, meeting.id, qtbot)
    projector = projector_of(ctx)
    qtbot.addWidget(projector)
    projector.resize(1280, 800)
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


def test_one_model_renders_the_inputs_for_every_view(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting]) -> None:
    ctx, panel, projector, meeting = opened
    model = input_model(ctx, meeting.groups)
    assert panel.groups.model is model and projector.inputs.model is model
    assert panel.groups.candidates.model is candidate_model(ctx, meeting.groups) is projector.bars.model


def test_added_input_appends_one_row_and_one_card(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, sqlite_db: Database) -> None:
    ctx, panel, projector, meeting = opened
    edits = panel.view.edits
    g1 = edits.add_group(meeting.groups, "Gruppe 1", [])
    g2 = edits.add_group(meeting.groups, "Gruppe 2", [])
    view = panel.groups
    first, second = view.columns[g1], view.columns[g2]  # type: ignore[index]
    for text in ("Nemmere selvbetjening", "Tryghed om data"):
        qtbot.keyClicks(first.entry, text)
        qtbot.keyClick(first.entry, Qt.Key.Key_Return)
    qtbot.keyClicks(second.entry, "Lokale løsninger")
    qtbot.keyClick(second.entry, Qt.Key.Key_Return)
    view.candidates.new_title.setText("Tryghed")
    view.candidates.new_from_selected()
    model = view.model
    assert model is not None
    group = model.group_item(g1)  # type: ignore[arg-type]
    assert group is not None
    rows_before = [group.child(r) for r in range(group.rowCount())]
    other_before = model.group_item(g2).child(0)  # type: ignore[arg-type, union-attr]
    tree_before = view.candidates.model.item(0)  # type: ignore[union-attr]
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda parent, a, b: inserted.append((parent.row(), a)))
    reset: list[int] = []
    model.modelReset.connect(lambda: reset.append(1))
    full_reads = _count_full_reads(monkeypatch)

    first.entry.setFocus()
    qtbot.keyClicks(first.entry, "Borgerne skal kunne følge sagen")
    qtbot.keyClick(first.entry, Qt.Key.Key_Return)

    assert first.inputs.texts() == ["Nemmere selvbetjening", "Tryghed om data", "Borgerne skal kunne følge sagen"]
    assert inserted == [(0, 2)] and reset == []  # one row inserted under group 1, nothing else
    assert all(group.child(r) is row for r, row in enumerate(rows_before))  # the rows already there stay
    assert model.group_item(g2).child(0) is other_before  # type: ignore[arg-type, union-attr]
    assert view.candidates.model.item(0) is tree_before  # type: ignore[union-attr]
    assert projector.group_cards()["Gruppe 1"] == [
        "Nemmere selvbetjening", "Tryghed om data", "Borgerne skal kunne følge sagen"]
    assert full_reads == []  # neither the model, the candidates nor the projector re-read all inputs
    added = group.child(2).data(Qt.ItemDataRole.UserRole + 1)
    assert capture.get_input(sqlite_db, added).text == "Borgerne skal kunne følge sagen"  # type: ignore[union-attr]

    # Undo removes it everywhere, redo brings it back in its place.
    ctx.undo_stack.undo()
    assert first.inputs.texts() == ["Nemmere selvbetjening", "Tryghed om data"]
    assert projector.group_cards()["Gruppe 1"] == ["Nemmere selvbetjening", "Tryghed om data"]
    ctx.undo_stack.redo()
    assert first.inputs.texts()[2] == "Borgerne skal kunne følge sagen"
    assert projector.group_cards()["Gruppe 1"][-1] == "Borgerne skal kunne følge sagen"


def test_projector_shows_the_newest_inputs_that_fit_and_counts_the_rest(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot) -> None:
    ctx, panel, projector, meeting = opened
    g = panel.view.edits.add_group(meeting.groups, "Gruppe 1", [])
    assert g is not None
    texts = [f"Input nummer {n}" for n in range(1, 41)]
    for text in texts:
        ctx.broadcast(capture.add_input(ctx.db, g, text))
    fit = len(projector.group_cards()["Gruppe 1"])
    assert 3 <= fit < 40
    assert projector.group_cards()["Gruppe 1"] == texts[-fit:]
    assert projector.hidden_inputs() == {"Gruppe 1": 40 - fit}
    more = [w.text() for w in projector.inputs.findChildren(type(projector.title)) if w.isVisible()]
    assert f"+{40 - fit} flere" in more
    assert len(panel.groups.columns[g].inputs.texts()) == 40  # the capture column holds them all
    # Rebuilt from the model, the projector shows the same.
    projector.inputs.rebuild()
    assert projector.group_cards()["Gruppe 1"] == texts[-fit:]
    assert projector.hidden_inputs() == {"Gruppe 1": 40 - fit}
    # A taller window fits more cards.
    projector.resize(1280, 1400)
    assert len(projector.group_cards()["Gruppe 1"]) > fit
    assert projector.group_cards()["Gruppe 1"] == texts[-len(projector.group_cards()["Gruppe 1"]):]


def test_long_inputs_wrap_in_the_column_at_its_width(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot) -> None:
    ctx, panel, projector, meeting = opened
    g = panel.view.edits.add_group(meeting.groups, "Gruppe 1", [])
    assert g is not None
    long = "Borgerne skal kunne følge deres sag fra ansøgning til afgørelse, også om aftenen " * 3
    for text in ("Kort", long, "Kort igen"):
        ctx.broadcast(capture.add_input(ctx.db, g, text))
    rows = panel.groups.columns[g].inputs
    qtbot.waitUntil(lambda: rows.visualRect(rows.row_index(1)).height() > 0)
    heights = [rows.visualRect(rows.row_index(i)).height() for i in range(3)]
    assert heights[1] > 2 * heights[0] and heights[0] == heights[2]
    width = rows.viewport().width()
    panel.groups.splitter.setSizes([300, 900])  # a narrower column: the long input takes more lines
    qtbot.waitUntil(lambda: rows.viewport().width() < width)
    qtbot.waitUntil(lambda: rows.visualRect(rows.row_index(1)).height() > heights[1])


def test_no_input_is_cut_short_at_any_column_width(
        opened: tuple[AppContext, CapturePanel, ProjectorWindow, Meeting], qtbot: QtBot) -> None:
    """A row's height is measured at the width its text is painted at: nothing is elided ("…"),
    and no row is a line taller than the text it shows."""
    from PySide6.QtGui import QFontMetrics

    ctx, panel, projector, meeting = opened
    g = panel.view.edits.add_group(meeting.groups, "Gruppe 1", [])
    assert g is not None
    texts = ["Samtykke der kan trækkes tilbage", "Medarbejdere med i udviklingen",
             "Papir skal stadig være muligt", "Vide hvem der ser mine data"]
    for text in texts:
        ctx.broadcast(capture.add_input(ctx.db, g, text))
    view = panel.groups.columns[g].inputs
    metrics = QFontMetrics(view.font())
    for width in range(170, 320, 3):  # around the widths where these texts just fit on one line
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        QApplication.processEvents()
        for r in range(len(texts)):
            rect = view.visualRect(view.row_index(r))
            shown = (rect.height() - 6) // metrics.lineSpacing()  # the row's padding is 3 px above and below
            # the text is painted inside the row's padding (2 px a side) and the style's text margins
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 10, 10_000), Qt.TextFlag.TextWordWrap,
                                          texts[r]).height() // metrics.lineSpacing()
            assert shown == needed, (width, texts[r], shown, needed)
