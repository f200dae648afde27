"""The actions that run a meeting, once per window: start, step forward and back, close, the projector.

The main window puts them in its Møde menu; a layout in a window of its own (the chair's
second window) gets its own set. Either way the keys work wherever the window has the
focus, F1 lists them (``ui/shortcuts.py`` reads a window's actions), and every action
moves the one ``MeetingStep`` of the context, so every layout and the projector follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ui import shortcuts
from ui.context import AppContext
from ui.meeting_step import MeetingStep, meeting_step
from ui.projector import ProjectorWindow, projector_of

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


class MeetingActions(QObject):
    """Start, next/previous step, close ("Hæv mødet"), correct "hævet kl.", projector and its text size."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.step: MeetingStep = meeting_step(ctx)

        def action(name: str, slot: Callable[..., object]) -> QAction:
            """The window's action ``name`` from the shortcut registry: it works from every tab."""
            return shortcuts.action(name, window, slot, owner=window)

        def plain(text: str, slot: Callable[..., object]) -> QAction:
            """An action without a key (only from the menu and the buttons)."""
            act = QAction(text, window)
            act.triggered.connect(slot)
            return act

        self.start_action = plain(self.tr("Start mødet"), self.start)
        self.next_action = action("meeting.next", self.next)
        self.previous_action = action("meeting.previous", self.previous)
        self.close_action = plain(self.tr("Hæv mødet…"), self.close_meeting)
        self.ended_action = plain(self.tr("Ret hævet kl.…"), self.correct_ended_at)
        # On a shared server another laptop moves the meeting too; unchecked, this window stays put.
        self.pin_action = action("meeting.follow", self.step.set_pinned)
        self.pin_action.setCheckable(True)
        self.pin_action.setChecked(self.step.pinned)
        self.pin_action.setToolTip(self.tr("Følg mødets aktuelle trin, når en anden flytter det ({keys});"
                                           " slået fra bladrer du her alene, og mødet bliver, hvor det er")
                                   .format(keys=shortcuts.hint("meeting.follow")))
        self.step.pin_changed.connect(self.pin_action.setChecked)
        self.projector_action = action("meeting.projector", self.show_projector)
        self.projector_action.setCheckable(True)
        # The projector is on the wall and seldom has the focus: its text size is set from here.
        self.zoom_in_action = action("meeting.zoom_in", lambda: self.zoom(0.1))
        self.zoom_out_action = action("meeting.zoom_out", lambda: self.zoom(-0.1))
        self.step.moved.connect(self._update)
        self.step.refreshed.connect(self._update)
        self._update()

    def actions(self) -> list[QAction]:
        """In menu order (a ``None`` in the menu is a separator between the groups)."""
        return [self.start_action, self.previous_action, self.next_action, self.close_action,
                self.ended_action, self.pin_action, self.projector_action, self.zoom_in_action,
                self.zoom_out_action]

    def _update(self) -> None:
        step = self.step
        has = step.meeting is not None
        self.start_action.setEnabled(has and not step.started and bool(step.items))
        self.next_action.setEnabled(has and step.has_next())
        self.previous_action.setEnabled(has and step.has_previous())
        self.close_action.setEnabled(has and step.started and not step.ended_at)  # not before the start
        self.ended_action.setEnabled(has)
        projector = self.ctx.projector
        self.projector_action.setChecked(projector is not None and projector.isVisible())

    # --- the step ---------------------------------------------------------------------

    def start(self) -> None:
        self.step.start()

    def next(self) -> None:
        self.step.next()

    def previous(self) -> None:
        self.step.previous()

    def close_meeting(self) -> bool:
        """"Hæv mødet": asks first, then records the clock time; the referat tab comes next."""
        if self.step.meeting is None or self.step.ended_at or not self.step.started:
            return False  # closed already, or not started: a closed meeting records no item starts
        now = self.step.now().strftime("%H:%M")
        answer = QMessageBox.question(
            self.window, self.tr("Hæv mødet"),
            self.tr("Hæv mødet kl. {time}? Tidspunktet kommer i referatet og kan rettes,"
                    " indtil referatet er sendt.").format(time=now),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self.step.close():
            return False
        show_referat = getattr(self.window, "show_referat", None)
        if callable(show_referat):
            show_referat()
        return True

    def correct_ended_at(self) -> bool:
        """"Ret hævet kl.": a time as TT:MM (empty: not closed)."""
        if self.step.meeting is None:
            return False
        text, ok = QInputDialog.getText(self.window, self.tr("Hævet kl."),
                                        self.tr("Mødet blev hævet kl. (TT:MM):"),
                                        text=self.step.ended_at or "")
        if not ok:
            return False
        return set_clock(self.ctx, self.step, text)

    # --- the projector ------------------------------------------------------------------

    def show_projector(self, on: bool | None = None) -> ProjectorWindow | None:
        """Show (or with ``on`` False hide) the context's one projector window."""
        projector = projector_of(self.ctx)
        if on is None:
            on = self.projector_action.isChecked()
        if not on:
            projector.hide()
        else:
            projector.show_on_screen()
        self.projector_action.setChecked(projector.isVisible())
        return projector

    def zoom(self, step: float) -> None:
        projector = self.ctx.projector
        if projector is not None:
            projector.zoom(step)


def set_clock(ctx: AppContext, step: MeetingStep, text: str) -> bool:
    """Correct "hævet kl." from what the user typed (``21:05``, ``21.05``, ``9:05``); empty clears it."""
    found = _CLOCK.match(text)
    if text.strip() and not found:
        ctx.error.emit(QCoreApplication.translate("MeetingActions", '"{text}" er ikke et klokkeslæt; skriv fx 21:05')
                       .format(text=text.strip()))
        return False
    clock = f"{int(found.group(1)):02d}:{found.group(2)}" if found else ""
    return step.set_ended_at(clock)


def meeting_actions(window: QWidget, ctx: AppContext) -> MeetingActions:
    """The meeting actions of ``window`` (made on first use), so one window never has two sets."""
    actions = window.findChild(MeetingActions, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return actions if isinstance(actions, MeetingActions) else MeetingActions(ctx, window)
