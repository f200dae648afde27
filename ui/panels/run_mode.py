"""Run mode (Afvikling): the chair's laptop view of the meeting, one step at a time.

The current step large with its question, a count-down of its time box, the
step's own tool (question round, group work, working groups), the schedule of
planned against actual start times, and the projector window for the room.
Ctrl+Right / Ctrl+Left go to the next / previous step and record its start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError
from workshop.models import AgendaItem, Meeting
from workshop.services import agenda, meetings
from workshop.steps import GROUP_STEPS

from ui import shortcuts
from ui.context import AppContext
from ui.panels import run_state
from ui.panels.agenda_templates import kind_label
from ui.panels.run_edits import RunEdits
from ui.panels.run_groups import GroupFormingPage
from ui.panels.run_inputs import InputsPage
from ui.panels.run_question import QuestionRoundPage
from ui.panels.run_room import RoomActions
from ui.panels.run_schedule import ScheduleTable
from ui.panels.run_votes import VotesPage
from ui.panels.run_working_groups import WorkingGroupsPage
from ui.projector import ProjectorWindow
from ui.timer import StepTimer

GROUP_TABS_VIEWS = ("inputs", "inputs", "votes")  # projector view per group-work tab
_FIELD_PREFIX = re.compile(r"^[a-z_][a-z_0-9.\[\]]*: ")  # "votes: …" as ValidationError words it

shortcuts.register("Ctrl+Right", "Afvikling", "Næste punkt (registrerer starttidspunktet)")
shortcuts.register("Ctrl+Left", "Afvikling", "Forrige punkt")
shortcuts.register("Ctrl+S", "Afvikling", "Spørgerunde: spring taleren over")
shortcuts.register("Ctrl++ / Ctrl+-", "Projektor", "Større / mindre tekst")


def _big(label: QLabel, factor: float, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class RunModePanel(QWidget):
    """The "Afvikling" panel; ``meeting_closed`` fires after "Hæv mødet"."""

    meeting_closed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now  # the clock for recorded starts and the count-down (fixed in tests)
        self.db = ctx.db
        self.edits = RunEdits(ctx)
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None
        self.items: list[AgendaItem] = []
        self.item: AgendaItem | None = None
        self._unbuilt: AgendaItem | None = None  # a group-work step chosen while hidden, built when shown
        self.timer = StepTimer(self, now=lambda: self.now())
        self.projector: ProjectorWindow | None = None

        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("run_meeting")
        self.step_label = _big(QLabel(), 1.9)
        self.step_label.setObjectName("run_step_title")
        self.step_label.setWordWrap(True)
        self.position_label = QLabel()
        self.position_label.setObjectName("run_step_position")
        self.timer_label = _big(QLabel(), 2.2)
        self.timer_label.setObjectName("run_timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overrun_label = _big(QLabel(), 1.1)
        self.overrun_label.setObjectName("run_overrun")
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.overrun_label.setStyleSheet("color: #c0392b;")
        self.prev_button = QPushButton(self.tr("◀ Forrige"))
        self.prev_button.setObjectName("run_previous")
        self.prev_button.setToolTip(self.tr("Forrige punkt (Ctrl+Venstre)"))
        self.next_button = QPushButton(self.tr("Næste ▶"))
        self.next_button.setObjectName("run_next")
        self.next_button.setToolTip(self.tr("Næste punkt (Ctrl+Højre)"))
        self.projector_button = QPushButton(self.tr("Projektor"))
        self.projector_button.setObjectName("run_projector")
        self.projector_button.setCheckable(True)
        self.schedule_button = QPushButton(self.tr("Tidsplan"))
        self.schedule_button.setObjectName("run_schedule_toggle")
        self.schedule_button.setCheckable(True)
        self.schedule_button.setChecked(True)
        self.schedule_button.setToolTip(self.tr("Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)"))
        self.close_button = QPushButton(self.tr("Hæv mødet"))
        self.close_button.setObjectName("run_close_meeting")
        self.prev_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.projector_button.toggled.connect(self.show_projector)
        self.close_button.clicked.connect(self.close_meeting)

        self.details = QLabel()
        self.details.setObjectName("run_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.question_label = _big(QLabel(), 1.3, bold=False)
        self.question_label.setObjectName("run_question")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("run_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")

        self.question_page = QuestionRoundPage(self.edits)
        self.groups_page = GroupFormingPage(self.edits)
        self.inputs_page = InputsPage(self.edits)
        self.votes_page = VotesPage(self.edits)
        self.group_tabs = QTabWidget()
        self.group_tabs.setObjectName("run_group_tabs")
        self.group_tabs.addTab(self.groups_page, self.tr("1. Grupper"))
        self.group_tabs.addTab(self.inputs_page, self.tr("2. Input og pejlemærker"))
        self.group_tabs.addTab(self.votes_page, self.tr("3. Prioritering"))
        self.group_tabs.currentChanged.connect(self._group_tab_changed)
        self.group_tabs.currentChanged.connect(self._group_tab_chosen)
        self.wg_page = WorkingGroupsPage(self.edits)
        self.closing_page = QWidget()
        closing = QVBoxLayout(self.closing_page)
        self.closing_label = _big(QLabel(), 1.2, bold=False)
        self.closing_label.setObjectName("run_closing")
        self.closing_label.setWordWrap(True)
        closing.addWidget(self.closing_label)
        closing.addStretch(1)
        self.info_page = QWidget()
        self.pages = QStackedWidget()
        self.pages.setObjectName("run_pages")
        for page in (self.info_page, self.question_page, self.group_tabs, self.wg_page, self.closing_page):
            self.pages.addWidget(page)

        self.schedule = ScheduleTable()

        head = QGridLayout()
        head.addWidget(self.meeting_label, 0, 0)
        head.addWidget(self.step_label, 1, 0)
        head.addWidget(self.position_label, 2, 0)
        head.addWidget(self.timer_label, 0, 1, 2, 1)
        head.addWidget(self.overrun_label, 2, 1)
        head.setColumnStretch(0, 1)
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.schedule_button)
        self.room = RoomActions(ctx, self, lambda: self.meeting_id, lambda: self.projector)
        buttons.addWidget(self.room.button)
        buttons.addWidget(self.projector_button)
        buttons.addWidget(self.close_button)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(head)
        main_layout.addWidget(self.question_label)
        main_layout.addWidget(self.details)
        main_layout.addWidget(self.pages, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>Tidsplan</b>")))
        side_layout.addWidget(self.schedule, 1)
        self.schedule_button.toggled.connect(side.setVisible)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 300])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.room.address)
        layout.addWidget(self.room.error)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        # The projector rarely has the focus (it is on the wall): its text size is set from here too.
        for keys, slot in (("Ctrl+Right", self.go_next), ("Ctrl+Left", self.go_previous),
                           ("Ctrl++", lambda: self.zoom_projector(0.1)),
                           ("Ctrl+=", lambda: self.zoom_projector(0.1)),
                           ("Ctrl+-", lambda: self.zoom_projector(-0.1))):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.projector_action = QAction(self.tr("Vis projektorvindue"), self)
        self.projector_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.projector_action.setCheckable(True)
        self.projector_action.toggled.connect(self.projector_button.setChecked)
        self.projector_button.toggled.connect(self.projector_action.setChecked)

        self.timer.ticked.connect(self._show_time)
        ctx.changed.connect(self._on_changed)
        ctx.error.connect(self._show_error)

    def _show_error(self, message: str) -> None:
        # "votes: Anne har kun 3 stemmer …": the field name helps a log, not the secretary.
        self.message.setText(_FIELD_PREFIX.sub("", message, count=1))

    def menu_actions(self) -> list[QAction]:
        """Actions the main window puts in its meeting menu."""
        return [self.projector_action, self.room.action]

    # --- meeting and step -----------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.room.close()  # the phones followed the other meeting
        self.meeting_id = meeting_id
        self.message.clear()
        self._read()
        if self.projector is not None:
            self.projector.set_meeting(meeting_id)

    def _read(self) -> None:
        """Re-read the meeting, the agenda and the current step, and show them."""
        self.meeting, self.items, self.item = None, [], None
        if self.meeting_id is not None:
            try:
                self.meeting = meetings.get_meeting(self.db, self.meeting_id)
            except NotFoundError:
                self.meeting_id = None
        if self.meeting_id is not None:
            self.items, self.item = run_state.current_item(self.db, self.meeting_id)
        self._show_step()

    def _show_step(self) -> None:
        item, meeting = self.item, self.meeting
        started = meeting is not None and meeting.current_item_id is not None
        self.meeting_label.setText(meeting.title if meeting else self.tr("Vælg et møde i navigatoren."))
        self.next_button.setText(self.tr("Næste ▶") if started else self.tr("Start mødet ▶"))
        self.close_button.setEnabled(meeting is not None)
        if item is None:
            self.step_label.setText(self.tr("Ingen punkter på dagsordenen") if meeting else "")
            self.position_label.clear()
            self.question_label.clear()
            self.details.clear()
            self.timer.set_box(None, None)
            self.pages.setCurrentWidget(self.info_page)
        else:
            number = self.items.index(item) + 1
            self.step_label.setText(run_state.step_heading(self.items, item))
            kind = kind_label(item.kind)
            state = (self.tr("startet %1").replace("%1", item.started_at.strftime("%H:%M"))
                     if item.started_at else self.tr("ikke startet"))
            box = f", {item.planned_minutes} min" if item.planned_minutes else ""
            self.position_label.setText(f"Punkt {number} af {len(self.items)} · {kind}{box} · {state}")
            self.question_label.setText(item.question)
            self.question_label.setVisible(bool(item.question))
            self.details.setText(self._details(item))
            self.details.setVisible(bool(self.details.text()))
            ended = meeting is not None and bool(meeting.ended_at)
            # Once the meeting is closed no time box runs any more.
            self.timer.set_box(None if ended else item.started_at, None if ended else item.planned_minutes)
            self._show_page(item)
        self.prev_button.setEnabled(item is not None and self.items.index(item) > 0)
        self.next_button.setEnabled(item is not None and (not started or self.items.index(item) < len(self.items) - 1))
        self._show_schedule()
        self._show_closing()
        self._show_time(self.timer.seconds_left() or 0)

    @staticmethod
    def _details(item: AgendaItem) -> str:
        parts: list[str] = []
        if item.summary and item.kind not in ("question_round",):
            parts.append(item.summary)
        if item.discussion_questions:
            parts.append("Drøftelsesspørgsmål:\n" + "\n".join(f"• {q}" for q in item.discussion_questions))
        if item.perspectives:
            parts.append("Perspektiver: " + ", ".join(item.perspectives))
        return "\n\n".join(parts)

    def _show_page(self, item: AgendaItem) -> None:
        pages = {"question_round": self.question_page, "group_work": self.group_tabs,
                 "working_groups": self.wg_page, "closing": self.closing_page}
        page = pages.get(item.kind, self.info_page)
        self._unbuilt = None
        if page is self.group_tabs and not self.isVisible():
            # Group columns with every input (5,000 on a large meeting) and the candidates:
            # not before the panel is shown, e.g. at start-up behind the agenda (bench figure 1b).
            self._unbuilt, item, page = item, None, self.info_page  # type: ignore[assignment]
        self.question_page.set_item(item if page is self.question_page else None)
        for p in (self.groups_page, self.inputs_page, self.votes_page):
            p.set_item(item if page is self.group_tabs else None)
        self.wg_page.set_item(item if page is self.wg_page else None)
        self.pages.setCurrentWidget(page)
        if page is self.group_tabs:
            # The tab follows the meeting's step (phones follow it too); a tab chosen sets it.
            step = self.meeting.current_step if self.meeting is not None \
                and self.meeting.current_item_id == item.id else ""
            if step in GROUP_STEPS:
                with QSignalBlocker(self.group_tabs):
                    self.group_tabs.setCurrentIndex(GROUP_STEPS.index(step))
            self._group_tab_changed(self.group_tabs.currentIndex())

    def _show_schedule(self) -> None:
        if self.meeting_id is None:
            self.schedule.setRowCount(0)
            return
        if self.meeting is None:
            self.schedule.setRowCount(0)
            return
        # From the items _read has just listed: the same rows as agenda.schedule, one query fewer.
        self.schedule.show_rows(agenda.schedule_rows(self.meeting.starts_at, self.items), self.meeting.current_item_id)

    def _show_closing(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if meeting.ended_at:
            self.closing_label.setText(self.tr("Mødet blev hævet kl. %1.").replace("%1", meeting.ended_at))
            self.close_button.setText(self.tr("Hævet kl. %1").replace("%1", meeting.ended_at))
            self.close_button.setEnabled(False)  # a second click would move the time; undo reopens
        else:
            self.closing_label.setText(self.tr('Tryk "Hæv mødet", når mødet slutter; klokkeslættet'
                                               " kommer i referatet."))
            self.close_button.setText(self.tr("Hæv mødet"))

    def _show_time(self, _seconds: int) -> None:
        self.timer_label.setText(self.timer.text())
        overrun = self.timer.overrun()
        self.overrun_label.setText(overrun)
        self.timer_label.setStyleSheet("color: #c0392b;" if overrun else "")

    # --- changes ------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None or changes.meeting_id not in (None, self.meeting_id):
            return
        self.message.clear()  # a write went through: an earlier refusal is no longer news
        if changes.touches("meetings", "items"):
            previous = self.item.id if self.item else None
            self._read()
            if self.item is not None and self.item.id == previous:
                self._forward(changes)
            return
        if changes.touches("attendance", "members"):
            self._show_schedule()
        self._forward(changes)

    def _forward(self, changes: ChangeSet) -> None:
        page = self.pages.currentWidget()
        if page is self.question_page:
            self.question_page.on_changed(changes)
        elif page is self.group_tabs:
            for p in (self.groups_page, self.inputs_page, self.votes_page):
                p.on_changed(changes)
        elif page is self.wg_page:
            self.wg_page.on_changed(changes)

    # --- actions ------------------------------------------------------------------

    def go_next(self) -> None:
        """Ctrl+Right: the next step (or the first, before the meeting starts); records its start."""
        if self.meeting_id is None or not self.items:
            return
        started = self.meeting is not None and self.meeting.current_item_id is not None
        index = self.items.index(self.item) + 1 if started and self.item in self.items else 0
        if index < len(self.items):
            self.message.clear()
            self.edits.start_item(self.meeting_id, self.items[index].id, self.now())  # type: ignore[arg-type]

    def go_previous(self) -> None:
        """Ctrl+Left: back one step (its recorded start is kept)."""
        if self.meeting_id is None or self.item is None or self.item not in self.items:
            return
        index = self.items.index(self.item)
        if index > 0:
            self.message.clear()
            self.edits.start_item(self.meeting_id, self.items[index - 1].id, self.now())  # type: ignore[arg-type]

    def go_to(self, item_id: int) -> None:
        if self.meeting_id is not None:
            self.edits.start_item(self.meeting_id, item_id, self.now())

    def close_meeting(self) -> None:
        """"Hæv mødet": record the time, then hand over to the referat panel."""
        if self.meeting_id is None:
            return
        if self.edits.close_meeting(self.meeting_id, self.now()):
            self.room.close()  # closing the meeting ends the phones' part in it
            self.meeting_closed.emit(self.meeting_id)
            self._show_referat()

    def _show_referat(self) -> None:
        window = self.window()
        tabs = getattr(window, "tabs", None)
        show = getattr(window, "show_panel", None)
        if not isinstance(tabs, QTabWidget) or not callable(show):
            return
        for i in range(tabs.count()):
            if type(tabs.widget(i)).__name__ == "ReferatPanel":
                show(i)
                return

    # --- projector ------------------------------------------------------------------

    def show_projector(self, on: bool = True) -> ProjectorWindow | None:
        if not on:
            if self.projector is not None:
                self.projector.hide()
            return self.projector
        if self.projector is None:
            # A child window: it closes with the app and never keeps it from quitting.
            self.projector = ProjectorWindow(self.ctx, timer=self.timer, parent=self)
            self.projector.closed.connect(lambda: self.projector_button.setChecked(False))
            self.room.follow_projector()
        self.projector.set_meeting(self.meeting_id)
        self._group_tab_changed(self.group_tabs.currentIndex())
        self.projector.show_on_screen()
        return self.projector

    def zoom_projector(self, step: float) -> None:
        if self.projector is not None:
            self.projector.zoom(step)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        unbuilt, self._unbuilt = self._unbuilt, None
        if unbuilt is not None and self.item is not None and self.item.id == unbuilt.id:
            self._show_page(self.item)

    def _group_tab_chosen(self, index: int) -> None:
        """A group-work tab chosen by the chair: the meeting's step follows (one undo step)."""
        item = self.item
        if self.meeting_id is None or item is None or item.kind != "group_work" or not 0 <= index < 3:
            return
        if meetings.current_step(self.db, self.meeting_id) != (item.id, GROUP_STEPS[index]):
            self.edits.set_step(self.meeting_id, item.id, GROUP_STEPS[index],  # type: ignore[arg-type]
                                self.group_tabs.tabText(index))

    def _group_tab_changed(self, index: int) -> None:
        if self.projector is not None and 0 <= index < len(GROUP_TABS_VIEWS):
            self.projector.set_view(GROUP_TABS_VIEWS[index])

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.room.close()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)  # type: ignore[arg-type]
