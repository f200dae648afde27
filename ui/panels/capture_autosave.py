"""Debounced saving of one text field: at most a second after the last keystroke, and on focus-out.

Written here because the capture and referat panels needed it before a shared
``ui/autosave.py`` existed; it only wraps a QTimer and two signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

SAVE_DELAY_MS = 1000

TextWidget = QLineEdit | QPlainTextEdit


def _text(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


class FieldSaver(QObject):
    """Saves ``widget``'s text through ``save(old, new)`` when the user paused or left the field.

    ``save`` returns False when the service refused the text (the error has been
    shown); the text then stays in the field, unsaved, for the user to correct.

    ``saved`` is the text the database holds as far as this field knows; a
    refresh from the database goes through ``show_saved`` which leaves the
    widget alone while the user has unsaved keystrokes in it.
    """

    def __init__(self, widget: TextWidget, save: Callable[[str, str], bool],
                 delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(widget)
        self.widget = widget
        self.saved = _text(widget)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._loading = False
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        else:
            widget.textChanged.connect(self._edited)
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """True while the widget holds keystrokes not yet saved."""
        return _text(self.widget) != self.saved

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Save now if the text differs from what was saved."""
        self._timer.stop()
        new, old = _text(self.widget), self.saved
        if new == old:
            return
        self.saved = new  # before saving: the change broadcast may refresh this very field
        if not self._save(old, new):
            self.saved = old  # refused: the text stays in the field, unsaved

    def load(self, text: str) -> None:
        """Show another row's text (call ``flush`` first): no save, no undo step."""
        self._timer.stop()
        self.saved = text
        self._show(text)

    def show_saved(self, text: str) -> None:
        """Show the database's text unless the user is typing something else into the field."""
        if self._timer.isActive() or self.pending and self.widget.hasFocus():
            return  # the user's unsaved keystrokes win over a refresh
        self.saved = text
        self._show(text)

    def _show(self, text: str) -> None:
        if _text(self.widget) != text:
            self._loading = True
            try:
                if isinstance(self.widget, QLineEdit):
                    self.widget.setText(text)
                else:
                    cursor = self.widget.textCursor().position()
                    self.widget.setPlainText(text)
                    c = self.widget.textCursor()
                    c.setPosition(min(cursor, len(text)))
                    self.widget.setTextCursor(c)
            finally:
                self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
