"""Rediger → Ikke gemte tekster…: the typed texts this laptop keeps on disk that no field shows.

A field's text kept by ``workshop/unsaved.py`` goes back into the field when it shows its row.
A table cell's text waiting in a conflict dialog has no field to go back into: after a crash
or a kill it is listed here, with its own words, to be copied into the cell again or discarded.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.unsaved import Unsaved

from ui.context import AppContext

KEY_ROLE = Qt.ItemDataRole.UserRole


class UnsavedDialog(QDialog):
    """Each kept text that no field shows: its label and time, its words, "Kopiér" and "Kassér"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ikke gemte tekster"))
        intro = QLabel(self.tr(
            "Tekst, som blev skrevet på denne computer, men aldrig gemt i databasen (fx fordi programmet"
            " blev lukket, mens to tekster ventede på et valg). Kopiér den ind, hvor den hører til, eller kassér den."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Ikke gemte tekster"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Teksten"))
        self.copy = QPushButton(self.tr("Kopiér teksten"))
        self.copy.clicked.connect(self.copy_text)
        self.discard = QPushButton(self.tr("Kassér"))
        self.discard.clicked.connect(self.discard_text)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.discard)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text, 2)
        layout.addLayout(row)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(self._show)
        self.resize(640, 480)
        self.reload()

    def entries(self) -> list[Unsaved]:
        from ui.autosave import kept_elsewhere

        return kept_elsewhere(self.ctx)

    def reload(self) -> None:
        self.list.clear()
        for entry in self.entries():
            at = datetime.fromisoformat(entry.at).strftime("%d-%m-%Y %H:%M")
            item = QListWidgetItem(f"{entry.label} ({at})")
            item.setData(KEY_ROLE, (entry.field, entry.row_id))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("Der er ingen ikke gemte tekster."))
        self.copy.setEnabled(self.list.count() > 0)
        self.discard.setEnabled(self.list.count() > 0)

    def current(self) -> Unsaved | None:
        item = self.list.currentItem()
        return None if item is None else self.ctx.unsaved.get(*item.data(KEY_ROLE))

    def _show(self, *_args: object) -> None:
        entry = self.current()
        self.text.setPlainText(entry.text if entry is not None else "")

    def copy_text(self) -> None:
        entry = self.current()
        if entry is not None:
            QGuiApplication.clipboard().setText(entry.text)

    def discard_text(self) -> None:
        """Forget the chosen text (it is on the clipboard if "Kopiér" was pressed first)."""
        entry = self.current()
        if entry is None:
            return
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        if QMessageBox.question(self, self.tr("Kassér"), self.tr(
                "Kassér »{label}«? Teksten kan ikke hentes igen bagefter.").format(label=entry.label),
                yes | no, no) != yes:
            return
        self.ctx.unsaved.stored(entry.field, entry.row_id)
        self.reload()
