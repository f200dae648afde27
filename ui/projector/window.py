"""The projector window: the meeting's current step, large and high-contrast, with nothing to edit.

It follows the one ``MeetingStep`` of its context (so it shows what both layouts show)
and renders the same models they do. The pages are separate widgets in a stack and
``add_corner_widget`` puts something of another feature's beside the timer (the room's
QR code), so the projector's views stay composable.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Meeting
from workshop.services import capture, committees

from ui import shortcuts
from ui.context import AppContext
from ui.meeting_step import meeting_step
from ui.models.item_models import candidate_model, input_model
from ui.projector.chosen_page import ChosenPage
from ui.projector.fitted_cards import Card, FittedCards
from ui.projector.input_cards import InputCards, card_label
from ui.projector.vote_bars import CandidateBars
from ui.room_badge import RoomBadge

VIEWS = ("text", "answers", "inputs", "votes", "chosen")

_STYLE = """
QWidget#projector {{ background: #101418; }}
QLabel {{ color: white; font-size: {body}px; }}
QLabel#projector_title {{ color: #b8c4d0; font-size: {small}px; }}
QLabel#projector_step {{ font-size: {h1}px; font-weight: bold; }}
QLabel#projector_question {{ font-size: {h2}px; color: #ffe27a; }}
QLabel#projector_timer {{ font-size: {h1}px; font-weight: bold; color: white; }}
QLabel#projector_timer[overrun="true"] {{ color: #ff6b6b; }}
QLabel#projector_overrun {{ font-size: {small}px; color: #ff6b6b; }}
QLabel#projector_heading {{ font-size: {h2}px; font-weight: bold; color: #b8c4d0; }}
QLabel#card {{ background: #22303c; border-radius: 8px; padding: 8px 12px; font-size: {body}px; }}
QLabel#card_title {{ font-size: {h2}px; font-weight: bold; color: #7fc4ff; }}
QLabel#card_small {{ font-size: {small}px; color: #b8c4d0; }}
QLabel#room_address {{ font-size: {small}px; color: white; }}
QLabel#room_hint {{ font-size: {small}px; color: #b8c4d0; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
"""
BODY_PX = 30


def meeting_title(meeting: Meeting) -> str:
    """The header line: the title, and "N. møde" when the title does not already say it."""
    if meeting.number and f"{meeting.number}. møde" not in meeting.title.lower():
        return QCoreApplication.translate("Projector", "{title} · {number}. møde").format(
            title=meeting.title, number=meeting.number)
    return meeting.title


class ProjectorWindow(QWidget):
    """A second, frameless full-screen window; a normal window when there is one screen."""

    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.step_state = meeting_step(ctx)
        self.timer = self.step_state.timer
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # the app quits with its main window
        self.setWindowTitle(self.tr("Workshop – projektor"))
        self.item: AgendaItem | None = None
        self.view = "text"
        self.scale = 1.0

        self.title = card_label("", "projector_title")
        self.step = card_label("", "projector_step")
        self.question = card_label("", "projector_question")
        self.timer_label = card_label("", "projector_timer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overrun_label = card_label("", "projector_overrun", wrap=False)
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.corner = QVBoxLayout()

        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.step, 1, 0)
        head.addWidget(self.timer_label, 0, 1, 2, 1)
        head.addWidget(self.overrun_label, 2, 1)
        head.addWidget(self.question, 2, 0)
        head.addLayout(self.corner, 0, 2, 3, 1)
        head.setColumnStretch(0, 1)

        self.content = QStackedWidget()
        self.content.setObjectName("projector_content")
        self.text_page = card_label("", "projector_text")
        self.text_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answers = FittedCards()
        self.answers.setObjectName("projector_answers")
        self.inputs = InputCards(self.tr("+%1 flere"))
        self.bars = CandidateBars()
        self.bars.setObjectName("projector_bars")
        votes_page = QWidget()
        votes_layout = QVBoxLayout(votes_page)
        self.votes_heading = card_label(self.tr("Prioritering"), "projector_heading")
        votes_layout.addWidget(self.votes_heading)
        votes_layout.addWidget(self.bars, 1)
        self.chosen = ChosenPage(ctx)
        pages = {"text": self.text_page, "answers": self.answers, "inputs": self.inputs,
                 "votes": votes_page, "chosen": self.chosen}
        self._pages: dict[str, QWidget] = {}
        for name in VIEWS:
            page = pages[name]
            if name in ("text", "chosen", "inputs"):  # long lists scroll out of sight rather than squeeze
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setWidget(page)
                page = scroll
            self._pages[name] = page
            self.content.addWidget(page)

        root = QVBoxLayout(self)
        root.setContentsMargins(48, 32, 48, 32)
        root.setSpacing(16)
        root.addLayout(head)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self.content, 1)
        self.room_badge = RoomBadge(self)  # the join address while the room is open for phones
        body.addWidget(self.room_badge, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(body, 1)

        shortcuts.on_key("projector.zoom_in", self, lambda: self.zoom(0.1))
        shortcuts.on_key("projector.zoom_out", self, lambda: self.zoom(-0.1))
        shortcuts.on_key("projector.normal", self, lambda: self.set_scale(1.0))
        shortcuts.on_key("projector.close", self, self.close)
        # The meeting's step moves from the wall too (the chair's laptop may have it focused): the
        # layouts follow, as they follow each other.
        shortcuts.on_key("projector.previous", self, self.step_state.previous)
        shortcuts.on_key("projector.next", self, self.step_state.next)

        self._apply_style()
        self.timer.ticked.connect(self._show_time)
        self.step_state.moved.connect(self.refresh)
        self.step_state.refreshed.connect(self._show_header)
        ctx.changed.connect(self._on_changed)
        self.set_room_url(ctx.room_url)  # a room opened before this window was made
        self.refresh()

    def set_room_url(self, url: str | None) -> None:
        """Show the QR code and the address while the room is open, nothing when it is closed."""
        self.room_badge.set_url(url)

    def add_corner_widget(self, widget: QWidget) -> None:
        """Something of another feature's in the top right corner, beside the timer (e.g. a QR code)."""
        self.corner.addWidget(widget)

    # --- placing the window -------------------------------------------------------------

    @staticmethod
    def pick_screen(screens: list[QScreen], primary: QScreen | None) -> QScreen | None:
        """The first screen that is not the laptop's own; None when there is only one."""
        others = [s for s in screens if s is not primary]
        return others[0] if others else None

    def show_on_screen(self, screen: QScreen | None = None) -> None:
        """Full screen and frameless on ``screen`` (or the second screen); else a normal window."""
        if screen is None:
            screen = self.pick_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())
        if screen is None:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            if not self.isVisible():
                self.resize(1280, 720)
            self.showNormal()
            return
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # --- font scale -----------------------------------------------------------------------

    def zoom(self, step: float) -> None:
        self.set_scale(self.scale + step)

    def set_scale(self, scale: float) -> None:
        self.scale = max(0.5, min(3.0, round(scale, 2)))
        self._apply_style()
        self.inputs.set_fit(self._cards_that_fit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.inputs.set_fit(self._cards_that_fit())

    def _apply_style(self) -> None:
        s = self.scale
        self.setStyleSheet(_STYLE.format(body=round(BODY_PX * s), small=round(24 * s), h1=round(56 * s),
                                         h2=round(38 * s)))
        self.bars.set_scale(s * 1.4)
        self.answers.set_scale(BODY_PX, s)

    def _cards_that_fit(self) -> int:
        """How many input cards a column can show at this window height and font scale.

        Estimated from the style sheet's sizes (line height ~1.25 × font size): the window
        margins and the header above the page, the group's name, members and "+N flere"
        lines, and cards of one line with their padding and spacing. At least three.
        """
        s = self.scale
        page = self.height() - 64 - 16 - (24 + 56 + 38) * 1.25 * s
        free = page - (38 + 24 + 24) * 1.25 * s - 3 * 8 - 22
        card = 30 * 1.25 * s + 16 + 8
        return max(3, int(free // card))

    # --- what to show -----------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self.step_state.meeting_id

    def refresh(self) -> None:
        """Show the current step afresh (another meeting, item or step)."""
        state = self.step_state
        self.item = state.item
        gw = self._group_work_item()
        self.inputs.set_model(input_model(self.ctx, gw.pk) if gw is not None else None)
        self.inputs.set_fit(self._cards_that_fit())
        self.bars.set_model(candidate_model(self.ctx, gw.pk) if gw is not None else None)
        self.chosen.show_meeting(state.meeting_id, state.items)
        self._refresh_answers()
        self._show_header()

    def _show_header(self) -> None:
        state = self.step_state
        meeting, item = state.meeting, state.item
        self.title.setText(meeting_title(meeting) if meeting is not None else "")
        self.step.setText(f"{state.number()}. {item.title}" if item is not None else "")
        self.question.setText(item.question if item is not None else "")
        self.question.setVisible(bool(item is not None and item.question))
        self.text_page.setText(self._item_text(item) if item is not None else "")
        if meeting is not None and meeting.ended_at:
            self.question.setText(self.tr("Mødet er hævet kl. %1").replace("%1", meeting.ended_at))
            self.question.setVisible(True)
        self._show_time()
        self._choose_view()

    def _item_text(self, item: AgendaItem) -> str:
        parts: list[str] = []
        if item.summary:
            parts.append(item.summary)
        elif item.presentation:  # the templates' Velkomst has only this: the wall was empty under its title
            parts.append(item.presentation)
        if item.discussion_questions:
            parts.append("\n".join(f"• {q}" for q in item.discussion_questions))
        if item.perspectives:
            parts.append(self.tr("Perspektiver:") + "\n" + "\n".join(f"• {p}" for p in item.perspectives))
        return "\n\n".join(parts)

    def _group_work_item(self) -> AgendaItem | None:
        """The current item if it is group work, else the meeting's last group-work item (its results)."""
        state = self.step_state
        if state.item is not None and state.item.kind == "group_work":
            return state.item
        return next((i for i in reversed(state.items) if i.kind == "group_work"), None)

    def _choose_view(self) -> None:
        kind = self.item.kind if self.item is not None else ""
        step = self.step_state.step
        if kind == "question_round":
            view = "answers"
        elif kind == "group_work":
            view = "votes" if step == "votes" else "inputs"
        elif kind in ("working_groups", "closing"):
            view = "chosen"
        else:
            view = "text"
        self.view = view
        self.content.setCurrentWidget(self._pages[view])

    def _show_time(self, _seconds_left: int = 0) -> None:
        if not shiboken6.isValid(self.timer_label):
            return
        self.timer_label.setText(self.timer.text())
        overrun = self.timer.overrun()
        self.overrun_label.setText(overrun)
        self.timer_label.setProperty("overrun", bool(overrun))
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None or changes.meeting_id not in (None, self.meeting_id):
            return
        if changes.touches("answers", "members", "attendance"):
            self._refresh_answers()
        if changes.touches("working_groups", "members"):
            self.chosen.rebuild()

    def _refresh_answers(self) -> None:
        item, state = self.item, self.step_state
        if item is None or item.kind != "question_round" or state.meeting is None:
            self.answers.set_cards([])
            return
        names = {m.id: m.name for m in self.ctx.read(committees.list_members, state.meeting.committee_id)}
        self.answers.set_cards([Card(names.get(a.member_id, "?"), a.text)
                                for a in self.ctx.read(capture.list_answers, item.pk)
                                if a.text.strip()])

    # --- what is shown (tests) ------------------------------------------------------------

    def answer_texts(self) -> list[str]:
        return self.answers.texts()

    def group_cards(self) -> dict[str, list[str]]:
        return self.inputs.cards()

    def hidden_inputs(self) -> dict[str, int]:
        return self.inputs.hidden()

    def chosen_texts(self) -> list[str]:
        return self.chosen.texts()


def projector_of(ctx: AppContext) -> ProjectorWindow:
    """The one projector window of ``ctx`` (the room has one wall), made on first use."""
    projector = ctx.projector
    if projector is None or not shiboken6.isValid(projector):
        projector = ctx.projector = ProjectorWindow(ctx)
    return projector
