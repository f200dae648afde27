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
        self.already_done(changes)
        return changes

    def already_done(self, changes: ChangeSet) -> None:
        """The first run happened elsewhere (a background operation) and returned ``changes``."""
        self._done_once = True
        if self.created_id is None:
            self.created_id = changes.id

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
            self.ctx.report(error)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_TEXT if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._do = other._do  # keep our undo (the value before the first keystroke)
        return True


# --- creating and deleting rows so that undo/redo keep their ids -----------------

def _deleters() -> dict[str, Callable[..., ChangeSet]]:
    from workshop.services import agenda, committees, meetings, working_groups

    return {
        "committee": committees.delete_committee,
        "meeting": meetings.delete_meeting,
        "member": committees.delete_member,
        "task": committees.delete_task,
        "agendaitem": agenda.delete_item,
        "workinggroup": working_groups.delete_working_group,
    }


def _after_restore(ctx: AppContext, table: str, snapshot: object) -> ChangeSet | None:
    """Put a restored agenda item back at its place (the delete renumbered the others)."""
    if table != "agendaitem":
        return None
    from workshop.services import agenda

    row = snapshot.rows["agendaitem"][0]  # type: ignore[attr-defined]
    return agenda.move_item(ctx.db, row["id"], row["position"])


def create_command(ctx: AppContext, text: str, table: str,
                   create: Callable[[], ChangeSet]) -> ServiceCommand:
    """Create a row; undo deletes it (keeping a snapshot) and redo restores the same id.

    Keeping the id matters: later steps on the stack refer to it.
    """
    from workshop.services import snapshots

    def do(cmd: ServiceCommand) -> ChangeSet:
        snap = cmd.state.pop("snapshot", None)
        if snap is not None:
            changes = snapshots.restore(ctx.db, snap)  # type: ignore[arg-type]
            return changes | (_after_restore(ctx, table, snap) or changes)
        changes = create()
        cmd.created_id = changes.id
        return changes

    def undo(cmd: ServiceCommand) -> ChangeSet:
        assert cmd.created_id is not None
        cmd.state["snapshot"] = snapshots.take(ctx.db, table, cmd.created_id)
        return _deleters()[table](ctx.db, cmd.created_id)

    return ServiceCommand(ctx, text, do, undo)


def delete_command(ctx: AppContext, text: str, table: str, row_id: int) -> ServiceCommand:
    """Delete a row and everything under it; undo puts it all back with the same ids."""
    from workshop.services import snapshots

    def do(cmd: ServiceCommand) -> ChangeSet:
        cmd.state["snapshot"] = snapshots.take(ctx.db, table, row_id)
        return _deleters()[table](ctx.db, row_id)

    def undo(cmd: ServiceCommand) -> ChangeSet:
        snap = cmd.state["snapshot"]
        changes = snapshots.restore(ctx.db, snap)  # type: ignore[arg-type]
        return changes | (_after_restore(ctx, table, snap) or changes)

    return ServiceCommand(ctx, text, do, undo)


def update_command(ctx: AppContext, text: str, update: Callable[[dict[str, object]], ChangeSet],
                   old: dict[str, object], new: dict[str, object],
                   merge_key: tuple[object, ...] | None = None) -> ServiceCommand:
    """Set fields to ``new``; undo sets them back to ``old``."""
    return ServiceCommand(ctx, text, lambda _c: update(new), lambda _c: update(old), merge_key)


class Edits:
    """Base of a panel's undoable edits: one method per user action, each one undo step.

    Creations and deletions go through ``workshop.services.snapshots``: undoing a
    creation snapshots the row (and all under it) before deleting it, and redo
    puts it back with the same ids, so later steps on the stack still find their rows.
    """

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.db = ctx.db

    def _run(self, text: str, do: Action, undo: Action,
             merge_key: tuple[object, ...] | None = None) -> ChangeSet | None:
        return self.ctx.execute(ServiceCommand(self.ctx, text, do, undo, merge_key))

    def _creating(self, table: str, text: str, create: Callable[[], ChangeSet],
                  delete: Callable[[int], ChangeSet],
                  after_undo: Callable[[], ChangeSet] | None = None) -> int | None:
        """Create one row; undo snapshots and deletes it, redo restores the snapshot."""
        from workshop.services import snapshots

        def do(cmd: ServiceCommand) -> ChangeSet:
            snap = cmd.state.pop("snapshot", None)
            if snap is not None:
                return snapshots.restore(self.db, snap)  # type: ignore[arg-type]
            changes = create()
            cmd.created_id = changes.id
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            assert cmd.created_id is not None
            cmd.state["snapshot"] = snapshots.take(self.db, table, cmd.created_id)
            changes = delete(cmd.created_id)
            return changes | after_undo() if after_undo is not None else changes

        changes = self._run(text, do, undo)
        return None if changes is None else changes.id

    def _deleting(self, text: str, rows: list[tuple[str, int]],
                  delete: Callable[[str, int], ChangeSet]) -> bool:
        """Delete rows given as ``(table, id)``; undo restores them all with their ids."""
        from workshop.services import snapshots

        def do(cmd: ServiceCommand) -> ChangeSet:
            cmd.state["snapshots"] = [snapshots.take(self.db, table, row_id) for table, row_id in rows]
            changes = ChangeSet()
            for table, row_id in rows:
                changes = changes | delete(table, row_id)
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for snap in cmd.state["snapshots"]:  # type: ignore[attr-defined]
                changes = changes | snapshots.restore(self.db, snap)
            return changes

        return self._run(text, do, undo) is not None
