"""Dates, date-times and clock times as the meeting file writes them (ISO 8601, no zone)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Seconds are optional: the spec writes minutes, but a time stamped by the app may carry seconds.
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def parse_date(value: str) -> date | None:
    """``2017-12-20`` as a date, or None when it is not a real date in that shape."""
    if not isinstance(value, str) or not _DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def parse_date_time(value: str) -> datetime | None:
    """``2017-11-15T18:00`` (local time) as a naive datetime, or None."""
    if not isinstance(value, str) or not _DATE_TIME.match(value):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def is_clock_time(value: str) -> bool:
    """True for ``HH:MM`` from 00:00 to 23:59."""
    return isinstance(value, str) and bool(_CLOCK.match(value))


def parse_clock_time(value: str) -> time | None:
    """``18:14`` as a time, or None when it is not ``HH:MM``."""
    return time(int(value[:2]), int(value[3:])) if is_clock_time(value) else None


def format_clock_time(value: datetime | time) -> str:
    """``HH:MM``: the clock time an item started, as ``ended_at`` writes the meeting's end."""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_date(value: date) -> str:
    return value.isoformat()


def format_date_time(value: datetime) -> str:
    """Minutes only unless the time has seconds, so ``18:00`` stays ``18:00``."""
    text = f"{value.date().isoformat()}T{value.hour:02d}:{value.minute:02d}"
    return f"{text}:{value.second:02d}" if value.second else text
