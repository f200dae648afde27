"""The candidate pejlemærker of a group-work item: a view of its CandidateModel, with the inputs under each.

New ones from the selected inputs (Enter in the title line), inputs dropped onto one,
merge, take inputs out, delete, rename (F2), and a status by one key on the selected
ones: V valgt, K kortliste, F fravalgt, N back to kandidat. The ranking of the
dot-voting step uses the same keys (``status_keys``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts
from ui.context import AppContext
from ui.field_errors import errors_at
from ui.models.candidate_model import (
    GROUP,
    GROUP_ROLE,
    ID_ROLE,
    KIND_ROLE,
    STATUS,
    TITLE,
    VERSION_ROLE,
    VOTES,
    CandidateModel,
    status_text,
)
from ui.models.input_model import INPUT_MIME, ShownInput, read_input_mime
from ui.models.row_table import BASED_ON
from ui.panels.meeting_edits import MeetingEdits

Index = QModelIndex | QPersistentModelIndex
STATUS_KEYS = (("candidates.chosen", "chosen"), ("candidates.shortlisted", "shortlisted"),
               ("candidates.rejected", "rejected"), ("candidates.candidate", "candidate"))



def status_keys(view: QAbstractItemView, ctx: AppContext, edits: MeetingEdits,
                model: Callable[[], CandidateModel | None], selected: Callable[[], list[int]]) -> None:
    """V / K / F / N on ``view`` give the selected candidates that status (one undo step)."""

    def give(status: str) -> None:
        current = model()
        ids = selected()
        if current is None or not ids:
            ctx.error.emit(QCoreApplication.translate("CandidateList", "Markér et eller flere pejlemærker først."))
            return
        changes = [(cid, current.status(cid), status, current.version(cid)) for cid in ids
                   if current.status(cid) != status]
        edits.set_statuses(changes, QCoreApplication.translate("CandidateList", "Status: {status}").format(status=status_text(status)))

    for name, status in STATUS_KEYS:
        shortcuts.on_key(name, view, partial(give, status))


class TitleDelegate(QStyledItemDelegate):
    """Only a candidate's title is edited in place, and the edit is a command, not a write."""

    def __init__(self, view: QTreeView, edits: MeetingEdits) -> None:
        super().__init__(view)
        self.edits = edits

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != TITLE or index.data(KIND_ROLE) != "candidate":
            return None  # type: ignore[return-value]  # Qt's way of saying "not editable here"
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Pejlemærkets titel"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return  # the pejlemærke changed elsewhere while this is typed: keep the typing
        super().setEditorData(editor, index)
        editor.setProperty(BASED_ON, (index.data(), index.data(VERSION_ROLE)))  # what the edit is based on

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            return
        old, version = editor.property(BASED_ON) or (index.data(), index.data(VERSION_ROLE))
        if editor.text() != old:
            view = self.parent()
            assert isinstance(view, QTreeView)
            # A refusal ("Titlen må ikke være tom") is shown under the row, and goes with the next save here.
            with errors_at(self.edits.ctx, view.viewport(), view.visualRect(index)):
                self.edits.update_candidate(index.data(ID_ROLE), self.tr("Omdøb pejlemærke"), "title", old,
                                            editor.text(), version, self.tr("Titlen"))


class CandidateTree(QTreeView):
    """The candidates with their inputs underneath; inputs dropped on a row go under its candidate."""

    def __init__(self, panel: CandidatesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.viewport().setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(True)
        self.setItemDelegate(TitleDelegate(self, panel.edits))

    def candidate_at(self, pos: QPoint) -> int | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        index = index.sibling(index.row(), 0)
        while index.parent().isValid():
            index = index.parent()
        return index.data(ID_ROLE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(INPUT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(INPUT_MIME) and self.candidate_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        payload = read_input_mime(event.mimeData())
        candidate_id = self.candidate_at(event.position().toPoint())
        if payload is None or candidate_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the source view must not remove its rows
        event.accept()
        self.panel.assign(payload[1], candidate_id)


class CandidatesPanel(QWidget):
    """The candidates beside the group columns; ``selected_inputs`` gives the inputs marked there."""

    def __init__(self, ctx: AppContext, edits: MeetingEdits, selected_inputs: Callable[[], list[ShownInput]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.edits = ctx, edits
        self.model: CandidateModel | None = None
        self._selected_inputs = selected_inputs
        self.item_id: int | None = None

        title = QLabel(self.tr("<b>Pejlemærker</b> – træk input hertil"))
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Titel (tom: det første valgte input) – Enter"))
        self.new_title.setAccessibleName(self.tr("Titel på nyt pejlemærke"))
        self.new_title.returnPressed.connect(self.new_from_selected)
        self.new_button = QPushButton(self.tr("Nyt pejlemærke fra valgte input"))
        self.new_button.clicked.connect(self.new_from_selected)
        self.tree = CandidateTree(self)
        self.tree.setAccessibleName(self.tr("Pejlemærker"))
        shortcuts.on_key("candidates.delete", self.tree, self.delete_selected)
        status_keys(self.tree, ctx, edits, lambda: self.model, lambda: self.selected("candidate"))
        self.assign_button = QPushButton(self.tr("Valgte input → pejlemærke"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.merge_button = QPushButton(self.tr("Slå valgte sammen"))
        self.merge_button.setToolTip(self.tr("Det øverste valgte pejlemærke beholdes; input og stemmer følger med"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.unassign_button = QPushButton(self.tr("Tag input ud"))
        self.unassign_button.clicked.connect(self.unassign_selected)
        self.delete_button = QPushButton(self.tr("Slet"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_title, 1)
        new_row.addWidget(self.new_button)
        buttons = QGridLayout()  # two by two: the pane stays narrow enough for three group columns
        buttons.addWidget(self.assign_button, 0, 0)
        buttons.addWidget(self.merge_button, 0, 1)
        buttons.addWidget(self.unassign_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(new_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def set_model(self, model: CandidateModel | None) -> None:
        if model is self.model:
            return
        if self.model is not None:
            self.model.rowsInserted.disconnect(self._expand)
        self.model = model
        self.item_id = model.item_id if model is not None else None
        self.tree.setModel(model)
        self.message.clear()
        if model is None:
            return
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VOTES, STATUS, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        model.rowsInserted.connect(self._expand)

    def _expand(self, parent: Index, first: int, last: int) -> None:
        if not parent.isValid() and self.model is not None:
            for r in range(first, last + 1):
                self.tree.expand(self.model.index(r, 0))

    # --- selection ------------------------------------------------------------------------

    def selected(self, kind: str) -> list[int]:
        """Selected candidates (top first) or inputs, by id."""
        rows = [i for i in self.tree.selectionModel().selectedRows() if i.data(KIND_ROLE) == kind] \
            if self.model is not None else []
        rows.sort(key=lambda i: (i.parent().row(), i.row()) if i.parent().isValid() else (i.row(), -1))
        return [i.data(ID_ROLE) for i in rows]

    def select(self, candidate_ids: list[int]) -> None:
        if self.model is None:
            return
        self.tree.clearSelection()
        flags = self.tree.selectionModel().SelectionFlag.Select | self.tree.selectionModel().SelectionFlag.Rows
        for cid in candidate_ids:
            self.tree.selectionModel().select(self.model.index(self.model.row_of(cid), 0), flags)

    # --- edits --------------------------------------------------------------------------------

    def new_from_selected(self) -> int | None:
        if self.item_id is None:
            return None
        inputs = self._selected_inputs()
        title = self.new_title.text().strip()
        if not title and inputs:
            title = inputs[0].text
        if not title:
            self.message.setText(self.tr("Skriv en titel, eller vælg et eller flere input til det nye pejlemærke."))
            return None
        created = self.edits.add_candidate(self.item_id, title, inputs)
        if created is not None:
            self.new_title.clear()
            self.message.setText(self.tr('"{title}" oprettet med {n} input.').format(title=title, n=len(inputs)))
        return created

    def assign(self, inputs: list[ShownInput], candidate_id: int) -> None:
        if self.item_id is not None and inputs:
            self.edits.assign_inputs(inputs, candidate_id)

    def assign_selected(self) -> None:
        cands, ids = self.selected("candidate"), self._selected_inputs()
        if len(cands) != 1 or not ids:
            self.message.setText(self.tr("Vælg input i en gruppe og ét pejlemærke."))
            return
        self.assign(ids, cands[0])

    def merge_selected(self) -> None:
        ids = self.selected("candidate")
        if self.model is None or len(ids) < 2:
            self.message.setText(self.tr("Vælg mindst to pejlemærker, der skal slås sammen."))
            return
        title = self.model.title(ids[0])
        if self.edits.merge_candidates(ids[0], ids[1:], title):
            self.message.setText(self.tr('Slået sammen i "{title}".').format(title=title))

    def unassign_selected(self) -> None:
        inputs = self._selected_under()
        if self.item_id is not None and inputs:
            self.edits.assign_inputs(inputs, None)

    def _selected_under(self) -> list[ShownInput]:
        """The inputs selected in the tree, as shown there (under their pejlemærke)."""
        if self.model is None:
            return []
        rows = [i for i in self.tree.selectionModel().selectedRows() if i.data(KIND_ROLE) == "input"]
        rows.sort(key=lambda i: (i.parent().row(), i.row()))
        return [ShownInput(i.data(ID_ROLE), i.data(VERSION_ROLE), str(i.data() or ""),
                           i.siblingAtColumn(GROUP).data(GROUP_ROLE), i.parent().data(ID_ROLE)) for i in rows]

    def delete_selected(self) -> None:
        ids = self.selected("candidate")
        if ids:
            assert self.model is not None
            self.edits.delete_candidates(ids, {c: self.model.version(c) for c in ids})
        else:
            self.unassign_selected()
