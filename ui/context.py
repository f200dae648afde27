"""The application context every panel shares: database, undo stack, change signal.

One user action = one command = one transaction = one undo step, however many
service calls it makes (``Database.transaction``); each undo and redo is one
transaction too.
A panel never writes directly: it builds a ``ServiceCommand`` and hands it to
``AppContext.execute``; the resulting ``ChangeSet`` is broadcast through
``changed`` so every panel (and the projector) refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop.changes import ChangeSet
from workshop.errors import ConflictError, StorageError, WorkshopError

from ui.commands import ServiceCommand

if TYPE_CHECKING:  # workshop.db pulls in SQLAlchemy and Alembic (~1 s): not before the window paints
    from workshop.db import Database


class AppContext(QObject):
    """Shared state of one open database."""

    changed = Signal(object)  # ChangeSet, after every successful write, undo or redo
    error = Signal(str)  # a Danish message for the user; nothing was written
    meeting_selected = Signal(object)  # int | None: the meeting the window works on
    committee_selected = Signal(object)  # int | None: the committee the window works on
    storage_failed = Signal(str)  # the database could not be written (locked, read-only, full)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.meeting_id: int | None = None
        self.committee_id: int | None = None

    def select_committee(self, committee_id: int | None) -> None:
        if committee_id != self.committee_id:
            self.committee_id = committee_id
            self.committee_selected.emit(committee_id)

    def report(self, error: WorkshopError, message: str | None = None) -> None:
        """Show a refused write (``message``, if given, says it in context, e.g. which undo
        failed); storage errors also raise the storage alarm."""
        self.error.emit(message or error.message)
        if isinstance(error, StorageError):
            self.storage_failed.emit(error.message)

    def select_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.meeting_selected.emit(meeting_id)

    def execute(self, command: ServiceCommand,
                on_conflict: Callable[[ConflictError], None] | None = None) -> ChangeSet | None:
        """Run a command once; push it on the undo stack only if that succeeded.

        Returns the ChangeSet, or None when the service refused (the error has
        been emitted and nothing was written). A stale write goes to ``on_conflict``
        instead, when given (a text field shows both texts).
        """
        try:
            changes = command.first_redo()
        except ConflictError as error:
            if on_conflict is None:
                self.report(error)
            else:
                on_conflict(error)
            return None
        except WorkshopError as error:
            self.report(error)
            return None
        self.undo_stack.push(command)  # its redo() skips the first, already-done call
        self.changed.emit(changes)
        return changes

    def push_done(self, command: ServiceCommand, changes: ChangeSet) -> None:
        """Push a command whose first run already happened (in a background ``Operation``)."""
        command.already_done(changes)
        self.undo_stack.push(command)  # its redo() skips the first call: the work is done
        self.changed.emit(changes)

    def broadcast(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)
