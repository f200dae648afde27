"""Every keyboard shortcut in one list, shown by F1.

Menu actions are found on the window itself; keys that panels handle without
an action (P/F/A on an attendance row, Alt+Up/Down in the agenda) register
here with ``register`` so the help stays complete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (keys, context, description): context and description are translatable source strings.
_extra: list[tuple[str, str, str]] = []


def register(keys: str, context: object, description: object) -> None:
    """Announce a key handled by a widget directly (no QAction), for the F1 list.

    Mark ``context`` and ``description`` with ``QT_TRANSLATE_NOOP("Shortcuts", ...)``.
    """
    entry = (keys, str(context), str(description))
    if entry not in _extra:
        _extra.append(entry)


def collect(window: QWidget) -> list[tuple[str, str, str]]:
    """(shortcut, where, what) for every action with a shortcut and every registered key."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        text = action.text().replace("&", "").rstrip(".…")
        for seq in action.shortcuts():
            keys = seq.toString(QKeySequence.SequenceFormat.NativeText)
            if keys and text and (keys, text) not in seen:
                seen.add((keys, text))
                rows.append((keys, _where(action), text))
    for keys, context, description in _extra:
        rows.append((QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys,
                     QCoreApplication.translate("Shortcuts", context),
                     QCoreApplication.translate("Shortcuts", description)))
    return rows


def _where(action: QAction) -> str:
    for widget in action.associatedObjects():
        title = getattr(widget, "title", None)
        if callable(title) and title():
            return str(title()).replace("&", "")
    return QCoreApplication.translate("Shortcuts", "Vindue")


class ShortcutHelp(QDialog):
    """A table of every shortcut, opened with F1."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        rows = collect(window)
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Taster"), self.tr("Hvor"), self.tr("Hvad")])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSortingEnabled(False)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 560)
