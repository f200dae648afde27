"""The time box of the current step: a count-down both run mode and the projector show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


def format_countdown(seconds: int) -> str:
    """``mm:ss`` of the time left; past zero it counts the overrun (``-mm:ss``)."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


def overrun_text(seconds_left: int) -> str:
    """"Overskredet med N min" once the box is used up; empty before that."""
    if seconds_left >= 0:
        return ""
    minutes = max(1, -seconds_left // 60)
    return QCoreApplication.translate("StepTimer", "Overskredet med {minutes} min").format(minutes=minutes)


class StepTimer(QObject):
    """Counts down the current step's time box from its recorded start.

    It derives the time left from ``started_at`` and ``planned_minutes`` (both in
    the database), so run mode and the projector agree and a restart of the app
    does not reset the clock. ``now`` is injectable for tests.
    """

    ticked = Signal(int)  # seconds left; negative once overrun

    def __init__(self, parent: QObject | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._now = now
        self._started: datetime | None = None
        self._minutes: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    def set_box(self, started_at: datetime | None, planned_minutes: int | None) -> None:
        """Follow a step; without a time box the timer stops and shows nothing."""
        self._started, self._minutes = started_at, planned_minutes
        if planned_minutes:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self.tick()

    @property
    def has_box(self) -> bool:
        return bool(self._minutes)

    def seconds_left(self) -> int | None:
        if not self._minutes:
            return None
        if self._started is None:
            return self._minutes * 60
        end = self._started + timedelta(minutes=self._minutes)
        return int((end - self._now()).total_seconds() // 1)

    def text(self) -> str:
        left = self.seconds_left()
        return "" if left is None else format_countdown(left)

    def overrun(self) -> str:
        left = self.seconds_left()
        return "" if left is None else overrun_text(left)

    def tick(self) -> None:
        left = self.seconds_left()
        self.ticked.emit(0 if left is None else left)
