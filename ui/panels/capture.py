"""Indfangning: the secretary's layout of the running meeting.

The meeting's current step with its tool (``ItemStepView``, the same widgets as the
chair's layout), and for every item the decision and the remarks at hand. The item
chooser and the step buttons move the meeting's one current step, so the chair's
layout and the projector follow; they follow it back when the chair moves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet

from ui.context import AppContext
from ui.meeting_actions import MeetingActions, meeting_actions
from ui.meeting_step import meeting_step
from ui.panels.agenda_templates import kind_label
from ui.panels.capture_decision import DecisionView
from ui.panels.group_inputs import InputsView
from ui.panels.item_step import ItemStepView, step_name
from ui.panels.question_round import QuestionRoundView
from ui.panels.working_groups import WorkingGroupsView


class CapturePanel(QWidget):
    """The secretary's screen while the meeting runs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = meeting_step(ctx)
        self.meeting_actions: MeetingActions = meeting_actions(self.window(), ctx)

        self.selector = QComboBox()
        self.selector.setAccessibleName(self.tr("Dagsordenspunkt"))
        self.selector.setMinimumWidth(320)
        self.selector.activated.connect(self._item_chosen)
        self.prev_button = QPushButton(self.tr("◀ Forrige"))
        self.prev_button.setToolTip(self.tr("Forrige trin (Ctrl+PgUp)"))
        self.prev_button.clicked.connect(self.meeting_actions.previous_action.trigger)
        self.next_button = QPushButton(self.tr("Næste ▶"))
        self.next_button.setToolTip(self.tr("Næste trin (Ctrl+PgDown)"))
        self.next_button.clicked.connect(self.meeting_actions.next_action.trigger)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: 600;")
        self.state_label = QLabel()
        self.close_button = QPushButton(self.tr("Hæv mødet…"))
        self.close_button.clicked.connect(self.meeting_actions.close_action.trigger)
        self.pin_button = QToolButton()
        self.pin_button.setDefaultAction(self.meeting_actions.pin_action)
        self.pin_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Punkt")))
        top.addWidget(self.prev_button)
        top.addWidget(self.selector, 1)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.step_label)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.pin_button)
        top.addWidget(self.close_button)

        self.view = ItemStepView(ctx, self.meeting_actions.close_action.trigger)
        self.decision = DecisionView(ctx)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.decision)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 200])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.step.leaving.connect(self.decision.flush)
        self.step.moved.connect(self._show_step)
        self.step.refreshed.connect(self._show_state)
        self.step.pin_changed.connect(lambda _pinned: self._show_state())
        ctx.changed.connect(self._on_changed)
        self._show_step()

    # --- the pieces both layouts share, by the names tests and the main window use -----------

    @property
    def answers(self) -> QuestionRoundView:
        return self.view.question_round

    @property
    def groups(self) -> InputsView:
        return self.view.inputs

    @property
    def working_groups(self) -> WorkingGroupsView:
        return self.view.working_groups

    # --- meeting and step ----------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Save what is typed on the meeting left behind; the layout shows the context's
        ``MeetingStep``, which follows the selected meeting by itself."""
        self.flush()

    def menu_actions(self) -> list[QAction]:
        """None of its own: the meeting's actions are the window's (``ui/meeting_actions.py``)."""
        return []

    def _show_step(self) -> None:
        step = self.step
        self.selector.blockSignals(True)
        self.selector.clear()
        for n, item in enumerate(step.items, start=1):
            self.selector.addItem(f"{n}. {item.title}", item.id)
        self.selector.setCurrentIndex(self.selector.findData(step.item.id) if step.item else -1)
        self.selector.blockSignals(False)
        current = step.item
        self.decision.setVisible(current is not None)
        if current is not None and step.meeting_id is not None and (
                self.decision.item_id != current.id or self.decision.meeting_id != step.meeting_id):
            self.decision.set_item(step.meeting_id, current)
        elif current is None:
            self.decision.flush()
            self.decision.item_id = self.decision.meeting_id = None
            self.decision.results.show_blocks(())
        self._show_state()

    def _show_state(self) -> None:
        step = self.step
        item = step.item
        if [self.selector.itemData(i) for i in range(self.selector.count())] != [i.id for i in step.items] or \
                [self.selector.itemText(i) for i in range(self.selector.count())] != [
                    f"{n}. {i.title}" for n, i in enumerate(step.items, start=1)]:
            self._show_step()
            return
        name = step_name(step.step) if item is not None else ""
        self.step_label.setText(" · ".join(x for x in (kind_label(item.kind) if item else "", name) if x))
        if step.ended_at:
            state = self.tr("hævet kl. {time}").format(time=step.ended_at)
        elif not step.started:
            state = self.tr("mødet er ikke startet")
        elif item is not None and item.started_at:
            state = self.tr("startet {time}").format(time=item.started_at.strftime("%H:%M"))
        else:
            state = ""
        if not step.pinned:
            state = self.tr("{state} · du bladrer alene; mødet er på {where}").format(
                state=state, where=self._meeting_at()) if state else self.tr(
                "du bladrer alene; mødet er på {where}").format(where=self._meeting_at())
        self.state_label.setText(state)
        self.next_button.setText(self.tr("Næste ▶") if step.started else self.tr("Start mødet ▶"))
        self.next_button.setEnabled(step.has_next())
        self.prev_button.setEnabled(step.has_previous())
        self.close_button.setEnabled(step.meeting is not None and step.started and not step.ended_at)
        self.selector.setEnabled(bool(step.items))

    def _meeting_at(self) -> str:
        """Where the meeting itself is while this window browses alone: "punkt 3"."""
        meeting = self.step.meeting
        number = next((n for n, i in enumerate(self.step.items, start=1)
                       if meeting is not None and i.id == meeting.current_item_id), 0)
        return self.tr("punkt {n}").format(n=number) if number else self.tr("intet punkt endnu")

    def _item_chosen(self, index: int) -> None:
        """An item chosen in the list becomes the meeting's current step (for the chair and the wall too)."""
        item_id = self.selector.itemData(index)
        if item_id is not None and not self.step.go_to(item_id):
            self._show_step()

    def flush(self) -> None:
        """Save every field the user has typed into but not yet left."""
        self.view.flush()
        self.decision.flush()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.decision.item_id is not None and changes.meeting_id in (None, self.decision.meeting_id):
            self.decision.refresh(changes)
