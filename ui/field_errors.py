"""A refusal shown next to the field that caused it, and gone once the field is fixed.

``show_at(field, message)`` puts the Danish message in red just below the field (over
whatever is there, like a balloon, so no layout has to make room for it; below one cell of
a table with ``rect``) and marks the field with a red frame; ``clear_at(field)`` takes both
away. ``execute_at`` and ``errors_at`` run what saves a field's value and do one or the
other: a save that succeeds is the fix. The message also goes to the status bar as before
(``AppContext.error``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget

from workshop.changes import ChangeSet
from workshop.errors import ConflictError

from ui.commands import ServiceCommand
from ui.context import AppContext

_STYLE = ("QLabel { color: white; background: #c0392b; border-radius: 3px; padding: 2px 6px; }")
_FRAME = "border: 2px solid #c0392b;"


class FieldError(QLabel):
    """The message under one field; follows the field when it moves or resizes."""

    def __init__(self, field: QWidget) -> None:
        super().__init__(field.parentWidget() or field)
        self.field = field
        self.cell: QRect | None = None  # the part of the field the message is about (a table cell)
        self.setObjectName("fieldError")
        self.setStyleSheet(_STYLE)
        self.setWordWrap(True)
        self.hide()
        field.installEventFilter(self)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        field, rect = self.field, self.cell or self.field.rect()
        self.setFixedWidth(max(rect.width(), 240))
        self.adjustSize()
        if self.parentWidget() is field:
            self.move(rect.left(), min(rect.bottom() + 1, field.height() - self.height()))
        elif (parent := self.parentWidget()) is not None:
            self.move(field.mapTo(parent, QPoint(rect.left(), rect.bottom() + 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and self.isVisible() and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._place()
        elif watched is self.field and event.type() == QEvent.Type.Hide:
            self.hide()
        return False


_errors: weakref.WeakKeyDictionary[QWidget, FieldError] = weakref.WeakKeyDictionary()
_frames: dict[int, str] = {}  # id(field) -> its own style sheet, while it is framed


def error_at(field: QWidget) -> str:
    """The message shown at ``field`` ("" when none is)."""
    label = _errors.get(field)
    return label.text() if label is not None and shiboken6.isValid(label) and not label.isHidden() else ""


def show_at(field: QWidget, message: str, rect: QRect | None = None) -> None:
    """The message below ``field`` (below ``rect`` of it: a cell of a table's viewport)."""
    label = _errors.get(field)
    if label is None or not shiboken6.isValid(label):
        label = _errors[field] = FieldError(field)
    label.cell = rect
    if rect is None and id(field) not in _frames:
        _frames[id(field)] = field.styleSheet()
        field.setStyleSheet(f"{field.styleSheet()} {_FRAME}")
    label.show_message(message)


def clear_at(field: QWidget) -> None:
    label = _errors.get(field)
    if label is not None and shiboken6.isValid(label):
        label.hide()
        label.clear()
    if id(field) in _frames:
        field.setStyleSheet(_frames.pop(id(field)))


@contextmanager
def errors_at(ctx: AppContext, field: QWidget, rect: QRect | None = None) -> Iterator[list[str]]:
    """Whatever the block makes ``ctx`` report is shown at ``field``; a block that reports
    nothing (the save went through) clears the field's message. Yields the messages."""
    messages: list[str] = []

    def caught(message: str) -> None:
        messages.append(message)

    ctx.error.connect(caught)
    try:
        yield messages
    finally:
        ctx.error.disconnect(caught)
    if messages:
        show_at(field, messages[-1], rect)
    else:
        clear_at(field)


def execute_at(ctx: AppContext, field: QWidget, command: ServiceCommand,
               on_conflict: Callable[[ConflictError], None] | None = None) -> ChangeSet | None:
    """``ctx.execute(command)`` for what ``field`` holds, its refusal shown at the field."""
    with errors_at(ctx, field):
        return ctx.execute(command, on_conflict=on_conflict)
