"""The meeting's schedule: planned against actual start of every step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from workshop.services.agenda import ScheduleRow

from ui.qt_typed import QT_TRANSLATE_NOOP


def deviation(row: ScheduleRow) -> str:
    """"+5" minutes late, "-2" early, "0" on time; empty before the step starts."""
    if row.actual_start is None:
        return ""
    if row.actual_start.date() != row.planned_start.date():
        return "anden dag"  # run on another day than planned: minutes would mean nothing
    minutes = round((row.actual_start - row.planned_start).total_seconds() / 60)
    return f"+{minutes}" if minutes > 0 else str(minutes)


class ScheduleTable(QTableWidget):
    """Read-only; the current step in bold, late starts in red."""

    # The item with its number (its time box is in the step's line and in the next planned start):
    # in the side panel's width every title is read whole, wrapped, not cut to "Velko…".
    HEADERS = (QT_TRANSLATE_NOOP("ScheduleTable", "Punkt"), QT_TRANSLATE_NOOP("ScheduleTable", "Planlagt"),
               QT_TRANSLATE_NOOP("ScheduleTable", "Faktisk"), QT_TRANSLATE_NOOP("ScheduleTable", "Afvigelse"))
    TITLE, DEVIATION = 0, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName("run_schedule")
        self.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        for col in range(len(self.HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # as the width wraps
        # Never so narrow that a word of a title is cut: the other columns and ~12 letters for it.
        times = sum(header.sectionSizeHint(c) for c in range(1, len(self.HEADERS)))
        self.setMinimumWidth(times + self.fontMetrics().horizontalAdvance("3. Gruppearbejde") + 24)

    def show_rows(self, rows: list[ScheduleRow], current_id: int | None) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (f"{row.number}. {row.title}", row.planned_start.strftime("%H:%M"),
                      row.actual_start.strftime("%H:%M") if row.actual_start else "", deviation(row))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if row.item_id == current_id:
                    font = QFont(self.font())
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setBackground(QBrush(QColor("#fff3c4")))
                if c == self.DEVIATION and value.startswith("+"):
                    cell.setForeground(QBrush(QColor("#c0392b")))
                if c == self.TITLE:
                    cell.setToolTip(value)
                self.setItem(r, c, cell)

    def cells(self) -> list[list[str]]:
        return [[cell.text() if (cell := self.item(r, c)) is not None else "" for c in range(self.columnCount())]
                for r in range(self.rowCount())]
