"""Working groups (arbejdsgrupper): set up from a chosen pejlemærke or a free topic, then edited.

One widget for both layouts. The list on the left has the item's working groups; the
form on the right edits the selected one (name and mandate saved as typed, members
checked, dates typed or picked). A new group comes from the name line (Enter), or from
a chosen pejlemærke, which gives its name and mandate.

Members are the committee's members, absent ones too (marked, since whoever volunteers
joins), one of them the convener (tovholder), and people from outside the committee
(name and organisation, Enter adds, Delete removes).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, WorkingGroup
from workshop.services import agenda, attendance, committees, meetings, working_groups
from workshop.services.working_groups import People

from ui import shortcuts
from ui.autosave import AutosaveField, VersionedText, text_column
from ui.context import AppContext
from ui.date_field import DateField, show_date
from ui.field_errors import clear_at, errors_at, show_at
from ui.models.candidate_model import DESCRIPTION_ROLE, ID_ROLE, RANK_ROLE, STATUS_ROLE, CandidateModel
from ui.models.item_models import candidate_model
from ui.panels.meeting_edits import MeetingEdits
from ui.qt_typed import QT_TRANSLATE_NOOP

ROLE_ID = Qt.ItemDataRole.UserRole
AWAY = {  # how a member not present at the meeting is marked in the member list
    "absent": QT_TRANSLATE_NOOP("WorkingGroupsView", "fraværende"),
    "excused": QT_TRANSLATE_NOOP("WorkingGroupsView", "afbud"),
    "": QT_TRANSLATE_NOOP("WorkingGroupsView", "ikke til stede"),  # no attendance recorded
}


class WorkingGroupsView(QWidget):
    """The working groups of one item: a list, a form for the selected one, and ways to add one."""

    def __init__(self, ctx: AppContext, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.edits = ctx, edits
        self.item: AgendaItem | None = None
        self.current: WorkingGroup | None = None
        self.people: People = {}  # the current group's people as shown: what an edit of them is based on
        self._source_models: list[CandidateModel] = []  # where the chosen pejlemærker are read
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Arbejdsgrupper"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { border-bottom: 1px solid #d6d6d6; padding: 4px 2px; }"
                                " QListWidget::item:selected { background: palette(highlight);"
                                " color: palette(highlighted-text); }")
        self.list.currentItemChanged.connect(self._selected)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Ny arbejdsgruppe – skriv navnet, Enter"))
        self.new_name.setAccessibleName(self.tr("Navn på ny arbejdsgruppe"))
        self.new_name.returnPressed.connect(self.add)
        self.new_name.textEdited.connect(lambda _t: clear_at(self.new_name))  # the name comes: fixed
        add = QPushButton(self.tr("Tilføj"))
        add.clicked.connect(self.add)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Valgt pejlemærke"))
        self.from_button = QPushButton(self.tr("Opret fra pejlemærke"))
        self.from_button.clicked.connect(self.add_from_candidate)
        self.remove_button = QPushButton(self.tr("Fjern valgte"))
        self.remove_button.clicked.connect(self.remove)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Arbejdsgrupper</b>")))
        left.addWidget(self.list, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(add)
        left.addLayout(new_row)
        left.addWidget(self.source)  # a row of its own: a pejlemærke's title is read whole
        buttons = QHBoxLayout()
        buttons.addWidget(self.from_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Arbejdsgruppens navn"))
        def column(name: str) -> VersionedText:
            db = ctx.db
            return text_column("workinggroup", lambda wid: working_groups.get_working_group(db, wid),
                               lambda wid, **f: working_groups.update_working_group(db, wid, **f), name)

        self.name_field = AutosaveField(
            ctx, self.name, "working-group-name", self.tr("Arbejdsgruppens navn"), column("name"))
        self.mandate = QPlainTextEdit()
        self.mandate.setAccessibleName(self.tr("Mandat"))
        self.mandate.setTabChangesFocus(True)
        self.mandate.setPlaceholderText(self.tr("Hvad arbejdsgruppen skal, og hvad den leverer"))
        self.mandate.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)  # room for the members below
        self.mandate_field = AutosaveField(
            ctx, self.mandate, "working-group-mandate", self.tr("Mandat"), column("mandate"))
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Arbejdsgruppens medlemmer"))
        self.members.itemChanged.connect(self._member_toggled)
        self.convener = QComboBox()
        self.convener.setAccessibleName(self.tr("Tovholder"))
        self.convener.activated.connect(self._convener_chosen)
        self.guests = QListWidget()
        self.guests.setAccessibleName(self.tr("Medlemmer udefra"))
        self.guests.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        shortcuts.on_key("working_groups.remove_guest", self.guests, self.remove_guest)
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("Navn udefra"))
        self.guest_name.setAccessibleName(self.tr("Navn på medlem udefra"))
        self.guest_org = QLineEdit()
        self.guest_org.setPlaceholderText(self.tr("Organisation"))
        self.guest_org.setAccessibleName(self.tr("Organisation for medlem udefra"))
        for line in (self.guest_name, self.guest_org):
            line.returnPressed.connect(self.add_guest)
        self.guest_name.textEdited.connect(lambda _t: clear_at(self.guest_name))
        self.guest_add = QPushButton(self.tr("Tilføj udefra"))
        self.guest_add.clicked.connect(self.add_guest)
        self.guest_remove = QPushButton(self.tr("Fjern"))
        self.guest_remove.setToolTip(self.tr("Fjern den valgte person udefra ({keys})")
                                     .format(keys=shortcuts.hint("working_groups.remove_guest")))
        self.guest_remove.clicked.connect(self.remove_guest)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest_name, 3)
        guest_row.addWidget(self.guest_org, 3)
        guest_row.addWidget(self.guest_add)
        guest_row.addWidget(self.guest_remove)
        guest_box = QVBoxLayout()
        guest_box.setContentsMargins(0, 0, 0, 0)
        guest_box.addWidget(self.guests)
        guest_box.addLayout(guest_row)
        self.meets_on = DateField(self.tr("Første møde"))
        self.reports_to = DateField(self.tr("Melder tilbage"))
        self.meets_on.edited.connect(lambda value: self._save_date("meets_on", value))
        self.reports_to.edited.connect(lambda value: self._save_date("reports_to", value))
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Mandat"), self.mandate)
        form.addRow(self.tr("Medlemmer"), self.members)
        form.addRow(self.tr("Tovholder"), self.convener)
        form.addRow(self.tr("Udefra"), guest_box)
        form.addRow(self.tr("Første møde"), self.meets_on)
        form.addRow(self.tr("Melder tilbage"), self.reports_to)
        self.form = QWidget()
        self.form.setLayout(form)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.form, 5)
        ctx.changed.connect(self._on_changed)

    # --- loading ------------------------------------------------------------------------

    def set_item(self, item: AgendaItem | None) -> None:
        if item is not None and self.item is not None and item.id == self.item.id:
            self.item = item
            return
        self.flush()
        self.item = item
        self.current = None
        if item is not None:
            starts = self.ctx.read(meetings.get_meeting, item.meeting_id).starts_at.date()
            for field in (self.meets_on, self.reports_to):
                field.near = starts
        self.reload()
        self._watch_sources()

    def flush(self) -> None:
        self.name_field.flush()
        self.mandate_field.flush()
        for field in (self.meets_on, self.reports_to):
            if field.edit.hasFocus():
                field.commit()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.item is None or changes.meeting_id not in (None, self.item.meeting_id):
            return
        if changes.touches("working_groups", "attendance", "members"):
            self.reload()
        elif changes.touches("items"):
            self._watch_sources()  # a group-work item added or gone; the candidates come through their models

    def reload(self) -> None:
        rows = self.ctx.read(working_groups.list_working_groups, self.item.pk) if self.item else []
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
        self._fill_sources()

    def _summary(self, wg: WorkingGroup) -> str:
        """The list line: the name, then members and dates, so the list reads as an overview."""
        n = len(self.ctx.read(working_groups.working_group_members, wg.pk)) \
            + len(self.ctx.read(working_groups.working_group_guests, wg.pk))
        facts = [self.tr("1 medlem") if n == 1 else self.tr("{n} medlemmer").format(n=n)]
        if wg.meets_on:
            facts.append(self.tr("mødes {date}").format(date=show_date(wg.meets_on)))
        if wg.reports_to:
            facts.append(self.tr("melder tilbage {date}").format(date=show_date(wg.reports_to)))
        return f"{wg.name}\n{' · '.join(facts)}"

    def _watch_sources(self) -> None:
        """The candidate models of the meeting's group-work items: the chosen pejlemærker are read
        from them (the one model every rendering of candidates is a view of), and follow them."""
        items = [i for i in self.ctx.read(agenda.list_items, self.item.meeting_id) if i.kind == "group_work"] \
            if self.item is not None else []
        models = [candidate_model(self.ctx, i.pk) for i in items]
        if models != self._source_models:
            for model in self._source_models:
                for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
                    signal.disconnect(self._fill_sources)
            for model in models:
                for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
                    signal.connect(self._fill_sources)
            self._source_models = models
        self._fill_sources()

    def _chosen(self) -> list[tuple[int, str, str]]:
        """(id, title, description) of every chosen pejlemærke, item by item, most votes first."""
        chosen = []
        for model in self._source_models:
            rows = sorted((model.item(r) for r in range(model.rowCount())
                           if model.item(r).data(STATUS_ROLE) == "chosen"), key=lambda row: row.data(RANK_ROLE))
            chosen += [(row.data(ID_ROLE), row.text(), row.data(DESCRIPTION_ROLE) or "") for row in rows]
        return chosen

    def _fill_sources(self, *_changed: object) -> None:
        """The meeting's chosen pejlemærker, those without a working group first."""
        current = self.source.currentData()
        self.source.clear()
        if self.item is None:
            return
        taken = {self.list.item(i).text().split("\n")[0] for i in range(self.list.count())}
        chosen = sorted(self._chosen(), key=lambda c: c[1] in taken)
        for cand_id, title, _description in chosen:
            mark = self.tr(" (har en gruppe)") if title in taken else ""
            self.source.addItem(f"{title}{mark}", cand_id)
        if not chosen:
            self.source.addItem(self.tr("Ingen valgte pejlemærker endnu"), None)
        index = self.source.findData(current)
        if 0 <= index < len(chosen) and chosen[index][1] in taken:
            index = 0  # that one has its group now: the next without one (they come first)
        self.source.setCurrentIndex(max(index, 0))
        self.from_button.setEnabled(bool(chosen))

    def _selected(self, row: QListWidgetItem | None, _previous: object) -> None:
        if self._loading:
            return
        self.flush()
        wg = None
        if row is not None and self.item is not None:
            wg = next((w for w in self.ctx.read(working_groups.list_working_groups, self.item.pk)
                       if w.id == row.data(ROLE_ID)), None)
        self._show(wg)

    def _show(self, wg: WorkingGroup | None) -> None:
        same = wg is not None and self.current is not None and wg.id == self.current.id
        keep_row = self.members.currentRow() if same else -1
        keep_guest = self.guests.currentRow() if same else -1
        self.current = wg
        self.form.setEnabled(wg is not None)
        self.remove_button.setEnabled(wg is not None)
        self._loading = True
        try:
            self.name_field.bind(wg.id if wg else None, wg.name if wg else "", wg.version if wg else None)
            self.mandate_field.bind(wg.id if wg else None, wg.mandate if wg else "", wg.version if wg else None)
            self.meets_on.set_value(wg.meets_on if wg else None)
            self.reports_to.set_value(wg.reports_to if wg else None)
            self.members.clear()
            self.convener.clear()
            self.guests.clear()
            self.people = {}
            if wg is not None and self.item is not None:
                self.people = self.ctx.read(working_groups.working_group_people, wg.pk)
                chosen = self.people["members"]
                status = {a.member_id: a.status for a in self.ctx.read(attendance.list_attendance, self.item.meeting_id)}
                committee_id = self.ctx.read(meetings.get_meeting, self.item.meeting_id).committee_id
                names: dict[int, str] = {}
                for m in self.ctx.read(committees.list_members, committee_id):
                    names[m.pk] = m.name
                    away = AWAY.get(status.get(m.pk, ""))  # None: present
                    label = m.name if away is None else f"{m.name} ({QCoreApplication.translate('WorkingGroupsView', away)})"
                    row = QListWidgetItem(label)
                    row.setData(ROLE_ID, m.id)
                    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    row.setCheckState(Qt.CheckState.Checked if m.id in chosen else Qt.CheckState.Unchecked)
                    self.members.addItem(row)
                if 0 <= keep_row < self.members.count():  # a toggle re-reads the list: the keyboard stays put
                    self.members.setCurrentRow(keep_row)
                self.convener.addItem(self.tr("Ingen tovholder"), None)
                for mid in (mid for mid in names if mid in chosen):  # in the committee's order
                    self.convener.addItem(names[mid], mid)
                self.convener.setCurrentIndex(max(0, self.convener.findData(self.people["convener"])))
                for name, organisation in self.people["guests"]:
                    row = QListWidgetItem(self.tr("{name} ({organisation})").format(
                        name=name, organisation=organisation) if organisation else name)
                    self.guests.addItem(row)
                if self.guests.count():
                    self.guests.setCurrentRow(min(max(keep_guest, 0), self.guests.count() - 1))
            self.convener.setEnabled(self.convener.count() > 1)
            self.guest_remove.setEnabled(self.guests.count() > 0)
        finally:
            self._loading = False

    # --- edits ------------------------------------------------------------------------------

    def _select(self, wg_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE_ID) == wg_id:
                self.list.setCurrentRow(i)

    def add(self) -> int | None:
        """Enter in the name line: a new group of that name. An empty line creates nothing."""
        name = self.new_name.text().strip()
        if self.item is None:
            return None
        if not name:
            show_at(self.new_name, self.tr("Skriv arbejdsgruppens navn først."))
            return None
        with errors_at(self.ctx, self.new_name):
            created = self.edits.add_working_group(self.item.pk, name)
        if created is not None:
            self.new_name.clear()
            self._select(created)
            self.mandate.setFocus()  # the name is given; the mandate is what comes next
        return created

    def add_from_candidate(self) -> int | None:
        """A new group from the chosen pejlemærke: its title as the name, its description as the mandate."""
        cand_id = self.source.currentData()
        if self.item is None or cand_id is None:
            return None
        cand = next((c for c in self._chosen() if c[0] == cand_id), None)
        if cand is None:
            return None
        _id, title, description = cand
        mandate = description or self.tr('Arbejde videre med pejlemærket "{title}" og komme med forslag'
                                         " til udvalget.").format(title=title)
        with errors_at(self.ctx, self.from_button):
            created = self.edits.add_working_group(self.item.pk, title, mandate=mandate)
        if created is not None:
            self._select(created)
            self.members.setFocus()  # who volunteers is what comes next
            if self.members.count():
                self.members.setCurrentRow(0)
        return created

    def remove(self) -> None:
        if self.current is not None and self.item is not None:
            self.flush()
            with errors_at(self.ctx, self.remove_button):
                self.edits.delete_working_group(self.current.pk, self.current.name, self.current.version)

    def _save_date(self, field: str, value: date | None) -> None:
        if self._loading or self.current is None:
            return
        old = getattr(self.current, field)
        if old == value:
            return
        label = self.tr("Første møde") if field == "meets_on" else self.tr("Melder tilbage")
        date_field = self.meets_on if field == "meets_on" else self.reports_to
        with errors_at(self.ctx, date_field.edit) as refused:
            self.edits.update_working_group(self.current.pk, label, field, old, value, self.current.version)
        if not refused:
            setattr(self.current, field, value)
        else:  # refused (e.g. before the meeting): the message stands at the field, the saved date comes back
            date_field.set_value(old)

    def _member_toggled(self, _row: QListWidgetItem) -> None:
        if self._loading or self.current is None:
            return
        new = [self.members.item(i).data(ROLE_ID) for i in range(self.members.count())
               if self.members.item(i).checkState() == Qt.CheckState.Checked]
        with errors_at(self.ctx, self.members):  # based on the members shown: another laptop's change since is refused
            self.edits.set_working_group_members(self.current.pk, self.people, new)

    def _convener_chosen(self, index: int) -> None:
        if self._loading or self.current is None:
            return
        new = self.convener.itemData(index)
        if new != self.people["convener"]:
            with errors_at(self.ctx, self.convener):
                self.edits.set_convener(self.current.pk, self.people, new)

    def add_guest(self) -> bool:
        """Enter in the guest's name or organisation: the person joins the group from outside."""
        if self.current is None:
            return False
        name, organisation = self.guest_name.text().strip(), self.guest_org.text().strip()
        if not name:
            show_at(self.guest_name, self.tr("Skriv navnet på personen udefra først."))
            self.guest_name.setFocus()
            return False
        old = self.people["guests"]
        with errors_at(self.ctx, self.guest_name) as refused:
            self.edits.set_working_group_guests(self.current.pk, self.people, [*old, (name, organisation)])
        if refused:
            return False
        self.guest_name.clear()
        self.guest_org.clear()
        self.guest_name.setFocus()  # the next person
        return True

    def remove_guest(self) -> None:
        row = self.guests.currentRow()
        if self.current is None or row < 0:
            return
        old = self.people["guests"]
        with errors_at(self.ctx, self.guests):
            self.edits.set_working_group_guests(self.current.pk, self.people, old[:row] + old[row + 1:])
