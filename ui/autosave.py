"""Text fields that save themselves: no Save button, nothing typed is lost.

A field saves shortly after the last keystroke (debounced), when it loses focus
and when the window closes. Each save is a ``ServiceCommand`` with a merge key,
so all keystrokes in one field become one undo step. A refused save (locked or
read-only database, a server that cannot be reached) keeps the text in the field and
is retried on the next change (and when a shared server is reachable again).

Every field saves through a ``VersionedText`` (one column of one row) on top of the version
it showed (``ui/versioned.py``): when another laptop saved the row since, the save is refused
and ``ConflictDialog`` shows both texts side by side until a person keeps one or merges them;
nothing is written meanwhile and the typed text stays in the field. Undoing (or redoing)
such an edit after another laptop changed the text since is refused the same way, with a
Danish message, instead of overwriting the other laptop's text.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from workshop.changes import ChangeSet
from workshop.errors import ConflictError, WorkshopError
from workshop.unsaved import Unsaved

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.field_errors import execute_at
from ui.versioned import VersionedRow, stored_now, versioned_command

# Saved at the latest this long after the last keystroke (the brief allows one second).
DEBOUNCE_MS = 600


@dataclass(frozen=True)
class VersionedText:
    """A text column whose saves say which version they were based on.

    Attributes:
        table: the row's table (for the message when an undo is refused).
        read: key -> (the stored text, the row's version; 0 when there is no row yet).
        store: (key, text, expected version) -> ChangeSet; raises ``ConflictError``
            when the row's version is no longer the expected one.
    """

    table: str
    read: Callable[[int], tuple[str, int]]
    store: Callable[[int, str, int], ChangeSet]

    def row(self) -> VersionedRow:
        """The same column as a ``VersionedRow`` with one field, ``text``."""
        read, store = self.read, self.store

        def read_row(key: int) -> tuple[dict[str, Any], int]:
            text, version = read(key)
            return {"text": text}, version

        return VersionedRow(self.table, read_row, lambda key, values, version: store(key, values["text"], version))


def text_column(table: str, get: Callable[[int], Any], update: Callable[..., ChangeSet], column: str,
                as_list: Callable[[str], list[str]] | None = None) -> VersionedText:
    """The ``VersionedText`` of ``column`` of the rows ``get(id)`` reads and
    ``update(id, expected_version=…, column=…)`` writes (a list column: one line per entry,
    ``as_list`` turns the text into the list)."""

    def read(key: int) -> tuple[str, int]:
        row = get(key)
        value = getattr(row, column)
        return ("\n".join(value) if isinstance(value, list) else value or ""), row.version

    def store(key: int, text: str, version: int) -> ChangeSet:
        value: Any = as_list(text) if as_list is not None else text
        return update(key, expected_version=version, **{column: value})

    return VersionedText(table, read, store)


def item_text(ctx: AppContext, column: str, as_list: Callable[[str], list[str]] | None = None) -> VersionedText:
    """An agenda item's text column (the Beslutning, a case section, …)."""
    from workshop.services import agenda

    db = ctx.db
    return text_column("agendaitem", lambda item_id: agenda.get_item(db, item_id),
                       lambda item_id, **fields: agenda.update_item(db, item_id, **fields), column, as_list)


_fields: weakref.WeakSet[AutosaveField] = weakref.WeakSet()


def _alive() -> list[AutosaveField]:
    """Fields whose widget still exists: a deleted widget's Python wrapper can linger until GC."""
    return [field for field in list(_fields) if shiboken6.isValid(field)]


def flush_all(window: QWidget | None = None) -> bool:
    """Save every pending field now (before undo, on close); only those in ``window`` when given
    (a window closing saves its own typing, not that of another window still open). True if all saved."""
    return all([field.flush() for field in _alive() if window is None or field.widget.window() is window])


def close_window(window: QWidget) -> None:
    """``window`` closed (after its fields were saved): its fields save nothing more. Keys still
    arriving at a closed window's field are not typing anybody sees; saved later, they would
    overwrite (or, versioned, conflict with) what is typed in the window open now."""
    for field in _alive():
        if field.widget.window() is window:
            field.closed = True
            field._timer.stop()


def kept_elsewhere(ctx: AppContext) -> list[Unsaved]:
    """The texts kept on disk (``ctx.unsaved``) that no field shows now: a field's is put back
    when its field shows its row; a table cell's (``CELL``) is listed in Rediger → Ikke gemte
    tekster (``ui/unsaved_dialog.py``)."""
    shown = {(f.key, f.row_id) for f in _alive() if f.ctx is ctx}
    return [u for u in ctx.unsaved.all() if (u.field, u.row_id) not in shown]


CELL = "cell:"  # the key of a table cell's text kept while its conflict dialog waits: "cell:input.text"


def pending_count() -> int:
    return sum(1 for field in _alive() if field.dirty)


class AutosaveField(QObject):
    """Binds a QLineEdit or QPlainTextEdit to one text column of one row."""

    def __init__(self, ctx: AppContext, widget: QLineEdit | QPlainTextEdit, key: str, label: str,
                 store: VersionedText) -> None:
        super().__init__(widget)
        self.ctx, self.widget, self.key, self.label = ctx, widget, key, label
        self.versioned = store
        self._row = store.row()
        self.row_id: int | None = None
        self.saved = ""
        self.dirty = False
        self.version: int | None = None  # the version ``saved`` was read at
        self.conflict: Any = None  # the ConflictDialog open for this field, if any
        self.closed = False  # its window closed: nothing more is saved (``close_window``)
        self._loading = False
        self._saving = False  # inside its own save (whose broadcast rebinds it)
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

    def bind(self, row_id: int | None, value: str, version: int | None = None) -> None:
        """Show ``value`` of row ``row_id`` (read at ``version``: the next save is based on it; None
        when the caller knows no version: the save then checks that the row still holds ``value``);
        a pending edit of another row is saved first.

        While the user's own edit is pending (or refused, or in a conflict), the field keeps it.
        """
        if row_id != self.row_id:
            self.flush()
            self.conflict = None  # an open ConflictDialog keeps both texts of the row it is about
        elif self.dirty:
            return
        self.row_id = row_id
        self.saved = value
        self.version = version
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
        if row_id is not None:
            self._restore_unsaved(row_id, value)

    def _restore_unsaved(self, row_id: int, value: str) -> None:
        """Put back a text this laptop typed for the row that the database never stored (a crash,
        a kill, a lost server), and save it on top of the version it was typed on."""
        if self._saving:  # its own save's broadcast: the kept text is this very save's
            return
        kept = self.ctx.unsaved.get(self.key, row_id)
        if kept is None:
            return
        if kept.text == value:  # it was stored after all
            self.ctx.unsaved.stored(self.key, row_id)
            return
        self._set_text(kept.text)
        # Saved as typed then: on the text and version it was typed on, so a change made since is
        # shown as a conflict, not overwritten.
        self.saved, self.version = kept.base, kept.version
        self.dirty = True
        self._timer.start()
        self.ctx.error.emit(QCoreApplication.translate(
            "AutosaveField", "{field}: teksten, der ikke blev gemt sidst, er sat ind igen og gemmes nu.").format(
            field=self.label))

    def _edited(self, *_args: Any) -> None:
        if self._loading or self.row_id is None or self.closed:
            return
        self.dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if there is an unsaved edit. False if the save was refused (or waits for a
        person to resolve a conflict)."""
        self._timer.stop()
        if not self.dirty or self.row_id is None:
            return True
        if self.conflict is not None:
            return False  # both texts are on screen until a person chooses
        new, old, row_id = self.text(), self.saved, self.row_id
        if new == old:
            self.dirty = False
            return True
        return self._save(row_id, old, new, self.version)

    def _save(self, row_id: int, old: str, new: str, based_on: int | None) -> bool:
        command = self._command(row_id, old, new, based_on)
        unsaved = self.ctx.unsaved
        if self.ctx.db.engine.dialect.name == "postgresql":  # on disk before the network may hang (a kill then loses nothing)
            unsaved.keep(self.key, row_id, new, old, based_on, self.label)
        # Mark clean before executing: the change broadcast rebinds this field.
        self.dirty = False
        self.saved = new
        conflicts: list[ConflictError] = []
        self._saving = True
        try:
            done = execute_at(self.ctx, self.widget, command, conflicts.append)
        finally:
            self._saving = False
        if done is None:  # the refusal stands at the field
            self.dirty, self.saved = True, old  # keep the text; retry on the next change
            unsaved.keep(self.key, row_id, new, old, based_on, self.label)
            return self._conflicted(row_id, old, new) if conflicts else False
        unsaved.stored(self.key, row_id)
        return True

    def _command(self, row_id: int, old: str, new: str, based_on: int | None) -> ServiceCommand:
        field = self

        def seen(version: int) -> None:
            if shiboken6.isValid(field) and field.row_id == row_id and not field.dirty:
                field.version = version

        return versioned_command(self.ctx, self.label, self._row, row_id, {"text": old}, {"text": new}, based_on,
                                 merge_key=("text", self.key, row_id), seen=seen)

    # --- a conflict: both texts shown until a person chooses ---------------------------------

    def _conflicted(self, row_id: int, old: str, new: str) -> bool:
        """Another laptop saved the row since this field read it (at ``old``): save on top when
        only other columns changed, else show both texts. True when saved."""
        from ui.conflict_dialog import ConflictDialog

        try:
            theirs, version = stored_now(self.ctx, self.versioned.read, row_id)
        except WorkshopError as gone:  # deleted meanwhile: nothing to merge with; the text stays
            self.ctx.report(gone)
            return False
        if theirs == old:  # only other columns of the row changed (e.g. its start time): save on top
            self.version = version
            return self._save(row_id, old, new, version)
        dialog = ConflictDialog(self.label, self.text(), theirs, self.widget.window())
        self.conflict = dialog
        dialog.chosen.connect(lambda text, keep_theirs: self._resolve(dialog, row_id, theirs, version, text,
                                                                      keep_theirs))
        dialog.rejected.connect(lambda: self._postponed(dialog))
        dialog.open()
        return False

    def _resolve(self, dialog: Any, row_id: int, theirs: str, version: int, text: str, keep_theirs: bool) -> None:
        """A person chose: their text (nothing written), or ours or a merge saved on top of their version."""
        here = self.conflict is dialog and self.row_id == row_id
        if self.conflict is dialog:
            self.conflict = None
        if keep_theirs:
            self.ctx.unsaved.stored(self.key, row_id)  # a person chose the other text
            if here:
                self.dirty = False
                self.bind(row_id, theirs, version)
            return
        if here:
            self._set_text(text)
            self.saved, self.version, self.dirty = theirs, version, True
            self.flush()  # one undo step: undo brings their text back
        elif text != theirs:  # the field shows another row by now: save for the row the dialog is about
            self.ctx.execute(self._command(row_id, theirs, text, version), on_conflict=self.ctx.report)

    def _postponed(self, dialog: Any) -> None:
        """Closed without a choice: the typed text stays in the field, and the next save asks again."""
        if self.conflict is dialog:
            self.conflict = None

    def _set_text(self, value: str) -> None:
        self._loading = True
        try:
            w = self.widget
            if isinstance(w, QLineEdit):
                w.setText(value)
            else:
                w.setPlainText(value)
        finally:
            self._loading = False

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
