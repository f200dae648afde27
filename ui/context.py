"""The application context every panel shares: database, undo stack, change signal.

One user action = one command = one transaction = one undo step, however many
service calls it makes (``Database.transaction``); each undo and redo is one
transaction too.
A panel never writes directly: it builds a ``ServiceCommand`` and hands it to
``AppContext.execute``; the resulting ``ChangeSet`` is broadcast through
``changed`` so every panel (and the projector) refreshes only what it shows.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workshop.changes import KINDS, ChangeSet
from workshop.errors import ConflictError, StorageError, WorkshopError

from ui.commands import ServiceCommand

T = TypeVar("T")
P = ParamSpec("P")
log = logging.getLogger(__name__)

Done = Callable[[ChangeSet], None]  # the committed change set (``ChangeSet.row``: a created row as stored)
Failed = Callable[[str], str]  # the reason, in Danish -> the message to show


@dataclass
class _Submitted:
    """A command ``AppContext.submit`` started and has not delivered yet."""

    command: ServiceCommand
    future: Future[ChangeSet]
    done: Done | None
    failed: Failed | None


class ScreenReadFailed(Exception):
    """A screen's read could not be made: the shared server is unreachable (the banner says so).

    Raised out of the screen's slot before it changed anything, so the screen keeps what it
    showed; when the server is back the live link broadcasts every kind and it reads again.
    ``ui/errors.py`` logs it without the crash dialog.
    """


if TYPE_CHECKING:  # workshop.db pulls in SQLAlchemy and Alembic (~1 s): not before the window paints
    from workshop.db import Database
    from workshop.unsaved import UnsavedTexts

    from ui.live_link import LiveLink
    from ui.meeting_step import MeetingStep
    from ui.projector.window import ProjectorWindow


class AppContext(QObject):
    """Shared state of one open database."""

    changed = Signal(object)  # ChangeSet, after every successful write, undo or redo
    error = Signal(str)  # a Danish message for the user; nothing was written
    meeting_selecting = Signal(object)  # int | None: about to be selected, before any screen reads it
    meeting_selected = Signal(object)  # int | None: the meeting the window works on
    committee_selected = Signal(object)  # int | None: the committee the window works on
    storage_failed = Signal(str)  # the database could not be written (locked, read-only, full)
    offline_changed = Signal(bool)  # a shared server became unreachable (True) or reachable again

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.meeting_id: int | None = None
        self.committee_id: int | None = None
        self.offline = False  # the shared server cannot be reached (ui/live_link.py says so)
        self._submitted: deque[_Submitted] = deque()  # started by submit, in the lane's order
        self.failures = 0  # submitted commands that failed so far (settle compares)
        self._unsaved: UnsavedTexts | None = None
        # What the screens read while a change set or a meeting's selection is announced, by
        # (function, arguments): the panels that show the same rows read them once then.
        self._shared_reads: dict[Any, Any] = {}
        self._sharing = 0  # announcements under way (one may start another)
        self._reading = 0  # screen reads waiting on the lane (nested event loops)
        self._reads_failed = False  # a screen's read was refused or failed: all read again when back
        self.read_failures = 0  # screens' reads refused or failed so far (a selection compares)
        self._after_reads: list[Callable[[], None]] = []  # held until no read waits
        # One of each per context, made on first use by its own module: ``projector_of(ctx)``,
        # ``meeting_step(ctx)``, ``live_link(ctx)``; the open room's address for a projector made later.
        self.projector: ProjectorWindow | None = None
        self.step: MeetingStep | None = None
        self.live: LiveLink | None = None
        self.room_url: str | None = None
        if db.engine.dialect.name == "postgresql":
            from ui.operations import database_lane

            # The first read's connection (a few round trips, and SQLAlchemy's first-connect
            # queries) is made on the lane while the window builds its screens.
            database_lane(db).submit(lambda: _connect(db))

    @property
    def unsaved(self) -> UnsavedTexts:
        """Typed text this laptop keeps on disk until the database has stored it (workshop/unsaved.py)."""
        if self._unsaved is None:
            from workshop.unsaved import UnsavedTexts

            self._unsaved = UnsavedTexts(self.db.url)
        return self._unsaved

    def select_committee(self, committee_id: int | None) -> bool:
        """Show ``committee_id`` in every screen; False when refused (``_switched``)."""
        if committee_id == self.committee_id:
            return True

        def show(cid: int | None) -> None:
            self.committee_id = cid
            with self._sharing_reads():
                self.committee_selected.emit(cid)

        return self._switched(show, committee_id, self.committee_id)

    def report(self, error: WorkshopError, message: str | None = None) -> None:
        """Show a refused write (``message``, if given, says it in context, e.g. which undo
        failed); storage errors also raise the storage alarm."""
        self.error.emit(message or error.message)
        if isinstance(error, StorageError):
            self.storage_failed.emit(error.message)

    def show_failure(self, error: BaseException, message: str) -> None:
        """Show work that failed off the GUI thread (an ``Operation``, a submitted command) with the
        message ``operations.error_message`` made for it: the one way such a failure is shown."""
        if isinstance(error, WorkshopError):
            self.report(error, message)  # a storage error also raises the storage alarm
        else:
            self.error.emit(message)

    def select_meeting(self, meeting_id: int | None) -> bool:
        """Show ``meeting_id`` in every screen; False when refused (``_switched``)."""
        if meeting_id == self.meeting_id:
            return True

        def show(mid: int | None) -> None:
            self.meeting_id = mid
            with self._sharing_reads():  # what the screens read of it comes after its change counter's read
                self.meeting_selecting.emit(mid)  # the live link reads that counter
                self.meeting_selected.emit(mid)

        return self._switched(show, meeting_id, self.meeting_id)

    def _switched(self, show: Callable[[int | None], None], new: int | None, shown: int | None) -> bool:
        """``show(new)``, unless the shared server cannot be reached: the screens could not read
        ``new`` and would go on showing ``shown`` while the window said ``new`` (typing into the
        wrong meeting). Refused then, with a message: known unreachable, nothing changes; a screen's
        read of ``new`` failed, every screen goes back to ``shown`` (they kept showing it)."""
        if self.offline:
            self._say_switch_refused()
            return False
        failures = self.read_failures
        show(new)
        if self.read_failures == failures:
            return True
        log.warning("A screen could not read the newly selected %s: back to %s", new, shown)
        show(shown)
        self._say_switch_refused()
        return False

    def _say_switch_refused(self) -> None:
        self.error.emit(QCoreApplication.translate(
            "AppContext", "Serveren kan ikke nås, så et andet møde eller udvalg kan ikke åbnes nu. Du bliver,"
                          " hvor du er (intet af det, du har skrevet, er tabt); prøv igen, når forbindelsen er tilbage."))

    # --- the database work of user actions ---------------------------------------------

    def set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)
            if not offline and self._reads_failed:  # a screen kept what it showed: it reads again
                self._reads_failed = False
                self.broadcast(ChangeSet(KINDS))

    def refused_offline(self, what: str = "") -> bool:
        """True (and said in the status bar) when the shared server is known to be unreachable:
        the action is refused at once instead of waiting for the network."""
        if not self.offline:
            return False
        message = QCoreApplication.translate(
            "AppContext", "Serveren kan ikke nås, så {what} er ikke gemt. Prøv igen, når forbindelsen er tilbage"
                          " (tekst, du skriver, bliver stående og gemmes af sig selv).").format(
            what=f"»{what}«" if what else QCoreApplication.translate("AppContext", "ændringen"))
        self.error.emit(message)
        return True

    # --- the reads of the screens ------------------------------------------------------------

    def read(self, fn: Callable[Concatenate[Database, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(db, *args, **kwargs)``, the one way a screen reads (a service's read function).

        While a change set or a meeting's selection is announced to the screens, the same read
        made again (several panels showing the same rows) is answered from what the first one
        read; lists, dicts and sets come as copies. Its service calls share one session
        (``Database.reads``: on PostgreSQL no BEGIN and COMMIT round trips). On a shared server the read runs on the
        database's lane, in order with the writes, and the GUI waits with ``wait_turning``: paints,
        timers and notices go on, keys wait. While the server is known to be unreachable, and
        when the read fails on the network, it raises ``ScreenReadFailed``: the screen keeps
        what it shows, and every screen reads again when the server is back (``set_offline``).
        On SQLite (a local file) it runs here.
        """
        if threading.current_thread() is not threading.main_thread():
            return fn(self.db, *args, **kwargs)  # already on a lane (a command's work): as it is
        key: Any = (fn, args, tuple(sorted(kwargs.items())))
        try:
            return _copied(self._shared_reads[key])
        except KeyError:
            pass
        except TypeError:  # an unhashable argument: not remembered
            key = None

        def work() -> T:
            with self.db.reads():  # one session for all the service calls of this read
                return fn(self.db, *args, **kwargs)

        # A local file answers in a few milliseconds: read here. A shared server: on the lane.
        value = work() if self.db.engine.dialect.name != "postgresql" else self._read_on_lane(work)
        if key is not None and self._sharing:
            self._shared_reads[key] = value
        return _copied(value)

    def _read_on_lane(self, work: Callable[[], T]) -> T:
        from ui.operations import database_lane, wait_turning

        if self.offline:
            self._reads_failed = True
            self.read_failures += 1
            raise ScreenReadFailed("the shared server cannot be reached")
        self._reading += 1
        try:
            return wait_turning(database_lane(self.db).submit(work), in_a_row=True)
        except StorageError as error:
            log.warning("A screen's read failed: %s", error.message)
            self._reads_failed = True
            self.read_failures += 1
            raise ScreenReadFailed(error.message) from error
        finally:
            self._reading -= 1
            if not self._reading and self._after_reads:
                QTimer.singleShot(0, self._run_after_reads)

    @contextlib.contextmanager
    def _sharing_reads(self) -> Iterator[None]:
        """While the block announces something to every screen, the same read is made once."""
        self._shared_reads.clear()  # what was read before the news is not shared after it
        self._sharing += 1
        try:
            yield
        finally:
            self._sharing -= 1
            if not self._sharing:
                self._shared_reads.clear()

    def _announce(self, changes: ChangeSet) -> None:
        """``changed``, to every screen, each reading what it shows again (shared reads)."""
        with self._sharing_reads():
            self.changed.emit(changes)

    def _when_not_reading(self, fn: Callable[[], None]) -> bool:
        """Hold ``fn`` (a change set's broadcast, a submitted command's answer) while a screen's
        read waits in a nested event loop, so no panel refreshes inside another's refresh; True
        when held."""
        if not self._reading:
            return False
        self._after_reads.append(fn)
        return True

    def _run_after_reads(self) -> None:
        if not shiboken6.isValid(self) or self._reading:
            return  # another read waits now: its end runs them
        held, self._after_reads = self._after_reads, []
        for fn in held:
            fn()

    def run_db(self, work: Callable[[], T]) -> T:
        """Run ``work`` (one transaction) for a user action.

        On a shared server it runs on the database's lane (``ui/operations.py``), in order with
        every other write of this database, while the GUI's event loop keeps turning; on SQLite
        (a local file, a few milliseconds) it runs here, as it does when already off the GUI thread
        (a command's work on the lane: submitting to the lane from it would wait for itself).
        """
        if self.db.engine.dialect.name != "postgresql" or threading.current_thread() is not threading.main_thread():
            return work()
        from ui.operations import database_lane, wait_turning

        return wait_turning(database_lane(self.db).submit(work))

    def execute(self, command: ServiceCommand,
                on_conflict: Callable[[ConflictError], None] | None = None) -> ChangeSet | None:
        """Run a command once; push it on the undo stack only if that succeeded.

        Returns the ChangeSet, or None when the service refused (the error has
        been emitted and nothing was written). A stale write goes to ``on_conflict``
        instead, when given (a text field shows both texts).
        """
        if self.refused_offline(command.text()):
            return None
        self.settle()  # what was submitted before comes first on the undo stack too
        try:
            changes = self.run_db(command.first_redo)
        except ConflictError as error:
            if on_conflict is None:
                self.report(error)
            else:
                on_conflict(error)
            return None
        except WorkshopError as error:
            self.report(error)
            return None
        self.undo_stack.push(command)  # its redo() skips the first, already-done call
        self._announce(changes)
        return changes

    def submit(self, command: ServiceCommand, *, done: Done | None = None, failed: Failed | None = None) -> bool:
        """Start a command without waiting for it: the screen shows its result at once (a pending
        row) and is told when the commit returns.

        On a shared server ``command.first_redo`` runs on the database's lane, in order with every other write, and the GUI goes on at once.
        Answers are delivered on the GUI thread in the order the commands were submitted: success
        pushes the command on the undo stack, calls ``done(changes)`` and broadcasts
        the change set; failure calls ``failed(reason)`` and shows the message it returns. On SQLite
        (a local file, a few milliseconds) it all happens before this returns. False (and said)
        when the server is known to be unreachable: nothing was started.
        """
        if self.refused_offline(command.text()):
            return False

        def work() -> ChangeSet:
            return command.first_redo()

        if self.db.engine.dialect.name != "postgresql":
            future: Future[ChangeSet] = Future()
            try:
                future.set_result(work())
            except Exception as error:
                future.set_exception(error)
            self._submitted.append(_Submitted(command, future, done, failed))
            self._deliver()
            return True
        from ui.operations import _gui_relay, database_lane

        relay = _gui_relay()
        future = database_lane(self.db).submit(work)
        self._submitted.append(_Submitted(command, future, done, failed))

        def answered(_future: Future[ChangeSet]) -> None:  # on the lane's thread
            with contextlib.suppress(RuntimeError):  # the application is gone: nobody to tell
                relay.call.emit(self._deliver_if_alive)

        future.add_done_callback(answered)
        return True

    def settle(self) -> bool:
        """Wait for every submitted command's answer and deliver it (before an undo, another
        action or closing); False when one of them failed (its message was shown)."""
        from ui.operations import wait_turning

        before = self.failures
        while self._submitted:
            head = self._submitted[0]
            with contextlib.suppress(Exception):  # its failure is delivered below
                wait_turning(head.future)
            self._deliver()
        return self.failures == before

    def undo(self) -> None:
        """Undo the last step (Ctrl+Z): what is still being saved is waited for first, so the step
        undone is the last one done, not the one before an input still on its way."""
        self.settle()
        if not self.refused_offline(self.undo_stack.undoText()):  # the step stays for later
            self.undo_stack.undo()

    def redo(self) -> None:
        self.settle()
        if not self.refused_offline(self.undo_stack.redoText()):
            self.undo_stack.redo()

    @property
    def submitting(self) -> int:
        """How many submitted commands have not been delivered yet."""
        return len(self._submitted)

    def _deliver_if_alive(self) -> None:
        if shiboken6.isValid(self) and not self._when_not_reading(self._deliver_if_alive):
            self._deliver()

    def _deliver(self) -> None:
        """Deliver the answers that are in, oldest first; a later one waits for an earlier one."""
        while self._submitted and self._submitted[0].future.done():
            entry = self._submitted.popleft()
            try:
                changes = entry.future.result()
            except Exception as error:
                self._failed(entry, error)
            else:
                self.undo_stack.push(entry.command)  # done already: its redo() skips the first call
                if entry.done is not None:
                    entry.done(changes)
                self._announce(changes)

    def _failed(self, entry: _Submitted, error: Exception) -> None:
        from ui.operations import error_message

        self.failures += 1
        reason = error_message(entry.command.text(), error)  # logged by its kind
        self.show_failure(error, entry.failed(reason) if entry.failed is not None else reason)

    def push_done(self, command: ServiceCommand, changes: ChangeSet) -> None:
        """Push a command whose first run already happened (in a background ``Operation``)."""
        command.already_done(changes)
        self.undo_stack.push(command)  # its redo() skips the first call: the work is done
        self._announce(changes)

    def broadcast(self, changes: ChangeSet) -> None:
        """Tell every panel about ``changes`` (another laptop's, or a re-read after reconnecting);
        held until a screen's read that waits in a nested event loop is done."""
        if not self._when_not_reading(lambda: self._announce(changes)):
            self._announce(changes)


def _connect(db: Database) -> None:
    try:
        with db.engine.connect():
            pass
    except Exception as error:  # the first read says it, in its place
        log.info("Could not connect ahead of the first read: %s", error)


def _copied(value: T) -> T:
    """A read's result as a screen may keep and change it: its own list, dict or set."""
    if isinstance(value, (list, dict, set)):
        return copy.copy(value)
    return value
