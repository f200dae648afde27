"""A table model over a list of plain rows (members, tasks) whose edits go through a callback.

The model never writes: ``setData`` hands (row, field, value) to ``on_edit``,
which runs an undoable service command; the panel then calls ``set_rows`` with
what the database holds, so the view always shows what is saved.

``RowDelegate`` (every cell's editor, ``ChoiceDelegate`` too) hands over the row as the
editor showed it when it opened, with its version: another laptop's change arriving while a
cell is edited repaints the table but neither replaces what is typed nor becomes the version
the edit is based on (``ui/versioned.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 10
BASED_ON = "basedOn"  # an open editor's property: the row as it showed it


@dataclass
class Column:
    field: str
    header: str
    editable: bool = True
    # value -> label for fields with a fixed set of values (shown in a combo box)
    choices: dict[str, str] = dataclass_field(default_factory=dict)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], on_edit: Callable[[Any, str, Any], bool],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.on_edit = on_edit

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the rows; same ids in the same order only repaint (an open editor survives)."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = getattr(row, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.choices.get(value, value) if column.choices else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == ROW_ID_ROLE:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.edit(self.rows[index.row()], index.column(), value)

    def edit(self, row: Any, column_number: int, value: Any) -> bool:
        """``value`` typed in a cell of ``row`` as it was shown when the edit began."""
        column = self.columns[column_number]
        if isinstance(value, str) and column.field not in ("description",):
            value = value.strip()
        if getattr(row, column.field) == value:
            return False
        return self.on_edit(row, column.field, value)


def _shown_row(index: Index) -> Any:
    model = index.model()
    return model.rows[index.row()] if isinstance(model, RowTableModel) and index.row() < len(model.rows) else None


class RowDelegate(QStyledItemDelegate):
    """A cell's editor keeps what is typed while the row changes elsewhere, and its edit is based on
    the row as the editor showed it."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # another laptop changed the row while this is typed: keep the typing
        super().setEditorData(editor, index)
        editor.setProperty(BASED_ON, _shown_row(index))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        based_on = editor.property(BASED_ON)
        if isinstance(model, RowTableModel) and isinstance(editor, QLineEdit) and based_on is not None:
            model.edit(based_on, index.column(), editor.text())
        else:
            super().setModelData(editor, model, index)


class ChoiceDelegate(RowDelegate):
    """A combo box for a column with fixed values (role, status)."""

    def __init__(self, choices: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices.items():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.property(BASED_ON) is not None:
            return  # open already: a repaint does not change the choice shown or what it is based on
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.setProperty(BASED_ON, _shown_row(index))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        based_on = editor.property(BASED_ON)
        if isinstance(model, RowTableModel) and based_on is not None:
            model.edit(based_on, index.column(), editor.currentData())
        else:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
