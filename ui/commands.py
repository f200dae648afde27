"""QUndoCommand subclasses that call services (never ORM objects: ids and plain values).

``ServiceCommand`` takes two callables: ``do`` and ``undo``, each calling services
and returning a ChangeSet. Each run of either, however many service calls it
makes, is one database transaction (``Database.transaction``): it commits whole or
changes nothing. A run that fails is reported and its step is made obsolete, so
QUndoStack drops it instead of claiming it undone or redone.

Creating commands store the created id in ``self.created_id`` after each redo so
the undo deletes the right row. Text edits merge keystrokes in one field into one
undo step through ``merge_key``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop.changes import KIND_OF_TABLE, ChangeSet, changed
from workshop.errors import ConflictError, WorkshopError

from ui.row_names import row_name_first

if TYPE_CHECKING:
    from workshop.services.snapshots import Snapshot

    from ui.context import AppContext

Action = Callable[["ServiceCommand"], ChangeSet]

# Command ids for mergeWith: one per kind of mergeable edit.
MERGE_TEXT = 1


class ServiceCommand(QUndoCommand):
    """An undoable edit made of a ``do`` and an ``undo``, each run as one transaction."""

    def __init__(self, ctx: AppContext, text: str, do: Action, undo: Action,
                 merge_key: tuple[object, ...] | None = None, *, alone: bool = False) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._do, self._undo = do, undo
        # The first run of ``do`` is one service call that is a transaction by itself (adding an
        # input: one INSERT, ``Database.alone``): not wrapped in another, so on PostgreSQL it
        # needs no BEGIN and COMMIT of its own. Its later runs (redo: a snapshot restored) and
        # every undo are wrapped as always.
        self.alone = alone
        self._done_once = False
        self.merge_key = merge_key
        self.created_id: int | None = None
        self.state: dict[str, Any] = {}  # values a do/undo pair hands each other (of any type)

    # QUndoStack.push() calls redo(); AppContext.execute already ran it once.
    def first_redo(self) -> ChangeSet:
        """Run ``do`` the first time, in one transaction; its errors go to the caller."""
        if self.alone:
            changes = self._do(self)  # one service call, its own transaction
        else:
            with self.ctx.db.transaction():
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
        self._run(self._do, QCoreApplication.translate("ServiceCommand",
                                                       'Kunne ikke gentage "{step}": {reason}'))

    def undo(self) -> None:
        self._run(self._undo, QCoreApplication.translate("ServiceCommand",
                                                         'Kunne ikke fortryde "{step}": {reason}'))

    def _run(self, action: Action, failed: str) -> None:
        if self.ctx.refused_offline(self.text()):
            self.setObsolete(True)  # not done: QUndoStack must not claim it
            return

        def run() -> ChangeSet:
            with self.ctx.db.transaction():
                return action(self)

        try:
            changes = self.ctx.run_db(run)
        except WorkshopError as error:
            # Nothing was written. Obsolete: QUndoStack then drops this step instead of moving
            # past it, so the stack never claims an undo or redo that did not happen.
            self.setObsolete(True)
            reason = error.message
            if isinstance(error, ConflictError) and error.changed_since:
                # Another laptop changed the row since this step wrote it: say that the step would
                # overwrite it, and let the views show what is stored now.
                reason = QCoreApplication.translate(
                    "ServiceCommand", "{what} er ændret af en anden siden; trinnet ville overskrive den ændring og"
                    " er taget ud af fortryd-listen.").format(what=row_name_first(error.table))
                if (kind := KIND_OF_TABLE.get(error.table)) is not None:
                    self.ctx.broadcast(changed(kind, id=error.row_id))
            self.ctx.report(error, failed.format(step=self.text(), reason=reason))
            return
        except BaseException:
            self.setObsolete(True)  # a bug: still nothing written, still not claimed as done
            raise
        self.ctx.broadcast(changes)

    def id(self) -> int:
        return MERGE_TEXT if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._do = other._do  # keep our undo (the value before the first keystroke)
        self.state.update(other.state)  # and what the latest do recorded
        return True


# --- creating, deleting and merging rows so that undo/redo keep their ids -----------

def _deleters() -> dict[str, Callable[..., ChangeSet]]:
    """The delete service of each table a command may delete from (and a snapshot restore)."""
    from workshop.services import agenda, candidates, capture, committees, meetings, working_groups

    return {
        "committee": committees.delete_committee,
        "meeting": meetings.delete_meeting,
        "member": committees.delete_member,
        "task": committees.delete_task,
        "agendaitem": agenda.delete_item,
        "workgroup": capture.delete_group,
        "input": capture.delete_input,
        "candidate": candidates.delete_candidate,
        "remark": capture.delete_remark,
        "workinggroup": working_groups.delete_working_group,
    }


def _restore(ctx: AppContext, snap: Snapshot, *, replace: bool = False) -> ChangeSet:
    """Put a snapshot back; a restored agenda item also goes back to its place (the delete
    renumbered the others)."""
    from workshop.services import agenda, snapshots

    changes = snapshots.restore(ctx.db, snap, replace=replace)
    if snap.root_table == "agendaitem":
        row = snap.rows["agendaitem"][0]
        changes = changes | agenda.move_item(ctx.db, row["id"], row["position"])
    return changes


def create_command(ctx: AppContext, text: str, table: str, create: Callable[[], ChangeSet],
                   delete: Callable[[int], ChangeSet] | None = None,
                   after_undo: Callable[[], ChangeSet] | None = None, *, alone: bool = False) -> ServiceCommand:
    """Create a row; undo snapshots and deletes it, redo restores the same id.

    Keeping the id matters: later steps on the stack refer to it. ``delete`` defaults
    to the table's delete service; ``after_undo`` runs in the undo's transaction after
    the delete (e.g. putting back what the creation moved). ``alone``: ``create`` is one
    service call that is a transaction by itself (``ServiceCommand.alone``).
    """
    from workshop.services import snapshots

    remove = delete or (lambda row_id: _deleters()[table](ctx.db, row_id))

    def do(cmd: ServiceCommand) -> ChangeSet:
        snap: Snapshot | None = cmd.state.pop("snapshot", None)
        if snap is not None:
            cmd.state["made"] = snap.content()
            return _restore(ctx, snap)
        changes = create()
        cmd.created_id = changes.id
        # What the step made, for its undo to compare (below). A row the writer returned (an
        # input's INSERT … RETURNING) has nothing under it yet; anything else is read in this
        # transaction: a group or a working group may be made with members.
        if alone and changes.row is not None and changes.id is not None:
            cmd.state["made"] = snapshots.Snapshot(table, changes.id, {table: [changes.row.model_dump()]}).content()
        elif changes.id is not None:
            cmd.state["made"] = snapshots.take(ctx.db, table, changes.id).content()
        return changes

    def undo(cmd: ServiceCommand) -> ChangeSet:
        assert cmd.created_id is not None
        cmd.state["snapshot"] = take_unchanged(ctx, table, cmd.created_id, cmd.state.get("made"))
        changes = remove(cmd.created_id)
        return changes | after_undo() if after_undo is not None else changes

    return ServiceCommand(ctx, text, do, undo, alone=alone)


def take_unchanged(ctx: AppContext, table: str, row_id: int, made: tuple[Any, ...] | None) -> Snapshot:
    """The snapshot of a row a step made (``made``: its ``Snapshot.content()`` then; None: not
    known), taken by the step's undo before it deletes the row; refused when another laptop changed
    the row, or added under it, since: deleting it would lose that."""
    from workshop.services import snapshots

    snap = snapshots.take(ctx.db, table, row_id)
    if made is not None and snap.content() != made:
        raise ConflictError.stale(table, row_id=row_id, current=snap.rows[table][0])
    return snap


def delete_rows_command(ctx: AppContext, text: str, rows: list[tuple[str, int]],
                        delete: Callable[[str, int], ChangeSet] | None = None,
                        shown: Mapping[tuple[str, int], int | None] | None = None) -> ServiceCommand:
    """Delete rows given as ``(table, id)`` and everything under them, in one transaction;
    undo puts them all back with their ids and versions, also in one.

    ``shown``: the version of each row as the window showed it; a row another laptop changed
    since is not deleted (``ConflictError``: a person looks at the change first). A redo deletes
    only while each row is still as the undo put it back."""
    from workshop.services import snapshots

    remove = delete or (lambda table, row_id: _deleters()[table](ctx.db, row_id))

    def do(cmd: ServiceCommand) -> ChangeSet:
        put_back: list[Snapshot] | None = cmd.state.get("snapshots")
        # every snapshot before any delete: a delete may clear references another snapshot holds
        snaps = [snapshots.take(ctx.db, table, row_id) for table, row_id in rows]
        for n, snap in enumerate(snaps):
            row = snap.rows[snap.root_table][0]
            if put_back is not None:
                # A redo: the rows as the undo put them back, apart from versions (putting back
                # this laptop's other steps moves them, e.g. a pejlemærke's inputs relinked).
                changed_since = snap.content() != put_back[n].content()
            else:
                based_on = (shown or {}).get((snap.root_table, snap.root_id))
                changed_since = based_on is not None and row.get("version") != based_on
            if changed_since:
                raise ConflictError.stale(snap.root_table, row_id=snap.root_id, version=row.get("version"),
                                          current=row)
        changes = ChangeSet()
        for table, row_id in rows:
            changes = changes | remove(table, row_id)
        cmd.state["snapshots"] = snaps
        return changes

    def undo(cmd: ServiceCommand) -> ChangeSet:
        snaps: list[Snapshot] = cmd.state["snapshots"]
        changes = ChangeSet()
        # agenda items back at their places in the order of their places: each snapshot holds
        # its place in the agenda as it was before any of them was deleted
        for snap in sorted(snaps, key=lambda s: s.rows[s.root_table][0].get("position") or 0):
            changes = changes | _restore(ctx, snap)
        return changes

    return ServiceCommand(ctx, text, do, undo)


def delete_command(ctx: AppContext, text: str, table: str, row_id: int, version: int | None = None) -> ServiceCommand:
    """Delete a row and everything under it (based on the ``version`` shown, when given); undo
    puts it all back with the same ids."""
    return delete_rows_command(ctx, text, [(table, row_id)], shown={(table, row_id): version})


def delete_refused(ctx: AppContext, error: ConflictError) -> None:
    """A delete based on a row another laptop changed since: not deleted; said, and the views
    show the change, so a person sees what they would delete before deleting it again."""
    ctx.report(error, QCoreApplication.translate(
        "ServiceCommand", "{what} er ændret af en anden imens og er ikke slettet. Se ændringen, og slet igen,"
        " hvis det stadig skal væk.").format(what=row_name_first(error.table)))
    if (kind := KIND_OF_TABLE.get(error.table)) is not None:
        ctx.broadcast(changed(kind, id=error.row_id))


def merge_command(ctx: AppContext, text: str, table: str, keep_id: int, merge_ids: list[int],
                  merge: Callable[[], ChangeSet]) -> ServiceCommand:
    """Merge rows into ``keep_id`` (``merge`` deletes the others and moves what hangs under
    them); undo sets the kept row back and restores the others, all in one transaction.

    The kept row is set back, not deleted and re-inserted: its version moves on, so a
    version someone read of the merged row is never valid again for different content.
    """
    from workshop.services import snapshots

    others = [m for m in merge_ids if m != keep_id]

    def do(cmd: ServiceCommand) -> ChangeSet:
        cmd.state["snapshots"] = [snapshots.take(ctx.db, table, row_id) for row_id in [keep_id, *others]]
        changes = merge()
        cmd.state["merged"] = snapshots.take(ctx.db, table, keep_id).content()  # for the undo to compare
        return changes

    def undo(cmd: ServiceCommand) -> ChangeSet:
        now = snapshots.take(ctx.db, table, keep_id)
        if now.content() != cmd.state["merged"]:
            # Another laptop changed the merged row since: setting it back would lose that.
            raise ConflictError.stale(table, row_id=keep_id, current=now.rows[table][0])
        changes = ChangeSet()
        for snap in cmd.state["snapshots"]:
            changes = changes | _restore(ctx, snap, replace=True)
        return changes

    return ServiceCommand(ctx, text, do, undo)


def update_command(ctx: AppContext, text: str, update: Callable[[dict[str, Any]], ChangeSet],
                   old: dict[str, Any], new: dict[str, Any],
                   merge_key: tuple[object, ...] | None = None) -> ServiceCommand:
    """Set fields to ``new``; undo sets them back to ``old`` (a field's values: whatever its column holds)."""
    return ServiceCommand(ctx, text, lambda _c: update(new), lambda _c: update(old), merge_key)


class Edits:
    """Base of a panel's undoable edits: one method per user action, each one undo step.

    Creations, deletions and merges go through ``workshop.services.snapshots``: undoing
    a creation snapshots the row (and all under it) before deleting it, and redo puts it
    back with the same ids, so later steps on the stack still find their rows.
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
        changes = self.ctx.execute(create_command(self.ctx, text, table, create, delete, after_undo))
        return None if changes is None else changes.id

    def _deleting(self, text: str, rows: list[tuple[str, int]], delete: Callable[[str, int], ChangeSet],
                  shown: Mapping[tuple[str, int], int | None] | None = None) -> bool:
        """Delete rows given as ``(table, id)``, based on the versions ``shown``; undo restores them
        all with their ids."""
        return self.ctx.execute(delete_rows_command(self.ctx, text, rows, delete, shown),
                                on_conflict=lambda error: delete_refused(self.ctx, error)) is not None

    def _merging(self, text: str, table: str, keep_id: int, merge_ids: list[int],
                 merge: Callable[[], ChangeSet]) -> bool:
        """Merge rows into ``keep_id``; undo sets everything back (``merge_command``)."""
        return self.ctx.execute(merge_command(self.ctx, text, table, keep_id, merge_ids, merge)) is not None
