"""The left-hand tree: pick a committee or a meeting; create, rename and delete them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypedDict

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import WorkshopError
from workshop.services import committees, meetings, snapshots, working_groups
from workshop.services.committee_tree import read_tree

from ui import shortcuts
from ui.commands import create_command, delete_command, delete_refused
from ui.context import AppContext
from ui.date_field import DateTimeField
from ui.models.navigator_model import NavigatorModel, NodeKey, node_key
from ui.qt_typed import pydatetime, qdatetime
from ui.versioned import edit_row, orm_row

_TABLES = {"committee": "committee", "meeting": "meeting", "member": "member", "task": "task",
           "working_group": "workinggroup"}
# not "items": an item's text saving as the user types would rebuild the tree each time
_REFRESH_KINDS = ("committees", "meetings", "members", "tasks", "working_groups")


class NewMeeting(TypedDict):
    """What the dialog asks of a new meeting: ``meetings.create_meeting``'s own arguments."""

    title: str
    number: int | None
    starts_at: datetime
    location: str


class MeetingDialog(QDialog):
    """Title, number, start and place of a new meeting."""

    def __init__(self, parent: QWidget | None, committee_name: str, number: int,
                 starts_at: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nyt møde"))
        self.number = QSpinBox(self)
        self.number.setRange(0, 999)
        self.number.setValue(number)
        self.title_edit = QLineEdit(self.tr("{n}. møde i {name}").format(n=number, name=committee_name), self)
        self.title_edit.setMinimumWidth(380)
        self.starts = DateTimeField(self)
        self.starts.setDateTime(qdatetime(starts_at))
        self.location = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Nummer"), self.number)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Starter"), self.starts)
        form.addRow(self.tr("Sted"), self.location)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Not on a start typed that is no date and time: its message stands at the field, and the
        date shown before is back in it (Enter or a click on OK read the field first)."""
        refused = self.starts.take_refusal()
        read = self.starts.commit()
        self.starts.take_refusal()
        if read and not refused:
            super().accept()

    def values(self) -> NewMeeting:
        return {"title": self.title_edit.text(), "number": self.number.value() or None,
                "starts_at": pydatetime(self.starts.dateTime()).replace(second=0, microsecond=0),
                "location": self.location.text()}


class Navigator(QWidget):
    """Tree of committees; emits what the user picked."""

    node_chosen = Signal(object)  # NodeKey

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = NavigatorModel()
        self.view = QTreeView(self)
        self.view.setObjectName("navigatorTree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        # New committee / meeting work from the whole window (its File and Møde menus); F2 and
        # Ctrl+Del belong to the tree: in a table F2 edits a cell, in a text field Ctrl+Del deletes a word.
        self.new_committee_action = shortcuts.action("navigator.new_committee", self, self.new_committee)
        self.new_meeting_action = shortcuts.action("navigator.new_meeting", self, self.new_meeting)
        self.rename_action = shortcuts.action("navigator.rename", self, self.rename_selected)
        self.delete_action = shortcuts.action("navigator.delete", self, self.delete_selected)

        self._current: NodeKey | None = None
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        ctx.changed.connect(self._on_changed)

    # --- loading and selection ---------------------------------------------

    def reload(self) -> None:
        tree = self.ctx.read(read_tree)  # before anything changes: on a failed read the tree stays
        expanded = self._expanded_keys()
        current = self._current
        first_load = self.model.rowCount() == 0
        self.model.reload(tree)
        for key in expanded:
            item = self.model.find(key)
            if item is not None:
                self.view.setExpanded(item.index(), True)
        if first_load:
            for r in range(self.model.rowCount()):
                c_index = self.model.index(r, 0)
                self.view.setExpanded(c_index, True)
                self.view.setExpanded(self.model.index(0, 0, c_index), True)  # its meetings
        if current is not None:
            self.select(current, emit=False)
        self._update_actions()

    def _expanded_keys(self) -> list[NodeKey]:
        keys, stack = [], [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(self.model.rowCount(parent)):
                index = self.model.index(r, 0, parent)
                if self.view.isExpanded(index):
                    keys.append(node_key(self.model.itemFromIndex(index)))
                stack.append(index)
        return keys

    def select(self, key: NodeKey, emit: bool = True) -> bool:
        item = self.model.find(key)
        if item is None:
            return False
        index = item.index()
        parent = index.parent()
        while parent.isValid():
            self.view.setExpanded(parent, True)
            parent = parent.parent()
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.selectionModel().blockSignals(False)
        self._current = key
        self.view.scrollTo(index)
        self._update_actions()
        return True

    def select_meeting(self, meeting_id: int, committee_id: int | None = None) -> bool:
        """Select the meeting; without ``committee_id``, under whichever committee the tree shows it."""
        key = (self.model.find_meeting(meeting_id) if committee_id is None
               else NodeKey("meeting", meeting_id, committee_id))
        return key is not None and self.select(key)

    def current_key(self) -> NodeKey | None:
        return self._current

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current = node_key(self.model.itemFromIndex(current))
        self._update_actions()
        self.node_chosen.emit(self._current)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*_REFRESH_KINDS):
            self.reload()
            if self._current is not None and self.model.find(self._current) is None:
                # the selected row is gone (deleted or undone): fall back to its committee
                fallback = NodeKey("committee", self._current.committee_id, self._current.committee_id)
                if not self.select(fallback):
                    self._current = None
                    self.node_chosen.emit(None)

    def _update_actions(self) -> None:
        key = self._current
        self.new_meeting_action.setEnabled(key is not None and key.committee_id is not None)
        editable = key is not None and key.kind in _TABLES
        self.rename_action.setEnabled(editable)
        self.delete_action.setEnabled(editable)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.new_committee_action, self.new_meeting_action, self.rename_action,
                       self.delete_action):
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # --- commands --------------------------------------------------------------

    def new_committee(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nyt udvalg"), self.tr("Udvalgets navn:"))
        if not ok:
            return
        db = self.ctx.db
        changes = self.ctx.execute(create_command(
            self.ctx, self.tr("Opret udvalg"), "committee",
            lambda: committees.create_committee(db, name=name, kind="opgaveudvalg")))
        if changes is not None and changes.id is not None:
            self.select(NodeKey("committee", changes.id, changes.id))

    def new_meeting(self) -> None:
        key = self._current
        if key is None or key.committee_id is None:
            return
        cid = key.committee_id
        db = self.ctx.db
        existing = self.ctx.read(meetings.list_meetings, cid)
        number = max((m.number or 0 for m in existing), default=0) + 1
        start = (datetime.now() + timedelta(days=7)).replace(hour=17, minute=0, second=0, microsecond=0)
        dialog = MeetingDialog(self, self.ctx.read(committees.get_committee, cid).name, number, start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        changes = self.ctx.execute(create_command(
            self.ctx, self.tr("Opret møde"), "meeting",
            lambda: meetings.create_meeting(db, cid, **values)))
        if changes is not None and changes.id is not None:
            self.select(NodeKey("meeting", changes.id, cid))

    def rename_selected(self) -> None:
        key = self._current
        if key is None or key.kind not in _TABLES or key.id is None:
            return
        db, row_id = self.ctx.db, key.id
        # (table, change kind, the name's column, read, write): the rename is saved on top of the version read here
        specs: dict[str, tuple[str, str, str, Callable[[int], Any], Callable[..., ChangeSet]]] = {
            "committee": ("committee", "committees", "name", lambda i: committees.get_committee(db, i),
                          lambda i, **f: committees.update_committee(db, i, **f)),
            "meeting": ("meeting", "meetings", "title", lambda i: meetings.get_meeting(db, i),
                        lambda i, **f: meetings.update_meeting(db, i, **f)),
            "member": ("member", "members", "name", lambda i: committees.get_member(db, i),
                       lambda i, **f: committees.update_member(db, i, **f)),
            "task": ("task", "tasks", "title", lambda i: committees.get_task(db, i),
                     lambda i, **f: committees.update_task(db, i, **f)),
            "working_group": ("workinggroup", "working_groups", "name", lambda i: working_groups.get_working_group(db, i),
                              lambda i, **f: working_groups.update_working_group(db, i, **f)),
        }
        table, kind, column, get, update = specs[key.kind if key.kind in specs else "working_group"]
        try:
            row = self.ctx.read(lambda _db: get(row_id))
        except WorkshopError as error:
            self.ctx.report(error)
            return
        old = getattr(row, column)
        new, ok = QInputDialog.getText(self, self.tr("Omdøb"), self.tr("Nyt navn:"), text=old)
        if ok and new != old:
            edit_row(self.ctx, self.tr("Omdøb"), orm_row(table, kind, get, update), row_id, column, {column: old},
                     {column: new}, row.version, shown={column: old}, names={column: self.tr("Navnet")},
                     free_text=True, parent=self)

    def delete_selected(self) -> None:
        key = self._current
        if key is None or key.kind not in _TABLES or key.id is None:
            return
        table = _TABLES[key.kind]
        try:
            snap = self.ctx.read(snapshots.take, table, key.id)
        except WorkshopError as error:
            self.ctx.report(error)
            return
        label = self.model.find(key)
        name = label.text() if label is not None else ""
        if not confirm_delete(self, name, snap):
            return
        # based on the row as the confirmation counted it: changed since, it is not deleted
        version = snap.rows[table][0].get("version")
        self.ctx.execute(delete_command(self.ctx, self.tr("Slet {name}").format(name=name), table, key.id, version),
                         on_conflict=lambda error: delete_refused(self.ctx, error))


def confirm_delete_rows(parent: QWidget, names: list[str], snaps: list[snapshots.Snapshot]) -> bool:
    """Ask once for one or several rows (a multi-row delete of table rows), saying in the same
    question what captured content goes with them."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    shown = ", ".join(f'"{n}"' for n in names[:5]) + (
        QCoreApplication.translate("Navigator", " og {n} flere").format(n=len(names) - 5) if len(names) > 5 else "")
    question = QCoreApplication.translate("Navigator", "Slet {names}?").format(names=shown)
    content = sum(snap.content_count() for snap in snaps)
    if content:
        question += " " + QCoreApplication.translate(
            "Navigator", "{n} registreringer (fremmøde, svar, input m.m.) slettes med."
                         " Du kan fortryde med Ctrl+Z.").format(n=content)
    return QMessageBox.question(parent, QCoreApplication.translate("Navigator", "Slet"), question,
                                yes | no, no) == yes


def confirm_delete(parent: QWidget, name: str, snap: snapshots.Snapshot) -> bool:
    """Ask once; ask again when captured content would go with it."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    if QMessageBox.question(parent, QCoreApplication.translate("Navigator", "Slet"),
                            QCoreApplication.translate("Navigator", 'Slet "{name}"?').format(name=name),
                            yes | no, no) != yes:
        return False
    content = snap.content_count()
    if content == 0:
        return True
    return QMessageBox.warning(
        parent, QCoreApplication.translate("Navigator", "Slet indhold"),
        QCoreApplication.translate("Navigator", '"{name}" har {n} registreringer (fremmøde, svar, input, referat m.m.), som slettes med.'
           " Er du helt sikker? (Du kan fortryde med Ctrl+Z.)").format(name=name, n=content),
        yes | no, no) == yes
