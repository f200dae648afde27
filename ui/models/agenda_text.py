"""The agenda's row text, schedule line and case-section names, shared by the agenda screen
and the start-up preview (which shows them before the data layer has loaded)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from ui.qt_typed import QT_TRANSLATE_NOOP

# (field, label in context "AgendaPanel", editor lines)
CASE_SECTIONS = [
    ("summary", QT_TRANSLATE_NOOP("AgendaPanel", "Resumé"), 3),
    ("background", QT_TRANSLATE_NOOP("AgendaPanel", "Baggrund"), 3),
    ("presentation", QT_TRANSLATE_NOOP("AgendaPanel", "Sagsfremstilling"), 4),
    ("economy", QT_TRANSLATE_NOOP("AgendaPanel", "Økonomiske konsekvenser og finansiering"), 2),
    ("previous_decisions", QT_TRANSLATE_NOOP("AgendaPanel", "Tidligere beslutninger"), 2),
]


class ItemLike(Protocol):
    """Read only: a row or a start-up preview's frozen copy of one."""

    @property
    def title(self) -> str: ...

    @property
    def planned_minutes(self) -> int | None: ...

    @property
    def open(self) -> bool: ...


def agenda_row_text(number: int, item: ItemLike, start: datetime | None, closed_label: str) -> str:
    """``18:10   2. Title  ·  35 min  ·  lukket``: planned start, number, title, time box."""
    clock = f"{start:%H:%M}" if start else "--:--"
    minutes = f"  ·  {item.planned_minutes} min" if item.planned_minutes else ""
    closed = f"  ·  {closed_label}" if not item.open else ""
    return f"{clock}   {number}. {item.title}{minutes}{closed}"


def schedule_summary(start: datetime, planned_minutes: list[int]) -> str:
    """``Start 18:00 · slut ca. 20:40 · 5 punkter · i alt 2 t 40 min``."""
    total = sum(planned_minutes)
    end = start + timedelta(minutes=total)
    hours, minutes = divmod(total, 60)
    return QCoreApplication.translate(
        "AgendaPanel", "Start {start} · slut ca. {end} · {n} punkter · i alt {h} t {m} min").format(
        start=f"{start:%H:%M}", end=f"{end:%H:%M}", n=len(planned_minutes), h=hours, m=minutes)
