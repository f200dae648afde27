"""Importing and exporting meeting files from the window: both run on the database's lane."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.changes import ChangeSet
from workshop.db import Database

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.operations import Operation, Progress, database_lane


@dataclass(frozen=True)
class Imported:
    """What an import did: its change set, and whether it created the committee."""

    changes: ChangeSet
    new_committee: bool


def import_meeting(db: Database, path: Path, _progress: Progress | None = None) -> Imported:
    """Read, validate and write the file with its referat, as the command line does (one transaction)."""
    from workshop.services import committees
    from workshop.services.referat.meeting_file import import_meeting_file

    before = {c.id for c in committees.list_committees(db)}
    changes = import_meeting_file(db, path)
    return Imported(changes, changes.committee_id not in before)


def start_import(ctx: AppContext, path: Path, parent: QWidget) -> Operation:
    """Import ``path`` on the database's lane behind a progress dialog; the window keeps painting.

    On success the import is an undo step: undo removes the imported meeting (and its committee
    when the import created it), redo puts it back. A refused file ends in ``failed(message)``
    for the caller to show: nothing was written.
    """
    progress = QProgressDialog(QCoreApplication.translate("ImportJob", "Importerer {name}…").format(name=path.name),
                               "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("ImportJob", "Importér mødefil"))
    progress.setCancelButton(None)  # no cancel: an import is one short transaction
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    operation = Operation(QCoreApplication.translate("ImportJob", "Import af {name}").format(name=path.name),
                          lambda report: import_meeting(ctx.db, path, report), parent,
                          lane=database_lane(ctx.db), ctx=ctx, report_errors=False,
                          undo_step=lambda imported: import_command(ctx, imported, path.name))

    def done(*_: object) -> None:
        progress.reset()
        progress.close()
        progress.deleteLater()

    operation.finished.connect(done)
    operation.failed.connect(done)
    progress.setValue(0)
    operation.start()
    return operation


def import_command(ctx: AppContext, imported: Imported, name: str) -> ServiceCommand:
    """An import already done on the database's lane, as an undo step."""
    from workshop.services import committees, meetings, snapshots

    changes = imported.changes
    table, row_id = (("committee", changes.committee_id) if imported.new_committee
                     else ("meeting", changes.meeting_id))
    if row_id is None:
        raise ValueError(f"an import's change set names the {table} it made")
    delete = committees.delete_committee if imported.new_committee else meetings.delete_meeting

    def do(cmd: ServiceCommand) -> ChangeSet:  # redo after an undo: the snapshot the undo took
        return snapshots.restore(ctx.db, cmd.state.pop("snapshot"))

    def undo(cmd: ServiceCommand) -> ChangeSet:
        cmd.state["snapshot"] = snapshots.take(ctx.db, table, row_id)
        return delete(ctx.db, row_id)

    return ServiceCommand(ctx, QCoreApplication.translate("ImportJob", "Importér {name}").format(name=name), do, undo)


def start_export(ctx: AppContext, meeting_id: int, path: Path, parent: QWidget) -> Operation:
    """Write the meeting file with its referat section on the database's lane (its reads wait on
    the network there, not in the window), after what is typed is saved; ``finished(path)``, or
    ``failed(message)`` for the caller to show (a file error names the file). The window's menu
    and the referat tab's button both export this way."""
    from workshop.services.referat.meeting_file import export_meeting_file

    from ui import autosave

    autosave.flush_all()  # the file holds what is typed, too
    operation = Operation(QCoreApplication.translate("ImportJob", "Eksport af mødefil"),
                          lambda _progress: export_meeting_file(ctx.db, meeting_id, path), parent,
                          lane=database_lane(ctx.db), ctx=ctx, report_errors=False)
    operation.start()
    return operation
