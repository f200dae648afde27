"""The projector window: what the room sees, large and high-contrast, with nothing to edit.

It follows ``ctx.changed`` (no polling) and re-reads only the kinds a change
names, so a keystroke on the chair's laptop is on the wall within milliseconds.
Run mode tells it which phase of group work to show (``set_view``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError
from workshop.models import AgendaItem, Input
from workshop.services import candidates, capture, meetings

from ui.context import AppContext
from ui.input_origin import input_origin
from ui.panels import run_state
from ui.panels.run_vote_bars import Bar, VoteBars
from ui.room_badge import RoomBadge
from ui.timer import StepTimer

VIEWS = ("text", "answers", "inputs", "votes", "chosen")
GROUP_WORK_VIEWS = ("inputs", "votes", "chosen")

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


def _clear(layout: QGridLayout | QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()  # at once: deleteLater waits for the event loop, and a grab would still paint it
            widget.deleteLater()
        elif child.layout() is not None:
            _clear(child.layout())  # type: ignore[arg-type]


class _GroupColumn:
    """One group on the inputs page: its newest cards, and how many older ones do not fit."""

    def __init__(self, layout: QVBoxLayout, more: QLabel) -> None:
        self.layout = layout
        self.more = more
        self.cards: list[QLabel] = []
        self.hidden = 0
        self.last: tuple[int, int] | None = None  # (position, id) of the newest card

    def show_more(self, text: str) -> None:
        self.more.setText(text.replace("%1", str(self.hidden)))
        self.more.setVisible(self.hidden > 0)


def _label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ProjectorWindow(QWidget):
    """A second, frameless full-screen window; a normal window when there is one screen."""

    closed = Signal()

    def __init__(self, ctx: AppContext, timer: StepTimer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Workshop – projektor"))
        self.meeting_id: int | None = None
        self.item: AgendaItem | None = None
        self.items: list[AgendaItem] = []
        self.names: dict[int, str] = {}
        self.view = "text"
        self._group_view = "inputs"
        self._columns: dict[int, _GroupColumn] = {}  # group id -> its column on the inputs page
        self._input_ids: set[int] = set()  # every input of the item, shown as a card or counted in "+N"
        self._fit = 0  # cards per column at the size the inputs page was built for
        self.scale = 1.0
        self.timer = timer or StepTimer(self)
        self._own_timer = timer is None

        self.title = _label("", "projector_title")
        self.step = _label("", "projector_step")
        self.question = _label("", "projector_question")
        self.timer_label = _label("", "projector_timer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overrun_label = _label("", "projector_overrun", wrap=False)
        self.overrun_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.step, 1, 0)
        head.addWidget(self.timer_label, 0, 1, 2, 1)
        head.addWidget(self.overrun_label, 2, 1)
        head.addWidget(self.question, 2, 0)
        head.setColumnStretch(0, 1)

        self.content = QStackedWidget()
        self.content.setObjectName("projector_content")
        self.text_page = _label("", "projector_text")
        self.text_page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answers = QWidget()
        self.answers.setObjectName("projector_answers")
        self.answers_layout = QGridLayout(self.answers)
        self.inputs = QWidget()
        self.inputs.setObjectName("projector_groups")
        self.inputs_layout = QHBoxLayout(self.inputs)
        self.bars = VoteBars()
        self.bars.setObjectName("projector_bars")
        votes_page = QWidget()
        votes_layout = QVBoxLayout(votes_page)
        self.votes_heading = _label(self.tr("Prioritering"), "projector_heading")
        votes_layout.addWidget(self.votes_heading)
        votes_layout.addWidget(self.bars, 1)
        self.chosen = QWidget()
        self.chosen.setObjectName("projector_chosen")
        self.chosen_layout = QVBoxLayout(self.chosen)
        pages = {"text": self.text_page, "answers": self.answers, "inputs": self.inputs,
                 "votes": votes_page, "chosen": self.chosen}
        self._pages: dict[str, QWidget] = {}
        for name in VIEWS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(pages[name])
            self._pages[name] = scroll
            self.content.addWidget(scroll)

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

        for keys, step in (("Ctrl++", 0.1), ("Ctrl+=", 0.1), ("Ctrl+-", -0.1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.zoom(s))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.set_scale(1.0))
        QShortcut(QKeySequence("Esc"), self, self.close)

        self._apply_style()
        self.timer.ticked.connect(self._show_time)
        ctx.changed.connect(self._on_changed)
        ctx.meeting_selected.connect(self.set_meeting)

    # --- placing the window ---------------------------------------------------

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
            self.resize(1280, 720)
            self.showNormal()
            return
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closed.emit()
        super().closeEvent(event)

    # --- font scale -------------------------------------------------------------

    def zoom(self, step: float) -> None:
        self.set_scale(self.scale + step)

    def set_scale(self, scale: float) -> None:
        self.scale = max(0.5, min(3.0, round(scale, 2)))
        self._apply_style()
        if self._fit and self._fit != self._cards_that_fit():
            self._refresh_inputs()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit and self._fit != self._cards_that_fit():
            self._refresh_inputs()

    def _apply_style(self) -> None:
        s = self.scale
        self.setStyleSheet(_STYLE.format(body=round(30 * s), small=round(24 * s), h1=round(56 * s),
                                         h2=round(38 * s)))
        self.bars.set_scale(s * 1.4)

    # --- what to show -----------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def set_view(self, view: str) -> None:
        """Run mode's group-work phase: ``inputs``, ``votes`` or ``chosen``."""
        if view in GROUP_WORK_VIEWS:
            self._group_view = view
        self._choose_view()

    def refresh(self) -> None:
        """Re-read everything (a new meeting, or a change of step)."""
        self._read_step()
        self._refresh_answers()
        self._refresh_inputs()
        self._refresh_votes()
        self._refresh_chosen()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None or changes.meeting_id not in (None, self.meeting_id):
            return
        if changes.touches("meetings", "items"):
            self.refresh()
            return
        if changes.touches("members", "attendance"):
            self.names = run_state.member_names(self.ctx.db, self.meeting_id)
        if changes.touches("answers", "members"):
            self._refresh_answers()
        if changes.touches("groups", "inputs", "members") and not self._append_input(changes):
            self._refresh_inputs()
        if changes.touches("candidates"):
            self._refresh_votes()
        if changes.touches("candidates", "working_groups", "members"):
            self._refresh_chosen()

    def _read_step(self) -> None:
        self.item, self.items = None, []
        if self.meeting_id is None:
            for label in (self.title, self.step, self.question, self.text_page):
                label.setText("")
            if self._own_timer:
                self.timer.set_box(None, None)
            return
        try:
            meeting = meetings.get_meeting(self.ctx.db, self.meeting_id)
        except NotFoundError:
            self.meeting_id = None
            self._read_step()
            return
        self.names = run_state.member_names(self.ctx.db, self.meeting_id)
        self.items, self.item = run_state.current_item(self.ctx.db, self.meeting_id)
        number = f"{meeting.number}. " if meeting.number else ""
        self.title.setText(f"{number}{meeting.title}")
        item = self.item
        if item is None:
            self.step.setText("")
            self.question.setText("")
            self.text_page.setText("")
        else:
            self.step.setText(run_state.step_heading(self.items, item))
            self.question.setText(item.question)
            self.question.setVisible(bool(item.question))
            self.text_page.setText(self._item_text(item))
        if meeting.ended_at:
            self.question.setText(self.tr("Mødet er hævet kl. %1").replace("%1", meeting.ended_at))
            self.question.setVisible(True)
        if self._own_timer:
            running = item is not None and not meeting.ended_at
            self.timer.set_box(item.started_at if running else None,  # type: ignore[union-attr]
                               item.planned_minutes if running else None)  # type: ignore[union-attr]
        self._show_time(self.timer.seconds_left() or 0)
        self._choose_view()

    @staticmethod
    def _item_text(item: AgendaItem) -> str:
        parts: list[str] = []
        if item.summary:
            parts.append(item.summary)
        if item.discussion_questions:
            parts.append("\n".join(f"• {q}" for q in item.discussion_questions))
        if item.perspectives:
            parts.append("Perspektiver:\n" + "\n".join(f"• {p}" for p in item.perspectives))
        return "\n\n".join(parts)

    def _choose_view(self) -> None:
        kind = self.item.kind if self.item is not None else ""
        if kind == "question_round":
            view = "answers"
        elif kind == "group_work":
            view = self._group_view
        elif kind in ("working_groups", "closing"):
            view = "chosen"
        else:
            view = "text"
        self.view = view
        self.content.setCurrentWidget(self._pages[view])

    def _show_time(self, seconds_left: int) -> None:
        text = self.timer.text()
        self.timer_label.setText(text)
        overrun = self.timer.overrun()
        self.overrun_label.setText(overrun)
        self.timer_label.setProperty("overrun", bool(overrun))
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    # --- live content -------------------------------------------------------------

    def _refresh_answers(self) -> None:
        _clear(self.answers_layout)
        if self.item is None or self.item.kind != "question_round":
            return
        answers = capture.list_answers(self.ctx.db, self.item.id)  # type: ignore[arg-type]
        columns = 2 if len(answers) > 4 else 1
        for n, answer in enumerate(answers):
            card = _label(f"{self.names.get(answer.member_id, '?')}: {answer.text}", "card")
            self.answers_layout.addWidget(card, n // columns, n % columns)
        self.answers_layout.setRowStretch(self.answers_layout.rowCount(), 1)

    def answer_texts(self) -> list[str]:
        """What the answers page shows, in order (for tests and the referat check)."""
        labels = [self.answers_layout.itemAt(i).widget() for i in range(self.answers_layout.count())]
        return [w.text() for w in labels if isinstance(w, QLabel)]

    def _group_work_item(self) -> AgendaItem | None:
        if self.item is not None and self.item.kind == "group_work":
            return self.item
        gw = run_state.group_work_items(self.items)
        return gw[-1] if gw else None

    def _cards_that_fit(self) -> int:
        """How many input cards a column can show at this window height and font scale.

        Estimated from the style sheet's sizes (line height ~1.25 × font size): the
        window margins and the header above the page, the group's name, members and
        "+N flere" lines, and cards of one line with their padding and spacing. At
        least three. A column cannot show 1,250 cards anyway, and building them
        took 46 s on the large meeting (bench figure 3).
        """
        s = self.scale
        page = self.height() - 64 - 16 - (24 + 56 + 38) * 1.25 * s
        free = page - (38 + 24 + 24) * 1.25 * s - 3 * 8 - 22
        card = 30 * 1.25 * s + 16 + 8
        return max(3, int(free // card))

    def _more_text(self) -> str:
        return self.tr("+%1 flere")

    def _refresh_inputs(self) -> None:
        _clear(self.inputs_layout)
        self._columns, self._input_ids, self._fit = {}, set(), 0
        item = self._group_work_item()
        if item is None:
            return
        groups = capture.list_groups(self.ctx.db, item.id)  # type: ignore[arg-type]
        members = capture.group_members(self.ctx.db, item.id)  # type: ignore[arg-type]
        # Hidden inputs (the secretary's choice) stay off the wall; the referat still prints them.
        inputs = [i for i in capture.list_inputs(self.ctx.db, item.id) if not i.hidden]  # type: ignore[arg-type]
        self._fit = self._cards_that_fit()
        by_group: dict[int, list[Input]] = {}
        for inp in inputs:
            by_group.setdefault(inp.group_id, []).append(inp)
            self._input_ids.add(inp.id)  # type: ignore[arg-type]
        for group in groups:
            layout = QVBoxLayout()
            layout.setSpacing(8)
            self.inputs_layout.addLayout(layout, 1)  # first: its labels get a parent before show/hide
            layout.addWidget(_label(group.name, "card_title"))
            who = ", ".join(self.names.get(m, "?").split(" ")[0] for m in members.get(group.id, []))  # type: ignore[arg-type]
            layout.addWidget(_label(who, "card_small"))
            more = _label("", "card_small")
            layout.addWidget(more)
            column = _GroupColumn(layout, more)
            own = by_group.get(group.id, [])  # type: ignore[arg-type]
            column.hidden = max(0, len(own) - self._fit)
            for inp in own[column.hidden:]:  # the newest that fit; older ones are counted
                card = _label(self._card_text(inp), "card")
                layout.addWidget(card)
                column.cards.append(card)
            if own:
                column.last = (own[-1].position, own[-1].id)  # type: ignore[assignment]
            column.show_more(self._more_text())
            layout.addStretch(1)
            self._columns[group.id] = column  # type: ignore[index]

    def _append_input(self, changes: ChangeSet) -> bool:
        """Show a just-added input as its group's newest card; False when the page must be rebuilt."""
        if changes.kinds != {"inputs"} or changes.id is None or changes.id in self._input_ids \
                or not self._fit:
            return False
        inp = capture.get_input(self.ctx.db, changes.id)
        column = self._columns.get(inp.group_id) if inp is not None else None
        if inp is None or column is None or inp.hidden \
                or (column.last is not None and (inp.position, inp.id) < column.last):
            return False
        card = _label(self._card_text(inp), "card")
        column.layout.insertWidget(column.layout.count() - 1, card)  # above the stretch
        column.cards.append(card)
        while len(column.cards) > self._fit:
            oldest = column.cards.pop(0)
            column.layout.removeWidget(oldest)
            oldest.hide()
            oldest.deleteLater()
            column.hidden += 1
        column.last = (inp.position, inp.id)  # type: ignore[assignment]
        column.show_more(self._more_text())
        self._input_ids.add(inp.id)  # type: ignore[arg-type]
        return True

    def _card_text(self, inp: Input) -> str:
        """The input, and under it who gave it when a member did (``Anne Hansen · telefon``)."""
        origin = input_origin(inp.origin, self.names.get(inp.member_id) if inp.member_id is not None else None)
        return f"{inp.text}\n— {origin}" if origin else inp.text

    def set_room_url(self, url: str | None) -> None:
        """Show the QR code and the address while the room is open, nothing when it is closed."""
        self.room_badge.set_url(url)

    def group_cards(self) -> dict[str, list[str]]:
        """Group name -> the input cards shown under it, in order (for tests)."""
        result: dict[str, list[str]] = {}
        for i in range(self.inputs_layout.count()):
            column = self.inputs_layout.itemAt(i).layout()
            labels = [column.itemAt(j).widget() for j in range(column.count())]
            labels = [w for w in labels if isinstance(w, QLabel)]
            result[labels[0].text()] = [w.text() for w in labels[2:] if w.objectName() == "card"]
        return result

    def hidden_inputs(self) -> dict[str, int]:
        """Group name -> how many older inputs the "+N flere" line stands for (for tests)."""
        return {c.layout.itemAt(0).widget().text(): c.hidden for c in self._columns.values()}

    def _refresh_votes(self) -> None:
        item = self._group_work_item()
        if item is None:
            self.bars.set_bars([])
            return
        ranked = candidates.ranked(self.ctx.db, item.id)  # type: ignore[arg-type]
        self.bars.set_bars([Bar(c.title, c.votes, c.status == "chosen") for c in ranked
                            if c.status != "rejected"])

    def _refresh_chosen(self) -> None:
        _clear(self.chosen_layout)
        if self.meeting_id is None:
            return
        chosen = run_state.chosen_candidates(self.ctx.db, self.items)
        self.chosen_layout.addWidget(_label(self.tr("Valgte pejlemærker"), "projector_heading"))
        for n, cand in enumerate(chosen, start=1):
            self.chosen_layout.addWidget(_label(f"{n}. {cand.title}", "card"))
        if not chosen:
            self.chosen_layout.addWidget(_label(self.tr("Ingen valgt endnu"), "card_small"))
        groups = run_state.meeting_working_groups(self.ctx.db, self.items, self.names)
        if groups:
            self.chosen_layout.addSpacing(16)
            self.chosen_layout.addWidget(_label(self.tr("Arbejdsgrupper"), "projector_heading"))
            for view in groups:
                wg = view.group
                lines = [wg.name]
                if wg.mandate:
                    lines.append(wg.mandate)
                if view.members:
                    lines.append(", ".join(view.members))
                dates = []
                if wg.meets_on:
                    dates.append(f"Første møde {wg.meets_on.strftime('%d.%m.%Y')}")
                if wg.reports_to:
                    dates.append(f"melder tilbage {wg.reports_to.strftime('%d.%m.%Y')}")
                if dates:
                    lines.append(", ".join(dates))
                self.chosen_layout.addWidget(_label("\n".join(lines), "card"))
        self.chosen_layout.addStretch(1)

    def chosen_texts(self) -> list[str]:
        """Every card on the chosen page, in order (for tests)."""
        return [self.chosen_layout.itemAt(i).widget().text() for i in range(self.chosen_layout.count())
                if isinstance(self.chosen_layout.itemAt(i).widget(), QLabel)
                and self.chosen_layout.itemAt(i).widget().objectName() == "card"]
