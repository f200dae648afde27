"""The agenda as an ordered list with planned start times; dragging an item asks to move it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop.models import AgendaItem

from ui.models.agenda_text import agenda_row_text

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 20
MIME = "application/x-workshop-agenda-item"


class AgendaModel(QAbstractListModel):
    """Rows are agenda items; ``on_move(item_id, position)`` does the actual (undoable) move."""

    def __init__(self, on_move: Callable[[int, int], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.starts: dict[int, datetime] = {}
        self.on_move = on_move
        self.closed_label = "lukket"

    def set_items(self, items: list[AgendaItem], starts: dict[int, datetime]) -> None:
        if [i.id for i in items] == [i.id for i in self.items]:
            self.items, self.starts = items, starts
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self.items, self.starts = items, starts
        self.endResetModel()

    def row_of(self, item_id: int | None) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return agenda_row_text(index.row() + 1, item, self.starts.get(item.pk),
                                   self.closed_label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == Qt.ItemDataRole.FontRole and not item.open:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self.items[i.row()].id) for i in indexes if i.isValid()]
        data.setData(MIME, QByteArray(",".join(ids[:1]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        raw = bytes(data.data(MIME).data()).decode()
        if not raw:
            return False
        item_id = int(raw)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        source = self.row_of(item_id)
        if source < 0:
            return False
        position = target - 1 if source < target else target
        if position != source:
            self.on_move(item_id, position)
        return False  # the move reloads the list from the database; nothing to remove here
