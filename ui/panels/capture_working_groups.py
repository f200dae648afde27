"""Working groups (arbejdsgrupper): name, mandate, members, first meeting and report-back dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, WorkingGroup
from workshop.services import attendance, meetings, working_groups

from ui.autosave import AutosaveField
from ui.context import AppContext
from ui.panels.capture_commands import CaptureEdits

ROLE_ID = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)  # the QDateEdit minimum, shown as "ingen dato"
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


class DateField(QWidget):
    """A QDateEdit with a calendar popup that can also hold "no date"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(DANISH)
        self.edit.calendarWidget().setLocale(DANISH)
        self.edit.setDisplayFormat("d. MMMM yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("ingen dato")
        self.edit.setDate(NO_DATE)
        self.edit.setAccessibleName(name)
        self.edit.calendarWidget().installEventFilter(self)
        self.near = QDate.currentDate()  # the month the calendar opens on when there is no date
        clear = QToolButton()
        clear.setText("✕")
        clear.setToolTip("Ingen dato")
        clear.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(clear)
        layout.addStretch(1)
        self.edit.setMinimumWidth(220)

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.value() is None:
            self.edit.calendarWidget().setCurrentPage(self.near.year(), self.near.month())
        return False


class WorkingGroupsView(QWidget):
    """The item's working groups in a list; the selected one in a form beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = CaptureEdits(ctx)
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self.current: WorkingGroup | None = None
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName("Arbejdsgrupper")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { border-bottom: 1px solid #d6d6d6; padding: 4px 2px; }"
                                " QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.list.currentItemChanged.connect(self._selected)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("Ny arbejdsgruppe – Enter")
        self.new_name.setAccessibleName("Navn på ny arbejdsgruppe")
        self.new_name.returnPressed.connect(self.add)
        add = QPushButton("Tilføj")
        add.clicked.connect(self.add)
        self.remove_button = QPushButton("Fjern valgte")
        self.remove_button.clicked.connect(self.remove)
        left = QVBoxLayout()
        left.addWidget(QLabel("Arbejdsgrupper"))
        left.addWidget(self.list, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(add)
        left.addLayout(new_row)
        left.addWidget(self.remove_button)

        self.name = QLineEdit()
        self.name.setAccessibleName("Arbejdsgruppens navn")
        self.name_field = AutosaveField(
            ctx, self.name, "working-group-name", "Arbejdsgruppens navn",
            lambda wid, text: working_groups.update_working_group(ctx.db, wid, name=text))
        self.mandate = QPlainTextEdit()
        self.mandate.setAccessibleName("Kommissorium")
        self.mandate.setTabChangesFocus(True)
        self.mandate.setPlaceholderText("Hvad arbejdsgruppen skal, og hvad den leverer")
        self.mandate_field = AutosaveField(
            ctx, self.mandate, "working-group-mandate", "Kommissorium",
            lambda wid, text: working_groups.update_working_group(ctx.db, wid, mandate=text))
        self.members = QListWidget()
        self.members.setAccessibleName("Arbejdsgruppens medlemmer")
        self.members.itemChanged.connect(self._member_toggled)
        self.meets_on = DateField("Første møde")
        self.reports_to = DateField("Melder tilbage")
        self.meets_on.edit.dateChanged.connect(lambda _d: self._save_date("meets_on", self.meets_on))
        self.reports_to.edit.dateChanged.connect(lambda _d: self._save_date("reports_to", self.reports_to))
        form = QFormLayout()
        form.addRow("Navn", self.name)
        form.addRow("Kommissorium", self.mandate)
        form.addRow("Medlemmer", self.members)
        form.addRow("Første møde", self.meets_on)
        form.addRow("Melder tilbage", self.reports_to)
        self.form = QWidget()
        self.form.setLayout(form)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.form, 5)

    # --- loading ------------------------------------------------------------

    def set_item(self, meeting_id: int, item: AgendaItem) -> None:
        self.flush()
        self.meeting_id, self.item_id = meeting_id, item.id
        self.current = None
        starts = meetings.get_meeting(self.ctx.db, meeting_id).starts_at
        for field in (self.meets_on, self.reports_to):
            field.near = QDate(starts.year, starts.month, starts.day)
        self.reload()

    def show_item(self, item: AgendaItem) -> None:
        pass  # nothing of the item itself is shown here

    def flush(self) -> None:
        self.name_field.flush()
        self.mandate_field.flush()

    def refresh(self, changes: ChangeSet) -> None:
        if self.item_id is not None and changes.touches("working_groups", "attendance", "members"):
            self.reload()

    def reload(self) -> None:
        assert self.item_id is not None
        rows = working_groups.list_working_groups(self.ctx.db, self.item_id)
        keep = self.current.id if self.current else None
        self._loading = True
        try:
            self.list.clear()
            for wg in rows:
                row = QListWidgetItem(self._summary(wg))
                row.setData(ROLE_ID, wg.id)
                self.list.addItem(row)
            ids = [wg.id for wg in rows]
            index = ids.index(keep) if keep in ids else (0 if ids else -1)
            self.list.setCurrentRow(index)
        finally:
            self._loading = False
        self._show(rows[index] if index >= 0 else None)

    def _summary(self, wg: WorkingGroup) -> str:
        """The list line: name, then members and dates, so the list reads as an overview."""
        n = len(working_groups.working_group_members(self.ctx.db, wg.id))  # type: ignore[arg-type]
        facts = [f"{n} medlem" if n == 1 else f"{n} medlemmer"]
        if wg.meets_on:
            facts.append(f"mødes {DANISH.toString(QDate(wg.meets_on), 'd. MMM yyyy')}")
        if wg.reports_to:
            facts.append(f"melder tilbage {DANISH.toString(QDate(wg.reports_to), 'd. MMM yyyy')}")
        return f"{wg.name}\n{' · '.join(facts)}"

    def _selected(self, row: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        self.flush()
        wg = None
        if row is not None and self.item_id is not None:
            wg = next((w for w in working_groups.list_working_groups(self.ctx.db, self.item_id)
                       if w.id == row.data(ROLE_ID)), None)
        self._show(wg)

    def _show(self, wg: WorkingGroup | None) -> None:
        self.current = wg
        self.form.setEnabled(wg is not None)
        self.remove_button.setEnabled(wg is not None)
        self._loading = True
        try:
            self.name_field.bind(wg.id if wg else None, wg.name if wg else "")
            self.mandate_field.bind(wg.id if wg else None, wg.mandate if wg else "")
            self.meets_on.set_value(wg.meets_on if wg else None)
            self.reports_to.set_value(wg.reports_to if wg else None)
            self.members.clear()
            if wg is not None and self.meeting_id is not None:
                chosen = working_groups.working_group_members(self.ctx.db, wg.id)  # type: ignore[arg-type]
                for m in attendance.present_members(self.ctx.db, self.meeting_id):
                    row = QListWidgetItem(m.name)
                    row.setData(ROLE_ID, m.id)
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setCheckState(Qt.CheckState.Checked if m.id in chosen else Qt.CheckState.Unchecked)
                    self.members.addItem(row)
        finally:
            self._loading = False

    # --- edits --------------------------------------------------------------

    def add(self) -> int | None:
        name = self.new_name.text().strip()
        if self.item_id is None:
            return None
        if not name:
            name = f"Arbejdsgruppe {self.list.count() + 1}"
        created = self.edits.add_working_group(self.item_id, name)
        if created is not None:
            self.new_name.clear()
            for i in range(self.list.count()):
                if self.list.item(i).data(ROLE_ID) == created:
                    self.list.setCurrentRow(i)
            self.mandate.setFocus()
        return created

    def remove(self) -> None:
        if self.current is not None and self.item_id is not None:
            self.flush()
            self.edits.delete_working_group(self.current.id, self.current.name)  # type: ignore[arg-type]

    def _save_date(self, field: str, widget: DateField) -> None:
        if self._loading or self.current is None:
            return
        old = getattr(self.current, field)
        new = widget.value()
        if old != new:
            label = "Første møde" if field == "meets_on" else "Melder tilbage"
            if self.edits.update_working_group(self.current.id, label, {field: old}, {field: new},  # type: ignore[arg-type]
                                               merge=True):
                setattr(self.current, field, new)

    def _member_toggled(self, _row: QListWidgetItem) -> None:
        if self._loading or self.current is None:
            return
        new = [self.members.item(i).data(ROLE_ID) for i in range(self.members.count())
               if self.members.item(i).checkState() == Qt.CheckState.Checked]
        old = working_groups.working_group_members(self.ctx.db, self.current.id)  # type: ignore[arg-type]
        self.edits.set_working_group_members(self.current.id, old, new)  # type: ignore[arg-type]
