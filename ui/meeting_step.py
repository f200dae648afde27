"""The meeting's one current item and step, as every layout and the projector follow it.

The step lives in the database (``Meeting.current_item_id`` / ``current_step``, see
``workshop/steps.py``); this object is its reading for one ``AppContext``: it re-reads
when a ``ChangeSet`` names meetings or items, whoever wrote it, and announces a move.
The secretary's layout, the chair's layout and the projector all listen to the same
instance (``meeting_step(ctx)``), and moving in any of them is one undoable command, so
the others follow. Another laptop on a shared server follows the same way: its change sets
arrive through ``ctx.changed`` (``ui/live_link.py``). Unpinned (``set_pinned(False)``, "Følg
mødet" off) this window keeps its own (item, step): moving then browses here only, without
moving the meeting, and pinning again returns to the meeting's current step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError
from workshop.models import AgendaItem, Meeting
from workshop.services import agenda, meetings
from workshop.steps import neighbour, steps_of

from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits
from ui.timer import StepTimer


class MeetingStep(QObject):
    """The selected meeting's current (item, step), its agenda and the step's count-down."""

    leaving = Signal()  # about to move: save what is typed on the step left behind, as its own undo step
    moved = Signal()  # another meeting, item or step: show it
    refreshed = Signal()  # the same step, but the meeting or the agenda changed (titles, times, "hævet kl.")
    pin_changed = Signal(bool)  # True: this window follows the meeting's step; False: it browses on its own

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.edits = MeetingEdits(ctx)
        self.now: Callable[[], datetime] = datetime.now  # the clock for recorded starts (fixed in tests)
        self.timer = StepTimer(self, now=lambda: self.now())
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None
        self.items: list[AgendaItem] = []
        self.item: AgendaItem | None = None  # the current item; the first one before the meeting starts
        self.step = ""
        self.pinned = True
        self._own: tuple[int, str] | None = None  # (item id, step) shown while unpinned
        ctx.changed.connect(self._on_changed)
        ctx.meeting_selected.connect(self.follow)
        self.follow(ctx.meeting_id)

    # --- what is current ------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.meeting is not None and self.meeting.current_item_id is not None

    @property
    def ended_at(self) -> str | None:
        return self.meeting.ended_at if self.meeting is not None else None

    @property
    def key(self) -> tuple[int | None, int | None, str]:
        return self.meeting_id, self.item.id if self.item else None, self.step

    def number(self) -> int:
        """The current item's number on the agenda (1-based), 0 without one."""
        return next((n for n, i in enumerate(self.items, start=1) if self.item and i.id == self.item.id), 0)

    def follow(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (the selected meeting); nothing happens if it is already shown."""
        if meeting_id == self.meeting_id and (meeting_id is None or self.meeting is not None):
            return
        self.leaving.emit()  # what is typed (an open cell editor too) is saved in the meeting it belongs to
        self.meeting_id = meeting_id
        self._read()
        self.moved.emit()

    def _read(self) -> None:
        # Read first, then change: a read that fails (ScreenReadFailed) leaves what was shown.
        meeting, items = None, []
        if self.meeting_id is not None:
            try:
                meeting = self.ctx.read(meetings.get_meeting, self.meeting_id)
            except NotFoundError:
                self.meeting_id = None
        if meeting is not None and self.meeting_id is not None:
            items = self.ctx.read(agenda.list_items, self.meeting_id)
        self.meeting, self.items, self.item, self.step = meeting, items, None, ""
        if self.meeting is not None and self.meeting_id is not None:
            current = self.meeting.current_item_id
            self.item = next((i for i in self.items if i.id == current), self.items[0] if self.items else None)
            steps = steps_of(self.item.kind) if self.item else ("",)
            self.step = self.meeting.current_step if self.item and self.item.id == current else steps[0]
            if self.step not in steps:  # the item's kind changed since
                self.step = steps[0]
            if not self.pinned:
                self._keep_own()
        ended = bool(self.ended_at)
        item = self.item
        # A time box runs once its item has started and until the meeting is closed.
        self.timer.set_box(item.started_at if item and not ended else None,
                           item.planned_minutes if item and not ended else None)

    def _keep_own(self) -> None:
        """Unpinned: show the (item, step) this window browsed to, while that item exists."""
        own = next((i for i in self.items if self._own is not None and i.id == self._own[0]), None)
        if own is not None and self._own is not None:
            steps = steps_of(own.kind)
            self.item, self.step = own, self._own[1] if self._own[1] in steps else steps[0]
        if self.item is not None and self.item.id is not None:
            self._own = (self.item.id, self.step)

    def set_pinned(self, pinned: bool) -> None:
        """Follow the meeting's current step (True, the default) or browse on this window alone."""
        if pinned == self.pinned:
            return
        self.pinned = pinned
        if not pinned:
            self._own = (self.item.id, self.step) if self.item is not None and self.item.id is not None else None
            self.pin_changed.emit(False)
            return
        self._own = None
        self.leaving.emit()
        before = self.key
        self._read()
        self.pin_changed.emit(True)
        if self.key != before:
            self.moved.emit()
        else:
            self.refreshed.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None or changes.meeting_id not in (None, self.meeting_id):
            return
        if not changes.touches("meetings", "items", "referat"):
            return
        before = self.key
        self._read()
        if self.key != before:
            self.moved.emit()
        else:
            self.refreshed.emit()

    # --- moving (each one undo step; the others follow through the change set) ----------

    def go_to(self, item_id: int, step: str | None = None) -> bool:
        """Make ``item_id`` (at ``step``, default its first) the meeting's current step."""
        if self.meeting_id is None:
            return False
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            return False
        target = step if step is not None else steps_of(item.kind)[0]
        if self.started and (item_id, target) == (self.item.id if self.item else None, self.step):
            return True
        self.leaving.emit()
        if not self.pinned:  # browsing on this window alone: the meeting stays where it is
            self._own = (item_id, target)
            self._read()
            self.moved.emit()
            return True
        return self.edits.go_to(self.meeting_id, item_id, target, self.now())

    def start(self) -> bool:
        """"Start mødet": the first step becomes current and its start is recorded."""
        first = neighbour(self.items, None, "", 1)
        self.set_pinned(True)  # starting moves the meeting itself, so this window follows it
        return first is not None and self.go_to(*first)

    def next(self) -> bool:
        """The next step; before the start, the first (the meeting starts)."""
        if not self.started:
            return self.start()
        target = neighbour(self.items, self.item.id if self.item else None, self.step, 1)
        return target is not None and self.go_to(*target)

    def previous(self) -> bool:
        """One step back (its recorded start is kept)."""
        if not self.started:
            return False
        target = neighbour(self.items, self.item.id if self.item else None, self.step, -1)
        return target is not None and self.go_to(*target)

    def has_next(self) -> bool:
        return bool(self.items) and (not self.started or neighbour(
            self.items, self.item.id if self.item else None, self.step, 1) is not None)

    def has_previous(self) -> bool:
        return self.started and neighbour(self.items, self.item.id if self.item else None, self.step, -1) is not None

    def close(self) -> bool:
        """Record "hævet kl." as the clock time now (the layouts ask for confirmation first)."""
        if self.meeting_id is None:
            return False
        self.leaving.emit()
        return self.edits.close_meeting(self.meeting_id, self.now())

    def set_ended_at(self, clock: str) -> bool:
        """Correct "hævet kl." (``HH:MM``) until the referat is sent."""
        meeting = self.meeting
        return meeting is not None and self.edits.set_ended_at(meeting.pk, meeting.ended_at, clock, meeting.version)


def meeting_step(ctx: AppContext) -> MeetingStep:
    """The one ``MeetingStep`` of ``ctx``, shared by every layout and the projector."""
    if ctx.step is None:
        ctx.step = MeetingStep(ctx)
    return ctx.step
