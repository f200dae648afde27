"""A one-line entry for fast capture that leaves run mode's step keys to run mode."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Keys run mode owns even while the secretary types: next/previous step, skip speaker.
_PASS_THROUGH = {
    (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
}


class EntryLine(QLineEdit):
    """A QLineEdit that does not claim Ctrl+Left/Right (word jumps) or Ctrl+S."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (Qt.Key(event.key()), mods) in _PASS_THROUGH:
                event.ignore()
                return False
        return super().event(event)
