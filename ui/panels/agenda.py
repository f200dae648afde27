"""The agenda editor: the meeting's details, its ordered items with their schedule, and one item's form."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet, changed
from workshop.errors import ConflictError, WorkshopError
from workshop.models import AgendaItem
from workshop.services import agenda, meetings, snapshots

from ui import shortcuts
from ui.autosave import AutosaveField, VersionedText, item_text, plain_text_edit, text_column
from ui.commands import ServiceCommand, create_command, delete_command, delete_refused
from ui.context import AppContext, ScreenReadFailed
from ui.date_field import DateTimeField
from ui.field_errors import errors_at
from ui.models.agenda_model import AgendaModel
from ui.models.agenda_text import CASE_SECTIONS, schedule_summary
from ui.panels.agenda_attachments import AttachmentsEditor
from ui.panels.agenda_templates import KIND_LABELS, TEMPLATES, ItemTemplate
from ui.panels.empty_state import EmptyStateStack
from ui.panels.navigator import confirm_delete
from ui.qt_typed import pydatetime, qdatetime
from ui.versioned import changed_message, edit_row, orm_row

# item text fields: (field, label, lines) — lines 0 means a one-line field
_LIST_FIELDS = ("recommendations", "discussion_questions", "perspectives")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _shown_item_value(field: str, value: Any) -> Any:
    """An item's value as a message shows it: its type's Danish name, "lukket"/"åbent", minutes."""
    if field == "kind":
        return QCoreApplication.translate("AgendaTemplates", KIND_LABELS.get(value, value))
    if field == "open":
        return QCoreApplication.translate("AgendaPanel", "åbent") if value else \
            QCoreApplication.translate("AgendaPanel", "lukket")
    return value


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaPanel", text)


class AgendaPanel(QWidget):
    """Dagsorden: plan the meeting's items from templates; every field saves itself."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.item: AgendaItem | None = None
        self._loading = False
        self._starts_shown: tuple[datetime | None, int | None] = (None, None)  # the start time shown, its version
        self._starts_of: int | None = None  # the meeting whose start the field shows
        self._minutes_of: int | None = None  # the item whose time box the spin box shows

        body = QWidget(self)
        self.stack = EmptyStateStack(
            self, self.tr("Vælg et møde i navigatoren, eller opret et med Ctrl+N."), body)

        layout = QVBoxLayout(body)
        layout.addLayout(self._meeting_header(body))
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        splitter.addWidget(self._items_column(splitter))
        splitter.addWidget(self._item_form(splitter))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 700])
        layout.addWidget(splitter, 1)

        ctx.changed.connect(self._on_changed)
        self.set_meeting(ctx.meeting_id)

    # --- building ---------------------------------------------------------------

    def _meeting_header(self, parent: QWidget) -> QGridLayout:
        db = self.ctx.db
        self.meeting_title = QLineEdit(parent)
        self.meeting_title.setObjectName("meetingTitle")
        self.starts = DateTimeField(parent)
        self.starts.setObjectName("meetingStarts")
        self.starts.editingFinished.connect(self._starts_edited)
        self.starts.picked.connect(self._starts_edited)
        self.location = QLineEdit(parent)
        self.location.setPlaceholderText(self.tr("Mødested"))
        def column(name: str) -> VersionedText:
            return text_column("meeting", lambda i: meetings.get_meeting(db, i),
                               lambda i, **f: meetings.update_meeting(db, i, **f), name)

        self.meeting_fields = [
            AutosaveField(self.ctx, self.meeting_title, "meeting.title", self.tr("Mødets titel"), column("title")),
            AutosaveField(self.ctx, self.location, "meeting.location", self.tr("Mødested"), column("location")),
        ]
        self.purpose = QLineEdit(parent)
        self.purpose.setObjectName("meetingPurpose")
        self.purpose.setPlaceholderText(self.tr("Mødets formål (står i referatets resumé)"))
        self.meeting_case_id = QLineEdit(parent)
        self.meeting_case_id.setObjectName("meetingCaseId")
        self.meeting_fields += [
            AutosaveField(self.ctx, self.purpose, "meeting.purpose", self.tr("Mødets formål"), column("purpose")),
            AutosaveField(self.ctx, self.meeting_case_id, "meeting.case_id", self.tr("Mødets sags ID"),
                          column("case_id")),
        ]
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Møde"), parent), 0, 0)
        grid.addWidget(self.meeting_title, 0, 1)
        grid.addWidget(QLabel(self.tr("Starter"), parent), 0, 2)
        grid.addWidget(self.starts, 0, 3)
        grid.addWidget(QLabel(self.tr("Sted"), parent), 0, 4)
        grid.addWidget(self.location, 0, 5)
        grid.addWidget(QLabel(self.tr("Formål"), parent), 1, 0)
        grid.addWidget(self.purpose, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Sags ID"), parent), 1, 4)
        grid.addWidget(self.meeting_case_id, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)
        return grid

    def _items_column(self, parent: QWidget) -> QWidget:
        column = QWidget(parent)
        self.model = AgendaModel(self._move_to, self)
        self.model.closed_label = self.tr("lukket")
        self.list = QListView(column)
        self.list.setObjectName("agendaList")
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.template_menu = QMenu(self.tr("Tilføj punkt"), self)
        for t in TEMPLATES:
            action = self.template_menu.addAction(QCoreApplication.translate("AgendaTemplates", t.label))
            action.triggered.connect(lambda _c=False, template=t: self.add_template(template))
        # the agenda's keys work while the focus is in it (Delete: in the list of items)
        self.add_action = shortcuts.action("agenda.add", self, self._show_template_menu)
        self.delete_action = shortcuts.action("agenda.delete", self.list, self.delete_item, owner=self)
        self.up_action = shortcuts.action("agenda.up", self, lambda: self.move_by(-1))
        self.down_action = shortcuts.action("agenda.down", self, lambda: self.move_by(1))

        self.add_button = QToolButton(column)
        self.add_button.setText(self.tr("Tilføj punkt"))
        self.add_button.setMenu(self.template_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for action, text in ((self.up_action, "▲"), (self.down_action, "▼"),
                             (self.delete_action, self.tr("Slet"))):
            button = QPushButton(text, column)
            button.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.clicked.connect(action.trigger)
            if len(text) == 1:
                button.setFixedWidth(button.sizeHint().height() + 8)
            buttons.addWidget(button)
        self.schedule_label = QLabel(column)
        self.schedule_label.setObjectName("scheduleSummary")
        self.schedule_label.setWordWrap(True)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Punkter og tidsplan</b>"), column))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.schedule_label)
        layout.addLayout(buttons)
        return column

    def menu_actions(self) -> list[QAction]:
        return [self.add_action, self.up_action, self.down_action, self.delete_action]

    def _item_form(self, parent: QWidget) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_widget = QWidget(scroll)
        scroll.setWidget(form_widget)
        self.form_widget = form_widget

        self.item_fields: dict[str, AutosaveField] = {}
        self.edits: dict[str, QWidget] = {}

        def text_field(field: str, label: str, lines: int, as_list: bool = False) -> QWidget:
            edit = QLineEdit(form_widget) if lines == 0 else plain_text_edit(form_widget, lines)
            edit.setObjectName(f"item_{field}")
            autosave = AutosaveField(self.ctx, edit, f"item.{field}", label,
                                     item_text(self.ctx, field, _lines if as_list else None))
            if as_list:
                autosave.normalize = lambda text: _lines(text)
            self.item_fields[field] = autosave
            self.edits[field] = edit
            return edit

        top = QFormLayout()
        top.addRow(self.tr("Titel"), text_field("title", self.tr("Punktets titel"), 0))
        self.kind_combo = QComboBox(form_widget)
        self.kind_combo.setObjectName("item_kind")
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(QCoreApplication.translate("AgendaTemplates", label), kind)
        self.kind_combo.activated.connect(self._kind_edited)
        self.closed_check = QCheckBox(self.tr("Lukket punkt"), form_widget)
        self.closed_check.setObjectName("item_closed")
        self.closed_check.clicked.connect(self._closed_edited)
        self.minutes = QSpinBox(form_widget)
        self.minutes.setObjectName("item_minutes")
        self.minutes.setRange(0, 600)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("ingen tidsramme"))
        self.minutes.valueChanged.connect(self._minutes_edited)
        top.addRow(self.tr("Type"), self.kind_combo)
        box_row = QHBoxLayout()
        box_row.addWidget(self.minutes)
        box_row.addSpacing(16)
        box_row.addWidget(self.closed_check)
        box_row.addStretch(1)
        top.addRow(self.tr("Tidsramme"), box_row)
        top.addRow(self.tr("Sags ID"), text_field("case_id", self.tr("Sags ID"), 0))

        self.sections = QFormLayout()
        self.sections.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        s = self.sections
        s.addRow(self.tr("Spørgsmål til spørgerunden"), text_field("question", self.tr("Spørgsmål"), 2))
        s.addRow(self.tr("Drøftelsesspørgsmål (ét pr. linje)"),
                 text_field("discussion_questions", self.tr("Drøftelsesspørgsmål"), 3, True))
        s.addRow(self.tr("Perspektiver (ét pr. linje)"),
                 text_field("perspectives", self.tr("Perspektiver"), 3, True))
        for field, label, lines in CASE_SECTIONS:
            s.addRow(_tr(label), text_field(field, _tr(label), lines))
        indstilling = QFormLayout()
        indstilling.addRow(self.tr("Indstilling fra"), text_field("recommended_by", self.tr("Indstilling fra"), 0))
        s.addRow(self.tr("Indstilling"), indstilling)
        s.addRow(self.tr("Indstillingspunkter (ét pr. linje, nummereres i referatet)"),
                 text_field("recommendations", self.tr("Indstillingspunkter"), 3, True))
        s.addRow(self.tr("Beslutningen træffes af"), text_field("decided_by", self.tr("Beslutningen træffes af"), 0))
        self.attachments = AttachmentsEditor(self.ctx, form_widget)
        s.addRow(self.tr("Bilag"), self.attachments)

        self.no_item = QLabel(self.tr("Tilføj et punkt med Ctrl+T, eller vælg et punkt i listen."), form_widget)
        self.no_item.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(form_widget)
        layout.addWidget(self.no_item)
        layout.addLayout(top)
        layout.addLayout(s)
        layout.addStretch(1)
        return scroll

    # --- loading ---------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        shown = self.meeting_id, self.item
        if meeting_id != self.meeting_id:
            if self.starts.hasFocus():  # a start typed and not yet saved: saved to the meeting it was typed for
                self.starts.commit()
                self._starts_edited()
            self.item = None
        self.meeting_id = meeting_id
        try:
            self.reload()
        except ScreenReadFailed:  # it still shows that meeting and item: they stay current
            self.meeting_id, self.item = shown
            raise
        if self.item is None and self.model.items:
            self.list.setCurrentIndex(self.model.index(0))

    def current_item_id(self) -> int | None:
        return self.item.id if self.item is not None else None

    def select_item(self, item_id: int) -> None:
        """Make ``item_id`` the current item of the shown meeting (the one picked in the start-up preview)."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def reload(self) -> None:
        meeting = None
        if self.meeting_id is not None:
            try:
                meeting = self.ctx.read(meetings.get_meeting, self.meeting_id)
            except WorkshopError:
                meeting = None
        self.stack.show_body(meeting is not None)
        for action in self.menu_actions():
            action.setEnabled(meeting is not None)
        if meeting is None:
            for f in self.meeting_fields:
                f.bind(None, "")
            self.model.set_items([], {})
            self._show_item(None)
            return
        self.meeting_fields[0].bind(meeting.id, meeting.title, meeting.version)
        self.meeting_fields[1].bind(meeting.id, meeting.location, meeting.version)
        self.meeting_fields[2].bind(meeting.id, meeting.purpose, meeting.version)
        self.meeting_fields[3].bind(meeting.id, meeting.case_id, meeting.version)
        if not self.starts.hasFocus() or self._starts_of != meeting.id:  # another meeting's: shown, focus or not
            self._loading = True
            self.starts.setDateTime(qdatetime(meeting.starts_at))
            self._starts_shown = (meeting.starts_at, meeting.version)  # what an edit of it is based on
            self._starts_of = meeting.id
            self._loading = False
        elif self._shown_start() == meeting.starts_at:
            # Saved from this field while it keeps the focus: the next edit (Up, then Down) is based
            # on what is stored now, not on the value before, which it would take for "no change".
            self._starts_shown = (meeting.starts_at, meeting.version)
        items = self.ctx.read(agenda.list_items, meeting.pk)
        rows = agenda.schedule_rows(meeting.starts_at, items)
        self.model.set_items(items, {r.item_id: r.planned_start for r in rows})
        self._show_schedule(meeting.starts_at, rows)
        current = self.item.id if self.item is not None else None
        row = self.model.row_of(current)
        if row >= 0:
            if self.list.currentIndex().row() != row:
                self.list.setCurrentIndex(self.model.index(row))
            self._show_item(self.model.items[row])
        else:
            self._show_item(None)

    def _show_schedule(self, start: datetime, rows: list[agenda.ScheduleRow]) -> None:
        self.schedule_label.setText(schedule_summary(start, [r.planned_minutes for r in rows]))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.items):
            self._show_item(self.model.items[current.row()])

    def _show_item(self, item: AgendaItem | None) -> None:
        self.item = item
        has = item is not None
        self.no_item.setVisible(not has)
        for widget in self.form_widget.findChildren(QWidget):
            if widget is not self.no_item and widget.parent() is self.form_widget:
                widget.setVisible(has)
        for key, field in self.item_fields.items():
            value = getattr(item, key) if item is not None else ""
            field.bind(item.id if item is not None else None,
                       "\n".join(value) if isinstance(value, list) else value,
                       item.version if item is not None else None)
        self.attachments.set_item(item.id if item is not None else None)
        if item is None:
            return
        self._loading = True
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
        self.closed_check.setChecked(not item.open)
        if not self.minutes.hasFocus() or self._minutes_of != item.id:  # another item's: shown, focus or not
            self.minutes.setValue(item.planned_minutes or 0)
            self._minutes_of = item.id
        self._loading = False
        self.sections.setRowVisible(self.edits["question"], item.kind == "question_round")
        self.sections.setRowVisible(self.edits["discussion_questions"], item.kind == "group_work")
        self.sections.setRowVisible(self.edits["perspectives"], item.kind == "group_work")

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("items", "meetings") and (
                changes.meeting_id in (None, self.meeting_id)):
            self.reload()

    # --- edits -------------------------------------------------------------------

    def _update_item(self, text: str, field: str, value: Any,
                     merge: tuple[object, ...] | None = None) -> None:
        """One field of the shown item, based on the version shown (``ui/versioned.py``)."""
        if self.item is None:
            return
        db, item = self.ctx.db, self.item
        old = getattr(item, field)
        if old == value:
            return
        spec = orm_row("agendaitem", "items", lambda i: agenda.get_item(db, i),
                       lambda i, **f: agenda.update_item(db, i, **f))
        labels = {"kind": self.tr("Typen"), "open": self.tr("Lukket/åbent"), "planned_minutes": self.tr("Tidsrammen")}
        edit_row(self.ctx, text, spec, item.pk, field, {field: old}, {field: value}, item.version,
                 shown={field: old}, names={field: labels.get(field, text)}, parent=self, merge_key=merge,
                 display=lambda f, v: _shown_item_value(f, v))

    def _kind_edited(self, _index: int) -> None:
        self._update_item(self.tr("Skift punktets type"), "kind", self.kind_combo.currentData())

    def _closed_edited(self, checked: bool) -> None:
        self._update_item(self.tr("Lukket/åbent punkt"), "open", not checked)

    def _minutes_edited(self, value: int) -> None:
        if not self._loading and self.item is not None:
            self._update_item(self.tr("Tidsramme"), "planned_minutes", value or None,
                              ("minutes", self.item.id))

    def _shown_start(self) -> datetime:
        return pydatetime(self.starts.dateTime()).replace(second=0, microsecond=0)

    def _starts_edited(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        db, mid = self.ctx.db, self.meeting_id
        new = self._shown_start()
        old, version = self._starts_shown
        if new != old:
            spec = orm_row("meeting", "meetings", lambda i: meetings.get_meeting(db, i),
                           lambda i, **f: meetings.update_meeting(db, i, **f))
            with errors_at(self.ctx, self.starts) as refused:
                edit_row(self.ctx, self.tr("Mødets starttid"), spec, mid, "starts_at", {"starts_at": old},
                         {"starts_at": new}, version, shown={"starts_at": old},
                         names={"starts_at": self.tr("Starttiden")}, parent=self,
                         display=lambda _f, v: v.strftime("%d.%m.%Y %H:%M") if v else v)
            if refused:  # e.g. the year 3000: the message stands at the field, the stored start comes back
                meeting = self.ctx.read(meetings.get_meeting, mid)
                self.starts.setDateTime(qdatetime(meeting.starts_at))
                self._starts_shown = (meeting.starts_at, meeting.version)

    def _show_template_menu(self) -> None:
        self.template_menu.popup(self.add_button.mapToGlobal(self.add_button.rect().bottomLeft()))

    def add_item(self, kind: str) -> int | None:
        """Add an item from the kind's template after the selected one; returns its id."""
        return self.add_template(next(t for t in TEMPLATES if t.kind == kind))

    def add_template(self, t: ItemTemplate) -> int | None:
        """Add an item from ``t`` after the selected one; returns its id."""
        if self.meeting_id is None:
            return None
        db, mid = self.ctx.db, self.meeting_id
        row = self.list.currentIndex().row()
        position = row + 1 if row >= 0 else None
        changes = self.ctx.execute(create_command(
            self.ctx, self.tr("Tilføj {what}").format(what=t.title), "agendaitem",
            lambda: agenda.add_item(db, mid, title=t.title, kind=t.kind, position=position,
                                    planned_minutes=t.minutes, **t.fields)))
        if changes is None or changes.id is None:
            return None
        new_row = self.model.row_of(changes.id)
        if new_row >= 0:
            self.list.setCurrentIndex(self.model.index(new_row))
        return changes.id

    def _move_to(self, item_id: int, position: int) -> None:
        """Move an item, based on the order the list shows: refused when another laptop has changed
        the order since (and its undo and redo too, when the order is no longer the one they left)."""
        db = self.ctx.db
        shown = [i.pk for i in self.model.items]
        old, after = shown.index(item_id), agenda.moved(shown, item_id, position)
        self.ctx.execute(ServiceCommand(self.ctx, self.tr("Flyt punkt"),
                                        lambda _c: agenda.move_item(db, item_id, position, expected_order=shown),
                                        lambda _c: agenda.move_item(db, item_id, old, expected_order=after)),
                         on_conflict=lambda error: self._move_refused(error, shown))
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _move_refused(self, error: ConflictError, shown: list[int]) -> None:
        """A move based on an order another laptop has changed since: the order now, in titles, and
        the list re-reads it."""
        if error.table == "agenda" and error.current and error.row_id is not None:
            titles = {i.pk: i.title for i in self.ctx.read(agenda.list_items, error.row_id)}
            self.ctx.report(error, changed_message(
                error, {"order": shown}, {"order": self.tr("Rækkefølgen")},
                lambda _f, order: [titles.get(i, "?") for i in order]))
        else:
            self.ctx.report(error)
        self.ctx.broadcast(changed("items", meeting_id=self.meeting_id))

    def move_by(self, delta: int) -> None:
        row = self.list.currentIndex().row()
        if row < 0 or not 0 <= row + delta < len(self.model.items):
            return
        self._move_to(self.model.items[row].pk, row + delta)

    def delete_item(self) -> None:
        if self.item is None:
            return
        item_id, title, version = self.item.pk, self.item.title, self.item.version
        try:
            snap = self.ctx.read(snapshots.take, "agendaitem", item_id)
        except WorkshopError as error:
            self.ctx.report(error)
            return
        if confirm_delete(self, title, snap):
            row = self.list.currentIndex().row()
            self.ctx.execute(delete_command(self.ctx, self.tr("Slet {what}").format(what=title),
                                            "agendaitem", item_id, version),
                             on_conflict=lambda error: delete_refused(self.ctx, error))
            if self.model.items:
                self.list.setCurrentIndex(self.model.index(min(row, len(self.model.items) - 1)))
