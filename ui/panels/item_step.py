"""The tool of the meeting's current step, one widget per job, as both layouts show it.

Question round, group forming, inputs and pejlemærker, dot voting, working groups, the
closing, or what an item is about. The secretary's layout (capture) and the chair's
(run mode) each place one ``ItemStepView``; both follow the context's one
``MeetingStep``, and choosing a group-work tab moves the meeting's step, so the other
layout and the projector follow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.models import AgendaItem
from workshop.services import referat as referat_service
from workshop.steps import GROUP_STEPS

from ui.context import AppContext
from ui.date_field import DateField
from ui.field_errors import errors_at
from ui.meeting_step import meeting_step
from ui.panels.dot_voting import VotesView
from ui.panels.group_forming import GroupFormingView
from ui.panels.group_inputs import InputsView
from ui.panels.question_round import QuestionRoundView
from ui.panels.working_groups import WorkingGroupsView
from ui.qt_typed import QT_TRANSLATE_NOOP

_STEP_NAMES = {"groups": QT_TRANSLATE_NOOP("ItemStepView", "Grupper"),
               "inputs": QT_TRANSLATE_NOOP("ItemStepView", "Input og pejlemærker"),
               "votes": QT_TRANSLATE_NOOP("ItemStepView", "Prioritering")}


def step_name(step: str) -> str:
    """A step's name in the UI language; "" for the one step of most items."""
    return QCoreApplication.translate("ItemStepView", str(_STEP_NAMES[step])) if step in _STEP_NAMES else ""


def paragraphs(text: str) -> str:
    """``text`` as HTML the way it was typed: a blank line starts a paragraph, a line break stays one."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join("<p>" + "<br>".join(escape(line) for line in b.strip("\n").split("\n")) + "</p>"
                   for b in blocks)


class ItemSummary(QTextBrowser):
    """What an item without a tool of its own is about: resumé, indstilling, questions."""

    def show_item(self, item: AgendaItem | None) -> None:
        if item is None:
            self.setHtml("")
            return
        parts = []
        if item.summary:
            heading = self.tr("Resumé")  # each tr() outside an f-string: lupdate does not read inside one
            parts.append(f"<h3>{escape(heading)}</h3>{paragraphs(item.summary)}")
        if item.presentation:  # the templates' Velkomst and Afrunding say what happens here, and nothing else
            heading = self.tr("Sagsfremstilling")
            parts.append(f"<h3>{escape(heading)}</h3>{paragraphs(item.presentation)}")
        if item.recommendations:
            who = (self.tr("{who} indstiller").format(who=escape(item.recommended_by)) if item.recommended_by
                   else escape(self.tr("Indstilling")))
            rows = "".join(f"<li>{escape(r)}</li>" for r in item.recommendations)
            parts.append(f"<h3>{who}</h3><ol>{rows}</ol>")
        if item.discussion_questions:
            rows = "".join(f"<li>{escape(q)}</li>" for q in item.discussion_questions)
            heading = self.tr("Drøftelsesspørgsmål")
            parts.append(f"<h3>{escape(heading)}</h3><ul>{rows}</ul>")
        if item.perspectives:
            heading = self.tr("Perspektiver")
            parts.append(f"<p><b>{escape(heading)}:</b> {escape(', '.join(item.perspectives))}</p>")
        if not parts:
            hint = self.tr("Skriv beslutningen og eventuelle tilførsler nedenfor.")
            parts.append(f"<p>{escape(hint)}</p>")
        self.setHtml("".join(parts))


class ClosingView(QWidget):
    """The closing step: "Hæv mødet", and the "hævet kl." time, which can be corrected until the referat is sent."""

    def __init__(self, ctx: AppContext, close_meeting: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = meeting_step(ctx)
        self.text = QLabel()
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.close_button = QPushButton(self.tr("Hæv mødet…"))
        self.close_button.clicked.connect(close_meeting)
        self.ended = QLineEdit()
        self.ended.setAccessibleName(self.tr("Hævet kl."))
        self.ended.setPlaceholderText(self.tr("TT:MM"))
        self.ended.setMaximumWidth(90)
        self.ended.returnPressed.connect(self.correct)
        self.ended.editingFinished.connect(self.correct)
        self.next_meeting = DateField(self.tr("Næste møde"))
        self.next_meeting.setMaximumWidth(260)
        self.next_meeting.edited.connect(self._save_next_meeting)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Hævet kl.")))
        row.addWidget(self.ended)
        row.addStretch(1)
        next_row = QHBoxLayout()
        next_row.addWidget(QLabel(self.tr("Næste møde")))
        next_row.addWidget(self.next_meeting)
        next_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addLayout(next_row)
        layout.addStretch(1)
        self._shown: tuple[int | None, int | None] | None = None  # the meeting and item the fields show
        self._item: AgendaItem | None = None

    def refresh(self) -> None:
        item = self.step.item
        shown = (self.step.meeting_id, item.id if item is not None else None)
        moved = shown != self._shown
        if moved and self.next_meeting.edit.hasFocus():
            self.next_meeting.commit()  # a date typed for the item shown until now is saved there
        self._shown, self._item = shown, item
        ended = self.step.ended_at
        self.text.setText(self.tr("Mødet blev hævet kl. {time}. Tidspunktet kan rettes, indtil referatet"
                                  " er sendt.").format(time=ended) if ended else
                          self.tr('Tryk "Hæv mødet", når mødet slutter; klokkeslættet kommer i referatet.'))
        self.close_button.setEnabled(self.step.meeting is not None and not ended)
        # Another meeting or item: its values, focus or not (a time or date left from the one before
        # would be saved to this one when the field is left).
        if not self.ended.hasFocus() or moved:
            self.ended.setText(ended or "")
        if self.step.meeting is not None:
            self.next_meeting.near = self.step.meeting.starts_at.date()
        if not self.next_meeting.edit.hasFocus() or moved:
            self.next_meeting.set_value(item.next_meeting_on if item is not None else None)

    def _save_next_meeting(self, value: date | None) -> None:
        """The date typed or picked, for the item shown: one undo step; refused, the message stands
        next to the field."""
        item = self._item
        if item is None or item.kind != "closing" or value == item.next_meeting_on:
            return
        with errors_at(self.ctx, self.next_meeting.edit) as refused:
            self.step.edits.set_next_meeting(item.pk, item.next_meeting_on, value, item.version)
        if refused:
            self.next_meeting.set_value(item.next_meeting_on)

    def correct(self) -> None:
        from ui.meeting_actions import set_clock

        changed = self.ended.text().strip() != (self.step.ended_at or "")
        if not changed:
            return
        with errors_at(self.ctx, self.ended):  # "… er ikke et klokkeslæt", "sendt til godkendelse": at the field
            set_clock(self.ctx, self.step, self.ended.text())
        self.ended.setText(self.step.ended_at or "")  # refused: as it was; saved: as stored ("19.10" is 19:10)


class ItemStepView(QWidget):
    """The current step's tool; ``set_meeting`` is the layout's, the step comes from ``MeetingStep``."""

    def __init__(self, ctx: AppContext, close_meeting: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = meeting_step(ctx)
        self.edits = self.step.edits
        self.item: AgendaItem | None = None
        self._deferred = False  # group work chosen while hidden: built when shown (bench figure 1b)
        self._shown: tuple[int | None, int | None, str] = (None, None, "")

        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("background: #fff4c2; color: #4d3d00; padding: 6px; border-radius: 3px;")
        self.locked.hide()
        self.empty = QLabel(self.tr("Vælg et møde med en dagsorden."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = ItemSummary()
        self.question_round = QuestionRoundView(ctx)
        self.groups = GroupFormingView(ctx, self.edits)
        self.inputs = InputsView(ctx, self.edits)
        self.votes = VotesView(ctx, self.edits)
        self.group_tabs = QTabWidget()
        self.group_tabs.setObjectName("group_steps")
        self.group_tabs.addTab(self.groups, self.tr("1. Grupper"))
        self.group_tabs.addTab(self.inputs, self.tr("2. Input og pejlemærker"))
        self.group_tabs.addTab(self.votes, self.tr("3. Prioritering"))
        self.group_tabs.currentChanged.connect(self._tab_chosen)
        self.working_groups = WorkingGroupsView(ctx, self.edits)
        self.closing = ClosingView(ctx, close_meeting)
        self.pages = QStackedWidget()
        for page in (self.empty, self.summary, self.question_round, self.group_tabs, self.working_groups,
                     self.closing):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.locked)
        layout.addWidget(self.pages, 1)
        self.step.leaving.connect(self.flush)
        self.step.moved.connect(self.show_step)
        self.step.refreshed.connect(self._refreshed)
        self.show_step()

    def page_for(self, item: AgendaItem | None) -> QWidget:
        if item is None:
            return self.empty
        return {"question_round": self.question_round, "group_work": self.group_tabs,
                "working_groups": self.working_groups, "closing": self.closing}.get(item.kind, self.summary)

    def show_step(self) -> None:
        """Show the meeting's current item and step (another item: the last one's typing is saved first)."""
        item = self.step.item
        page = self.page_for(item)
        key = (self.step.meeting_id, item.id if item else None, self.step.step)
        if key != self._shown:
            self.flush()  # typing on the step left behind is saved there, not carried along
        self._shown = key
        self.item = item
        self._deferred = page is self.group_tabs and not self.isVisible()
        if self._deferred:
            # A column per group with every input (5,000 on a large meeting): not before it is shown,
            # e.g. at start-up behind the agenda (bench figure 1b).
            self.pages.setCurrentWidget(self.empty)
            return
        self.question_round.set_item(item if page is self.question_round else None)
        for view in (self.groups, self.inputs, self.votes):
            view.set_item(item if page is self.group_tabs else None)
        self.working_groups.set_item(item if page is self.working_groups else None)
        if page is self.summary:
            self.summary.show_item(item)
        if page is self.group_tabs:
            steps = list(GROUP_STEPS)
            index = steps.index(self.step.step) if self.step.step in steps else 0
            blocked = self.group_tabs.blockSignals(True)
            self.group_tabs.setCurrentIndex(index)
            self.group_tabs.blockSignals(blocked)
        self.closing.refresh()
        self.pages.setCurrentWidget(page)
        self._show_lock()

    def _refreshed(self) -> None:
        """The same step; the item's text, the meeting's end or the referat's state changed."""
        item = self.step.item
        if item is not None and self.item is not None and item.id == self.item.id and not self._deferred:
            self.item = item
            page = self.page_for(item)
            if page is self.question_round:
                self.question_round.set_item(item)  # the same item: only its question is shown anew
            elif page is self.group_tabs:
                self.inputs.set_item(item)
            elif page is self.summary:
                self.summary.show_item(item)
        self.closing.refresh()
        self._show_lock()

    def _tab_chosen(self, index: int) -> None:
        """A group-work tab chosen by hand: that is the meeting's step now, for everyone."""
        item = self.step.item
        if item is not None and item.kind == "group_work" and 0 <= index < len(GROUP_STEPS) \
                and GROUP_STEPS[index] != self.step.step:
            self.flush()
            if not self.step.go_to(item.pk, GROUP_STEPS[index]):
                self.show_step()  # refused: back to the step the meeting is on

    def _show_lock(self) -> None:
        """Once the referat is sent or approved the services refuse changes: say so, and offer none."""
        meeting_id = self.step.meeting_id
        state = self.ctx.read(referat_service.referat_state, meeting_id) if meeting_id else None
        status = (state or {}).get("status", "draft")
        version = (state or {}).get("version", 1)
        text = {"sent": self.tr("Referatet (version {v}) er sendt til godkendelse, så mødet kan ikke ændres."),
                "approved": self.tr("Referatet (version {v}) er godkendt og låst. Start en rettelse under"
                                    " Referat for at ændre noget.")}.get(status, "")
        self.locked.setText(text.format(v=version))
        self.locked.setVisible(bool(text))
        for page in (self.question_round, self.groups, self.inputs, self.votes, self.working_groups, self.closing):
            page.setEnabled(not text)

    def flush(self) -> None:
        """Save every field typed into but not yet left, and every open cell editor."""
        for view in self.findChildren(QAbstractItemView):
            if view.state() == QAbstractItemView.State.EditingState:
                editor = view.indexWidget(view.currentIndex()) or QApplication.focusWidget()
                if editor is not None and view.isAncestorOf(editor):
                    view.commitData(editor)
                    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.question_round.flush()
        self.groups.flush()
        self.inputs.flush()
        self.working_groups.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._deferred:
            self.show_step()
