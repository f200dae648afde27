"""Keyboard shortcuts bound to one widget (PySide6 ignores ``context=`` in QShortcut's constructor)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def on_key(widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object],
           context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> QShortcut:
    """``slot`` on ``keys`` while ``widget`` (or, with WidgetWithChildrenShortcut, a child) has focus.

    A window-wide shortcut would clash with the same key in every other panel and column.
    """
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
