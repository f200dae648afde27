"""``workshop serve`` on a shared server: the room hears other laptops' writes from their change
notices (no polling), and catches up after its listener lost the connection."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.databases import PG_URL, pg_url_or_skip, truncate_all
from tests.room.meeting import Meeting, make_meeting
from workshop.db import Database
from workshop.room import follow
from workshop.room.server import Room
from workshop.services import meetings


@pytest.fixture
def laptops() -> Iterator[tuple[Database, Database]]:
    url = pg_url_or_skip()
    server, laptop = Database(url, client_name="serve"), Database(url, client_name="Formandens bærbare")
    truncate_all(server)
    yield server, laptop
    server.close()
    laptop.close()


def _state_within(client: httpx.Client, step: str, seconds: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        if client.get("api/state").json()["step"] == step:
            return time.monotonic() - t0
        time.sleep(0.02)
    raise AssertionError(f"the phone did not reach {step!r} within {seconds} s")


def test_serve_follows_another_laptops_writes_by_notice(laptops: tuple[Database, Database]) -> None:
    server, laptop = laptops
    meeting: Meeting = make_meeting(server)
    assert follow.poll_seconds(server) is None  # listens instead of re-reading every two seconds
    room = Room(server, meeting.id, host="127.0.0.1", poll_seconds=follow.poll_seconds(server))
    room.start()
    listener = follow.follow(room, server)
    assert listener is not None and listener.wait_connected(10)
    try:
        anne = httpx.Client(base_url=room.url, timeout=10)
        assert anne.post("api/join", json={"member": meeting.members["Anne Hansen"]}).json()["status"] == "joined"
        assert anne.get("api/state").json()["step"] == "waiting"
        meetings.set_current_step(laptop, meeting.id, meeting.question, "")  # the chair's laptop moves on
        _state_within(anne, "answer", 10.0)  # no polling here (above): a notice brought it; how fast: bench 10

        # The listener's connection is cut; the laptop moves on meanwhile: caught up on reconnecting.
        pid = listener.backend_pid
        admin = create_engine(PG_URL)
        try:
            with admin.begin() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        finally:
            admin.dispose()
        meetings.set_current_step(laptop, meeting.id, meeting.groups_item, "inputs")
        _state_within(anne, "inputs", 10.0)
    finally:
        listener.stop()
        room.stop()


def test_serve_on_sqlite_keeps_re_reading(tmp_path: object) -> None:
    db = Database(f"sqlite:///{tmp_path}/room.db")
    try:
        assert follow.poll_seconds(db) == follow.SQLITE_POLL_S
        assert follow.follow(Room(db, 1, host="127.0.0.1"), db) is None
    finally:
        db.close()
