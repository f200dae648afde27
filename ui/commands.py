"""QUndoCommand subclasses that call services (never ORM objects: ids and plain values).

``ServiceCommand`` takes two callables: ``do`` and ``undo``, each calling one
service and returning its ChangeSet. Creating commands store the created id in
``self.created_id`` after each redo so the undo deletes the right row. Text
edits merge keystrokes in one field into one undo step through ``merge_key``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from workshop.changes import ChangeSet
from workshop.errors import WorkshopError

if TYPE_CHECKING:
    from ui.context import AppContext

Action = Callable[["ServiceCommand"], ChangeSet]

# Command ids for mergeWith: one per kind of mergeable edit.
MERGE_TEXT = 1


class ServiceCommand(QUndoCommand):
    """An undoable edit made of a ``do`` and an ``undo`` service call."""

    def __init__(self, ctx: AppContext, text: str, do: Action, undo: Action,
                 merge_key: tuple[object, ...] | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._do, self._undo = do, undo
        self._done_once = False
        self.merge_key = merge_key
        self.created_id: int | None = None
        self.state: dict[str, object] = {}  # values a do/undo pair hands each other

    # QUndoStack.push() calls redo(); AppContext.execute already ran it once.
    def first_redo(self) -> ChangeSet:
        changes = self._do(self)
        self._done_once = True
        if self.created_id is None:
            self.created_id = changes.id
        return changes

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Action) -> None:
        try:
            self.ctx.broadcast(action(self))
        except WorkshopError as error:
            self.ctx.error.emit(error.message)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_TEXT if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._do = other._do  # keep our undo (the value before the first keystroke)
        return True
