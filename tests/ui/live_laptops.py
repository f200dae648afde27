"""Two laptops in one test process: each its own ``Database`` (own connections, own client id),
context, capture layout and live link, on the CI PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from unittest import mock

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from PySide6.QtCore import QTimer

from workshop.db import Database

from ui import operations
from ui.context import AppContext
from ui.live_link import LiveLink, live_link
from ui.panels.capture import CapturePanel


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


SECRETARY, CHAIR, SECOND = "Sekretærens bærbare", "Formandens bærbare", "Anden sekretærs bærbare"


@contextmanager
def two_laptops(url: str, meeting_id: int, qtbot: QtBot,
                names: tuple[str, str] = (SECRETARY, CHAIR)) -> Iterator[tuple[Laptop, Laptop]]:
    """Two laptops' capture layouts on one meeting, each with its live link.

    A laptop hears the other's change when its event loop turns: in a test, when it waits
    (``qtbot.waitUntil``). A write whose answer is late (``operations.QUIET_WAIT_S``) turns the loop
    too, so on a busy machine B could hear A's change in the middle of A's write, in a test whose
    point is that B has not heard it yet. Here the GUI waits for its answers without turning, so
    what a laptop has heard is what the test let it hear."""
    a = open_laptop(url, names[0], meeting_id, qtbot)
    b = open_laptop(url, names[1], meeting_id, qtbot)
    try:
        with mock.patch.object(operations, "QUIET_WAIT_S", 60.0):
            yield a, b
    finally:
        close_laptop(a)
        close_laptop(b)


W = TypeVar("W")


@contextmanager
def one_screen_on_two(url: str, qtbot: QtBot, make: Callable[[AppContext], W],
                      names: tuple[str, str] = (SECRETARY, CHAIR)) -> Iterator[tuple[W, W]]:
    """The same screen (``make`` builds it and shows its rows) on two laptops, each with its own
    ``Database``; no live link: each shows what it read until it re-reads, as a laptop that has not
    heard the other's notice yet."""
    shown: list[Any] = []
    try:
        for name in names:
            widget = make(AppContext(Database(url, client_name=name)))
            qtbot.addWidget(widget)
            widget.show()
            shown.append(widget)
        qtbot.waitExposed(shown[-1])
        yield shown[0], shown[1]
    finally:
        for widget in shown:
            widget.close()
            widget.ctx.db.close()


@contextmanager
def committee_on_two(url: str, committee_id: int, qtbot: QtBot) -> Iterator[tuple[Any, Any]]:
    """One committee's panel (members, tasks) on two laptops, as ``one_screen_on_two``."""
    from ui.panels.committee import CommitteePanel

    def make(ctx: AppContext) -> CommitteePanel:
        panel = CommitteePanel(ctx)
        panel.set_committee(committee_id)
        return panel

    with one_screen_on_two(url, qtbot, make) as pair:
        yield pair


class Ticks:
    """A QTimer every 20 ms: the event loop turns while it keeps ticking."""

    def __init__(self) -> None:
        self.at: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.at.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self, since: float, until: float) -> float:
        marks = [since, *(t for t in self.at if since <= t <= until), until]
        return max(b - a for a, b in zip(marks, marks[1:], strict=False))


class OnGuiThread:
    """The statements ``db`` sends, and those sent from the GUI thread (which then waits on the network)."""

    def __init__(self, db: Database) -> None:
        self.engine = db.engine
        self.sent = 0
        self.on_gui: list[str] = []
        event.listen(self.engine, "before_cursor_execute", self._sent)

    def _sent(self, _conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        self.sent += 1
        if threading.current_thread() is threading.main_thread():
            self.on_gui.append(statement)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._sent)
