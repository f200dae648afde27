"""The headless room (``workshop serve``) hears the other writers of a shared server.

On PostgreSQL the room is woken by the change notices of the meeting (``workshop.live``),
as the desktop wakes it after its own writes: a laptop's input reaches the phones as soon
as its notice arrives, and after a lost connection the room re-reads once it is back (the
listener compares the meeting's counter). No polling of the tables. On SQLite there is no
notice to hear: the room re-reads every ``SQLITE_POLL_S`` for a desktop app on the same file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.db import Database
    from workshop.live.listener import Listener, Reconnect
    from workshop.live.notice import Notice
    from workshop.room.server import Room

log = logging.getLogger(__name__)

SQLITE_POLL_S = 2.0


def poll_seconds(db: Database) -> float | None:
    """How often the room must re-read on its own: never on a shared server (it listens)."""
    return None if db.engine.dialect.name == "postgresql" else SQLITE_POLL_S


def follow(room: Room, db: Database) -> Listener | None:
    """Start a listener that wakes ``room`` for every other writer's change to its meeting;
    None on SQLite. The caller stops it (``Listener.stop``) when the room closes."""
    if db.engine.dialect.name != "postgresql":
        return None
    from workshop.live.listener import Listener

    def notice(n: Notice) -> None:
        if n.meeting_id in (None, room.meeting_id) and not n.is_from(db.client.id):
            room.notify(n.changes)  # the room's own phone writes already woke it

    def reconnected(event: Reconnect) -> None:
        if room.meeting_id in event.stale:
            room.wake()

    def lost(reason: str) -> None:
        log.warning("serve: lost the shared server's notices (%s); reconnecting", reason)

    listener = Listener.for_database(db, on_notice=notice, on_reconnect=reconnected, on_lost=lost)
    listener.watch(room.meeting_id)
    return listener.start()
