"""The last meeting's agenda read straight from a SQLite file, for the first seconds after start.

SQLAlchemy and SQLModel take ~0.4 s to import, longer than Python and Qt take to
paint a window. So that the chair sees the agenda at once, the app reads what the
agenda screen shows with the standard library's ``sqlite3``, read-only, while the
full data layer loads in the background; the real screens then take over.

Anything unexpected (another database than SQLite, a missing file, a schema of
another revision, a locked or damaged file, a meeting that is gone) gives None,
and the app simply takes the normal path. Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from workshop.schedule import planned_starts
from workshop.schema_revision import head_revision

_SQLITE_PREFIX = "sqlite:///"


@dataclass(frozen=True)
class PreviewMeeting:
    id: int
    committee_id: int
    number: int | None
    title: str
    starts_at: datetime
    location: str
    purpose: str
    case_id: str
    ended_at: str | None
    current_item_id: int | None


@dataclass(frozen=True)
class PreviewItem:
    id: int
    title: str
    kind: str
    open: bool
    planned_minutes: int | None
    planned_start: datetime
    case_id: str
    summary: str
    background: str
    presentation: str
    economy: str
    previous_decisions: str
    recommended_by: str
    recommendations: list[str]
    decided_by: str


@dataclass(frozen=True)
class PreviewCommittee:
    id: int
    name: str
    meetings: list[PreviewMeeting] = field(default_factory=list)
    folder_counts: dict[str, int] = field(default_factory=dict)  # members, tasks, working_groups


@dataclass(frozen=True)
class AgendaPreview:
    """What the navigator and the agenda screen show for the last meeting."""

    committees: list[PreviewCommittee]
    meeting: PreviewMeeting
    items: list[PreviewItem]


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL; None for any other database or an in-memory one."""
    if not url.startswith(_SQLITE_PREFIX) or "?" in url:
        return None
    path = url[len(_SQLITE_PREFIX):]
    return Path(path) if path and path != ":memory:" else None


def read_agenda_preview(url: str, meeting_id: int | None) -> AgendaPreview | None:
    """The preview of meeting ``meeting_id`` in the database at ``url``, or None (see the module text)."""
    path = sqlite_path(url)
    if meeting_id is None or path is None or not path.is_file():
        return None
    try:
        # mode=ro: never creates, migrates or writes; a writer elsewhere is fine (WAL).
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, meeting_id)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # locked, damaged or unexpected: the normal path will say what is wrong
    finally:
        conn.close()


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _read(conn: sqlite3.Connection, meeting_id: int) -> AgendaPreview | None:
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(revision) != 1 or revision[0][0] != head_revision():
        return None  # an older file is migrated on the normal path; a newer one is refused there
    meeting_columns = "id, committee_id, number, title, starts_at, location, purpose, case_id, ended_at, current_item_id"
    row = conn.execute(f"SELECT {meeting_columns} FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        return None
    meeting = _meeting(row)

    committees = []
    for cid, name in conn.execute("SELECT id, name FROM committee ORDER BY name, id"):
        meetings = [_meeting(r) for r in conn.execute(
            f"SELECT {meeting_columns} FROM meeting WHERE committee_id = ? ORDER BY starts_at, id", (cid,))]
        counts = {
            "members": conn.execute("SELECT count(*) FROM member WHERE committee_id = ?", (cid,)).fetchone()[0],
            "tasks": conn.execute("SELECT count(*) FROM task WHERE committee_id = ?", (cid,)).fetchone()[0],
            "working_groups": conn.execute(
                "SELECT count(*) FROM workinggroup w JOIN agendaitem a ON a.id = w.item_id"
                " JOIN meeting m ON m.id = a.meeting_id"
                " WHERE m.committee_id = ? AND a.kind = 'working_groups'", (cid,)).fetchone()[0],
        }
        committees.append(PreviewCommittee(cid, name, meetings, counts))

    rows = conn.execute(
        "SELECT id, title, kind, open, planned_minutes, case_id, summary, background, presentation,"
        " economy, previous_decisions, recommended_by, recommendations, decided_by"
        " FROM agendaitem WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)).fetchall()
    starts = planned_starts(meeting.starts_at, (r[4] for r in rows))
    items = [PreviewItem(
        id=r[0], title=r[1], kind=r[2], open=bool(r[3]), planned_minutes=r[4], planned_start=start,
        case_id=r[5], summary=r[6], background=r[7], presentation=r[8], economy=r[9],
        previous_decisions=r[10], recommended_by=r[11], recommendations=_lines(r[12]), decided_by=r[13])
        for r, start in zip(rows, starts, strict=True)]
    return AgendaPreview(committees, meeting, items)


def _meeting(r: tuple) -> PreviewMeeting:
    return PreviewMeeting(id=r[0], committee_id=r[1], number=r[2], title=r[3], starts_at=_when(r[4]),
                          location=r[5], purpose=r[6], case_id=r[7], ended_at=r[8], current_item_id=r[9])


def _lines(raw: str) -> list[str]:
    value = json.loads(raw) if raw else []
    if not isinstance(value, list):
        raise ValueError("recommendations is not a list")
    return [str(v) for v in value]
