"""``workshop --db URL watch MEETING``: one JSON line per change notice, reconnect and presence change.

For administrators (is the other laptop writing? does the server drop us?) and for tests.
Lines (``event``): ``connected`` / ``reconnected`` (stale meetings, counters, downtime),
``lost`` (why), ``change`` (``Notice.as_json``: kinds, ids, origin, commit time, counter),
``presence`` (who else has the meeting open). Every line also has ``received``, the local
time it was printed. Runs until Ctrl+C or SIGTERM.
"""

from __future__ import annotations

import json
import queue
import signal
import sys
import threading
from datetime import datetime
from typing import IO, Any

from workshop.live.listener import Listener, Reconnect
from workshop.live.notice import Notice
from workshop.live.presence import Peer

SERVER_ONLY = ("workshop watch kræver en fælles PostgreSQL-server (--db postgresql://…): en SQLite-fil"
               " bruges kun af én computer ad gangen, så der er ingen ændringer fra andre at vise.")


def watch(db: Any, meeting_id: int, out: IO[str] | None = None, stop: threading.Event | None = None) -> int:
    """Print the meeting's notices until interrupted (or ``stop`` is set); the exit status.

    Raises:
        NotFoundError: the meeting does not exist.
    """
    from workshop.services.meetings import get_meeting

    committee_id = get_meeting(db, meeting_id).committee_id
    out = out or sys.stdout
    lines: queue.Queue[dict[str, Any]] = queue.Queue()

    def on_notice(notice: Notice) -> None:
        if notice.meeting_id == meeting_id or (notice.meeting_id is None and notice.committee_id == committee_id):
            lines.put(notice.as_json())

    def on_reconnect(event: Reconnect) -> None:
        lines.put({**event.as_json(), "meeting": meeting_id})

    def on_presence(peers: tuple[Peer, ...]) -> None:
        present = [p.as_json() for p in peers if p.meeting_id == meeting_id]
        lines.put({"event": "presence", "meeting": meeting_id, "present": present})

    listener = Listener.for_database(db, on_notice=on_notice, on_reconnect=on_reconnect,
                                     on_lost=lambda reason: lines.put({"event": "lost", "reason": reason}),
                                     on_presence=on_presence)
    listener.watch(meeting_id)
    previous = signal.signal(signal.SIGTERM, _interrupt) if _main_thread() else None
    listener.start()
    last_presence: list[Any] | None = None
    try:
        while stop is None or not stop.is_set():
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line["event"] == "presence":
                if line["present"] == last_presence:
                    continue  # someone else's meeting changed, not this one's
                last_presence = line["present"]
            line["received"] = datetime.now().astimezone().isoformat(timespec="milliseconds")
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
        return 0
    except KeyboardInterrupt:
        return 0
    except BrokenPipeError:  # `workshop watch … | head`
        return 0
    finally:
        listener.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
