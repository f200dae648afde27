"""Forming working groups: from a chosen pejlemærke or a free topic, with mandate, members and dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Candidate, Member
from workshop.services import agenda, attendance, meetings

from ui.panels import run_state
from ui.panels.run_edits import RunEdits
from ui.panels.run_entry import EntryLine


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class WorkingGroupsPage(QWidget):
    def __init__(self, edits: RunEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.db = edits.db
        self.item: AgendaItem | None = None
        self.chosen: list[Candidate] = []
        self.members: list[Member] = []

        self.source = QComboBox()
        self.source.setObjectName("run_wg_source")
        self.source.currentIndexChanged.connect(self._prefill)
        self.name_edit = EntryLine(self.tr("Arbejdsgruppens navn"))
        self.name_edit.setObjectName("run_wg_name")
        self.mandate_edit = QPlainTextEdit()
        self.mandate_edit.setObjectName("run_wg_mandate")
        self.mandate_edit.setTabChangesFocus(True)
        self.mandate_edit.setPlaceholderText(self.tr("Mandat: hvad gruppen skal nå frem til"))
        self.mandate_edit.setMaximumHeight(90)
        self.member_list = QListWidget()
        self.member_list.setObjectName("run_wg_members")
        self.meets_on = QDateEdit()
        self.meets_on.setObjectName("run_wg_meets_on")
        self.reports_to = QDateEdit()
        self.reports_to.setObjectName("run_wg_reports_to")
        for edit in (self.meets_on, self.reports_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.create_button = QPushButton(self.tr("Opret arbejdsgruppe"))
        self.create_button.setObjectName("run_wg_create")
        self.create_button.clicked.connect(self.create)
        self.message = QLabel()
        self.message.setObjectName("run_wg_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Ud fra"), self.source)
        form.addRow(self.tr("Navn"), self.name_edit)
        form.addRow(self.tr("Mandat"), self.mandate_edit)
        form.addRow(self.tr("Medlemmer (frivillige)"), self.member_list)
        form.addRow(self.tr("Første møde"), self.meets_on)
        form.addRow(self.tr("Melder tilbage på mødet"), self.reports_to)
        form.addRow("", self.create_button)
        form.addRow("", self.message)

        self.groups_list = QListWidget()
        self.groups_list.setObjectName("run_wg_list")
        self.groups_list.setWordWrap(True)
        self.groups_list.setAlternatingRowColors(True)
        self.groups_list.setSpacing(3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Arbejdsgrupper</b>")))
        right.addWidget(self.groups_list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)

    def set_item(self, item: AgendaItem | None) -> None:
        self.item = item
        self.refresh()
        self._default_dates()

    def on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.touches("candidates", "working_groups", "attendance", "members"):
            self.refresh()

    def refresh(self) -> None:
        if self.item is None:
            return
        items = agenda.list_items(self.db, self.item.meeting_id)
        self.chosen = run_state.chosen_candidates(self.db, items)
        self.members = attendance.present_members(self.db, self.item.meeting_id)
        names = run_state.member_names(self.db, self.item.meeting_id)
        groups = run_state.meeting_working_groups(self.db, items, names)

        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        taken = {g.group.name for g in groups}
        for cand in self.chosen:
            mark = self.tr(" (har en gruppe)") if cand.title in taken else ""
            self.source.addItem(f"{cand.title}{mark}", cand.id)
        self.source.addItem(self.tr("Frit emne"), None)
        index = self.source.findData(current) if current is not None else -1
        self.source.setCurrentIndex(index if index >= 0 else 0)
        self.source.blockSignals(False)

        checked = set(self.checked_member_ids())
        in_groups: dict[str, list[str]] = {}
        for g in groups:
            for name in g.members:
                in_groups.setdefault(name, []).append(g.group.name)
        self.member_list.clear()
        for m in self.members:
            also = in_groups.get(m.name)
            row = QListWidgetItem(m.name + (self.tr(" (også i %1)").replace("%1", ", ".join(also)) if also else ""))
            row.setData(Qt.ItemDataRole.UserRole, m.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            row.setCheckState(Qt.CheckState.Checked if m.id in checked else Qt.CheckState.Unchecked)
            self.member_list.addItem(row)

        self.groups_list.clear()
        for g in groups:
            wg = g.group
            lines = [wg.name]
            if wg.mandate:
                lines.append(wg.mandate)
            lines.append(", ".join(g.members) if g.members else self.tr("(ingen medlemmer endnu)"))
            when = []
            if wg.meets_on:
                when.append(self.tr("første møde %1").replace("%1", wg.meets_on.strftime("%d.%m.%Y")))
            if wg.reports_to:
                when.append(self.tr("melder tilbage %1").replace("%1", wg.reports_to.strftime("%d.%m.%Y")))
            if when:
                lines.append(", ".join(when))
            self.groups_list.addItem("\n".join(lines))
        if not self.name_edit.text():
            self._prefill()

    def _default_dates(self) -> None:
        """First meeting in two weeks; report back at the committee's next meeting (or in two months)."""
        if self.item is None:
            return
        meeting = meetings.get_meeting(self.db, self.item.meeting_id)
        day = meeting.starts_at.date()
        later = [m.starts_at.date() for m in meetings.list_meetings(self.db, meeting.committee_id)
                 if m.starts_at.date() > day]
        self.meets_on.setDate(_qdate(day + timedelta(days=14)))
        self.reports_to.setDate(_qdate(later[0] if later else day + timedelta(days=61)))

    def _prefill(self) -> None:
        cand_id = self.source.currentData()
        cand = next((c for c in self.chosen if c.id == cand_id), None)
        if cand is None:
            self.name_edit.clear()
            self.mandate_edit.clear()
            return
        self.name_edit.setText(cand.title)
        self.mandate_edit.setPlainText(cand.description or self.tr('Arbejde videre med pejlemærket "%1"'
                                                                   " og komme med forslag til udvalget.")
                                       .replace("%1", cand.title))

    def checked_member_ids(self) -> list[int]:
        return [self.member_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.member_list.count())
                if self.member_list.item(i).checkState() == Qt.CheckState.Checked]

    def check_members(self, member_ids: list[int]) -> None:
        for i in range(self.member_list.count()):
            row = self.member_list.item(i)
            on = row.data(Qt.ItemDataRole.UserRole) in member_ids
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def create(self) -> None:
        if self.item is None:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.message.setText(self.tr("Giv arbejdsgruppen et navn."))
            return
        meets, reports = _pydate(self.meets_on.date()), _pydate(self.reports_to.date())
        if reports < meets:
            self.message.setText(self.tr("Datoen for tilbagemelding ligger før gruppens første møde."))
            return
        new_id = self.edits.add_working_group(self.item.id, name, self.checked_member_ids(),  # type: ignore[arg-type]
                                              mandate=self.mandate_edit.toPlainText().strip(),
                                              meets_on=meets, reports_to=reports)
        if new_id is not None:
            self.message.setText(self.tr('Arbejdsgruppen "%1" er oprettet.').replace("%1", name))
            self.check_members([])
            self.name_edit.clear()
            self.source.setCurrentIndex(min(self.source.currentIndex() + 1, self.source.count() - 1))
            self._prefill()
