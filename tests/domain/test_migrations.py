"""Alembic migrations on SQLite and PostgreSQL: empty to head, first revision to head with data kept."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from tests.databases import PG_URL, pg_url_or_skip
from tests.pg_schema import pg_schema
from workshop.db import Database, alembic_config, current_revision, make_engine, migrate
from workshop.errors import LockedError, StorageError
from workshop.live import schema as live_schema
from workshop.meetingfile import meeting_document
from workshop.services import agenda, attendance, committees, meetings


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database that no test has migrated yet."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/leer.db"
        return
    pg_url_or_skip()
    with pg_schema(PG_URL, f"ws_migrate_{os.getpid()}") as url:
        yield url


def head(engine: Engine) -> str:
    head_revision = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head_revision is not None
    return head_revision


def test_empty_database_to_head_matches_the_models(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        assert current_revision(engine) is None
        migrate(engine)
        assert current_revision(engine) == head(engine)
        tables = set(inspect(engine).get_table_names())
        models = [SQLModel.metadata, live_schema.metadata]  # the live tables are kept apart from the models
        assert tables == {t for meta in models for t in meta.tables} | {"alembic_version"}
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    models)  # type: ignore[arg-type]
        assert diff == []
        migrate(engine)  # a second open is a no-op
        assert current_revision(engine) == head(engine)
    finally:
        engine.dispose()


def test_first_revision_to_head_keeps_the_data(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        migrate(engine, "0001")
        assert current_revision(engine) == "0001"
        with engine.begin() as conn:  # rows as the first release wrote them, in its own tables

            def insert(table: str, **values: object) -> int:
                columns = ", ".join(f'"{k}"' for k in values)
                conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + k for k in values)})"),
                             values)
                return int(conn.execute(text(f"SELECT max(id) FROM {table}")).scalar_one())

            c = insert("committee", name="Opgaveudvalg for digitalisering og teknologi", kind="opgaveudvalg",
                       period="2017-2018", version=1)
            chair = insert("member", committee_id=c, name="Mikael Fenger", role="formand", group="politiker",
                           party="C", position=0, version=1)
            anne = insert("member", committee_id=c, name="Anne Hjorth", role="medlem", group="borger", party="",
                          position=1, version=1)
            m = insert("meeting", committee_id=c, number=3, title="3. møde", starts_at=datetime(2017, 11, 15, 18),
                       location="Udvalgsværelse G", case_id="EMN-2017-05405", purpose="Formål", ended_at="21:00",
                       version=1)
            insert("attendance", meeting_id=m, member_id=chair, status="present", note="", version=1)
            insert("attendance", meeting_id=m, member_id=anne, status="excused", note="Afbud", version=1)
            insert("agendaitem", meeting_id=m, position=0, title="Velkomst", kind="welcome", open=True, case_id="",
                   planned_minutes=10, summary="Resumé", background="", presentation="", economy="",
                   previous_decisions="", recommended_by="Tværgående Funktioner",
                   recommendations='["at udvalget fortsætter", "at der nedsættes arbejdsgrupper"]',
                   decided_by="", decision="", question="", discussion_questions="[]", perspectives="[]",
                   version=1)
        migrate(engine)
        assert current_revision(engine) == head(engine)
    finally:
        engine.dispose()
    db = Database(empty_url)  # opens (and would migrate) like the app does
    try:
        assert [m.title for m in meetings.list_meetings(db)] == ["3. møde"]
        assert [m.name for m in committees.list_members(db, c)] == ["Mikael Fenger", "Anne Hjorth"]
        assert attendance.counts(db, m) == {"present": 1, "absent": 0, "excused": 1}
        item = agenda.list_items(db, m)[0]
        assert item.recommendations == ["at udvalget fortsætter", "at der nedsættes arbejdsgrupper"]
        doc = meeting_document(db, m)
        assert doc["meeting"]["starts_at"] == "2017-11-15T18:00" and doc["meeting"]["ended_at"] == "21:00"
        agenda.add_item(db, m, title="Afrunding", kind="closing")  # the upgraded database takes writes
        assert [i.title for i in agenda.list_items(db, m)] == ["Velkomst", "Afrunding"]
    finally:
        db.close()


def test_unknown_newer_revision_is_refused_untouched(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
        with pytest.raises(StorageError, match="nyere version af Workshop"):
            migrate(engine)
        assert current_revision(engine) == "0999"
    finally:
        engine.dispose()


def test_the_lock_state_is_filled_from_the_newest_versions(empty_url: str) -> None:
    """0010 on a database with referats: each meeting's lock state is its newest version's, and
    the lock holds from the first write on (a correction in progress leaves its meeting open)."""
    engine = make_engine(empty_url)
    try:
        migrate(engine, "0009")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO committee (id, name, kind, period, version) VALUES (1, 'Udvalget', '', '', 1)"))
            for m, versions in ((1, ["sent"]), (2, ["approved"]), (3, ["approved", "draft"]), (4, ["draft"]), (5, [])):
                conn.execute(text("INSERT INTO meeting (id, committee_id, title, starts_at, location, case_id, purpose,"
                                  " current_step, version) VALUES (:m, 1, :t, '2030-01-01 17:00', '', '', '', '', 1)"),
                             {"m": m, "t": f"Møde {m}"})
                for number, status in enumerate(versions, start=1):
                    conn.execute(text("INSERT INTO referatversion (meeting_id, number, status, note, created_at, version)"
                                      " VALUES (:m, :n, :s, '', '2030-01-02 12:00', 1)"), {"m": m, "n": number, "s": status})
        migrate(engine)
        with engine.connect() as conn:
            states = dict(conn.execute(text("SELECT id, lock_state FROM meeting ORDER BY id")).all())
        assert states == {1: "sent", 2: "approved", 3: None, 4: None, 5: None}
    finally:
        engine.dispose()
    db = Database(empty_url)
    try:
        for m, refused in ((1, True), (2, True), (3, False), (4, False), (5, False)):
            if refused:
                with pytest.raises(LockedError):
                    agenda.add_item(db, m, title="Nyt punkt")
            else:
                agenda.add_item(db, m, title="Nyt punkt")
    finally:
        db.close()
