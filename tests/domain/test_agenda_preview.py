"""The start-up preview reads the same agenda the services give, with sqlite3 only, and never writes."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.agenda_preview import read_agenda_preview, sqlite_path
from workshop.db import Database, alembic_config
from workshop.demo import load_demo
from workshop.schema_revision import head_revision
from workshop.services import agenda, committees, meetings, working_groups


@pytest.fixture
def demo(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'workshop.db'}"
    db = Database(url)
    meeting_id = load_demo(db)
    db.close()
    return url, meeting_id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_preview_matches_what_the_services_read(demo: tuple[str, int]) -> None:
    url, meeting_id = demo
    preview = read_agenda_preview(url, meeting_id)
    assert preview is not None
    db = Database(url)
    try:
        meeting = meetings.get_meeting(db, meeting_id)
        assert (preview.meeting.title, preview.meeting.starts_at, preview.meeting.location) == (
            meeting.title, meeting.starts_at, meeting.location)
        items = agenda.list_items(db, meeting_id)
        schedule = agenda.schedule(db, meeting_id)
        assert len(items) >= 5
        assert [i.id for i in preview.items] == [i.id for i in items]
        assert [i.title for i in preview.items] == [i.title for i in items]
        assert [i.planned_start for i in preview.items] == [r.planned_start for r in schedule]
        assert [i.recommendations for i in preview.items] == [i.recommendations for i in items]
        assert [i.open for i in preview.items] == [i.open for i in items]
        listed = committees.list_committees(db)
        assert [c.name for c in preview.committees] == [c.name for c in listed]
        first = preview.committees[0]
        assert [m.id for m in first.meetings] == [m.id for m in meetings.list_meetings(db, listed[0].id)]
        assert first.folder_counts == {
            "members": len(committees.list_members(db, listed[0].id)),  # type: ignore[arg-type]
            "tasks": len(committees.list_tasks(db, listed[0].id)),  # type: ignore[arg-type]
            "working_groups": len(working_groups.list_committee_working_groups(db, listed[0].id)),  # type: ignore[arg-type]
        }
    finally:
        db.close()


def test_preview_never_writes(demo: tuple[str, int]) -> None:
    url, meeting_id = demo
    path = sqlite_path(url)
    assert path is not None
    before = _digest(path)
    assert read_agenda_preview(url, meeting_id) is not None
    # A WAL reader may create the shared-memory index and an empty log beside the file; no data.
    assert _digest(path) == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_preview_needs_no_sqlalchemy(demo: tuple[str, int]) -> None:
    url, meeting_id = demo
    code = ("import sys\nfrom workshop.agenda_preview import read_agenda_preview\n"
            f"p = read_agenda_preview({url!r}, {meeting_id})\n"
            "assert p is not None and p.items\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic'))\n"
            "print(heavy)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_preview_gives_way_to_the_normal_path(demo: tuple[str, int], tmp_path: Path) -> None:
    url, meeting_id = demo
    assert read_agenda_preview(url, None) is None
    assert read_agenda_preview(url, 999_999) is None  # the last meeting was deleted
    assert read_agenda_preview("postgresql+psycopg://localhost/test", meeting_id) is None
    assert read_agenda_preview("sqlite://", meeting_id) is None
    assert read_agenda_preview(f"sqlite:///{tmp_path / 'missing.db'}", 1) is None
    assert not (tmp_path / "missing.db").exists()  # read-only: nothing created

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 200)
    assert read_agenda_preview(f"sqlite:///{garbage}", 1) is None

    path = sqlite_path(url)
    assert path is not None
    with sqlite3.connect(path) as conn:  # a file of another schema revision is migrated the normal way
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_agenda_preview(url, meeting_id) is None


def test_head_revision_without_alembic_is_alembics_head(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        assert head_revision() == ScriptDirectory.from_config(alembic_config(db.engine)).get_current_head()
    finally:
        db.close()
