"""Attendance tables: members × (present, absent, afbud, note), and members × items for partial absence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workshop.models import AgendaItem, Member

Index = QModelIndex | QPersistentModelIndex
STATUS_COLUMNS = ("present", "absent", "excused")  # columns 1-3; 0 is the name, 4 the note
NOTE_COLUMN = 4


@dataclass
class AttendanceRow:
    member: Member
    status: str | None  # None: not recorded yet
    note: str
    version: int = 0  # of the recorded attendance as shown (0: none); an edit is based on it


class AttendanceModel(QAbstractTableModel):
    """Clicking (or P/F/A on) a status cell asks ``on_status``; editing the note asks ``on_note``."""

    def __init__(self, headers: list[str], on_status: Callable[[AttendanceRow, str], bool],
                 on_note: Callable[[AttendanceRow, str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[AttendanceRow] = []
        self.on_status, self.on_note = on_status, on_note
        self.role_labels: dict[str, str] = {}

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        if [r.member.id for r in rows] == [r.member.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, NOTE_COLUMN))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column == 0 and role == Qt.ItemDataRole.DisplayRole:
            role_label = self.role_labels.get(row.member.role, "")
            return f"{row.member.name} ({role_label})" if role_label else row.member.name
        if 1 <= column <= 3:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = row.status == STATUS_COLUMNS[column - 1]
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if column == NOTE_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.note
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 1 <= index.column() <= 3:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == NOTE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if 1 <= column <= 3 and role == Qt.ItemDataRole.CheckStateRole:
            status = STATUS_COLUMNS[column - 1]
            return status != row.status and self.on_status(row, status)
        if column == NOTE_COLUMN and role == Qt.ItemDataRole.EditRole:
            note = str(value).strip()
            if note == row.note:
                return False
            if row.status is None:
                return self.on_status(row, "present") and self.on_note(row, note)
            return self.on_note(row, note)
        return False


# what a cell of the member × item grid cycles through
ITEM_STATES = (None, "absent", "conflict")


class ItemAbsenceModel(QAbstractTableModel):
    """Rows are members, columns agenda items; a cell is empty, "fraværende" or "inhabil".

    A member away from the whole meeting (fraværende or afbud in the list above) takes part in no
    item: the row shows that status, greyed, and its cells do not change (the referat says
    inhabilitet and absence during an item only of members present).
    """

    def __init__(self, on_set: Callable[[int, int, str | None, str | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.members: list[Member] = []
        self.items: list[AgendaItem] = []
        self.state: dict[tuple[int, int], str] = {}  # (member_id, item_id) -> kind
        self.away: dict[int, str] = {}  # member_id -> "absent" or "excused", away from the whole meeting
        self.on_set = on_set  # (item_id, member_id, old kind, new kind)
        self.labels = {"absent": QCoreApplication.translate("AttendancePanel", "fraværende"),
                       "conflict": QCoreApplication.translate("AttendancePanel", "inhabil")}
        self.away_labels = {"absent": QCoreApplication.translate("AttendancePanel", "fraværende hele mødet"),
                            "excused": QCoreApplication.translate("AttendancePanel", "afbud")}

    def set_data(self, members: list[Member], items: list[AgendaItem],
                 state: dict[tuple[int, int], str], away: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.members, self.items, self.state, self.away = members, items, state, dict(away or {})
        self.endResetModel()

    def _away(self, row: int) -> str | None:
        return self.away.get(self.members[row].pk) if 0 <= row < len(self.members) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._away(index.row()):
            return Qt.ItemFlag.ItemIsSelectable  # greyed: the member is not at the meeting
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section < len(self.items):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1}. {self.items[section].title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{section + 1}. {self.items[section].title}"
        if orientation == Qt.Orientation.Vertical and section < len(self.members) \
                and role == Qt.ItemDataRole.DisplayRole:
            return self.members[section].name
        return None

    def kind_at(self, index: Index) -> str | None:
        member, item = self.members[index.row()], self.items[index.column()]
        return self.state.get((member.pk, item.pk))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind = self.kind_at(index)
        away = self._away(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if away:
                return self.away_labels.get(away, "")
            return self.labels.get(kind, "") if kind else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.members[index.row()].name} · {self.items[index.column()].title}"
        return None

    def cycle(self, index: Index) -> None:
        """Empty → fraværende → inhabil → empty."""
        if not index.isValid():
            return
        if self._away(index.row()):
            return
        old = self.kind_at(index)
        new = ITEM_STATES[(ITEM_STATES.index(old) + 1) % len(ITEM_STATES)]
        self.on_set(self.items[index.column()].pk, self.members[index.row()].pk, old, new)
