"""Importing and exporting meeting files from the window: import runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import WorkshopError

from ui.commands import ServiceCommand
from ui.context import AppContext


class _ImportThread(QThread):
    """Reads, validates and writes the file; the window thread only waits for ``done``."""

    done = Signal(object, str)  # ((ChangeSet, committee created?) | None, error message or "")

    def __init__(self, db: Database, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.db, self.path = db, path

    def run(self) -> None:
        from workshop.services import committees
        from workshop.services.referat import import_meeting_file

        try:
            before = {c.id for c in committees.list_committees(self.db)}
            changes = import_meeting_file(self.db, self.path)  # with its referat, as the CLI
        except WorkshopError as error:
            self.done.emit(None, error.message)
            return
        except OSError as error:
            self.done.emit(None, f"{self.path}: {error.strerror or error}")
            return
        self.done.emit((changes, changes.committee_id not in before), "")


class ImportJob(QObject):
    """One import: a progress dialog while a worker thread reads, validates and writes.

    On success the import becomes an undo step: undo removes the imported meeting
    (and its committee when the import created it), redo puts it back.
    """

    finished = Signal(object, str)  # (ChangeSet | None, Danish error message or "")

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.thread = _ImportThread(ctx.db, path, self)
        self.thread.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.progress = QProgressDialog(self.tr("Importerer {name}…").format(name=path.name),
                                        "", 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Importér mødefil"))
        # no cancel: an import is one short transaction
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)

    def start(self) -> None:
        self.progress.setValue(0)
        self.thread.start()

    def _done(self, result: tuple[ChangeSet, bool] | None, message: str) -> None:
        self.thread.wait()
        self.progress.reset()
        self.progress.close()
        changes = None
        if result is not None:
            changes, new_committee = result
            self.ctx.execute(import_command(self.ctx, changes, new_committee, self.path.name))
        self.finished.emit(changes, message)


def import_command(ctx: AppContext, changes: ChangeSet, new_committee: bool, name: str) -> ServiceCommand:
    """An already-done import as an undo step."""
    from workshop.services import committees, meetings, snapshots

    table, row_id = (("committee", changes.committee_id) if new_committee
                     else ("meeting", changes.meeting_id))
    delete = committees.delete_committee if new_committee else meetings.delete_meeting

    def do(cmd: ServiceCommand) -> ChangeSet:
        snap = cmd.state.pop("snapshot", None)
        if snap is None:
            return changes  # the worker thread already imported it
        return snapshots.restore(ctx.db, snap)  # type: ignore[arg-type]

    def undo(cmd: ServiceCommand) -> ChangeSet:
        cmd.state["snapshot"] = snapshots.take(ctx.db, table, row_id)  # type: ignore[arg-type]
        return delete(ctx.db, row_id)  # type: ignore[arg-type]

    return ServiceCommand(ctx, QCoreApplication.translate("ImportJob", "Importér {name}").format(name=name), do, undo)


def export_meeting(db: Database, meeting_id: int, path: Path) -> str:
    """Write the meeting file with its referat section; a Danish error message, or "" on success."""
    from workshop.services.referat import export_meeting_file

    try:
        export_meeting_file(db, meeting_id, path)
    except WorkshopError as error:
        return error.message
    except OSError as error:
        return f"{path}: {error.strerror or error}"
    return ""
