"""Afvikling: the chair's layout of the running meeting, one step at a time.

The current step large with a count-down of its time box, the step's tool (the same
``ItemStepView`` as the secretary's layout), the schedule of planned against actual
start times, and the projector. Ctrl+PgDown / Ctrl+PgUp (or Ctrl+→ / Ctrl+←) go to
the next / previous step and record its start; the other layout and the projector follow.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from workshop.services import agenda

from ui.context import AppContext
from ui.meeting_actions import MeetingActions, meeting_actions
from ui.meeting_step import meeting_step
from ui.panels.agenda_templates import kind_label
from ui.panels.item_step import ItemStepView, step_name
from ui.panels.run_room import RoomActions
from ui.panels.run_schedule import ScheduleTable
from ui.projector import ProjectorWindow

_FIELD_PREFIX = re.compile(r"^[a-z_][a-z_0-9.\[\]]*: ")  # "votes: …" as ValidationError words it


def _big(label: QLabel, factor: float, bold: bool = True) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class RunModePanel(QWidget):
    """The "Afvikling" panel; ``meeting_closed`` fires after "Hæv mødet"."""

    meeting_closed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = meeting_step(ctx)
        self.timer = self.step.timer
        self.meeting_actions: MeetingActions = meeting_actions(self.window(), ctx)

        self.meeting_label = QLabel()
        self.step_label = _big(QLabel(), 1.9)
        self.step_label.setWordWrap(True)
        self.position_label = QLabel()
        self.timer_label = _big(QLabel(), 2.2)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overrun_label = _big(QLabel(), 1.1)
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.overrun_label.setStyleSheet("color: #c0392b;")
        self.prev_button = QPushButton(self.tr("◀ Forrige"))
        self.prev_button.setToolTip(self.tr("Forrige trin (Ctrl+PgUp eller Ctrl+Venstre)"))
        self.next_button = QPushButton(self.tr("Næste ▶"))
        self.next_button.setToolTip(self.tr("Næste trin (Ctrl+PgDown eller Ctrl+Højre)"))
        self.projector_button = QPushButton(self.tr("Projektor"))
        self.projector_button.setCheckable(True)
        self.projector_button.setToolTip(self.tr("Vis projektorvinduet (Ctrl+Shift+P)"))
        self.schedule_button = QPushButton(self.tr("Tidsplan"))
        self.schedule_button.setCheckable(True)
        self.schedule_button.setChecked(True)
        self.schedule_button.setToolTip(self.tr("Vis eller skjul tidsplanen (giver plads til gruppernes kolonner)"))
        self.close_button = QPushButton(self.tr("Hæv mødet…"))
        self.prev_button.clicked.connect(self.meeting_actions.previous_action.trigger)
        self.next_button.clicked.connect(self.meeting_actions.next_action.trigger)
        self.close_button.clicked.connect(self.close_meeting)
        self.projector_button.clicked.connect(self.meeting_actions.projector_action.trigger)
        self.meeting_actions.projector_action.toggled.connect(self.projector_button.setChecked)

        self.question_label = _big(QLabel(), 1.3, bold=False)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.view = ItemStepView(ctx, self.close_meeting)
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
        # "Åbn for deltagere": the room for members' phones (ui/panels/run_room.py)
        self.room = RoomActions(ctx, self, lambda: self.step.meeting_id, lambda: self.projector)
        self._room_meeting: int | None = None  # the meeting the room (when open) serves
        buttons.addWidget(self.room.button)
        buttons.addWidget(self.projector_button)
        buttons.addWidget(self.close_button)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(head)
        main_layout.addWidget(self.question_label)
        main_layout.addWidget(self.view, 1)
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

        self.timer.ticked.connect(self._show_time)
        self.step.moved.connect(self._show_step)
        self.step.refreshed.connect(self._show_step)
        ctx.changed.connect(self._on_changed)
        ctx.error.connect(self._show_error)
        self._show_step()

    def menu_actions(self) -> list[QAction]:
        """The room's action for the Møde menu; the meeting's own are the window's (``ui/meeting_actions.py``)."""
        return [self.room.action]

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.ctx.projector

    def show_projector(self, on: bool = True) -> ProjectorWindow | None:
        projector = self.meeting_actions.show_projector(on)
        self.room.follow_projector()  # the QR code while the room is open
        return projector

    def _show_error(self, message: str) -> None:
        # "votes: Anne har kun 3 stemmer …": the field name helps a log, not the chair.
        self.message.setText(_FIELD_PREFIX.sub("", message, count=1))

    # --- meeting and step -------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Save what is typed on the meeting left behind; the layout shows the context's
        ``MeetingStep``, which follows the selected meeting by itself (in a window of its own too)."""
        self.view.flush()
        self.message.clear()

    def _show_step(self) -> None:
        step, item, meeting = self.step, self.step.item, self.step.meeting
        if self.room.is_open and (step.ended_at or step.meeting_id != self._room_meeting):
            # the meeting is closed (from any layout or the menu), or another one is shown: the room closes
            self.room.close()
        self._room_meeting = step.meeting_id
        self.meeting_label.setText(meeting.title if meeting else self.tr("Vælg et møde i navigatoren."))
        self.next_button.setText(self.tr("Næste ▶") if step.started else self.tr("Start mødet ▶"))
        self.next_button.setEnabled(step.has_next())
        self.prev_button.setEnabled(step.has_previous())
        self.close_button.setEnabled(meeting is not None and step.started and not step.ended_at)
        self.close_button.setText(self.tr("Hævet kl. {time}").format(time=step.ended_at) if step.ended_at
                                  else self.tr("Hæv mødet…"))
        if item is None:
            self.step_label.setText(self.tr("Ingen punkter på dagsordenen") if meeting else "")
            self.position_label.clear()
            self.question_label.clear()
        else:
            name = step_name(step.step)
            self.step_label.setText(f"{step.number()}. {item.title}" + (f" · {name}" if name else ""))
            state = (self.tr("startet {time}").format(time=item.started_at.strftime("%H:%M")) if item.started_at
                     else self.tr("ikke startet"))
            box = self.tr(", {n} min").format(n=item.planned_minutes) if item.planned_minutes else ""
            self.position_label.setText(self.tr("Punkt {n} af {all} · {kind}{box} · {state}").format(
                n=step.number(), all=len(step.items), kind=kind_label(item.kind), box=box, state=state))
            self.question_label.setText(item.question)
            # A question round's tool shows its question itself, large; said twice it crowded out the answers.
            self.question_label.setVisible(bool(item.question) and item.kind != "question_round")
        self._show_schedule()
        self._show_time()

    def _show_schedule(self) -> None:
        meeting = self.step.meeting
        if meeting is None:
            self.schedule.setRowCount(0)
            return
        # From the items the step has just read: the same rows as agenda.schedule, one query fewer.
        self.schedule.show_rows(agenda.schedule_rows(meeting.starts_at, self.step.items), meeting.current_item_id)

    def _show_time(self, _seconds: int = 0) -> None:
        self.timer_label.setText(self.timer.text())
        overrun = self.timer.overrun()
        self.overrun_label.setText(overrun)
        self.timer_label.setStyleSheet("color: #c0392b;" if overrun else "")

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "meeting_id", None) in (None, self.step.meeting_id):
            self.message.clear()  # a write went through: an earlier refusal is no longer news

    # --- closing ----------------------------------------------------------------------------

    def close_meeting(self) -> bool:
        """"Hæv mødet" (asks first), then hand over to the referat tab."""
        meeting_id = self.step.meeting_id
        if meeting_id is None or not self.meeting_actions.close_meeting():
            return False
        self.room.close()  # closing the meeting ends the phones' part in it
        self.meeting_closed.emit(meeting_id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.room.close()
        super().closeEvent(event)
