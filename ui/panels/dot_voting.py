"""The dot-voting step of group work: each present member's dots, the ranking, and the choice of 3–5.

One widget for both layouts. The grid is a view of ``DotsModel`` (type a number in a
member's row under a pejlemærke, 0 takes the dots back); the ranking a view of the item's
CandidateModel sorted by votes, where V / K / F / N set the status of the selected.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem
from workshop.services import voting

from ui.context import AppContext
from ui.field_errors import errors_at
from ui.models.candidate_model import (
    ID_ROLE,
    STATUS,
    STATUS_ROLE,
    TITLE,
    VOTES,
    CandidateModel,
    RankedCandidates,
    status_text,
)
from ui.models.dots_model import DotsModel
from ui.models.item_models import candidate_model
from ui.panels.candidate_list import status_keys
from ui.panels.meeting_edits import MeetingEdits

CHOSEN_TARGET = (3, 5)  # the committee aims for 3 to 5 pejlemærker


class DotsDelegate(QStyledItemDelegate):
    """A count typed in the grid is saved by the model; a refusal ("… har kun 3 prikker", "to" is
    no number) is said under that cell, and goes with the next count saved in the grid."""

    def __init__(self, ctx: AppContext, grid: QTableView) -> None:
        super().__init__(grid)
        self.ctx, self.grid = ctx, grid

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        cell = self.grid.visualRect(model.index(index.row(), index.column()))
        with errors_at(self.ctx, self.grid.viewport(), cell):
            super().setModelData(editor, model, index)


class VotesView(QWidget):
    """Dots per member, the ranking and the status buttons."""

    def __init__(self, ctx: AppContext, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.edits = ctx, edits
        self.item: AgendaItem | None = None
        self.dots_model: DotsModel | None = None
        self.ranked: RankedCandidates | None = None

        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, 20)
        self.dots_spin.setValue(voting.DEFAULT_DOTS)
        self.dots_spin.setAccessibleName(self.tr("Stemmer pr. medlem"))
        self.dots_spin.valueChanged.connect(self._dots_chosen)
        self.clear_button = QPushButton(self.tr("Ny afstemning"))
        self.clear_button.setToolTip(self.tr("Tager alle prikker tilbage (og stemmetal fra en mødefil); kan fortrydes"))
        self.clear_button.clicked.connect(self.clear_votes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stemmer pr. medlem:")))
        top.addWidget(self.dots_spin)
        top.addWidget(self.clear_button)
        top.addWidget(self.message, 1)

        self.grid = QTableView()
        self.grid.setAccessibleName(self.tr("Prikker pr. medlem"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.setItemDelegate(DotsDelegate(ctx, self.grid))

        self.ranking = QTreeView()
        self.ranking.setAccessibleName(self.tr("Rangordning"))
        self.ranking.setRootIsDecorated(False)
        self.ranking.setItemsExpandable(False)
        self.ranking.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.setWordWrap(True)
        status_keys(self.ranking, ctx, edits, self.ranked_model, self.selected_ids)
        self.chosen_label = QLabel()
        font = QFont(self.chosen_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.chosen_label.setFont(font)
        buttons = QGridLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for n, (status, label) in enumerate((("chosen", self.tr("Valgt (V)")),
                                             ("shortlisted", self.tr("Kortliste (K)")),
                                             ("rejected", self.tr("Fravalgt (F)")),
                                             ("candidate", self.tr("Kandidat (N)")))):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            buttons.addWidget(button, n // 2, n % 2)
            self.status_buttons[status] = button
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Rangordning</b>")))
        right.addWidget(self.chosen_label)
        right.addWidget(self.ranking, 1)
        right.addLayout(buttons)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(380)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(right_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        hint = QLabel(self.tr("Skriv hvert medlems prikker i medlemmets række under pejlemærket"
                              " (tal og Enter; 0 tager dem tilbage)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        ctx.changed.connect(self._on_changed)
        ctx.error.connect(self._show_error)

    @property
    def dots(self) -> int:
        return self.dots_model.dots if self.dots_model is not None else self.dots_spin.value()

    def ranked_model(self) -> CandidateModel | None:
        """The candidate model the ranking shows (sorted by ``RankedCandidates``)."""
        source = self.ranked.sourceModel() if self.ranked is not None else None
        return source if isinstance(source, CandidateModel) else None

    def set_item(self, item: AgendaItem | None) -> None:
        if item is not None and self.item is not None and item.id == self.item.id:
            self.item = item
            return
        self.item = item
        self.message.clear()
        if item is None:
            self.dots_model = self.ranked = None
            self.grid.setModel(None)
            self.ranking.setModel(None)
            self._show_chosen()
            return
        candidates = candidate_model(self.ctx, item.pk)
        self.dots_model = DotsModel(self.ctx, candidates, self.edits)
        self.grid.setModel(self.dots_model)
        self.dots_model.modelReset.connect(self._size_columns)
        self.dots_model.modelReset.connect(self._show_dots)
        self._show_dots()
        self._size_columns()
        self.ranked = RankedCandidates(candidates)
        self.ranking.setModel(self.ranked)
        for column in range(1, 4):
            self.ranking.setColumnHidden(column, column not in (VOTES, STATUS))
        header = self.ranking.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self._show_chosen()

    def _size_columns(self) -> None:
        """The pejlemærker share the width; "Tilbage" is as wide as its numbers (again after each reset)."""
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.dots_model is not None and self.dots_model.columnCount():
            last = self.dots_model.columnCount() - 1
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.ResizeToContents)

    def _show_dots(self) -> None:
        """The item's dots per member (the phones use the same number)."""
        if self.dots_model is not None and self.dots_spin.value() != self.dots_model.dots:
            blocked = self.dots_spin.blockSignals(True)
            self.dots_spin.setValue(self.dots_model.dots)
            self.dots_spin.blockSignals(blocked)

    def _dots_chosen(self, value: int) -> None:
        """The item keeps its number of dots: one undo step, and the grid's "Tilbage" follows."""
        model = self.dots_model
        if self.item is None or model is None or value == model.dots:
            return
        if not self.edits.set_dots(self.item.pk, model.dots, value, model.item_version):
            self._show_dots()  # refused: the stored number again

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.touches("candidates"):
            self.message.clear()
            self._show_chosen()

    def _show_error(self, message: str) -> None:
        if self.isVisible():
            self.message.setText(message)

    def _show_chosen(self) -> None:
        model = self.ranked_model()
        chosen = sum(1 for r in range(model.rowCount()) if model.item(r).data(STATUS_ROLE) == "chosen") if model else 0
        low, high = CHOSEN_TARGET
        self.chosen_label.setText(self.tr("{n} af {low}–{high} valgt").format(n=chosen, low=low, high=high))
        self.chosen_label.setStyleSheet(f"color: {'#1e8449' if low <= chosen <= high else '#b9770e'};")

    # --- ranking and choice ---------------------------------------------------------------

    def ranked_ids(self) -> list[int]:
        if self.ranked is None:
            return []
        return [self.ranked.index(r, 0).data(ID_ROLE) for r in range(self.ranked.rowCount())]

    def selected_ids(self) -> list[int]:
        if self.ranked is None:
            return []
        rows = sorted(self.ranking.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ID_ROLE) for i in rows]

    def select_ranked(self, candidate_ids: list[int]) -> None:
        if self.ranked is None:
            return
        self.ranking.clearSelection()
        model = self.ranking.selectionModel()
        for r in range(self.ranked.rowCount()):
            index = self.ranked.index(r, 0)
            if index.data(ID_ROLE) in candidate_ids:
                model.select(index, model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def set_status(self, status: str) -> None:
        """The status buttons: the same as V / K / F / N on the ranking."""
        ids = self.selected_ids()
        model = self.ranked_model()
        if not ids or model is None:
            self.message.setText(self.tr("Markér et eller flere pejlemærker i rangordningen."))
            return
        self.edits.set_statuses([(cid, model.status(cid), status, model.version(cid)) for cid in ids
                                 if model.status(cid) != status],
                                self.tr("Status: {status}").format(status=status_text(status)))

    def clear_votes(self) -> None:
        if self.item is not None:
            self.edits.clear_votes(self.item.pk)

    # --- typing a count (for the keyboard path and tests) --------------------------------------

    def cell(self, candidate_id: int, member_id: int) -> QModelIndex:
        assert self.dots_model is not None
        return self.dots_model.cell(candidate_id, member_id)

    def set_votes(self, candidate_id: int, member_id: int, count: int) -> bool:
        """Put ``count`` into the member's cell as the delegate would; True when it was saved."""
        assert self.dots_model is not None
        self.dots_model.setData(self.cell(candidate_id, member_id), str(count), Qt.ItemDataRole.EditRole)
        return self.dots_model.votes.get((candidate_id, member_id), 0) == count
