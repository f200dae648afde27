"""Other laptops' changes, live: the shared server's listener joined to one window's ``AppContext``.

On PostgreSQL, ``LiveLink`` runs ``workshop.live.listener.Listener`` for the context's database
(its own thread and connection) and re-emits what it hears on the GUI thread:

- a notice from another laptop becomes ``AppContext.broadcast(notice.changes)``: panels, models
  and the projector refresh what it names, exactly as after a local write. The own echo is
  skipped (the local write already broadcast it);
- a notice whose counter jumped (notices were missed), and every watched meeting whose counter
  moved while the connection was down (``Reconnect.stale``), re-read the whole meeting;
- a lost connection: ``connection_changed(False, reason)`` (the window's banner); back: True,
  and text typed meanwhile is saved (``reconnected``);
- who else has the selected meeting open: ``peers_changed(names)`` (the status bar).

SQLite has no other laptops: ``live_link`` returns None there and nothing listens.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workshop.changes import KINDS, ChangeSet

from ui.context import AppContext, ScreenReadFailed

if TYPE_CHECKING:
    from workshop.live.listener import Listener, Reconnect
    from workshop.live.notice import Notice
    from workshop.live.presence import Peer

log = logging.getLogger(__name__)


def everything(meeting_id: int | None) -> ChangeSet:
    """The change set that makes every view re-read ``meeting_id`` (after missed notices)."""
    return ChangeSet(KINDS, meeting_id)


class LiveLink(QObject):
    """Listens for one context's database and broadcasts other laptops' changes on the GUI thread."""

    connection_changed = Signal(bool, str)  # connected?, the reason when not (for the log)
    reconnected = Signal()  # connected again after a loss; what was typed meanwhile has been saved
    peers_changed = Signal(list)  # names of the other laptops with the selected meeting open
    notice_applied = Signal(object)  # a foreign Notice, after its change set was broadcast (tests, bench)

    # emitted on the listener's thread, delivered on the GUI thread (queued: different threads)
    _notice = Signal(object)
    _reconnect = Signal(object)
    _lost = Signal(str)
    _presence = Signal(object)

    def __init__(self, ctx: AppContext, **listener_options: float) -> None:
        super().__init__(ctx)
        from workshop.live.listener import Listener

        self.ctx = ctx
        self.connected = False
        self.ever_connected = False
        self.meeting_id: int | None = None
        self._peers: tuple[Peer, ...] = ()
        self._notice.connect(self._on_notice)
        self._reconnect.connect(self._on_reconnect)
        self._lost.connect(self._on_lost)
        self._presence.connect(self._on_presence)
        self.listener: Listener = Listener.for_database(
            ctx.db, on_notice=self._notice.emit, on_reconnect=self._reconnect.emit,
            on_lost=self._lost.emit, on_presence=self._presence.emit, **listener_options)
        ctx.meeting_selecting.connect(self._meeting_selecting)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        listener = self.listener
        self.destroyed.connect(lambda *_a: listener.stop())
        self.listener.start()
        self._meeting_selected(ctx.meeting_id)

    def stop(self) -> None:
        """Leave the meeting (the others see it at once) and end the listener's thread."""
        self.listener.stop()

    def rename(self, name: str) -> None:
        """Show this laptop as ``name`` to the others from now on (presence); the changes it writes
        carry the new name from the next start (the connections are named when they open)."""
        from dataclasses import replace

        self.listener.client = replace(self.listener.client, name=name)
        self.listener.join(self.meeting_id)

    # --- the selected meeting ------------------------------------------------------------

    def _meeting_selecting(self, meeting_id: int | None) -> None:
        self._meeting_selected(meeting_id, before_reads=True)

    def _meeting_selected(self, meeting_id: int | None, *, before_reads: bool = False) -> None:
        """Watch the selected meeting. Selected now, before the window reads it
        (``AppContext.meeting_selecting``) and not listening yet: its counter is read first, so the
        first connection re-reads the meeting only when it changed after the window's read (not
        the whole meeting twice on opening). Read already (a link started later): re-read it whole."""
        if self.meeting_id is not None and self.meeting_id != meeting_id:
            self.listener.unwatch(self.meeting_id)
        self.meeting_id = meeting_id
        if meeting_id is not None:
            known = None
            if before_reads and not self.listener.connected:
                from workshop.live.listener import meeting_counter

                with contextlib.suppress(ScreenReadFailed):  # unknown: re-read whole on connecting
                    known = {meeting_id: self.ctx.read(meeting_counter, meeting_id)}
            self.listener.watch(meeting_id, known=known)
        self.listener.join(meeting_id)
        self._emit_peers()

    # --- what the listener heard (GUI thread) ----------------------------------------------

    def _on_notice(self, notice: Notice) -> None:
        if notice.is_from(self.ctx.db.client.id):
            return  # our own write: broadcast when it committed
        changes = everything(notice.meeting_id) if notice.missed else notice.changes
        self.ctx.broadcast(changes)
        self.notice_applied.emit(notice)

    def _on_reconnect(self, event: Reconnect) -> None:
        was_connected, first = self.connected, not self.ever_connected
        self.connected = self.ever_connected = True
        self.ctx.set_offline(False)  # first: the screens read again below
        if not first:
            # meetings, committees and members may have come or gone while nobody listened
            self.ctx.broadcast(ChangeSet(frozenset({"committees", "members", "tasks", "meetings"})))
        # Stale: changed while nobody listened, or (first connection) between the window's read
        # and the LISTEN. Re-read them whole.
        for meeting_id in sorted(event.stale):
            self.ctx.broadcast(everything(meeting_id))
        if not was_connected:
            self.connection_changed.emit(True, "")
        if not first:
            self._save_typing()
            self.reconnected.emit()

    @staticmethod
    def _save_typing() -> None:
        """What was typed while the server could not be reached is saved now (``ui/autosave.py``;
        not imported before a screen with a text field did)."""
        flush = getattr(sys.modules.get("ui.autosave"), "flush_all", None)
        if flush is not None:
            flush()

    def _on_lost(self, reason: str) -> None:
        log.warning("Lost the shared server's live connection: %s", reason)
        self.connected = False
        self.ctx.set_offline(True)  # actions are refused at once instead of waiting for the network
        self.connection_changed.emit(False, reason)

    def _on_presence(self, peers: tuple[Peer, ...]) -> None:
        self._peers = peers
        self._emit_peers()

    def peer_names(self) -> list[str]:
        """The other laptops with the selected meeting open, in the order they joined."""
        if self.meeting_id is None:
            return []
        return [p.name for p in self._peers if p.meeting_id == self.meeting_id]

    def _emit_peers(self) -> None:
        self.peers_changed.emit(self.peer_names())


def live_link(ctx: AppContext, **listener_options: float) -> LiveLink | None:
    """The context's one ``LiveLink`` (started on first use); None on SQLite (one laptop only)."""
    if ctx.live is None and ctx.db.engine.dialect.name == "postgresql":
        ctx.live = LiveLink(ctx, **listener_options)
    return ctx.live
