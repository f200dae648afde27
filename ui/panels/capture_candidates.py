"""Candidate pejlemærker of a group-work item: votes, status, the inputs under each, drop target."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import CANDIDATE_STATUSES, Candidate, Input
from workshop.services import candidates, capture, voting

from ui.context import AppContext
from ui.panels.capture_commands import CaptureEdits
from ui.panels.capture_keys import on_key

INPUT_MIME = "application/x-workshop-inputs"  # JSON: {"group": id, "inputs": [ids]}
STATUS_LABELS = {"candidate": "kandidat", "shortlisted": "udvalgt", "chosen": "valgt",
                 "rejected": "forkastet"}
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "candidate" or "input"


def input_mime(group_id: int, input_ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(INPUT_MIME, json.dumps({"group": group_id, "inputs": input_ids}).encode())
    return data


def read_input_mime(data: QMimeData) -> tuple[int, list[int]] | None:
    if not data.hasFormat(INPUT_MIME):
        return None
    payload = json.loads(bytes(data.data(INPUT_MIME).data()).decode())
    return int(payload["group"]), [int(i) for i in payload["inputs"]]


class CandidateTree(QTreeWidget):
    """The candidates, each with its inputs as children; inputs dropped on a row go under it."""

    inputs_dropped = Signal(object, object)  # list[int] input ids, candidate id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.viewport().setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(INPUT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(INPUT_MIME) and self._candidate_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        payload = read_input_mime(event.mimeData())
        candidate_id = self._candidate_at(event.position().toPoint())
        if payload is None or candidate_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the source list must not remove its rows
        event.accept()
        self.inputs_dropped.emit(payload[1], candidate_id)

    def _candidate_at(self, pos: object) -> int | None:
        row = self.itemAt(pos)  # type: ignore[call-overload]
        if row is None:
            return None
        while row.parent() is not None:
            row = row.parent()
        return row.data(0, ROLE_ID)


class CandidatesView(QWidget):
    """Candidates with votes (spin box) and status (combo); new from inputs, merge, delete."""

    def __init__(self, ctx: AppContext, selected_inputs: Callable[[], list[int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = CaptureEdits(ctx)
        self.item_id: int | None = None
        self._selected_inputs = selected_inputs
        self._shape: list[tuple[int, tuple[int, ...]]] = []
        self._rows: dict[int, QTreeWidgetItem] = {}  # candidate id -> its top-level row
        self._per_member = False
        self._loading = False

        title = QLabel("Pejlemærker")
        title.setStyleSheet("font-weight: 600;")
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText("Titel (tom: det første valgte input)")
        self.new_title.setAccessibleName("Titel på nyt pejlemærke")
        self.new_title.returnPressed.connect(self.new_from_selected)
        self.new_button = QPushButton("Nyt pejlemærke fra valgte input")
        self.new_button.clicked.connect(self.new_from_selected)
        self.tree = CandidateTree()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Pejlemærke", "Stemmer", "Status", "Gruppe"])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._title_edited)
        self.tree.inputs_dropped.connect(self.assign)
        on_key(self.tree, QKeySequence.StandardKey.Delete, self.delete_selected)
        self.merge_button = QPushButton("Slå valgte sammen")
        self.merge_button.setToolTip("Det øverste valgte pejlemærke beholdes; input og stemmer følger med")
        self.merge_button.clicked.connect(self.merge_selected)
        self.unassign_button = QPushButton("Tag input ud")
        self.unassign_button.clicked.connect(self.unassign_selected)
        self.delete_button = QPushButton("Slet")
        self.delete_button.clicked.connect(self.delete_selected)

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_title, 1)
        new_row.addWidget(self.new_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.unassign_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(new_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    # --- loading ------------------------------------------------------------

    def set_item(self, item_id: int) -> None:
        self.item_id = item_id
        self._shape = []
        self.reload()

    def refresh(self, changes: ChangeSet, added: Input | None = None) -> None:
        """``added``: the change only added this input (the group view checked); under no pejlemærke
        it is not shown here, so nothing is re-read (bench figure 3)."""
        if added is not None and added.candidate_id is None:
            return
        if self.item_id is not None and changes.touches("candidates", "inputs", "groups"):
            self.reload()

    def reload(self) -> None:
        assert self.item_id is not None
        cands = candidates.list_candidates(self.ctx.db, self.item_id)
        inputs = capture.list_inputs(self.ctx.db, self.item_id)
        groups = {g.id: g.name for g in capture.list_groups(self.ctx.db, self.item_id)}
        under: dict[int, list[Input]] = {}
        for inp in inputs:
            if inp.candidate_id is not None:
                under.setdefault(inp.candidate_id, []).append(inp)
        shape = [(c.id, tuple(i.id for i in under.get(c.id, []))) for c in cands]  # type: ignore[misc]
        # Dots placed per member (run mode) are summed by the service; a typed total would disagree.
        self._per_member = bool(voting.member_votes(self.ctx.db, self.item_id))
        if shape == self._shape:
            self._update_values(cands, under, groups)  # keep the widgets (and the focus) in place
        else:
            self._rebuild(cands, under, groups)
            self._shape = shape  # type: ignore[assignment]

    def _rebuild(self, cands: list[Candidate], under: dict[int, list[Input]],
                 groups: dict[int | None, str]) -> None:
        expanded = {self.tree.topLevelItem(i).data(0, ROLE_ID) for i in range(self.tree.topLevelItemCount())
                    if not self.tree.topLevelItem(i).isExpanded()}
        selected = {row.data(0, ROLE_ID) for row in self.tree.selectedItems()}
        self._loading = True
        try:
            self.tree.clear()
            self._rows = {}
            for cand in cands:
                row = QTreeWidgetItem([cand.title, "", "", ""])
                row.setData(0, ROLE_ID, cand.id)
                row.setData(0, ROLE_KIND, "candidate")
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled)
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
                self.tree.addTopLevelItem(row)
                self._rows[cand.id] = row  # type: ignore[index]
                for inp in under.get(cand.id, []):  # type: ignore[arg-type]
                    child = QTreeWidgetItem([inp.text, "", "", groups.get(inp.group_id, "")])
                    child.setData(0, ROLE_ID, inp.id)
                    child.setData(0, ROLE_KIND, "input")
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    italic = QFont(child.font(0))
                    italic.setItalic(True)
                    child.setFont(0, italic)
                    row.addChild(child)
                self._add_editors(row, cand)
                row.setExpanded(cand.id not in expanded)
                row.setSelected(cand.id in selected)
        finally:
            self._loading = False

    def _add_editors(self, row: QTreeWidgetItem, cand: Candidate) -> None:
        spin = QSpinBox()
        spin.setRange(0, 999)
        spin.setValue(cand.votes)
        spin.setAccessibleName(f"Stemmer på {cand.title}")
        spin.valueChanged.connect(lambda value, cid=cand.id, s=spin: self._votes_changed(cid, s, value))
        spin.setProperty("saved", cand.votes)
        self._lock_spin(spin)
        combo = QComboBox()
        for status in CANDIDATE_STATUSES:
            combo.addItem(STATUS_LABELS[status], status)
        combo.setCurrentIndex(combo.findData(cand.status))
        combo.setAccessibleName(f"Status for {cand.title}")
        combo.setProperty("saved", cand.status)
        combo.activated.connect(lambda _i, cid=cand.id, c=combo: self._status_changed(cid, c))
        self.tree.setItemWidget(row, 1, spin)
        self.tree.setItemWidget(row, 2, combo)

    def _update_values(self, cands: list[Candidate], under: dict[int, list[Input]],
                       groups: dict[int | None, str]) -> None:
        self._loading = True
        try:
            for i, cand in enumerate(cands):
                row = self.tree.topLevelItem(i)
                if row.text(0) != cand.title:
                    row.setText(0, cand.title)
                for j, inp in enumerate(under.get(cand.id, [])):  # type: ignore[arg-type]
                    row.child(j).setText(0, inp.text)
                    row.child(j).setText(3, groups.get(inp.group_id, ""))
                spin = self.spin(cand.id)  # type: ignore[arg-type]
                if spin.value() != cand.votes:
                    spin.blockSignals(True)
                    spin.setValue(cand.votes)
                    spin.blockSignals(False)
                spin.setProperty("saved", cand.votes)
                self._lock_spin(spin)
                combo = self.combo(cand.id)  # type: ignore[arg-type]
                combo.setCurrentIndex(combo.findData(cand.status))
                combo.setProperty("saved", cand.status)
        finally:
            self._loading = False

    def _lock_spin(self, spin: QSpinBox) -> None:
        spin.setReadOnly(self._per_member)
        spin.setToolTip("Stemmerne er sat pr. medlem under afviklingen og lægges sammen automatisk"
                        if self._per_member else "Antal stemmer (prikker) på pejlemærket")

    def row(self, candidate_id: int) -> QTreeWidgetItem:
        return self._rows[candidate_id]  # a dict: a scan per candidate was 300 x 300 per refresh

    def spin(self, candidate_id: int) -> QSpinBox:
        return self.tree.itemWidget(self.row(candidate_id), 1)  # type: ignore[return-value]

    def combo(self, candidate_id: int) -> QComboBox:
        return self.tree.itemWidget(self.row(candidate_id), 2)  # type: ignore[return-value]

    # --- edits --------------------------------------------------------------

    def new_from_selected(self) -> int | None:
        if self.item_id is None:
            return None
        input_ids = self._selected_inputs()
        title = self.new_title.text().strip()
        if not title and input_ids:
            by_id = {i.id: i.text for i in capture.list_inputs(self.ctx.db, self.item_id)}
            title = by_id.get(input_ids[0], "")
        if not title:
            self.ctx.error.emit("Skriv en titel eller vælg et eller flere input til det nye pejlemærke.")
            return None
        created = self.edits.add_candidate(self.item_id, title, input_ids)
        if created is not None:
            self.new_title.clear()
        return created

    def assign(self, input_ids: list[int], candidate_id: int) -> None:
        if self.item_id is not None and input_ids:
            self.edits.assign_inputs(self.item_id, input_ids, candidate_id)

    def _selected(self, kind: str) -> list[int]:
        rows = sorted(self.tree.selectedItems(), key=lambda r: self.tree.indexOfTopLevelItem(r)
                      if r.parent() is None else 10**6)
        return [r.data(0, ROLE_ID) for r in rows if r.data(0, ROLE_KIND) == kind]

    def merge_selected(self) -> None:
        ids = self._selected("candidate")
        if self.item_id is None or len(ids) < 2:
            self.ctx.error.emit("Vælg mindst to pejlemærker, der skal slås sammen.")
            return
        self.edits.merge_candidates(ids[0], ids[1:], self.row(ids[0]).text(0))

    def unassign_selected(self) -> None:
        ids = self._selected("input")
        if self.item_id is not None and ids:
            self.edits.assign_inputs(self.item_id, ids, None)

    def delete_selected(self) -> None:
        ids = self._selected("candidate")
        if ids:
            self.edits.delete_candidates(ids)
        else:
            self.unassign_selected()

    def _title_edited(self, row: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0 or row.data(0, ROLE_KIND) != "candidate":
            return
        cid = row.data(0, ROLE_ID)
        old = next((c.title for c in candidates.list_candidates(self.ctx.db, self.item_id)  # type: ignore[arg-type]
                    if c.id == cid), row.text(0))
        if row.text(0) != old and not self.edits.update_candidate(
                cid, "Omdøb pejlemærke", {"title": old}, {"title": row.text(0)}):
            self._shape = []
            self.reload()

    def _votes_changed(self, candidate_id: int, spin: QSpinBox, value: int) -> None:
        if self._loading:
            return
        old = int(spin.property("saved"))
        if self.edits.update_candidate(candidate_id, "Stemmer", {"votes": old}, {"votes": value},
                                       merge=True):
            spin.setProperty("saved", value)

    def _status_changed(self, candidate_id: int, combo: QComboBox) -> None:
        old, new = combo.property("saved"), combo.currentData()
        if new != old and self.edits.update_candidate(candidate_id, "Status", {"status": old},
                                                      {"status": new}):
            combo.setProperty("saved", new)
