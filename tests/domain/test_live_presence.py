"""Presence: who else has a meeting open, with the name each laptop set; a crashed laptop disappears."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import text

from tests.live_support import Collector, small_meeting
from workshop.db import Database
from workshop.live.listener import Listener
from workshop.pg_connect import Client

CHILD = textwrap.dedent("""
    import sys, time
    from workshop.live.listener import Listener
    from workshop.pg_connect import Client

    listener = Listener(sys.argv[1], client=Client.new(sys.argv[3]))
    listener.join(int(sys.argv[2]))
    listener.start()
    listener.wait_connected(10)
    time.sleep(0.5)
    print(listener.client.id, flush=True)
    time.sleep(120)
""")


def _names(peers: tuple[object, ...]) -> list[str]:
    return [p.name for p in peers]  # type: ignore[attr-defined]


def test_join_move_and_leave_are_seen_by_the_others(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    other = small_meeting(pg_db, "4. møde").meeting
    seen = Collector()
    chair = Listener(pg_db.url, client=Client.new("Formandens bærbare"), on_presence=seen, presence_poll=30)
    chair.join(m.meeting)
    secretary = Listener(pg_db.url, client=Client.new("Sekretær Søren Kızılkaya"))
    with chair, secretary:
        secretary.join(m.meeting)
        peers = seen.wait(lambda p: len(p) == 1, timeout=5)  # a notice, not the 30 s poll, brought it
        assert _names(peers) == ["Sekretær Søren Kızılkaya"] and peers[0].meeting_id == m.meeting
        assert chair.peers(m.meeting) == peers and chair.peers(other) == ()
        secretary.join(other)  # opens another meeting
        seen.wait(lambda p: len(p) == 1 and p[0].meeting_id == other, timeout=5)
        assert chair.peers(m.meeting) == ()
        secretary.stop()
        seen.wait(lambda p: p == (), timeout=5)  # well before the 30 s poll: a notice said it
        assert chair.peers() == ()


def test_a_crashed_laptop_disappears_without_saying_goodbye(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    seen = Collector()
    watcher = Listener(pg_db.url, client=Client.new("Formand"), on_presence=seen, presence_poll=1.0)
    with watcher:
        child = subprocess.Popen([sys.executable, "-c", CHILD, pg_db.url, str(m.meeting), "Bærbar B"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            client_id = child.stdout.readline().strip()
            assert client_id, child.stderr.read() if child.stderr else ""
            peers = seen.wait(lambda p: len(p) == 1, timeout=10)
            assert peers[0].client_id == client_id and peers[0].name == "Bærbar B"
            t0 = time.monotonic()
            child.send_signal(signal.SIGKILL)  # no leave: the process is simply gone
            child.wait(10)
            seen.wait(lambda p: p == (), timeout=10)
            gone_after = time.monotonic() - t0
        finally:
            child.kill()
        assert gone_after < 3.0, gone_after  # its backend ended with it; the next poll drops it
        with pg_db.engine.connect() as conn:  # its row is still there (nobody deleted it) ...
            assert conn.execute(text("SELECT count(*) FROM livepresence WHERE client_id = :c"),
                                {"c": client_id}).scalar_one() == 1
        watcher.join(m.meeting)  # ... until the next laptop joins and clears it away
        time.sleep(1.0)
        with pg_db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM livepresence WHERE client_id = :c"),
                                {"c": client_id}).scalar_one() == 0
