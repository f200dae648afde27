"""Two laptops in one test process: each its own ``Database`` (own connections, own client id),
context, capture layout and live link, on the CI PostgreSQL."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from PySide6.QtCore import QTimer

from workshop.db import Database

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
