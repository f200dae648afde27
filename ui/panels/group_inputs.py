"""The inputs step of group work: a column per group beside the candidate pejlemærker.

One widget for both layouts, over the item's one InputModel and one CandidateModel
(``ui/models/item_models.py``). Inputs selected in one column are the ones a new
pejlemærke is made of: selecting in a column clears the others, so nothing is taken
that the user cannot see.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from workshop.models import AgendaItem

from ui.context import AppContext
from ui.models.input_model import CANDIDATE_ROLE, ID_ROLE, InputModel, ShownInput
from ui.models.item_models import candidate_model, input_model
from ui.panels.candidate_list import CandidatesPanel
from ui.panels.input_columns import GroupColumn
from ui.panels.meeting_edits import MeetingEdits

Index = QModelIndex | QPersistentModelIndex


class InputsView(QWidget):
    """Group columns with their inputs, and the pejlemærker made of them."""

    def __init__(self, ctx: AppContext, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.edits = ctx, edits
        self.item: AgendaItem | None = None
        self.model: InputModel | None = None
        self.columns: dict[int, GroupColumn] = {}
        self._total = self._loose = 0

        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setStyleSheet("font-size: 12pt;")
        self.counts = QLabel()
        self._columns_host = QWidget()
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.addStretch(1)
        self.no_groups = QLabel(self.tr("Dan grupperne først (trinnet Grupper)."))
        self.no_groups.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._columns_host)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.no_groups)
        left_layout.addWidget(scroll, 1)
        self.candidates = CandidatesPanel(ctx, edits, self.selected_inputs)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.candidates)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([720, 480])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questions)
        layout.addWidget(split, 1)

    # --- the item -------------------------------------------------------------------------

    def set_item(self, item: AgendaItem | None) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        self.show_questions()
        if same:
            return
        self.flush()
        model = input_model(self.ctx, item.pk) if item is not None else None
        if self.model is not None:
            for signal in (self.model.rowsRemoved, self.model.modelReset, self.model.rowsMoved):
                signal.disconnect(self._model_changed)
            self.model.rowsInserted.disconnect(self._inserted)
            self.model.dataChanged.disconnect(self._data_changed)
        for column in self.columns.values():
            column.hide()
            column.deleteLater()
        self.columns = {}
        self.model = model
        if model is not None:
            for signal in (model.rowsRemoved, model.modelReset, model.rowsMoved):
                signal.connect(self._model_changed)
            model.rowsInserted.connect(self._inserted)
            model.dataChanged.connect(self._data_changed)
        self.candidates.set_model(candidate_model(self.ctx, item.pk) if item is not None else None)
        self._sync_columns()
        self._count()

    def show_questions(self) -> None:
        qs = [q for q in (self.item.discussion_questions if self.item else []) if q]
        self.questions.setText("\n".join(f"• {q}" for q in qs))
        self.questions.setVisible(bool(qs))

    def flush(self) -> None:
        """Add inputs typed without Enter: leaving the step or the item loses nothing."""
        for column in self.columns.values():
            column.add_input()

    # --- following the model ------------------------------------------------------------------

    def _inserted(self, parent: Index, first: int, last: int) -> None:
        model = self.model
        if parent.isValid() and model is not None:  # inputs appended to a group: count them, no rebuild (bench figure 3)
            for r in range(first, last + 1):
                self._total += 1
                self._loose += model.index(r, 0, parent).data(CANDIDATE_ROLE) is None
            self._show_counts()
        else:
            self._model_changed()

    def _data_changed(self, top: Index, _bottom: Index, roles: list[int]) -> None:
        if top.parent().isValid() and roles and CANDIDATE_ROLE not in roles:
            return  # inputs' text or marks (a pending row saved): the columns and counts stay
        self._model_changed()

    def _model_changed(self, *_args: object) -> None:
        self._sync_columns()
        self._count()

    def _sync_columns(self) -> None:
        """A column per group row, in the model's order; existing ones keep their entry text and focus."""
        model = self.model
        ids = model.group_ids() if model is not None else []
        for gid in [g for g in self.columns if g not in ids]:
            gone = self.columns.pop(gid)
            gone.hide()
            gone.deleteLater()
        for n, gid in enumerate(ids):
            column = self.columns.get(gid)
            if column is None:
                assert model is not None  # ids came from it
                column = self.columns[gid] = GroupColumn(self, model, gid)
            else:
                column.show_group()
            self._columns_layout.insertWidget(n, column)
        self.columns = {gid: self.columns[gid] for gid in ids}
        self.no_groups.setVisible(self.item is not None and not ids)

    def _count(self) -> None:
        model = self.model
        self._total = self._loose = 0
        if model is not None:
            for r in range(model.rowCount()):
                group = model.item(r)
                for c in range(group.rowCount()):
                    self._total += 1
                    self._loose += group.child(c).data(CANDIDATE_ROLE) is None
        self._show_counts()

    def _show_counts(self) -> None:
        self.counts.setText(self.tr("{n} input, heraf {loose} uden pejlemærke").format(
            n=self._total, loose=self._loose) if self.model is not None else "")

    # --- selection -------------------------------------------------------------------------

    def column_selected(self, column: GroupColumn) -> None:
        """A selection in one column clears the others: a new pejlemærke takes only what is seen."""
        for other in self.columns.values():
            if other is not column:
                other.inputs.clearSelection()

    def selected_input_ids(self) -> list[int]:
        return [i for column in self.columns.values() for i in column.selected_ids()]

    def selected_inputs(self) -> list[ShownInput]:
        """The inputs selected in the columns, as shown (an edit of them is based on it)."""
        return [i for column in self.columns.values() for i in column.selected_inputs()]

    def select_inputs(self, input_ids: list[int]) -> None:
        """Select these inputs (in their columns); for the keyboard path and tests."""
        for column in self.columns.values():
            view = column.inputs
            view.clearSelection()
            for r in range(view.model().rowCount(view.rootIndex())):
                index = view.row_index(r)
                if index.data(ID_ROLE) in input_ids:
                    view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select)
