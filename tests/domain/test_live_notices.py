"""Every write commits a change notice and bumps its meeting's counter, whoever writes it (PostgreSQL).

The notices come from database triggers (migration 0007), so services, undo's snapshot
restores, the meeting-file import's COPY, the CLI and raw SQL are all covered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from tests.live_support import Collector, small_meeting
from workshop.db import Database
from workshop.demo import demo_document
from workshop.live.listener import Listener
from workshop.live.notice import Notice
from workshop.meetingfile import import_document
from workshop.services import agenda, capture, committees, meetings, snapshots


@pytest.fixture
def notices(pg_db: Database) -> Iterator[Collector]:
    got = Collector()
    listener = Listener(pg_db.url, on_notice=got).start()
    assert listener.wait_connected(10)
    yield got
    listener.stop()


def counter(db: Database, meeting_id: int) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT coalesce(max(counter), 0) FROM livecounter WHERE meeting_id = :m"),
                                {"m": meeting_id}).scalar_one())


def test_a_service_write_commits_one_notice_naming_kind_ids_origin_and_counter(
        pg_db: Database, notices: Collector) -> None:
    m = small_meeting(pg_db)
    notices.drain()
    before = counter(pg_db, m.meeting)
    added = capture.add_input(pg_db, m.group, "Borgerne skal kunne følge sagen digitalt").id
    n: Notice = notices.wait()
    assert (n.meeting_id, n.committee_id, n.kinds, dict(n.ids)) == (m.meeting, m.committee, {"inputs"},
                                                                    {"inputs": (added,)})
    assert n.counter == before + 1 == counter(pg_db, m.meeting)
    assert n.is_from(pg_db.client.id) and n.origin.name == pg_db.client.application_name().split(" ", 2)[2]
    assert n.at is not None and n.changes.id == added and n.changes.kinds == {"inputs"}
    agenda.update_item(pg_db, m.case_item, decision="Udvalget anbefaler forslaget.")
    n = notices.wait()
    assert (n.kinds, dict(n.ids), n.counter) == ({"items"}, {"items": (m.case_item,)}, before + 2)
    assert notices.drain() == []  # one notice per transaction


def test_notices_arrive_in_commit_order_with_consecutive_counters(pg_db: Database, notices: Collector) -> None:
    m = small_meeting(pg_db)
    notices.drain()
    start = counter(pg_db, m.meeting)
    for i in range(20):
        capture.add_input(pg_db, m.group, f"Input {i}")
    got = [notices.wait() for _ in range(20)]
    assert [n.counter for n in got] == list(range(start + 1, start + 21))


def test_a_rolled_back_write_sends_nothing_and_keeps_the_counter(pg_db: Database, notices: Collector) -> None:
    m = small_meeting(pg_db)
    notices.drain()
    before = counter(pg_db, m.meeting)
    with pytest.raises(RuntimeError), pg_db.session() as s:
        s.connection().execute(text("INSERT INTO input (group_id, position, text, version) VALUES (:g, 99, 'x', 1)"),
                               {"g": m.group})
        raise RuntimeError("the action failed after writing")
    assert notices.drain(0.5) == []
    assert counter(pg_db, m.meeting) == before


def test_a_5000_row_import_is_one_notice_under_the_payload_limit(pg_db: Database, notices: Collector) -> None:
    doc = demo_document()
    group = next(i for i in doc["meeting"]["items"] if i.get("groups"))["groups"][0]
    group["inputs"] = [{"text": f"Input nummer {i} om digital borgerservice"} for i in range(5000)]
    meeting_id = import_document(pg_db, doc).id
    got = notices.drain(0.5)
    assert len(got) == 1, [n.kinds for n in got]
    n = got[0]
    assert n.meeting_id == meeting_id and {"meetings", "items", "inputs", "members", "attendance"} <= n.kinds
    assert n.ids["inputs"] is None  # too many to list: re-read the kind
    assert n.ids["meetings"] == (meeting_id,)
    assert n.counter == counter(pg_db, meeting_id)


def test_payload_is_far_below_8000_bytes_even_when_everything_changes(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    url = make_url(pg_db.url)
    conn = psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database,
                           options=url.query["options"], autocommit=True)
    channel = conn.execute("SELECT workshop_live_channel()").fetchone()[0]  # type: ignore[index]
    conn.execute(f'LISTEN "{channel}"')
    agenda.delete_item(pg_db, m.group_item)  # cascades: groups, inputs ...
    meetings.delete_meeting(pg_db, m.meeting)  # cascades: every kind
    payloads = [n.payload for n in conn.notifies(timeout=1.0)]
    conn.close()
    assert payloads and max(len(p.encode()) for p in payloads) < 2000
    assert json.loads(payloads[-1])["k"]["meetings"] == [m.meeting]


def test_undo_restore_cascade_delete_and_committee_changes_notify(pg_db: Database, notices: Collector) -> None:
    m = small_meeting(pg_db)
    other = meetings.create_meeting(pg_db, m.committee, title="4. møde",
                                    starts_at=meetings.get_meeting(pg_db, m.meeting).starts_at).id
    capture.add_input(pg_db, m.group, "Et input")
    notices.drain()
    snap = snapshots.take(pg_db, "agendaitem", m.group_item)
    agenda.delete_item(pg_db, m.group_item)
    n = notices.wait()
    assert n.meeting_id == m.meeting and {"items", "groups", "inputs"} <= n.kinds  # children counted with it
    snapshots.restore(pg_db, snap)  # undo: rows put back with raw INSERTs, no service code
    n = notices.wait()
    assert n.meeting_id == m.meeting and {"items", "groups", "inputs"} <= n.kinds
    committees.update_member(pg_db, m.members[0], party="C")  # committee-level: every meeting hears it
    got = {n.meeting_id: n for n in (notices.wait(), notices.wait())}
    assert set(got) == {m.meeting, other}
    assert all(n.kinds == {"members"} and n.ids["members"] == (m.members[0],) for n in got.values())


def test_raw_sql_and_another_process_notify_with_their_origin(pg_db: Database, notices: Collector,
                                                              tmp_path: Path) -> None:
    m = small_meeting(pg_db)
    notices.drain()
    with pg_db.engine.begin() as conn:
        conn.execute(text("SET LOCAL application_name = 'psql'"))
        conn.execute(text("UPDATE agendaitem SET decision = 'Rettet direkte' WHERE id = :i"), {"i": m.case_item})
    n = notices.wait()
    assert n.kinds == {"items"} and n.origin.client_id is None and n.origin.name == "psql"
    doc = tmp_path / "demo.workshop.json"
    doc.write_text(json.dumps(demo_document(), ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "WORKSHOP_NAME": "Sekretærens bærbare"}
    out = subprocess.run([sys.executable, "-m", "workshop.cli", "--db", pg_db.url, "import", str(doc)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    new_id = int(out.stdout.split()[-1])
    n = notices.wait(lambda n: n.meeting_id == new_id, timeout=10)
    assert n.origin.client_id not in (None, pg_db.client.id)
    assert n.origin.name == "Sekretaerens-baerbare"


def test_every_table_of_meeting_data_has_the_live_triggers(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE t.tgname LIKE 'workshop_live%' AND c.relnamespace = current_schema()::regnamespace")).all()
    found: dict[str, set[str]] = {}
    for table, trigger in rows:
        found.setdefault(table, set()).add(trigger)
    for table in SQLModel.metadata.tables:
        assert found.get(table) == {"workshop_live_ins", "workshop_live_upd", "workshop_live_del"}, (
            f"table {table} has no live triggers: add them in a migration (see 0007_live_changes.py)")


def test_sqlite_has_the_tables_but_no_notices_and_writes_work(sqlite_db: Database) -> None:
    m = small_meeting(sqlite_db)
    capture.add_input(sqlite_db, m.group, "Et input")
    names = set(inspect(sqlite_db.engine).get_table_names())
    assert {"livecounter", "livepresence", "livecommit"} <= names
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM livecounter")).scalar_one() == 0
