"""An item's bilag: titles in order, each optionally marked ANBEFALET; every change is one undo step,
saved on top of the item's version shown (``ui/versioned.py``: another laptop's change of the bilag
meanwhile refuses it with a Danish message, and the table shows theirs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import NotFoundError
from workshop.services import agenda

from ui.context import AppContext
from ui.versioned import VersionedRow, edit_row

Bilag = list[tuple[str, bool]]


class AttachmentsEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.saved: Bilag = []
        self.version: int | None = None  # the item's version when ``saved`` was read
        self._loading = False
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("attachmentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Bilag"), self.tr("ANBEFALET")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        self.table.itemChanged.connect(self._item_changed)
        add = QPushButton(self.tr("Tilføj bilag"), self)
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Fjern bilag"), self)
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_changed)

    def set_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        rows: Bilag = []
        version = None
        if self.item_id is not None:
            try:
                rows, version = self._read(self.item_id)
            except NotFoundError:  # the item was just deleted (or its creation undone): no bilag to show
                rows, version = [], None
        self.saved, self.version = rows, version
        if rows == self.current():
            return
        self._loading = True
        self.table.setRowCount(len(rows))
        for r, (title, recommended) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(title))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if recommended else Qt.CheckState.Unchecked)
            self.table.setItem(r, 1, check)
        self._loading = False

    def current(self) -> Bilag:
        rows: Bilag = []
        for r in range(self.table.rowCount()):
            title, check = self.table.item(r, 0), self.table.item(r, 1)
            rows.append((title.text().strip() if title else "",
                         check is not None and check.checkState() == Qt.CheckState.Checked))
        return rows

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("items") and changes.id == self.item_id:
            self.reload()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.save([row for row in self.current() if row[0]])

    def _read(self, item_id: int) -> tuple[Bilag, int]:
        """The item's bilag and its version (read first: bilag changed in between make a conflict,
        never a stale version that passes)."""
        return self.ctx.read(_bilag, item_id)

    def save(self, rows: Bilag) -> None:
        if self.item_id is None or rows == self.saved:
            return
        db, item_id, old = self.ctx.db, self.item_id, list(self.saved)

        def read(key: int) -> tuple[dict[str, Any], int]:
            bilag, version = self._read(key)
            return {"attachments": bilag}, version

        def store(key: int, values: dict[str, Any], version: int) -> ChangeSet:
            return agenda.set_attachments(db, key, values["attachments"], expected_version=version)

        spec = VersionedRow("agendaitem", read, store, "items")
        if not edit_row(self.ctx, self.tr("Ret bilag"), spec, item_id, "attachments", {"attachments": old},
                        {"attachments": rows}, self.version, shown={"attachments": old},
                        names={"attachments": self.tr("Bilagene")}, parent=self,
                        display=lambda _f, value: "; ".join(title for title, _ in value)):
            self.reload()

    def add(self) -> None:
        if self.item_id is None:
            return
        self.save([*self.saved, (self.tr("Nyt bilag"), False)])
        last = self.table.rowCount() - 1
        if last >= 0:
            self.table.setCurrentCell(last, 0)
            if (cell := self.table.item(last, 0)) is not None:
                self.table.editItem(cell)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.saved):
            self.save([r for i, r in enumerate(self.saved) if i != row])


def _bilag(db: Database, item_id: int) -> tuple[Bilag, int]:
    version = agenda.get_item(db, item_id).version
    return [(a.title, a.recommended) for a in agenda.list_attachments(db, item_id)], version
