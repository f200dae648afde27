"""Fremmøde: who is present, absent or has sent afbud, and who is away or inhabil for single items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import ConflictError, WorkshopError
from workshop.services import agenda, attendance, committees, meetings

from ui import shortcuts
from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.models.attendance_model import STATUS_COLUMNS, AttendanceModel, AttendanceRow, ItemAbsenceModel
from ui.panels.empty_state import EmptyStateStack
from ui.versioned import VersionedRow, edit_row, refused

_KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_F: "absent", Qt.Key.Key_A: "excused"}


class StatusDelegate(QStyledItemDelegate):
    """The three status columns as one row of radio buttons: a click anywhere in the cell picks it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        radio = QStyleOptionButton()
        size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, opt.widget)
        radio.rect = QRect(0, 0, size, size)
        radio.rect.moveCenter(option.rect.center())
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        radio.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter, opt.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton and option.rect.contains(event.position().toPoint()):
            model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            return True
        return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class AttendancePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.committee_id: int | None = None

        body = QWidget(self)
        self.stack = EmptyStateStack(
            self, self.tr("Vælg et møde i navigatoren for at registrere fremmøde."), body)

        self.counts = QLabel(body)
        self.counts.setObjectName("attendanceCounts")
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.counts.setFont(font)
        self.all_present_action = shortcuts.action("attendance.rest_present", self, self.mark_rest_present)
        all_button = QPushButton(self.all_present_action.text(), body)
        all_button.setToolTip(self.all_present_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        all_button.clicked.connect(self.all_present_action.trigger)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(all_button)

        self.model = AttendanceModel(
            [self.tr("Medlem"), self.tr("Til stede"), self.tr("Fraværende"), self.tr("Afbud"), self.tr("Note")],
            self._set_status, self._set_note, self)
        self.model.role_labels = {"formand": self.tr("formand"), "næstformand": self.tr("næstformand")}
        self.view = QTableView(body)
        self.view.setObjectName("attendanceTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.setAlternatingRowColors(True)
        self.status_delegate = StatusDelegate(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in (1, 2, 3):
            self.view.setItemDelegateForColumn(c, self.status_delegate)
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.installEventFilter(self)
        # P / F / A and Space are the tables' own keys (eventFilter): "attendance.*" in ui/shortcuts.py

        self.items_model = ItemAbsenceModel(self._set_item_absence, self)
        self.items_model.labels = {"absent": self.tr("fraværende"), "conflict": self.tr("inhabil")}
        self.items_model.away_labels = {"absent": self.tr("fraværende hele mødet"), "excused": self.tr("afbud")}
        self.items_view = QTableView(body)
        self.items_view.setObjectName("itemAbsenceTable")
        self.items_view.setModel(self.items_model)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items_view.horizontalHeader().setMinimumSectionSize(90)
        self.items_view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items_view.verticalHeader().setDefaultSectionSize(self.items_view.fontMetrics().height() + 10)
        self.items_view.clicked.connect(self.items_model.cycle)
        self.items_view.installEventFilter(self)
        items_box = QGroupBox(self.tr("Fravær og inhabilitet under enkelte punkter (klik eller mellemrum skifter)"),
                              body)
        box = QVBoxLayout(items_box)
        box.addWidget(self.items_view)

        members_box = QGroupBox(self.tr("Fremmøde (tasterne P, F og A på den valgte række)"), body)
        box = QVBoxLayout(members_box)
        box.addLayout(top)
        box.addWidget(self.view)

        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.addWidget(members_box)
        splitter.addWidget(items_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(body)
        layout.addWidget(splitter)

        ctx.changed.connect(self._on_changed)
        self.set_meeting(ctx.meeting_id)

    def menu_actions(self) -> list[QAction]:
        return [self.all_present_action]

    # --- loading -----------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._refresh()

    def _refresh(self) -> None:
        """Reload if shown; hidden (start-up, another tab) it reads when shown (bench figure 1b)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
            self.all_present_action.setEnabled(self.meeting_id is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        mid = self.meeting_id
        meeting = None
        if mid is not None:
            try:
                meeting = self.ctx.read(meetings.get_meeting, mid)
            except WorkshopError:
                meeting = None
        self.stack.show_body(meeting is not None)
        self.all_present_action.setEnabled(meeting is not None)
        if meeting is None:
            self.model.set_rows([])
            self.items_model.set_data([], [], {})
            return
        self.committee_id = meeting.committee_id
        members = self.ctx.read(committees.list_members, meeting.committee_id)
        recorded = {a.member_id: a for a in self.ctx.read(attendance.list_attendance, meeting.pk)}
        self.model.set_rows([AttendanceRow(m, recorded[m.id].status if m.id in recorded else None,
                                           recorded[m.id].note if m.id in recorded else "",
                                           recorded[m.id].version if m.id in recorded else 0)
                             for m in members])
        counts = {s: sum(1 for a in recorded.values() if a.status == s) for s in STATUS_COLUMNS}
        text = self.tr("{present} til stede · {absent} fraværende · {excused} afbud").format(**counts)
        missing = len(members) - len(recorded)
        if missing:
            text += self.tr(" · {n} ikke registreret").format(n=missing)
        self.counts.setText(text)
        items = self.ctx.read(agenda.list_items, meeting.pk)
        kinds: dict[tuple[int, int], list[str]] = {}
        for a in self.ctx.read(agenda.list_item_absences, meeting.pk):
            kinds.setdefault((a.member_id, a.item_id), []).append(a.kind)
        state = {key: kind for key, found in kinds.items() if (kind := agenda.item_absence_kind(found)) is not None}
        current = self.items_view.currentIndex()
        away = {mid: a.status for mid, a in recorded.items() if a.status in ("absent", "excused")}
        self.items_model.set_data(members, items, state, away)
        if current.isValid():
            self.items_view.setCurrentIndex(self.items_model.index(current.row(), current.column()))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("attendance", "members", "items", "meetings"):
            self._refresh()

    # --- edits -------------------------------------------------------------------

    def _attendance_spec(self) -> VersionedRow:
        """A member's attendance at the shown meeting, by member id (version 0: none recorded)."""
        db, mid = self.ctx.db, self.meeting_id
        assert mid is not None

        def read(member_id: int) -> tuple[dict[str, Any], int]:
            row = attendance.get_attendance(db, mid, member_id)
            return ({"status": row.status, "note": row.note}, row.version) if row is not None else \
                ({"status": None, "note": ""}, 0)

        def store(member_id: int, values: dict[str, Any], version: int) -> ChangeSet:
            if values["status"] is None:
                return attendance.clear_attendance(db, mid, member_id, expected_version=version)
            return attendance.set_attendance(db, mid, member_id, values["status"], note=values["note"],
                                             expected_version=version)

        return VersionedRow("attendance", read, store, "attendance")

    def _attendance_edit(self, text: str, row: AttendanceRow, field: str, new: tuple[str, str]) -> bool:
        """One member's status or note (written together), based on the version the table showed
        (``ui/versioned.py``)."""
        labels = self._status_labels()
        old = {"status": row.status, "note": row.note}
        return edit_row(self.ctx, text, self._attendance_spec(), row.member.pk, field, old,
                        {"status": new[0], "note": new[1]}, row.version, shown=old,
                        names={"status": self.tr("Fremmødet"), "note": self.tr("Noten")}, parent=self.view,
                        free_text=field == "note", display=lambda _f, value: labels.get(value, value))

    def _set_status(self, row: AttendanceRow, status: str) -> bool:
        return self._attendance_edit(self.tr("Fremmøde for {name}").format(name=row.member.name), row, "status",
                                     (status, row.note))

    def _set_note(self, row: AttendanceRow, note: str) -> bool:
        return self._attendance_edit(self.tr("Note for {name}").format(name=row.member.name), row, "note",
                                     (row.status or "present", note))

    def set_status_of_selected(self, status: str) -> None:
        index = self.view.currentIndex()
        if index.isValid() and index.row() < len(self.model.rows):
            row = self.model.rows[index.row()]
            if row.status != status:
                self._set_status(row, status)
            self.view.setCurrentIndex(self.model.index(index.row(), index.column()))

    def mark_rest_present(self) -> None:
        """Everyone not yet recorded is present: one undo step. It records only members still
        unrecorded (expected version 0: another laptop's record since refuses it), and its undo
        clears only rows still holding what it wrote (the versions it recorded)."""
        if self._stale:  # chosen from the menu while the panel is hidden
            self.reload()
        if self.meeting_id is None:
            return
        db, mid = self.ctx.db, self.meeting_id
        names = {r.member.pk: r.member.name for r in self.model.rows if r.status is None}
        if not names:
            return

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for member_id in names:
                changes = changes | attendance.set_attendance(db, mid, member_id, "present", expected_version=0)
            written = {a.member_id: a.version for a in attendance.list_attendance(db, mid) if a.member_id in names}
            cmd.state["versions"] = written
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for member_id, version in cmd.state["versions"].items():
                changes = changes | attendance.clear_attendance(db, mid, member_id, expected_version=version)
            return changes

        def conflict(error: ConflictError) -> None:
            name = names.get(error.current.get("member_id", 0), "")
            refused(self.ctx, "attendance", error, {"status": None},
                    {"status": self.tr("Fremmødet for {name}").format(name=name)},
                    lambda _f, value: self._status_labels().get(value, value))

        self.ctx.execute(ServiceCommand(self.ctx, self.tr("Resten til stede"), do, undo), on_conflict=conflict)

    def _status_labels(self) -> dict[str, str]:
        return {"present": self.tr("til stede"), "absent": self.tr("fraværende"), "excused": self.tr("afbud")}

    def _set_item_absence(self, item_id: int, member_id: int, old: str | None, new: str | None) -> None:
        """A member's absence for one item, from ``old`` (as the cell showed it) to ``new``: written
        only while the item holds what the cell showed (its undo: what this step wrote), so
        another laptop's change since is refused, not overwritten."""
        db = self.ctx.db

        def put(kind: str | None, other: str | None) -> ChangeSet:
            changes = ChangeSet()
            if other is not None:
                changes = agenda.set_item_absence(db, item_id, member_id, kind=other, on=False,
                                                  expected={"kind": other})
            if kind is not None:  # after the check above (the item is locked by now) none is needed
                changes = changes | agenda.set_item_absence(db, item_id, member_id, kind=kind, on=True,
                                                            expected={"kind": None} if other is None else None)
            return changes

        member = next((m.name for m in self.items_model.members if m.id == member_id), "")
        item = next((i.title for i in self.items_model.items if i.id == item_id), "")
        labels = self.items_model.labels

        def conflict(error: ConflictError) -> None:
            refused(self.ctx, "attendance", error, {"kind": old},
                    {"kind": self.tr("{name} under »{title}«").format(name=member, title=item)},
                    lambda _f, value: labels.get(value, value))

        self.ctx.execute(ServiceCommand(self.ctx, self.tr("Fravær under punkt"),
                                        lambda _c: put(new, old), lambda _c: put(old, new)), on_conflict=conflict)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if watched is self.view and event.key() in _KEYS \
                    and self.view.state() != QAbstractItemView.State.EditingState:
                self.set_status_of_selected(_KEYS[Qt.Key(event.key())])
                return True
            if watched is self.items_view and event.key() == Qt.Key.Key_Space:
                self.items_model.cycle(self.items_view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
