"""Group columns of inputs: a view per group, rooted at the group's row of the item's InputModel.

A column is a QTreeView without a header: it lays out only the rows it shows (word-wrapped
heights are asked for the visible rows), and an input appended to the model inserts one
row in the one column of its group, whatever the number of inputs (bench figure 3).
Enter in a column's line adds an input; F2 or a double click edits one, Delete deletes
the selected, and inputs are dragged to another group or onto a pejlemærke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts
from ui.context import AppContext
from ui.field_errors import errors_at
from ui.models.input_model import (
    ID_ROLE,
    MEMBERS_ROLE,
    ORIGIN_ROLE,
    PENDING_ROLE,
    VERSION_ROLE,
    InputModel,
    ShownInput,
    read_input_mime,
    shown_input,
)
from ui.models.row_table import BASED_ON
from ui.panels.meeting_edits import MeetingEdits

Index = QModelIndex | QPersistentModelIndex



WRAP_SLACK = 4  # px: the row's horizontal padding in the column's style sheet (2 + 2): measured at the width it is painted at


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the view's width; sizes remembered by text and width.

    A view asks only for the rows it lays out, so this is called for the visible rows. Edits
    become commands (``on_edit``), never writes to the model: the change set updates it.
    """

    def __init__(self, view: QAbstractItemView,
                 on_edit: Callable[[int, str, str, int | None], object] | None = None,
                 ctx: AppContext | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.on_edit = on_edit
        self.ctx = ctx  # whose refusals of an edit are shown at the row
        self._sizes: dict[tuple[str, str, int], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # The style sheet's padding is added to the measured size but not taken off the width the
        # text is measured at; measured at the full width, a text that just fits would be elided.
        width = self.view.viewport().width() - WRAP_SLACK
        key = (str(index.data()), str(index.data(ORIGIN_ROLE) or ""), width)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 20_000:  # old widths and edited texts
                self._sizes.clear()
            wrapped = QStyleOptionViewItem(option)
            wrapped.rect = QRect(0, 0, width, 1000)
            size = self._sizes[key] = super().sizeHint(wrapped, index)
        return size

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """The text as painted and measured: a member's input names its sender on a second line,
        as the projector does ("— Anne Hansen · telefon"); the row's data (and its editor) is the text alone."""
        super().initStyleOption(option, index)
        source = index.data(ORIGIN_ROLE)
        if source:
            option.text = f"{option.text}\u2028— {source}"  # a line break as item views draw one

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAccessibleName(self.tr("Ret input"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # the row changed elsewhere while this is typed: keep the typing
        super().setEditorData(editor, index)
        editor.setProperty(BASED_ON, (str(index.data()), index.data(VERSION_ROLE)))  # what the edit is based on

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit) or self.on_edit is None:
            return
        old, version = editor.property(BASED_ON) or (str(index.data()), index.data(VERSION_ROLE))
        new = editor.text()
        if new != old:
            if self.ctx is None:
                self.on_edit(index.data(ID_ROLE), old, new, version)
                return
            # A refusal ("Teksten må ikke være tom") is shown under the row, and goes with the next save here.
            with errors_at(self.ctx, self.view.viewport(), self.view.visualRect(index)):
                self.on_edit(index.data(ID_ROLE), old, new, version)


class InputColumnView(QTreeView):
    """One group's inputs: a view of the InputModel rooted at the group's row."""

    def __init__(self, column: GroupColumn) -> None:
        super().__init__()
        self.column = column
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setStyleSheet("QTreeView::item { border-bottom: 1px solid #d6d6d6; padding: 3px 2px; }"
                           " QTreeView::item:selected { background: palette(highlight);"
                           " color: palette(highlighted-text); }")
        self.setItemDelegate(WrappingDelegate(self, lambda iid, old, new, version: column.view.edits.update_input(
            iid, old, new, version), column.view.edits.ctx))
        self._width = -1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self._width = self.viewport().width()
            self.scheduleDelayedItemsLayout()  # wrapped heights follow the new width

    def texts(self) -> list[str]:
        root = self.rootIndex()
        return [str(self.model().index(r, 0, root).data()) for r in range(self.model().rowCount(root))]

    def row_index(self, row: int) -> QModelIndex:
        return self.model().index(row, 0, self.rootIndex())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)  # a QDragEnterEvent is a QDragMoveEvent: the same check

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        payload = read_input_mime(event.mimeData())
        if payload is not None and payload[0] != self.column.group_id:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        payload = read_input_mime(event.mimeData())
        if payload is None or payload[0] == self.column.group_id:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # rows come back from the database
        event.accept()
        self.column.view.edits.move_inputs(payload[1], self.column.group_id)


class GroupColumn(QFrame):
    """One group: its name and members, its inputs, and a line that adds an input on Enter."""

    def __init__(self, view: ColumnHost, model: InputModel, group_id: int) -> None:
        super().__init__()
        self.view = view
        self.model = model
        self.group_id = group_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(180)  # three groups side by side beside the pejlemærker on a 1280-px screen
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: 600;")
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setStyleSheet("color: palette(dark);")
        self.inputs = InputColumnView(self)
        self.inputs.setModel(model)
        self.inputs.setRootIndex(model.group_index(group_id))
        self.inputs.selectionModel().selectionChanged.connect(self._selected)
        shortcuts.on_key("inputs.delete", self.inputs, self.delete_selected)
        shortcuts.on_key("inputs.hide", self.inputs, self.toggle_hidden_selected)
        shortcuts.on_key("inputs.merge", self.inputs, self.merge_selected)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Nyt input – Enter tilføjer"))
        self.entry.returnPressed.connect(self.add_input)
        self._put_back_text = ""  # what ``_put_back`` put in the entry, while it is still there
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.name)
        layout.addWidget(self.members)
        layout.addWidget(self.inputs, 1)
        layout.addWidget(self.entry)
        self.show_group()

    def show_group(self) -> None:
        group = self.model.group_item(self.group_id)
        if group is None:
            return
        self.name.setText(group.text())
        names = group.data(MEMBERS_ROLE) or []
        self.members.setText(", ".join(names) if names else self.tr("Ingen medlemmer valgt endnu"))
        self.entry.setAccessibleName(self.tr("Nyt input til {group}").format(group=group.text()))
        if self.inputs.rootIndex() != group.index():
            self.inputs.setRootIndex(group.index())

    def selected_rows(self) -> list[QModelIndex]:
        """The selected inputs, in order; a selected one still being saved is waited for first
        (``AppContext.settle``), so each has its id (a refused one is no longer there)."""
        rows = self.inputs.selectionModel().selectedRows()
        if any(i.data(PENDING_ROLE) for i in rows):
            self.model.ctx.settle()
            rows = [i for i in self.inputs.selectionModel().selectedRows() if not i.data(PENDING_ROLE)]
        return sorted(rows, key=lambda i: i.row())

    def selected_ids(self) -> list[int]:
        return [i.data(ID_ROLE) for i in self.selected_rows()]

    def selected_inputs(self) -> list[ShownInput]:
        """The selected inputs as shown: what an edit of them is based on."""
        return [shown_input(i) for i in self.selected_rows()]

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not selected.isEmpty():
            self.view.column_selected(self)

    def add_input(self) -> None:
        """Enter: the input shows at once (a pending row in the model, so in every view of it)
        and is saved on the database's lane; the entry is free for the next one at once.
        Refused, the row goes again and the text comes back here (``_put_back``)."""
        text = self.entry.text()
        if not text.strip():
            return
        command = self.view.edits.input_command(self.group_id, text)
        self._put_back_text = ""
        self.entry.clear()  # the focus stays here for the next input (on SQLite a refusal puts it back at once)
        if self.model.add_input(self.group_id, text, command, self._refused):
            self.inputs.scrollToBottom()
        else:
            self.entry.setText(text)  # nothing started (the server is known to be unreachable): kept here

    def _refused(self, text: str, reason: str) -> str:
        """An input's commit was refused: its text back in the entry, and the message to show."""
        if not shiboken6.isValid(self.entry):  # the column is gone (another item): the message keeps it
            return self.tr("Inputtet »{text}« blev ikke gemt: {reason}").format(text=text, reason=reason)
        self._put_back(text)
        return self.tr("Inputtet »{text}« blev ikke gemt: {reason}. Teksten står i feltet igen.").format(
            text=text, reason=reason.rstrip("."))

    def _put_back(self, text: str) -> None:
        """Put a refused input's text back in the entry, before what was typed since (after the
        texts put back before it, in the order they were typed); the cursor stays in the typing."""
        current, cursor = self.entry.text(), self.entry.cursorPosition()
        head = self._put_back_text if self._put_back_text and current.startswith(self._put_back_text) else ""
        rest = current[len(head):]
        joined = f"{head} {text}" if head else text
        self._put_back_text = joined
        self.entry.setText(f"{joined} {rest.lstrip()}" if rest.strip() else joined)
        if rest.strip():
            self.entry.setCursorPosition(cursor + len(self.entry.text()) - len(current))

    def delete_selected(self) -> None:
        inputs = self.selected_inputs()
        if inputs:
            self.view.edits.delete_inputs([i.id for i in inputs], {i.id: i.version for i in inputs})

    def merge_selected(self) -> None:
        """Ctrl+M: merge the selected inputs into the top one (the same thing said twice)."""
        inputs = self.selected_inputs()
        if len(inputs) > 1:
            self.view.edits.merge_inputs(inputs)

    def toggle_hidden_selected(self) -> None:
        """Ctrl+H: hide the selected inputs from the projector and the phones, or show them again."""
        inputs = self.selected_inputs()
        if inputs:
            self.view.edits.set_inputs_hidden(inputs, not all(i.hidden for i in inputs))


class ColumnHost(Protocol):
    """What a column needs of the view it sits in (the inputs step)."""

    edits: MeetingEdits

    def column_selected(self, column: GroupColumn) -> None: ...
