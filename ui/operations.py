"""One way to run work off the GUI thread: ``Operation``, in the spirit of Anki's ``CollectionOp``.

``Operation(label, work, ...)`` runs ``work(progress)`` on a ``Lane``: one worker thread that
runs what is started on it one at a time, in the order it was started. There is a lane per
database (``database_lane``: writes to one database stay in order; issue 14 moves the panels'
edits onto it), one for PDF rendering (ReportLab keeps module-level state) and one for start-up.

Back on the GUI thread the operation ends in exactly one of two ways:

- success: a ``ChangeSet`` result (or one with a ``changes`` attribute) is broadcast through
  ``AppContext.changed``; when the caller made an undo step for it, that step is pushed as
  already done (its first ``redo`` does not run the work again); then ``finished(result)``.
- failure: one Danish message, made here for every kind of error (a refused write says why,
  a file error names the file, anything else is logged with its traceback and the message
  points to the log file); ``AppContext`` shows it unless the caller asked to show it itself;
  then ``failed(message)``.

The work gets plain values, never widgets: Qt objects belong to the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from workshop.changes import ChangeSet
from workshop.errors import WorkshopError

if TYPE_CHECKING:
    from workshop.db import Database

    from ui.commands import ServiceCommand
    from ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[float], None]
Work = Callable[[Progress], Any]

PDF = "pdf"  # ReportLab's module-level state (fonts, styles): one rendering at a time
STARTUP = "start-up"  # importing the data layer and opening the database while the preview shows


class Lane:
    """One worker thread: operations run one at a time, in the order they were started."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"workshop-{name}")

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        return self._executor.submit(fn)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until everything started on this lane so far has run; False on timeout."""
        try:
            self.submit(lambda: None).result(timeout)
        except TimeoutError:
            return False
        return True


_lanes: dict[str, Lane] = {}
_lanes_lock = threading.Lock()


def lane(name: str) -> Lane:
    """The lane called ``name``, started on first use."""
    with _lanes_lock:
        if name not in _lanes:
            _lanes[name] = Lane(name)
        return _lanes[name]


def database_lane(db: Database) -> Lane:
    """The lane for ``db``: work on one database runs in order, one transaction at a time."""
    return lane(f"db:{db.url}")


# How long the GUI thread simply waits for a lane's answer before it turns the event loop while
# waiting: a healthy network answers well within it, so nothing re-enters the GUI then. Known
# limit: a nested loop started by an action chosen in a menu can leave the closed menu as the
# active window (keys then reach nothing until a click); menus are detected where Qt lets us.
QUIET_WAIT_S = float(os.environ.get("WORKSHOP_QUIET_WAIT_S", "0.25"))


_quiet_spent = 0.0  # seconds waited without turning since the event loop last turned
_reset_due = False  # a timer resets it when the event loop turns


def _turned() -> None:
    global _quiet_spent, _reset_due
    _quiet_spent, _reset_due = 0.0, False


def wait_turning(future: Future[T], *, in_a_row: bool = False) -> T:
    """``future``'s result, waited for with the GUI's event loop turning once the answer is late
    (``QUIET_WAIT_S``): the window paints, timers tick and typing goes on while a lane does the
    work, so a slow or stalled network never freezes it.

    ``in_a_row`` (the screens' reads): late counts over every such wait since the event loop last
    turned, so many quick answers in a row (a meeting read through a slow network) are late
    together."""
    global _quiet_spent, _reset_due
    if in_a_row and not _reset_due:
        from PySide6.QtCore import QTimer

        _reset_due = True
        QTimer.singleShot(0, _turned)  # runs when the event loop turns next
    t0 = time.monotonic()
    wait([future], max(0.0, QUIET_WAIT_S - _quiet_spent) if in_a_row else QUIET_WAIT_S)
    if in_a_row:
        _quiet_spent += time.monotonic() - t0
    if not future.done() and (_still or _menu_closing()):
        wait([future])  # a nested loop now would leave the closed menu as the active window
    if not future.done():
        from PySide6.QtCore import QEventLoop, QMetaObject, Qt

        loop = QEventLoop()
        future.add_done_callback(
            lambda _f: QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection))
        if not future.done():
            # Paints, timers and other threads' signals go on; key presses and clicks wait for
            # the answer (none is lost): no second action starts inside this one.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return future.result()


_still = False  # set by ``waiting_still``: the window is closing, nothing may run inside the wait


@contextlib.contextmanager
def waiting_still() -> Iterator[None]:
    """Within this block ``wait_turning`` waits without turning the event loop (closing the window:
    its last saves must not let it be deleted while they wait)."""
    global _still
    before, _still = _still, True
    try:
        yield
    finally:
        _still = before


def _menu_closing() -> bool:
    """An action chosen in a menu runs while the menu closes: Qt gives the window back its
    activation only after the action returns, so the wait must not turn the event loop then."""
    from PySide6.QtWidgets import QApplication, QMenu

    # A menu that just closed has given up the focus and the window has not got it back yet.
    return (QApplication.activePopupWidget() is not None or isinstance(QApplication.activeWindow(), QMenu)
            or QApplication.focusWidget() is None)


def error_message(label: str, error: BaseException) -> str:
    """The Danish message for ``error`` raised by the work called ``label``; logged by its kind."""
    from workshop.logs import log_path  # Qt-free; no Qt needed to name the file

    if isinstance(error, WorkshopError):
        log.info("%s refused: %s", label, error.message)
        return error.message
    if isinstance(error, OSError):
        log.warning("%s failed: %s", label, error)
        where = f" ({error.filename})" if error.filename else ""
        # QCoreApplication.translate is thread-safe: this runs on the lane's thread.
        return QCoreApplication.translate(
            "Operation", "{label}: filen kunne ikke læses eller skrives{where}: {reason}").format(
            label=label, where=where, reason=error.strerror or error)
    log.error("%s failed", label, exc_info=error)
    return QCoreApplication.translate(
        "Operation", "{label} mislykkedes uventet: {error}. Detaljerne står i {log}.").format(
        label=label, error=error, log=log_path())


class _Relay(QObject):
    """Lives on the GUI thread and runs there what the workers send; never deleted.

    Workers never touch an ``Operation`` itself: its window may close (and delete it) meanwhile.
    """

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    global _relay
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() == app.thread(), "start operations on the GUI thread"
    if _relay is None:
        _relay = _Relay()
    return _relay


class Operation(QObject):
    """``work(progress)`` on a lane; the result or a Danish error back on the GUI thread.

    Args:
        label: what the work is, in Danish ("Import af mødefil"), for messages and the log.
        work: called on the lane's thread with ``progress(fraction)`` (0..1); returns the result.
        parent: the QObject the operation belongs to; when it is gone, the outcome is dropped.
        lane: where it runs: ``database_lane(db)``, ``lane(PDF)``, ``lane(STARTUP)``.
        ctx: the open database's context: broadcasts the change set, pushes the undo step and
            shows the error message unless ``report_errors`` is False.
        undo_step: makes the undo step for a result; pushed as already done.

    Signals:
        progressed(int): percent done, 0..100, each value once.
        finished(object): the result, after the change set was broadcast and the step pushed.
        failed(str): the Danish message; nothing of the work's result is used.
    """

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    _running: set[Operation] = set()  # kept alive while running, even when nobody holds them

    def __init__(self, label: str, work: Work, parent: QObject | None = None, *,
                 lane: Lane, ctx: AppContext | None = None,
                 undo_step: Callable[[Any], ServiceCommand] | None = None,
                 report_errors: bool = True) -> None:
        super().__init__(parent)
        self.label = label
        self.work = work
        self.lane = lane
        self.ctx = ctx
        self.undo_step = undo_step
        self.report_errors = report_errors
        self.running = False
        self.future: Future[None] | None = None
        # What the worker sent, delivered in order even when a slot spins an event loop
        # (a modal QProgressDialog's setValue does) and the next event arrives inside it.
        self._inbox: deque[Callable[[], None]] = deque()
        self._delivering = False

    def start(self) -> Future[None]:
        """Queue the work on its lane; returns the lane's future (done when the work has run)."""
        relay = _gui_relay()
        self.running = True
        Operation._running.add(self)
        work, label, receive = self.work, self.label, self._receive  # what the worker itself calls
        percent = [-1]

        def send(event: Callable[[], None]) -> None:
            with contextlib.suppress(RuntimeError):  # the application is gone: nobody to tell
                relay.call.emit(partial(receive, event))

        def progress(fraction: float) -> None:
            value = max(0, min(100, round(fraction * 100)))
            if value != percent[0]:
                percent[0] = value
                send(partial(self._progressed, value))

        def run() -> None:
            try:
                result = work(progress)
            except Exception as error:  # every failure becomes one message
                send(partial(self._failed, error, error_message(label, error)))
            else:
                send(partial(self._succeeded, result))

        self.future = self.lane.submit(run)
        return self.future

    def _receive(self, event: Callable[[], None]) -> None:
        self._inbox.append(event)
        if self._delivering:
            return  # the delivery below this one on the stack takes it next
        self._delivering = True
        try:
            while self._inbox:
                self._inbox.popleft()()
        finally:
            self._delivering = False

    def _progressed(self, value: int) -> None:
        if shiboken6.isValid(self):
            self.progressed.emit(value)

    def _end(self) -> bool:
        """Not running any more; False when the operation was deleted with its parent meanwhile."""
        Operation._running.discard(self)
        self.running = False
        return shiboken6.isValid(self)

    def _succeeded(self, result: Any) -> None:
        if not self._end():
            return
        if self.ctx is not None:
            changes = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
            if self.undo_step is not None:
                self.ctx.push_done(self.undo_step(result), changes if isinstance(changes, ChangeSet) else ChangeSet())
            elif isinstance(changes, ChangeSet):
                self.ctx.broadcast(changes)
        self.finished.emit(result)

    def _failed(self, error: Exception, message: str) -> None:
        if not self._end():
            return
        if self.ctx is not None and self.report_errors:
            self.ctx.show_failure(error, message)
        self.failed.emit(message)

