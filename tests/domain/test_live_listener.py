"""The listener against the real server: another process's notice, lost connections, counters compared.

Nothing here restarts the shared server: the restart test makes a throwaway cluster of its own
(tests/pg_cluster.py) and is skipped, with the reason, where that cannot be done.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests import pg_cluster
from tests.databases import PG_URL
from tests.delay_proxy import DelayProxy
from tests.live_support import Collector, small_meeting
from workshop.db import Database
from workshop.errors import StorageError
from workshop.live.listener import Listener, Reconnect
from workshop.services import capture


def _terminate(pid: int) -> None:
    """End our own listener's backend (never another session's)."""
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
    finally:
        admin.dispose()


def _inputs(db: Database, item_id: int) -> list[str]:
    return [i.text for i in capture.list_inputs(db, item_id)]


@pytest.fixture
def proxy() -> Iterator[DelayProxy]:
    url = make_url(PG_URL)
    with DelayProxy((url.host or "127.0.0.1", url.port or 5432)) as p:
        yield p


def test_a_notice_from_process_a_reaches_a_watch_in_process_b(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    watcher = subprocess.Popen([sys.executable, "-m", "workshop.cli", "--db", pg_db.url, "watch", str(m.meeting)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert watcher.stdout is not None
        first = json.loads(watcher.stdout.readline())
        assert first["event"] == "connected" and first["meeting"] == m.meeting
        added = capture.add_input(pg_db, m.group, "Et input fra bærbar A").id
        line = json.loads(watcher.stdout.readline())
        assert line["event"] == "change" and line["meeting"] == m.meeting and line["kinds"] == ["inputs"]
        assert line["ids"] == {"inputs": [added]} and line["origin"]["client"] == pg_db.client.id
        assert line["counter"] == first["counters"][str(m.meeting)] + 1 and line["time"] and not line["missed"]
    finally:
        watcher.terminate()
        watcher.wait(10)
    assert watcher.returncode == 0, watcher.stderr.read() if watcher.stderr else ""


def test_a_notice_from_another_process_reaches_the_listener(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    got = Collector()
    with Listener.for_database(pg_db, on_notice=got) as listener:
        assert listener.wait_connected(10)
        code = ("import sys; from workshop.db import Database; from workshop.services import capture;"
                "db = Database(sys.argv[1], client_name='B'); print(db.client.id);"
                "capture.add_input(db, int(sys.argv[2]), 'fra proces B')")
        out = subprocess.run([sys.executable, "-c", code, pg_db.url, str(m.group)], capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        n = got.wait(lambda n: n.meeting_id == m.meeting, timeout=10)
        assert n.kinds == {"inputs"} and n.origin.client_id == out.stdout.strip() and n.origin.name == "B"
        assert not n.is_from(pg_db.client.id)


def test_terminated_backend_reconnects_and_reports_what_changed_meanwhile(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    notices, reconnects, lost = Collector(), Collector(), Collector()
    listener = Listener.for_database(pg_db, on_notice=notices, on_reconnect=reconnects, on_lost=lost,
                                     min_backoff=0.5, max_backoff=0.5)  # slow, so the writes below are missed
    listener.watch(m.meeting)
    with listener:
        first: Reconnect = reconnects.wait(timeout=10)
        assert first.first and first.stale == {m.meeting}  # a window re-reads once when it starts listening
        before = first.counters[m.meeting]
        _terminate(listener.backend_pid)  # type: ignore[arg-type]
        for i in range(3):
            capture.add_input(pg_db, m.group, f"mens lytteren var væk {i}")
        assert lost.wait(timeout=5)
        again: Reconnect = reconnects.wait(timeout=5)
        assert not again.first and again.stale == {m.meeting} and again.counters[m.meeting] == before + 3
        assert len(_inputs(pg_db, m.group_item)) == 3  # the re-read it asks for has everything
        capture.add_input(pg_db, m.group, "efter genopkoblingen")
        n = notices.wait(lambda n: n.meeting_id == m.meeting)
        assert n.counter == before + 4 and not n.missed


def test_a_counter_that_jumps_marks_the_notice_missed(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    notices, reconnects = Collector(), Collector()
    listener = Listener.for_database(pg_db, on_notice=notices, on_reconnect=reconnects)
    listener.watch(m.meeting)
    with listener:
        reconnects.wait(timeout=10)
        with pg_db.engine.begin() as conn:  # a change whose notice never arrived
            conn.execute(text("UPDATE livecounter SET counter = counter + 1 WHERE meeting_id = :m"),
                         {"m": m.meeting})
        capture.add_input(pg_db, m.group, "næste")
        assert notices.wait(lambda n: n.meeting_id == m.meeting).missed


@pytest.mark.slow
def test_a_stalled_network_is_noticed_and_recovered_with_nothing_lost(pg_db: Database, proxy: DelayProxy) -> None:
    m = small_meeting(pg_db)
    notices, reconnects, lost = Collector(), Collector(), Collector()
    listener = Listener(proxy.url(pg_db.url), client=pg_db.client, on_notice=notices, on_reconnect=reconnects,
                        on_lost=lost)
    listener.watch(m.meeting)
    listener.start()
    try:
        first = reconnects.wait(timeout=10)
        before = first.counters[m.meeting]
        proxy.stall(10)
        t0 = time.monotonic()
        reason = lost.wait(timeout=8)  # ping every 2 s, answered within 3 s: noticed within ~5 s
        assert proxy.stalled, reason  # noticed while the network still hung, not when it came back
        for i in range(3):  # the other laptop goes on writing, directly to the server
            capture.add_input(pg_db, m.group, f"under stilstanden {i}")
        again: Reconnect = reconnects.wait(timeout=15)
        assert time.monotonic() - t0 >= 9.5  # not before the network came back
        assert again.stale == {m.meeting} and again.counters[m.meeting] == before + 3
        assert len(_inputs(pg_db, m.group_item)) == 3
        capture.add_input(pg_db, m.group, "efter stilstanden")
        assert notices.wait(lambda n: n.meeting_id == m.meeting).counter == before + 4
    finally:
        listener.stop()


def test_stop_returns_promptly_while_the_network_is_stalled(pg_db: Database, proxy: DelayProxy) -> None:
    reconnects = Collector()
    listener = Listener(proxy.url(pg_db.url), on_reconnect=reconnects).start()
    reconnects.wait(timeout=10)
    proxy.stall(30)
    time.sleep(0.5)
    listener.stop()
    assert proxy.stalled and not listener.connected  # it returned within the 30 s stall: it did not wait on the network


def test_the_listener_refuses_sqlite_in_danish() -> None:
    with pytest.raises(StorageError, match="PostgreSQL"):
        Listener("sqlite:///workshop.db")


@pytest.mark.slow
@pytest.mark.skipif(bool(pg_cluster.unavailable()), reason=f"no throwaway cluster: {pg_cluster.unavailable()}")
def test_server_restart_mid_meeting_is_caught_up_within_2_s_with_nothing_typed_lost() -> None:
    with pg_cluster.Cluster() as cluster:
        a = Database(cluster.url, client_name="A")  # the secretary's laptop writes
        b = Database(cluster.url, client_name="B")  # the chair's laptop listens and re-reads
        try:
            m = small_meeting(a)
            reconnects, notices = Collector(), Collector()
            listener = Listener.for_database(b, on_reconnect=reconnects, on_notice=notices)
            listener.watch(m.meeting)
            with listener:
                before = reconnects.wait(timeout=10).counters[m.meeting]
                cluster.stop()
                typed = "skrevet mens serveren genstartede"
                with pytest.raises(StorageError):  # refused visibly while the server is down ...
                    capture.add_input(a, m.group, typed)
                cluster.start()
                up = time.monotonic()
                for _ in range(50):  # ... and saved when it is back (the UI keeps the text and retries)
                    try:
                        capture.add_input(a, m.group, typed)
                        break
                    except StorageError:
                        time.sleep(0.1)
                # B learns of it either from the counters compared on reconnecting (the write came
                # first) or from the notice (B was listening again first); both within 2 s.
                again: Reconnect = reconnects.wait(timeout=5)
                if again.counters[m.meeting] != before + 1:
                    assert notices.wait(lambda n: n.meeting_id == m.meeting, timeout=2).counter == before + 1
                else:
                    assert again.stale == {m.meeting}
                assert typed in _inputs(b, m.group_item)  # b re-reads on a fresh connection
                caught_up = time.monotonic() - up
                assert caught_up <= 2.0, caught_up
        finally:
            a.close()
            b.close()

