"""For every item: the decision (Beslutning) and the tilførsler til protokollen.

Above the decision, the item's captured results as the referat prints them (read-only;
``referat_service.printed_results``); on a locked meeting, the item as printed instead of
the text box.

Who is away or inhabil for single items is kept in the attendance panel (Fremmøde).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import WorkshopError
from workshop.models import AgendaItem, Member
from workshop.referat.content import Block
from workshop.services import agenda, attendance, capture, committees, meetings
from workshop.services import referat as referat_service

from ui import shortcuts
from ui.autosave import AutosaveField, item_text
from ui.context import AppContext
from ui.field_errors import errors_at
from ui.operations import Operation, Progress, database_lane
from ui.panels.meeting_edits import MeetingEdits
from ui.referat_results import ResultsView

ROLE_ID = Qt.ItemDataRole.UserRole
PrintedResults = dict[int, tuple[Block, ...]]  # by item id (referat_service.printed_results)
RESULTS_LINES = 8  # the results scroll beyond this: the step above keeps its room (a group's members list)
RESULTS_DELAY_MS = 400  # re-draft the results this long after the last capture, not at each one


class DecisionView(QWidget):
    """Decision text and remarks of one item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = MeetingEdits(ctx)
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self._members: dict[int, Member] = {}
        self._loading = False

        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(self.tr("Beslutning, fx »Godkendt.« eller »Udvalget drøftede …«"))
        self.decision.setAccessibleName(self.tr("Beslutning"))
        self.decision.setTabChangesFocus(True)
        # Two laptops may write the decision at once: each save names the version it was based on.
        self.decision_field = AutosaveField(
            ctx, self.decision, "decision", self.tr("Beslutning"), item_text(ctx, "decision"))
        self.results = ResultsView(max_lines=RESULTS_LINES)
        self.results.setAccessibleName(self.tr("Resultater, som de udskrives"))
        self.locked_empty = QLabel(self.tr("Ingen beslutning ført til protokol under dette punkt."))
        self.locked_empty.setStyleSheet("color: #555;")
        self.locked_empty.hide()
        self.locked = False
        self._results_stale = False
        self._results_asked = 0  # reads of the results asked for; only the newest is shown
        self._results_timer = QTimer(self)
        self._results_timer.setSingleShot(True)
        self._results_timer.setInterval(RESULTS_DELAY_MS)
        self._results_timer.timeout.connect(self._results_due)
        box_decision = QGroupBox(self.tr("Beslutning"))
        bl = QVBoxLayout(box_decision)
        bl.addWidget(self.results)
        bl.addWidget(self.decision, 1)
        bl.addWidget(self.locked_empty)

        self.remarks = QTreeWidget()
        self.remarks.setColumnCount(2)
        self.remarks.setHeaderLabels([self.tr("Medlem"), self.tr("Tilførsel til protokollen")])
        self.remarks.setRootIsDecorated(False)
        self.remarks.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.remarks.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.remarks.itemChanged.connect(self._remark_edited)
        shortcuts.on_key("remarks.delete", self.remarks, self.delete_remark)
        self.remark_member = QComboBox()
        self.remark_member.setAccessibleName(self.tr("Tilførsel fra"))
        # Follows the names it holds: first shown before attendance is taken, it would keep an empty box's
        # width and cut every name ("Mikael Fe").
        self.remark_member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.remark_text = QLineEdit()
        self.remark_text.setPlaceholderText(self.tr("Tilførsel – Enter tilføjer"))
        self.remark_text.setAccessibleName(self.tr("Ny tilførsel"))
        self.remark_text.returnPressed.connect(self.add_remark)
        delete = QPushButton(self.tr("Slet"))
        delete.clicked.connect(self.delete_remark)
        add_row = QHBoxLayout()
        add_row.addWidget(self.remark_member)
        add_row.addWidget(self.remark_text, 1)
        add_row.addWidget(delete)
        box_remarks = QGroupBox(self.tr("Tilførsler til protokollen"))
        rl = QVBoxLayout(box_remarks)
        rl.addWidget(self.remarks, 1)
        rl.addLayout(add_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box_decision, 1)
        layout.addWidget(box_remarks, 1)

    # --- loading ------------------------------------------------------------

    def set_item(self, meeting_id: int, item: AgendaItem) -> None:
        self.flush()
        self.meeting_id, self.item_id = meeting_id, item.id
        self.decision_field.bind(item.id, item.decision, item.version)
        self._load_members()
        self._load_remarks()
        if self.isVisible():
            self.load_results()
        else:  # on another tab: drafted when shown (the meeting's whole document is read for it)
            self._results_stale = True

    def load_results(self) -> None:
        """The item's results part (draft) or the item as printed from there on (sent or approved)."""
        self._results_timer.stop()
        if self.item_id is None or self.meeting_id is None:
            return
        self._results_asked += 1  # a background read still under way is older than this one
        try:
            locked, printed = self.ctx.read(referat_service.printed_results, self.meeting_id)
        except WorkshopError as error:  # a frozen referat edited out of shape: say so instead
            self._show_results(True, {}, error.message)
        else:
            self._show_results(locked, printed, None)

    def _read_results_in_background(self) -> None:
        """Re-draft the results after captures on this item's step, off the GUI thread: it reads
        the meeting's whole document (~20 round trips on a shared server), which must not hold
        the secretary's typing; the newest read asked for is the one shown."""
        if self.item_id is None or self.meeting_id is None:
            return
        if self.ctx.offline:
            self._results_stale = True  # read when shown again, or the item chosen again
            return
        self._results_asked += 1
        asked, item_id, meeting_id, db = self._results_asked, self.item_id, self.meeting_id, self.ctx.db

        def work(_progress: Progress) -> tuple[bool, PrintedResults, str | None]:
            with db.reads():
                try:
                    locked, printed = referat_service.printed_results(db, meeting_id)
                except WorkshopError as error:
                    return True, {}, error.message
            return locked, printed, None

        def read(result: tuple[bool, PrintedResults, str | None]) -> None:
            if asked == self._results_asked and item_id == self.item_id:
                self._show_results(*result)

        def failed(_message: str) -> None:  # the network: logged; read again when shown
            if asked == self._results_asked:
                self._results_stale = True

        operation = Operation(self.tr("Resultaterne"), work, self, lane=database_lane(db), report_errors=False)
        operation.finished.connect(read)
        operation.failed.connect(failed)
        operation.start()

    def _show_results(self, locked: bool, printed: PrintedResults, error: str | None) -> None:
        self.locked = locked
        self.locked_empty.setText(error or self.tr("Ingen beslutning ført til protokol under dette punkt."))
        blocks = printed.get(self.item_id, ()) if self.item_id is not None else ()
        self.results.max_lines = 40 if self.locked else RESULTS_LINES
        self.results.show_blocks(blocks)
        self.decision.setVisible(not self.locked)
        self.locked_empty.setVisible(self.locked and not blocks)

    def flush(self) -> None:
        """Save the decision, and add a remark typed without Enter to this item before leaving it."""
        self.decision_field.flush()
        self.add_remark()

    def refresh(self, changes: ChangeSet) -> None:
        if self.item_id is None or self.meeting_id is None:
            return
        if changes.touches("members", "attendance"):
            self._load_members()
            self._load_remarks()
        if changes.touches("items"):
            item = self.ctx.read(agenda.get_item, self.item_id)
            self.decision_field.bind(self.item_id, item.decision, item.version)
        if changes.touches("remarks"):
            self._load_remarks()
        # Answers, inputs, votes, groups, the referat's state: re-drafted once captures pause, and
        # only while on screen (another tab catches up when shown).
        if self.isVisible():
            self._results_timer.start()
        else:
            self._results_stale = True

    def _results_due(self) -> None:
        if self.isVisible():
            self._read_results_in_background()
        else:  # closed or on another tab meanwhile
            self._results_stale = True

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._results_timer.isActive():
            self._results_timer.stop()
            self._results_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._results_stale:
            self._results_stale = False
            self.load_results()

    def _load_members(self) -> None:
        assert self.meeting_id is not None
        committee_id = self.ctx.read(meetings.get_meeting, self.meeting_id).committee_id
        self._members = {m.pk: m for m in self.ctx.read(committees.list_members, committee_id)}
        present = self.ctx.read(attendance.present_members, self.meeting_id)
        current = self.remark_member.currentData()
        self.remark_member.clear()
        for m in present:
            self.remark_member.addItem(m.name, m.id)
        index = self.remark_member.findData(current)
        self.remark_member.setCurrentIndex(max(index, 0))

    def _load_remarks(self) -> None:
        assert self.item_id is not None
        self._loading = True
        try:
            self.remarks.clear()
            for r in self.ctx.read(capture.list_remarks, self.item_id):
                member = self._members.get(r.member_id)
                row = QTreeWidgetItem([member.name if member else "?", r.text])
                row.setData(0, ROLE_ID, (r.id, r.member_id, r.text, r.version))
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
                self.remarks.addTopLevelItem(row)
        finally:
            self._loading = False

    # --- edits --------------------------------------------------------------

    def add_remark(self) -> None:
        member_id = self.remark_member.currentData()
        text = self.remark_text.text()
        if self.item_id is None or member_id is None or not text.strip():
            return
        with errors_at(self.ctx, self.remark_text):
            added = self.edits.add_remark(self.item_id, member_id, text)
        if added is not None:
            self.remark_text.clear()

    def delete_remark(self) -> None:
        row = self.remarks.currentItem()
        if row is None or self.item_id is None:
            return
        remark_id, _member_id, _text, version = row.data(0, ROLE_ID)
        self.edits.delete_remark(remark_id, version)

    def _remark_edited(self, row: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 1:
            return
        remark_id, _member_id, old, version = row.data(0, ROLE_ID)
        new = row.text(1)
        if new == old:
            return
        # A refusal ("Teksten må ikke være tom") is shown under the row, and goes with the next save here.
        with errors_at(self.ctx, self.remarks.viewport(), self.remarks.visualItemRect(row)):
            saved = self.edits.update_remark(remark_id, old, new, version)
        if not saved:
            self._load_remarks()  # refused (e.g. empty, or changed on another laptop): show what is saved
