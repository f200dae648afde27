"""The room's fixtures: a meeting on a SQLite file and on PostgreSQL, and an open room on loopback.

Not the in-memory SQLite of the ``db`` fixture: the room writes from worker threads,
and one shared in-memory connection would mix their transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import empty_pg, migrated_sqlite
from tests.room.meeting import Meeting, make_meeting
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.room.server import Room


@pytest.fixture(params=["sqlite", "postgresql"])
def room_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = migrated_sqlite(tmp_path / "room.db")
        yield database
        database.close()
        return
    yield empty_pg()


@pytest.fixture
def meeting(room_db: Database) -> Meeting:
    return make_meeting(room_db)


@pytest.fixture
def room(room_db: Database, meeting: Meeting) -> Iterator[Room]:
    changes: list[ChangeSet] = []
    opened = Room(room_db, meeting.id, host="127.0.0.1", on_change=changes.append)
    opened.changes = changes  # type: ignore[attr-defined]
    opened.start()
    yield opened
    opened.stop()
