"""Planned start times of an agenda: the meeting's start plus each item's time box in turn.

Standard library only: the services' schedule and the start-up preview (which runs
before SQLAlchemy is loaded) compute the same times with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta


def planned_starts(starts_at: datetime, minutes: Iterable[int | None]) -> list[datetime]:
    """When each item starts if every earlier one keeps its time box (none counts as 0)."""
    starts, at = [], starts_at
    for box in minutes:
        starts.append(at)
        at += timedelta(minutes=box or 0)
    return starts
