"""Text fields that save themselves: no Save button, nothing typed is lost.

A field saves shortly after the last keystroke (debounced), when it loses focus
and when the window closes. Each save is a ``ServiceCommand`` with a merge key,
so all keystrokes in one field become one undo step. A refused save (locked or
read-only database) keeps the text in the field and is retried on the next change.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from workshop.changes import ChangeSet

from ui.commands import ServiceCommand
from ui.context import AppContext

# Saved at the latest this long after the last keystroke (the brief allows one second).
DEBOUNCE_MS = 600

Store = Callable[[int, str], ChangeSet]  # (row id, text) -> ChangeSet
_fields: weakref.WeakSet[AutosaveField] = weakref.WeakSet()


def _alive() -> list[AutosaveField]:
    """Fields whose widget still exists: a deleted widget's Python wrapper can linger until GC."""
    return [field for field in list(_fields) if shiboken6.isValid(field)]


def flush_all() -> bool:
    """Save every pending field now (before undo, on close). True if all saved."""
    return all([field.flush() for field in _alive()])


def pending_count() -> int:
    return sum(1 for field in _alive() if field.dirty)


class AutosaveField(QObject):
    """Binds a QLineEdit or QPlainTextEdit to one text column of one row."""

    def __init__(self, ctx: AppContext, widget: QLineEdit | QPlainTextEdit, key: str, label: str,
                 store: Store) -> None:
        super().__init__(widget)
        self.ctx, self.widget, self.key, self.label, self._store = ctx, widget, key, label, store
        self.row_id: int | None = None
        self.saved = ""
        self.dirty = False
        self._loading = False
        # two texts meaning the same value (e.g. list lines) do not overwrite what the user sees
        self.normalize: Callable[[str], object] = lambda text: text
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        else:
            widget.textChanged.connect(self._edited)
        widget.installEventFilter(self)
        _fields.add(self)

    def text(self) -> str:
        w = self.widget
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def bind(self, row_id: int | None, value: str) -> None:
        """Show ``value`` of row ``row_id``; a pending edit of another row is saved first.

        While the user's own edit is pending (or refused), the field keeps it.
        """
        if row_id != self.row_id:
            self.flush()
        elif self.dirty:
            return
        self.row_id = row_id
        self.saved = value
        self.dirty = False
        self.widget.setEnabled(row_id is not None)
        if self.normalize(self.text()) != self.normalize(value):
            self._loading = True
            try:
                w = self.widget
                if isinstance(w, QLineEdit):
                    cursor = w.cursorPosition()
                    w.setText(value)
                    w.setCursorPosition(min(cursor, len(value)))
                else:
                    w.setPlainText(value)
            finally:
                self._loading = False

    def _edited(self, *_args: Any) -> None:
        if self._loading or self.row_id is None:
            return
        self.dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if there is an unsaved edit. False if the save was refused."""
        self._timer.stop()
        if not self.dirty or self.row_id is None:
            return True
        new, old, row_id = self.text(), self.saved, self.row_id
        if new == old:
            self.dirty = False
            return True
        store = self._store
        command = ServiceCommand(
            self.ctx, self.label,
            do=lambda _c: store(row_id, new),
            undo=lambda _c: store(row_id, old),
            merge_key=("text", self.key, row_id),
        )
        # Mark clean before executing: the change broadcast rebinds this field.
        self.dirty = False
        self.saved = new
        if self.ctx.execute(command) is None:
            self.dirty, self.saved = True, old  # keep the text; retry on the next change
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def plain_text_edit(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field sized to show about ``lines`` lines."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(max(height, edit.fontMetrics().lineSpacing() * (lines + 4) + 14))
    return edit
