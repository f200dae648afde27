"""Two laptops, one meeting (issue 14): two windows, each with its own ``Database`` and connections
on the CI PostgreSQL, see each other's writes through the change notices, as local writes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from PySide6.QtCore import Qt

from tests.conftest import PG_URL
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import capture, meetings

from ui.context import AppContext
from ui.live_link import LiveLink, live_link
from ui.panels.capture import CapturePanel
from ui.projector import ProjectorWindow, projector_of


@dataclass
class Laptop:
    db: Database
    ctx: AppContext
    panel: CapturePanel
    link: LiveLink

    def inputs(self, group_id: int) -> list[str]:
        model = self.panel.groups.model
        assert model is not None
        return model.texts(group_id)


def open_laptop(url: str, name: str, meeting_id: int, qtbot: QtBot, **options: float) -> Laptop:
    db = Database(url, client_name=name)
    ctx = AppContext(db)
    panel = CapturePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    ctx.select_meeting(meeting_id)
    panel.set_meeting(meeting_id)
    panel.show()
    qtbot.waitExposed(panel)
    link = live_link(ctx, **options)
    assert link is not None
    qtbot.waitUntil(lambda: link.connected, timeout=10000)
    return Laptop(db, ctx, panel, link)


def close_laptop(laptop: Laptop) -> None:
    laptop.link.stop()
    laptop.panel.close()
    laptop.db.close()


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    m = SmallMeeting(pg_db)
    meetings.set_current_step(pg_db, m.id, m.groups, "inputs")  # type: ignore[arg-type]
    return m


@pytest.fixture
def two(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[Laptop, Laptop]]:
    a = open_laptop(pg_db.url, "Sekretærens bærbare", meeting.id, qtbot)  # type: ignore[arg-type]
    b = open_laptop(pg_db.url, "Formandens bærbare", meeting.id, qtbot,  # type: ignore[arg-type]
                    min_backoff=0.5, max_backoff=0.5)  # slow to reconnect: writes meanwhile are missed
    yield a, b
    close_laptop(a)
    close_laptop(b)


def test_sqlite_has_no_live_link(sqlite_db: Database) -> None:
    assert live_link(AppContext(sqlite_db)) is None


def test_an_input_typed_on_a_appears_on_b_and_its_projector(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    group = a.panel.view.edits.add_group(meeting.groups, "Gruppe 1", [])  # type: ignore[arg-type]
    assert group is not None
    qtbot.waitUntil(lambda: group in b.panel.groups.columns, timeout=2000)  # the new column came over
    projector: ProjectorWindow = projector_of(b.ctx)
    qtbot.addWidget(projector)
    projector.show()
    column = a.panel.groups.columns[group]
    qtbot.keyClicks(column.entry, "Nemmere selvbetjening")
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    assert a.inputs(group) == ["Nemmere selvbetjening"]
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: b.inputs(group) == ["Nemmere selvbetjening"], timeout=2000)
    assert time.monotonic() - t0 < 1.0
    assert projector.inputs.model is b.panel.groups.model  # the projector renders the same rows
    # B's own echo is not applied twice, A's is skipped: still one row each
    qtbot.wait(300)
    assert a.inputs(group) == b.inputs(group) == ["Nemmere selvbetjening"]
    projector.close()


def test_changes_missed_while_disconnected_are_caught_up_within_2_s(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    group = capture.add_group(a.db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    assert group is not None
    qtbot.waitUntil(lambda: group in b.panel.groups.columns, timeout=2000)
    states: list[bool] = []
    b.link.connection_changed.connect(lambda up, _reason: states.append(up))
    pid = b.link.listener.backend_pid
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
    finally:
        admin.dispose()
    t0 = time.monotonic()
    typed = [f"mens B var væk {i}" for i in range(3)]
    for line in typed:  # written on A's laptop while B's listener is gone (0.5 s before it retries)
        capture.add_input(a.db, group, line)
    qtbot.waitUntil(lambda: b.inputs(group) == typed, timeout=2000)
    assert time.monotonic() - t0 < 2.0
    qtbot.waitUntil(lambda: states[-1:] == [True], timeout=2000)
    assert False in states  # the loss was reported (the window's banner)
