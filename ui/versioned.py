"""Edits that say which version of a row they were based on: a stale one is refused, never applied.

Two laptops on one shared server may edit the same row. Every text field (``ui/autosave.py``)
and every row edit of a table (members, tasks, inputs, candidates, …) goes through
``versioned_command``:

- its first run writes on top of the version the screen showed (``expected_version``); a
  service refuses it with ``ConflictError`` when another laptop saved the row since;
- an undo or redo writes only while the row still holds what this step wrote last (read and
  written in one transaction; the write names the version it read, so a save in between is
  refused too): otherwise it is refused with a Danish message instead of overwriting the other
  laptop's value.

``edit_row`` is the table side: a stale edit whose field the other laptop left alone is saved
on top at once (only other columns changed); a text the other laptop changed too opens
``ConflictDialog`` (both texts until a person chooses); any other value is refused with a
Danish message naming what changed, and the views re-read the row. ``versioned_rows_command``
sets several rows in one step (the pejlemærkers' status), each checked the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.changes import ChangeSet, changed
from workshop.errors import ConflictError, WorkshopError

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.row_names import row_name_first

Values = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class VersionedRow:
    """A row whose writes say which version they were based on.

    Attributes:
        table: the row's table (``member``, ``input``, …: messages name the row by it).
        read: key -> (the stored values by field, the row's version; 0 when there is no row).
        store: (key, values by field, expected version) -> ChangeSet; raises ``ConflictError``
            when the row's version is no longer the expected one.
        kind: the ``ChangeSet`` kind whose views show the row (re-read after a refused edit).
    """

    table: str
    read: Callable[[int], tuple[Values, int]]
    store: Callable[[int, Values, int], ChangeSet]
    kind: str = ""


def _write(spec: VersionedRow, key: int, values: Values, expected_values: Values | None,
           expected: int | None) -> ChangeSet:
    """Write ``values`` on top of version ``expected``, or (``expected_values`` given: an undo or
    redo) only while the row holds ``expected_values``, on top of the version read with them."""
    if expected_values is not None:
        current, expected = spec.read(key)
        if any(current.get(f) != v for f, v in expected_values.items()):  # another laptop wrote since
            raise ConflictError.stale(spec.table, row_id=key, expected_version=expected, version=expected,
                                      current=current)
    assert expected is not None
    return spec.store(key, values, expected)


def stored_now(ctx: AppContext, read: Callable[[int], T], key: int) -> T:
    """``read(key)``, the row as stored now, for a refused edit (its message, both texts side by
    side), read on the database's lane as the edit was (``AppContext.run_db``): on a slow network
    the GUI thread does not wait on it. Errors as ``read`` raises them (NotFoundError: gone)."""
    return ctx.run_db(lambda: read(key))


RowEdit = tuple[int, Values, Values, int | None]  # (key, old, new, the version shown)


def write_rows(cmd: ServiceCommand, spec: VersionedRow, rows: list[RowEdit], forward: bool) -> ChangeSet:
    """Write each row's ``new`` (``forward``; else its ``old``): the first time on top of the
    version shown (or, None, while the row holds ``old``), later only while the row holds what
    ``cmd`` wrote last (``cmd.state["wrote"]``)."""
    wrote: dict[int, Values] = dict(cmd.state.get("wrote", {}))
    changes = ChangeSet()
    for key, old, new, based_on in rows:
        values = new if forward else old
        if "wrote" not in cmd.state and based_on is not None:  # the first run: on top of the versions shown
            changes = changes | _write(spec, key, values, None, based_on)
        else:
            changes = changes | _write(spec, key, values, wrote.get(key, old if forward else new), None)
        wrote[key] = dict(values)
    cmd.state["wrote"] = wrote
    return changes


def versioned_rows_command(ctx: AppContext, label: str, spec: VersionedRow, rows: list[RowEdit]) -> ServiceCommand:
    """One step that sets several rows ``(key, old, new, version shown)``, each as
    ``versioned_command`` does one: all written in one transaction, or none."""
    return ServiceCommand(ctx, label, do=lambda cmd: write_rows(cmd, spec, rows, True),
                          undo=lambda cmd: write_rows(cmd, spec, rows, False))


def versioned_command(ctx: AppContext, label: str, spec: VersionedRow, key: int, old: Values, new: Values,
                      based_on: int | None, merge_key: tuple[object, ...] | None = None,
                      seen: Callable[[int], None] | None = None) -> ServiceCommand:
    """Write ``new`` (undo: ``old``) to row ``key``, the first time on top of version ``based_on``.

    ``based_on`` None: the row must still hold ``old`` (the screen knew no version). ``seen``
    gets the row's version after each write (a field then saves its next keystrokes on top of it).
    """

    def write(cmd: ServiceCommand, values: Values, expected_values: Values | None, expected: int | None) -> ChangeSet:
        changes = _write(spec, key, values, expected_values, expected)
        cmd.state["wrote"] = dict(values)
        if seen is not None:
            seen(spec.read(key)[1])
        return changes

    first = [True]

    def do(cmd: ServiceCommand) -> ChangeSet:
        if first[0] and based_on is not None:  # the first save: on top of the version shown
            first[0] = False
            return write(cmd, new, None, based_on)
        first[0] = False
        return write(cmd, new, cmd.state.get("wrote", old), None)

    def undo(cmd: ServiceCommand) -> ChangeSet:
        return write(cmd, old, cmd.state.get("wrote", new), None)

    return ServiceCommand(ctx, label, do=do, undo=undo, merge_key=merge_key)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("Versioned", "tom")
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return f"»{value}«"


def changed_message(error: ConflictError, shown: Mapping[str, Any], names: Mapping[str, str],
                    display: Callable[[str, Any], Any] | None = None) -> str:
    """The message for a refused row edit (in the UI's language): which row, and what the other
    laptop changed."""
    what = row_name_first(error.table)
    if not error.current:
        return QCoreApplication.translate("Versioned", "{what} er slettet af en anden imens; din ændring er ikke gemt.").format(
            what=what)
    show = display or (lambda _field, value: value)
    parts = [QCoreApplication.translate("Versioned", "{field} er nu {value}").format(
        field=name, value=_shown(show(field, error.current[field])))
        for field, name in names.items() if field in error.current and error.current[field] != shown.get(field)]
    if not parts:
        return QCoreApplication.translate("Versioned", "{what} er ændret af en anden imens; din ændring er ikke gemt.").format(
            what=what)
    return QCoreApplication.translate("Versioned", "{what} er ændret af en anden imens: {changes}. Din ændring er ikke"
                                      " gemt.").format(what=what, changes=", ".join(parts))


def edit_row(ctx: AppContext, label: str, spec: VersionedRow, key: int, field: str, old: Values, new: Values,
             version: int | None, *, shown: Mapping[str, Any], names: Mapping[str, str],
             free_text: bool = False, parent: QWidget | None = None,
             display: Callable[[str, Any], Any] | None = None,
             merge_key: tuple[object, ...] | None = None) -> bool:
    """A person edited ``field`` of row ``key``: write ``new`` (undo: ``old``; both name ``field`` and
    any column written with it), based on the ``version`` the table showed.

    ``shown`` is the row as the table showed it and ``names`` the Danish names of its columns
    (for the message naming what changed); ``free_text``: the field is typed text (a conflict shows
    both texts), not a value picked or a date. True when it was saved (now, or on top of a version
    in which only other columns changed); False when refused or waiting for a person to choose
    between two texts.
    """
    saved: list[bool] = []

    def as_stored(error: ConflictError) -> ConflictError:
        """The refusal with the row as the spec reads it now (the service's ``current`` holds the
        table's columns; a spec may read more, e.g. an item's bilag, or another key, e.g. a member)."""
        try:
            current, now = stored_now(ctx, spec.read, key)
        except WorkshopError:  # gone meanwhile
            current, now = {}, 0
        return ConflictError.stale(spec.table, row_id=key, expected_version=error.expected_version, version=now,
                                   current=current)

    def refuse(error: ConflictError) -> None:
        error = as_stored(error)
        mine, theirs = new.get(field), error.current.get(field)
        if free_text and isinstance(mine, str) and isinstance(theirs, str) and error.version:
            base = {f: error.current.get(f) for f in old}
            _choose_text(ctx, label, spec, key, field, base, mine, error.version, parent, merge_key)
            if spec.kind:
                ctx.broadcast(changed(spec.kind, id=key))  # the views show the other laptop's text
        else:
            refused(ctx, spec, error, shown, names, display)

    def conflicted(error: ConflictError) -> None:
        error = as_stored(error)
        if error.current and error.current.get(field) == old.get(field) and error.version:
            # only other columns changed since: this edit overwrites nothing of theirs, so it goes on top
            base = {f: error.current.get(f) for f in old}
            again = versioned_command(ctx, label, spec, key, base, {**base, field: new[field]}, error.version,
                                      merge_key)
            saved.append(ctx.execute(again, on_conflict=refuse) is not None)
        else:
            refuse(error)

    command = versioned_command(ctx, label, spec, key, old, new, version, merge_key)
    if ctx.execute(command, on_conflict=conflicted) is not None:
        return True
    return bool(saved and saved[0])


def _choose_text(ctx: AppContext, label: str, spec: VersionedRow, key: int, field: str, base: Values, mine: str,
                 version: int, parent: QWidget | None, merge_key: tuple[object, ...] | None) -> None:
    """Both texts side by side; the one a person keeps (or merges) is saved on top of theirs
    (``base``: the row as stored now, ``version`` its version)."""
    from PySide6.QtWidgets import QApplication

    from ui.autosave import CELL
    from ui.conflict_dialog import ConflictDialog

    theirs = str(base[field])
    window = parent.window() if parent is not None else QApplication.activeWindow()
    dialog = ConflictDialog(label, mine, theirs, window, must_choose=True)  # no field keeps the typed text
    # Nor does anything else while the dialog waits: on disk until a text is stored or discarded, so
    # a crash or a kill meanwhile loses nothing (Rediger → Ikke gemte tekster lists it at the next start).
    kept = f"{CELL}{spec.table}.{field}"
    ctx.unsaved.keep(kept, key, mine, theirs, version, label)

    def chosen(text: str, keep_theirs: bool) -> None:
        if keep_theirs or text == theirs:
            ctx.unsaved.stored(kept, key)
            return
        saved = ctx.execute(versioned_command(ctx, label, spec, key, base, {**base, field: text}, version, merge_key),
                            on_conflict=lambda again: saved_since(again, text))
        if saved is not None:
            ctx.unsaved.stored(kept, key)
        # refused: a new dialog keeps the chosen text under the same key, or (any other refusal,
        # e.g. the server gone) it stays kept, to be found under Rediger → Ikke gemte tekster

    def saved_since(error: ConflictError, text: str) -> None:
        """The other laptop saved again while the dialog was open: the text chosen here against
        theirs now, in a new dialog (it is in no field, so it must not end in a message only)."""
        try:
            current, now = stored_now(ctx, spec.read, key)
        except WorkshopError:  # gone meanwhile
            current, now = {}, 0
        if not now or not isinstance(current.get(field), str):
            ctx.report(error, changed_message(error, base, {field: label}))
            return
        _choose_text(ctx, label, spec, key, field, {f: current.get(f) for f in base}, text, now, parent, merge_key)

    dialog.chosen.connect(chosen)
    dialog.rejected.connect(lambda: ctx.unsaved.stored(kept, key))  # "Kassér min tekst": a person chose
    open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: open_dialogs.remove(dialog) if dialog in open_dialogs else None)
    dialog.open()


open_dialogs: list[Any] = []  # the ConflictDialogs of table edits open now (tests look at them)


def orm_row(table: str, kind: str, get: Callable[[int], Any], update: Callable[..., ChangeSet]) -> VersionedRow:
    """A ``VersionedRow`` over a service's ``get(id)`` and ``update(id, expected_version=…, **fields)``."""

    def read(key: int) -> tuple[Values, int]:
        row = get(key)
        return {c.name: getattr(row, c.name) for c in row.__table__.columns}, row.version

    return VersionedRow(table, read, lambda key, values, version: update(key, expected_version=version, **values),
                        kind)


def refused(ctx: AppContext, spec: VersionedRow | str, error: ConflictError, shown: Mapping[str, Any],
            names: Mapping[str, str], display: Callable[[str, Any], Any] | None = None) -> None:
    """A stale edit of a value refused: the message naming what changed, and the views re-read the row
    (``spec``: the row's spec, or the ``ChangeSet`` kind of what has no version of its own)."""
    kind = spec if isinstance(spec, str) else spec.kind
    if kind:  # first: a view that clears its last message on a change (run mode, the dots) keeps this one
        ctx.broadcast(changed(kind, id=error.row_id))
    ctx.report(error, changed_message(error, shown, names, display))
