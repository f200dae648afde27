"""An input typed in a group column shows at once, before its commit (issue 14: "the window never
waits on the network"): a pending row of the one InputModel, so in the column and on the
projector alike; the commit turns the same row into the stored input; a refused one is taken
out, said in Danish and its text put back in the entry. On PostgreSQL through
``tests/delay_proxy.py`` (30 ms round trips; stalled where the test must know the commit is
still out), and the refusal on SQLite too."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel as Sel
from PySide6.QtCore import QPersistentModelIndex, Qt

from tests.delay_proxy import DelayProxy
from tests.ui.live_laptops import Laptop, close_laptop, open_laptop
from tests.ui.meeting_builders import SmallMeeting
from tests.ui.shell import Dialogs
from workshop.db import Database
from workshop.services import capture, meetings
from workshop.services import referat as referat_service

from ui.context import AppContext
from ui.models.input_model import ID_ROLE, PENDING_ROLE
from ui.panels.capture import CapturePanel
from ui.projector import ProjectorWindow, projector_of


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    m = SmallMeeting(pg_db)
    meetings.set_current_step(pg_db, m.id, m.groups, "inputs")  # type: ignore[arg-type]
    return m


@pytest.fixture
def far(pg_db: Database, meeting: SmallMeeting, proxy: DelayProxy,
        qtbot: QtBot) -> Iterator[tuple[Laptop, ProjectorWindow, int]]:
    """The secretary's laptop 30 ms from the server, with its projector, at a group's column."""
    group = capture.add_group(pg_db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    assert group is not None
    laptop = open_laptop(proxy.url(pg_db.url), "Sekretærens bærbare", meeting.id, qtbot)  # type: ignore[arg-type]
    projector = projector_of(laptop.ctx)
    qtbot.addWidget(projector)
    projector.resize(1280, 800)
    projector.show()
    qtbot.waitUntil(lambda: group in laptop.panel.groups.columns, timeout=3000)
    column = laptop.panel.groups.columns[group]
    laptop.panel.activateWindow()
    column.entry.setFocus()
    qtbot.waitUntil(column.entry.hasFocus)
    proxy.rtt = 0.030  # opened at full speed (the test is about typing), then a busy Wi-Fi
    yield laptop, projector, group
    projector.close()
    close_laptop(laptop)


def _enter(qtbot: QtBot, laptop: Laptop, group: int, text: str) -> None:
    entry = laptop.panel.groups.columns[group].entry
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def _stored(db: Database, item_id: int) -> list[str]:
    return [i.text for i in capture.list_inputs(db, item_id)]


def test_a_typed_input_shows_at_once_and_its_commit_turns_the_same_row_into_the_stored_one(
        pg_db: Database, meeting: SmallMeeting, far: tuple[Laptop, ProjectorWindow, int],
        proxy: DelayProxy, qtbot: QtBot) -> None:
    laptop, projector, group = far
    column = laptop.panel.groups.columns[group]
    _enter(qtbot, laptop, group, "Før sendt")
    qtbot.waitUntil(lambda: laptop.ctx.submitting == 0, timeout=3000)
    steps = laptop.ctx.undo_stack.count()

    proxy.stall(30)  # the commit cannot come back until resume(): what shows now is the pending row
    _enter(qtbot, laptop, group, "Borgerne skal kunne følge sagen")
    assert laptop.inputs(group) == ["Før sendt", "Borgerne skal kunne følge sagen"]
    assert projector.group_cards()["Gruppe 1"] == ["Før sendt", "Borgerne skal kunne følge sagen"]
    assert column.entry.text() == "" and column.entry.hasFocus()  # free for the next one at once
    row = column.inputs.row_index(1)
    assert row.data(PENDING_ROLE) and row.data(ID_ROLE) < 0  # not stored yet: no id
    assert _stored(pg_db, meeting.groups) == ["Før sendt"]  # type: ignore[arg-type]
    assert laptop.ctx.undo_stack.count() == steps  # undo has nothing of it until it is stored
    assert row.data(Qt.ItemDataRole.ForegroundRole) is None  # looks like the others: no flicker when saved soon
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.ForegroundRole) is not None, timeout=3000)  # late: greyed
    assert "serveren har ikke svaret" in row.data(Qt.ItemDataRole.ToolTipRole)
    # The secretary selects the pending row and types on while the commit is out.
    column.inputs.setFocus()
    column.inputs.selectionModel().select(row, Sel.SelectionFlag.ClearAndSelect | Sel.SelectionFlag.Rows)
    column.inputs.setCurrentIndex(row)
    kept = QPersistentModelIndex(row)
    changed: list[int] = []
    removed: list[int] = []
    model = laptop.panel.groups.model
    assert model is not None
    model.dataChanged.connect(lambda *_a: changed.append(1))
    model.rowsRemoved.connect(lambda *_a: removed.append(1))
    model.rowsInserted.connect(lambda *_a: removed.append(1))

    proxy.resume()
    qtbot.waitUntil(lambda: laptop.ctx.submitting == 0, timeout=5000)
    [first, stored] = capture.list_inputs(pg_db, meeting.groups)  # type: ignore[arg-type]
    assert stored.text == "Borgerne skal kunne følge sagen"
    assert kept.isValid() and kept.row() == 1 and kept.data(ID_ROLE) == stored.id  # the same row, now the input
    assert not kept.data(PENDING_ROLE) and kept.data(Qt.ItemDataRole.ForegroundRole) is None  # no longer grey
    assert removed == [] and changed == [1]  # one dataChanged: no row taken out or put in (no flicker)
    assert column.selected_ids() == [stored.id] and column.inputs.hasFocus()  # selection and focus kept
    assert projector.group_cards()["Gruppe 1"] == ["Før sendt", "Borgerne skal kunne følge sagen"]
    assert laptop.ctx.undo_stack.count() == steps + 1

    # Undo works on the committed row: gone from the column, the projector and the server.
    laptop.ctx.undo_stack.undo()
    assert laptop.inputs(group) == ["Før sendt"]
    assert projector.group_cards()["Gruppe 1"] == ["Før sendt"]
    assert _stored(pg_db, meeting.groups) == ["Før sendt"]  # type: ignore[arg-type]
    laptop.ctx.undo_stack.redo()
    assert laptop.inputs(group) == ["Før sendt", "Borgerne skal kunne følge sagen"]
    assert [i.id for i in capture.list_inputs(pg_db, meeting.groups)] == [first.id, stored.id]  # type: ignore[arg-type]


def test_undo_right_after_enter_undoes_that_input_once_it_is_stored(
        pg_db: Database, meeting: SmallMeeting, far: tuple[Laptop, ProjectorWindow, int], qtbot: QtBot) -> None:
    laptop, projector, group = far
    _enter(qtbot, laptop, group, "Første")
    qtbot.waitUntil(lambda: laptop.ctx.submitting == 0, timeout=3000)
    _enter(qtbot, laptop, group, "Andet")
    assert laptop.ctx.submitting == 1  # its commit is still out (three round trips at least)
    laptop.ctx.undo()  # Ctrl+Z (MainWindow.undo): waits for it, then undoes it, not "Første"
    assert laptop.inputs(group) == ["Første"] and projector.group_cards()["Gruppe 1"] == ["Første"]
    assert _stored(pg_db, meeting.groups) == ["Første"]  # type: ignore[arg-type]
    laptop.ctx.redo()
    assert laptop.inputs(group) == ["Første", "Andet"]
    assert _stored(pg_db, meeting.groups) == ["Første", "Andet"]  # type: ignore[arg-type]


def test_five_inputs_typed_fast_at_30_ms_land_in_order(
        pg_db: Database, meeting: SmallMeeting, far: tuple[Laptop, ProjectorWindow, int], qtbot: QtBot) -> None:
    laptop, projector, group = far
    texts = [f"Input {n}: hurtigt skrevet" for n in range(1, 6)]
    for text in texts:  # no waiting between them: each Enter returns at once
        _enter(qtbot, laptop, group, text)
    assert laptop.inputs(group) == texts  # all five shown, in order, before any commit came back
    assert laptop.ctx.submitting == 5
    # Another action waits for them first, so the undo stack has the steps in the commits' order.
    assert laptop.panel.view.edits.add_group(meeting.groups, "Gruppe 2", []) is not None  # type: ignore[arg-type]
    assert laptop.ctx.submitting == 0
    stack = laptop.ctx.undo_stack
    assert [stack.text(n) for n in range(stack.count())] == ["Tilføj input"] * 5 + [stack.text(5)]
    assert stack.text(5) != "Tilføj input"
    stack.undo()  # the group
    stored = capture.list_inputs(pg_db, meeting.groups)  # type: ignore[arg-type]
    assert [i.text for i in stored] == texts  # stored in the order typed
    column = laptop.panel.groups.columns[group]
    assert [column.inputs.row_index(r).data(ID_ROLE) for r in range(5)] == [i.id for i in stored]
    assert projector.group_cards()["Gruppe 1"] == texts[-len(projector.group_cards()["Gruppe 1"]):]
    stack.undo()  # the last one typed is the last input step
    assert _stored(pg_db, meeting.groups) == texts[:4]  # type: ignore[arg-type]


def test_a_refused_input_is_taken_out_said_in_danish_and_its_text_is_back_in_the_entry(
        pg_db: Database, meeting: SmallMeeting, far: tuple[Laptop, ProjectorWindow, int],
        proxy: DelayProxy, qtbot: QtBot) -> None:
    laptop, projector, group = far
    column = laptop.panel.groups.columns[group]
    messages: list[str] = []
    laptop.ctx.error.connect(messages.append)
    steps = laptop.ctx.undo_stack.count()
    proxy.stall(30)
    _enter(qtbot, laptop, group, "Digitalt som det naturlige valg")
    assert laptop.inputs(group) == ["Digitalt som det naturlige valg"]  # shown, pending
    qtbot.keyClicks(column.entry, "Ingen")  # the next one is being typed when the refusal comes
    # Meanwhile the chair's laptop sends the referat: the meeting is locked on the server.
    referat_service.send_for_approval(pg_db, meeting.id)  # type: ignore[arg-type]
    proxy.resume()
    qtbot.waitUntil(lambda: laptop.ctx.submitting == 0, timeout=5000)
    assert laptop.inputs(group) == []  # taken out of the column ...
    assert projector.group_cards()["Gruppe 1"] == []  # ... and off the wall
    assert _stored(pg_db, meeting.groups) == []  # type: ignore[arg-type]
    assert column.entry.text() == "Digitalt som det naturlige valg Ingen"  # nothing lost, typing kept
    assert column.entry.cursorPosition() == len(column.entry.text())  # the cursor still after "Ingen"
    [message] = messages
    assert message.startswith("Inputtet »Digitalt som det naturlige valg« blev ikke gemt: ")
    assert "sendt til godkendelse" in message and message.endswith("Teksten står i feltet igen.")
    assert laptop.ctx.undo_stack.count() == steps  # no undo step for what was not stored


def test_a_refused_input_on_sqlite_comes_back_in_the_entry(sqlite_db: Database, qtbot: QtBot) -> None:
    m = SmallMeeting(sqlite_db)
    meetings.set_current_step(sqlite_db, m.id, m.groups, "inputs")  # type: ignore[arg-type]
    group = capture.add_group(sqlite_db, m.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    ctx = AppContext(sqlite_db)
    panel = CapturePanel(ctx)
    qtbot.addWidget(panel)
    ctx.select_meeting(m.id)
    panel.show()
    messages: list[str] = []
    ctx.error.connect(messages.append)
    column = panel.groups.columns[group]  # type: ignore[index]
    qtbot.keyClicks(column.entry, "Et godt input")
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    assert column.inputs.texts() == ["Et godt input"] and column.entry.text() == ""
    referat_service.send_for_approval(sqlite_db, m.id)  # type: ignore[arg-type]  # not told to this window
    qtbot.keyClicks(column.entry, "For sent")
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    assert column.inputs.texts() == ["Et godt input"]
    assert column.entry.text() == "For sent"
    assert len(messages) == 1 and "»For sent« blev ikke gemt" in messages[0]
    assert _stored(sqlite_db, m.groups) == ["Et godt input"]  # type: ignore[arg-type]


def test_closing_the_window_asks_when_an_input_still_being_saved_is_refused(
        pg_db: Database, meeting: SmallMeeting, proxy: DelayProxy, qtbot: QtBot, dialogs: Dialogs) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow
    from ui.settings import Settings

    group = capture.add_group(pg_db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    db = Database(proxy.url(pg_db.url), client_name="Sekretærens bærbare")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_database(db)
    try:
        assert window.ctx is not None
        window.ctx.select_meeting(meeting.id)
        window.show_panel("capture")
        panel = window.panels["capture"]
        assert isinstance(panel, CapturePanel)
        qtbot.waitUntil(lambda: group in panel.groups.columns, timeout=5000)
        column = panel.groups.columns[group]
        window.activateWindow()
        column.entry.setFocus()
        qtbot.waitUntil(column.entry.hasFocus)
        proxy.stall(30)
        qtbot.keyClicks(column.entry, "Det sidste input")
        qtbot.keyClick(column.entry, Qt.Key.Key_Return)
        assert window.ctx.submitting == 1 and column.entry.text() == ""
        referat_service.send_for_approval(pg_db, meeting.id)  # type: ignore[arg-type]  # another laptop locks it
        threading.Timer(0.5, proxy.resume).start()  # the network comes back while the window closes
        dialogs.answers = [QMessageBox.StandardButton.No]  # "Luk alligevel?" No: the window stays
        t0 = time.monotonic()
        assert not window.close()
        assert time.monotonic() - t0 >= 0.4 and window.ctx.submitting == 0  # it waited for the answer
        assert dialogs.warnings == ["Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?"]
        assert column.entry.text() == "Det sidste input"  # the refused input is back in its field
        assert _stored(pg_db, meeting.groups) == []  # type: ignore[arg-type]
    finally:
        window.ctx.settle() if window.ctx is not None else None
        db.close()
