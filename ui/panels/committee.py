"""The committee: its name, members (edited in place) and tasks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import WorkshopError
from workshop.services import committees, snapshots

from ui import shortcuts
from ui.autosave import AutosaveField, VersionedText, text_column
from ui.commands import create_command, delete_refused, delete_rows_command
from ui.context import AppContext
from ui.field_errors import errors_at
from ui.models.row_table import ChoiceDelegate, Column, RowDelegate, RowTableModel
from ui.panels.empty_state import EmptyStateStack
from ui.panels.navigator import confirm_delete_rows
from ui.qt_typed import QT_TRANSLATE_NOOP
from ui.versioned import VersionedRow, edit_row, orm_row

ROLE_LABELS = {
    "formand": QT_TRANSLATE_NOOP("CommitteePanel", "formand"),
    "næstformand": QT_TRANSLATE_NOOP("CommitteePanel", "næstformand"),
    "medlem": QT_TRANSLATE_NOOP("CommitteePanel", "medlem"),
}
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("CommitteePanel", "åben"),
    "approved": QT_TRANSLATE_NOOP("CommitteePanel", "godkendt"),
}


def _labels(labels: dict[str, str]) -> dict[str, str]:
    return {k: QCoreApplication.translate("CommitteePanel", v) for k, v in labels.items()}


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Shift/Ctrl: delete several
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setItemDelegate(RowDelegate(view))  # an edit is based on the row as its editor showed it
    return view


class CommitteePanel(QWidget):
    """Udvalg: name, kind, period; members table; tasks table. Every edit is one undo step."""


    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id: int | None = None
        db = ctx.db

        body = QWidget(self)

        self.name_edit = QLineEdit(body)
        self.name_edit.setObjectName("committeeName")
        self.kind_edit = QLineEdit(body)
        self.period_edit = QLineEdit(body)
        self.period_edit.setPlaceholderText(self.tr("fx 2017-2018"))
        def column(name: str) -> VersionedText:
            return text_column("committee", lambda i: committees.get_committee(db, i),
                               lambda i, **f: committees.update_committee(db, i, **f), name)

        self.fields = [
            AutosaveField(ctx, self.name_edit, "committee.name", self.tr("Udvalgets navn"), column("name")),
            AutosaveField(ctx, self.kind_edit, "committee.kind", self.tr("Udvalgets type"), column("kind")),
            AutosaveField(ctx, self.period_edit, "committee.period", self.tr("Udvalgets periode"), column("period")),
        ]
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.kind_edit, 2)
        row.addWidget(QLabel(self.tr("Periode"), body))
        row.addWidget(self.period_edit, 1)
        form.addRow(self.tr("Type"), row)

        roles, statuses = _labels(ROLE_LABELS), _labels(STATUS_LABELS)
        self.members = RowTableModel([
            Column("name", self.tr("Navn")),
            Column("role", self.tr("Rolle"), choices=roles),
            Column("group", self.tr("Gruppe")),
            Column("party", self.tr("Parti")),
        ], self._edit_member, self)
        self.members_view = _table(body)
        self.members_view.setObjectName("membersTable")
        self.members_view.setModel(self.members)
        self.members_view.setItemDelegateForColumn(1, ChoiceDelegate(roles, self.members_view))
        header = self.members_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.tasks = RowTableModel([
            Column("title", self.tr("Opgave")),
            Column("due", self.tr("Frist")),
            Column("status", self.tr("Status"), choices=statuses),
            Column("description", self.tr("Beskrivelse")),
        ], self._edit_task, self)
        self.tasks_view = _table(body)
        self.tasks_view.setObjectName("tasksTable")
        self.tasks_view.setModel(self.tasks)
        self.tasks_view.setItemDelegateForColumn(2, ChoiceDelegate(statuses, self.tasks_view))
        header = self.tasks_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

        # adding works from every tab (the Rediger menu); Delete only where its table has the focus
        self.add_member_action = shortcuts.action("committee.add_member", self, self.add_member)
        self.remove_member_action = shortcuts.action("committee.remove_member", self.members_view,
                                                     self.remove_member, owner=self)
        self.add_task_action = shortcuts.action("committee.add_task", self, self.add_task)
        self.remove_task_action = shortcuts.action("committee.remove_task", self.tasks_view, self.remove_task,
                                                   owner=self)

        members_box = QGroupBox(self.tr("Medlemmer"), body)
        box = QVBoxLayout(members_box)
        box.addWidget(self.members_view)
        member_buttons = self._buttons(members_box, self.add_member_action, self.remove_member_action)
        box.addLayout(member_buttons)
        self.members_count = QLabel(members_box)
        member_buttons.insertWidget(0, self.members_count)
        tasks_box = QGroupBox(self.tr("Opgaver"), body)
        box = QVBoxLayout(tasks_box)
        box.addWidget(self.tasks_view)
        box.addLayout(self._buttons(tasks_box, self.add_task_action, self.remove_task_action))

        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(members_box, 3)
        layout.addWidget(tasks_box, 2)
        self.stack = EmptyStateStack(
            self, self.tr("Vælg eller opret et udvalg i navigatoren (Ctrl+Shift+N)."), body)

        self.members_view.installEventFilter(self)
        self.tasks_view.installEventFilter(self)
        ctx.committee_selected.connect(self.set_committee)
        ctx.changed.connect(self._on_changed)
        self.set_committee(ctx.committee_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a table (not editing a cell): the next row; on the last row a new member or task,
        its first cell open for typing."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() \
                and watched in (self.members_view, self.tasks_view):
            view = watched
            assert isinstance(view, QTableView)
            if view.state() == QAbstractItemView.State.EditingState:
                return False
            row, last = view.currentIndex().row(), view.model().rowCount() - 1
            if row >= 0 and row < last:
                view.setCurrentIndex(view.model().index(row + 1, 0))
            elif view is self.members_view:
                self.add_member()
            else:
                self.add_task()
            return True
        return super().eventFilter(watched, event)

    def _buttons(self, parent: QWidget, *actions: QAction) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for action in actions:
            button = QPushButton(action.text().rstrip("…"), parent)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        return row

    def menu_actions(self) -> list[QAction]:
        return [self.add_member_action, self.remove_member_action, self.add_task_action,
                self.remove_task_action]

    # --- loading ------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """The committee panel follows the committee; a meeting only tells which one."""
        if meeting_id is not None and self.ctx.committee_id is None:
            from workshop.services import meetings

            self.set_committee(self.ctx.read(meetings.get_meeting, meeting_id).committee_id)

    def set_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.reload()

    def reload(self) -> None:
        cid = self.committee_id
        committee = None
        if cid is not None:
            try:
                committee = self.ctx.read(committees.get_committee, cid)
            except WorkshopError:
                committee = None
        self.stack.show_body(committee is not None)
        for action in (self.add_member_action, self.remove_member_action, self.add_task_action,
                       self.remove_task_action):
            action.setEnabled(committee is not None)
        if committee is None:
            self.members.set_rows([])
            self.tasks.set_rows([])
            for f in self.fields:
                f.bind(None, "")
            return
        self.fields[0].bind(cid, committee.name, committee.version)
        self.fields[1].bind(cid, committee.kind, committee.version)
        self.fields[2].bind(cid, committee.period, committee.version)
        self.members.set_rows(self.ctx.read(committees.list_members, committee.pk))
        self.tasks.set_rows(self.ctx.read(committees.list_tasks, committee.pk))
        n = len(self.members.rows)
        self.members_count.setText(self.tr("1 medlem") if n == 1 else self.tr("{n} medlemmer").format(n=n))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("committees", "members", "tasks"):
            self.reload()

    # --- edits -------------------------------------------------------------------

    def _edit_member(self, row: Any, field: str, value: Any) -> bool:
        db = self.ctx.db
        spec = orm_row("member", "members", lambda i: committees.get_member(db, i),
                       lambda i, **f: committees.update_member(db, i, **f))
        return self._edit_at(self.members_view, self.members, self.tr("Ret medlem"), spec, row, field, value)

    def _edit_task(self, row: Any, field: str, value: Any) -> bool:
        db = self.ctx.db
        spec = orm_row("task", "tasks", lambda i: committees.get_task(db, i),
                       lambda i, **f: committees.update_task(db, i, **f))
        return self._edit_at(self.tasks_view, self.tasks, self.tr("Ret opgave"), spec, row, field, value)

    def _edit_at(self, view: QTableView, model: RowTableModel, label: str, spec: VersionedRow, row: Any,
                 field: str, value: Any) -> bool:
        """A cell's edit, based on the row's version as the table showed it (another laptop may have
        saved the row since: ``ui/versioned.py``); refused, the message stands under that cell until
        an edit goes through."""
        column = next((n for n, c in enumerate(model.columns) if c.field == field), 0)
        cell = view.visualRect(model.index(model.row_of(row.id), column))
        columns = {c.field: c for c in model.columns}

        def display(name: str, stored: Any) -> Any:
            choices = columns[name].choices if name in columns else {}
            return choices.get(stored, stored)

        with errors_at(self.ctx, view.viewport(), cell) as refused:
            edit_row(self.ctx, label, spec, row.pk, field, {field: getattr(row, field)}, {field: value}, row.version,
                     shown={c.field: getattr(row, c.field) for c in model.columns},
                     names={c.field: c.header for c in model.columns}, parent=view, display=display,
                     free_text=not columns[field].choices)
        return not refused

    def _unique(self, base: str, taken: set[str]) -> str:
        name, n = base, 2
        while name in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def add_member(self) -> None:
        if self.committee_id is None:
            return
        db, cid = self.ctx.db, self.committee_id
        name = self._unique(self.tr("Nyt medlem"), {m.name for m in self.members.rows})
        changes = self.ctx.execute(create_command(
            self.ctx, self.tr("Tilføj medlem"), "member",
            lambda: committees.add_member(db, cid, name=name)))
        if changes is not None and changes.id is not None:
            self._edit_cell(self.members_view, self.members, changes.id)

    def add_task(self) -> None:
        if self.committee_id is None:
            return
        db, cid = self.ctx.db, self.committee_id
        changes = self.ctx.execute(create_command(
            self.ctx, self.tr("Tilføj opgave"), "task",
            lambda: committees.add_task(db, cid, title=self.tr("Ny opgave"))))
        if changes is not None and changes.id is not None:
            self._edit_cell(self.tasks_view, self.tasks, changes.id)

    def _edit_cell(self, view: QTableView, model: RowTableModel, row_id: int) -> None:
        row = model.row_of(row_id)
        if row >= 0:
            index = model.index(row, 0)
            view.setCurrentIndex(index)
            view.setFocus()
            view.edit(index)

    def _selected(self, view: QTableView, model: RowTableModel) -> Any:
        index = view.currentIndex()
        return model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None

    def _chosen(self, view: QTableView, model: RowTableModel) -> list[Any]:
        """The selected rows in table order; without a selection, the current row."""
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [model.rows[r] for r in rows if r < len(model.rows)]

    def remove_member(self) -> None:
        self._remove("member", [(m.pk, m.name, m.version) for m in self._chosen(self.members_view, self.members)])

    def remove_task(self) -> None:
        self._remove("task", [(t.pk, t.title, t.version) for t in self._chosen(self.tasks_view, self.tasks)])

    def _remove(self, table: str, rows: list[tuple[int, str, int | None]]) -> None:
        """Ask once, for all the chosen rows and what goes with them; one undo step puts them back.
        Based on the versions the table showed: a row another laptop changed since is not removed."""
        if not rows:
            return
        try:
            snaps = [self.ctx.read(snapshots.take, table, row_id) for row_id, _, _ in rows]
        except WorkshopError as error:
            self.ctx.report(error)
            return
        names = [name for _, name, _ in rows]
        if confirm_delete_rows(self, names, snaps):
            text = self.tr("Fjern {name}").format(name=names[0]) if len(names) == 1 else \
                self.tr("Fjern {n} rækker").format(n=len(names))
            self.ctx.execute(delete_rows_command(self.ctx, text, [(table, row_id) for row_id, _, _ in rows],
                                                 shown={(table, row_id): version for row_id, _, version in rows}),
                             on_conflict=lambda error: delete_refused(self.ctx, error))
