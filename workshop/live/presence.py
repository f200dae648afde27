"""Who else has a meeting open: one row per running listener in ``livepresence``.

A row is written when a laptop joins, moves to another meeting or leaves, never as a
heartbeat. It counts only while the listener's own backend is alive (same pid and
``application_name`` in ``pg_stat_activity``): a laptop that crashes or loses its network
disappears when the server drops its connection — at once for a killed process, within
~25 s for a dead network (the listener's connection sets server-side TCP keepalives).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# The listener's connection asks the server to probe a silent laptop: 10 s idle, then every
# 5 s, 3 probes, and to give up on unacknowledged data after 15 s.
SERVER_KEEPALIVES = ("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
                     " SET tcp_keepalives_count = 3; SET tcp_user_timeout = 15000")

_ALIVE = ("EXISTS (SELECT 1 FROM pg_stat_activity a"
          " WHERE a.pid = p.pid AND a.application_name = p.app)")

# One statement, so one round trip and atomic in autocommit: forget the dead, write our row, tell the others.
JOIN = (f"WITH gone AS (DELETE FROM livepresence p WHERE NOT {_ALIVE}),"
        " mine AS (INSERT INTO livepresence AS p (client_id, name, meeting_id, app, pid, since)"
        " VALUES (%(client)s, %(name)s, %(meeting)s, current_setting('application_name'), pg_backend_pid(), now())"
        " ON CONFLICT (client_id) DO UPDATE SET name = EXCLUDED.name, meeting_id = EXCLUDED.meeting_id,"
        " app = EXCLUDED.app, pid = EXCLUDED.pid,"
        " since = CASE WHEN p.meeting_id IS NOT DISTINCT FROM EXCLUDED.meeting_id THEN p.since ELSE now() END)"
        " SELECT pg_notify(workshop_live_channel(), %(signal)s)")

LEAVE = ("WITH mine AS (DELETE FROM livepresence WHERE client_id = %(client)s)"
         " SELECT pg_notify(workshop_live_channel(), %(signal)s)")

PEERS = (f"SELECT p.client_id, p.name, p.meeting_id, p.since FROM livepresence p WHERE {_ALIVE}"
         " ORDER BY p.since, p.client_id")


@dataclass(frozen=True)
class Peer:
    """Another laptop (or window) with Workshop open on this server."""

    client_id: str
    name: str
    meeting_id: int | None
    since: datetime

    def as_json(self) -> dict[str, Any]:
        return {"client": self.client_id, "name": self.name, "meeting": self.meeting_id,
                "since": self.since.isoformat()}


def signal(client_id: str, meeting_id: int | None) -> str:
    """The presence notice's payload (``workshop.live.notice.PresenceSignal``)."""
    return json.dumps({"presence": client_id, "m": meeting_id})
