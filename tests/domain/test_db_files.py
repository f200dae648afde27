"""Database files that are damaged, foreign or from another Workshop: refused with one Danish line,
and never written to. Found by the hostile test of issue 11 (and issue 13's "newer" message).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.cli_run import Result, one_line_error, run_cli
from tests.databases import PG_URL, pg_url_or_skip
from tests.pg_schema import pg_schema
from workshop.db import Database, make_engine, migrate
from workshop.demo import demo_document
from workshop.errors import StorageError
from workshop.meetingfile.export import document_json
from workshop.schema_revision import head_revision

PAGE = 4096


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Workshop database with the demo meeting, checkpointed into one file (no -wal, no -shm)."""
    path = tmp_path_factory.mktemp("template") / "workshop.db"
    db = Database(f"sqlite:///{path}")
    from workshop.demo import load_demo

    load_demo(db)
    db.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def meeting_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop.json"
    path.write_text(document_json(demo_document()), encoding="utf-8")
    return path


def integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def damage_page_header(source: Path, target: Path, seed: int) -> None:
    """8 random bytes over the header of one page after the first, as the hostile test did."""
    rng = random.Random(seed)
    data = bytearray(source.read_bytes())
    page = rng.randrange(1, len(data) // PAGE)
    data[page * PAGE: page * PAGE + 8] = bytes(rng.randrange(256) for _ in range(8))
    target.write_bytes(bytes(data))


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name)}


def refused_untouched(result: Result, path: Path, before: bytes, *words: str) -> str:
    line = one_line_error(result)
    for word in words:
        assert word in line
    assert path.read_bytes() == before
    return line


# --- damaged files -----------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(40))
def test_a_damaged_page_header_gives_a_danish_line_and_no_write(
        capsys: pytest.CaptureFixture[str], template: Path, meeting_file: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "skadet.db"
    damage_page_header(template, path, seed)
    before = path.read_bytes()
    sound = integrity_ok(path)
    for args in (["import", str(meeting_file)], ["approve", "1", "--member", "Mikael Fenger"], ["list"]):
        result = run_cli(capsys, "--db", str(path), *args)
        assert "Traceback" not in result.err
        if sound:  # the damage hit bytes SQLite does not check: the file is fine to use
            assert result.code in (0, 2), result
            before = path.read_bytes()
            continue
        line = refused_untouched(result, path, before, "beskadiget", "skadet.db", "ikke ændret")
        assert "\\u000a" not in line and "***" not in line  # SQLite's report on one line, without its heading


def test_garbage_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "ødelagt.db"
    path.write_bytes(bytes(range(256)) * 64)
    before = path.read_bytes()
    refused_untouched(run_cli(capsys, "--db", str(path), "demo"), path, before, "ødelagt.db", "ikke ændret")
    assert siblings(path) == {"ødelagt.db"}


def test_a_folder_or_a_device_is_no_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert "er en mappe" in one_line_error(run_cli(capsys, "--db", str(tmp_path), "list"))
    assert "ikke en almindelig fil" in one_line_error(run_cli(capsys, "--db", "/dev/null", "list"))


def test_an_empty_file_becomes_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "tom.db"
    path.touch()
    assert run_cli(capsys, "--db", str(path), "demo").code == 0


# --- the version table ---------------------------------------------------------------------

def test_two_rows_in_alembic_version_is_refused(capsys: pytest.CaptureFixture[str], template: Path,
                                                tmp_path: Path) -> None:
    path = tmp_path / "to.db"
    shutil.copy(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0003')")
    conn.close()
    before = path.read_bytes()
    line = refused_untouched(run_cli(capsys, "--db", str(path), "list"), path, before, "versionstabel")
    assert "2 rækker" in line and "nyere" not in line


@pytest.mark.parametrize(("revision", "newer"), [
    ("9999_from_the_future", True), ("0999", True), ("abc", False), ("0004x", False),
    ("3f9a1c2e7b10", False), ("\x1b[2Jx", False), ("0000", False)])
def test_only_a_newer_schema_is_called_newer(capsys: pytest.CaptureFixture[str], template: Path, tmp_path: Path,
                                             revision: str, newer: bool) -> None:
    path = tmp_path / "andet.db"
    shutil.copy(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()
    before = path.read_bytes()
    line = refused_untouched(run_cli(capsys, "--db", str(path), "list"), path, before)
    assert ("nyere version af Workshop" in line) is newer, line
    assert "\x1b" not in line
    if not newer:
        assert "kender ikke" in line


def test_an_older_known_schema_is_upgraded(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "gammel.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine, "0003")
    engine.dispose()
    db = Database(f"sqlite:///{path}")
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    conn.close()


# --- another program's file ----------------------------------------------------------------

@pytest.mark.parametrize("tables", [["CREATE TABLE x (a)"], ["CREATE TABLE meeting (id INTEGER PRIMARY KEY)"]])
def test_another_programs_file_is_not_switched_to_wal_or_touched(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, tables: list[str]) -> None:
    path = tmp_path / "andet-program.db"
    conn = sqlite3.connect(path)
    for statement in tables:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for command in (["list"], ["demo"]):
        line = refused_untouched(run_cli(capsys, "--db", str(path), *command), path, before, "ikke ændret")
        assert "nyere" not in line
    assert siblings(path) == {"andet-program.db"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


# --- PostgreSQL: the same decisions -----------------------------------------------------------

@pytest.fixture
def pg_url() -> Iterator[str]:
    pg_url_or_skip()
    with pg_schema(PG_URL, f"ws_dbfiles_{os.getpid()}") as url:
        yield url


def test_postgresql_two_version_rows_and_unknown_revisions(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO alembic_version VALUES ('0003')"))
        with pytest.raises(StorageError, match="versionstabel"):
            migrate(engine)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version WHERE version_num = '0003'"))
            conn.execute(text("UPDATE alembic_version SET version_num = 'abc'"))
        with pytest.raises(StorageError, match="kender ikke") as caught:
            migrate(engine)
        assert "nyere" not in str(caught.value)
    finally:
        engine.dispose()


def test_postgresql_foreign_tables_are_refused(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE x (a int)"))
        with pytest.raises(StorageError, match="andre tabeller end Workshops"):
            migrate(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM information_schema.tables WHERE table_name ="
                                     " 'alembic_version' AND table_schema = current_schema()")).scalar_one() == 0
    finally:
        engine.dispose()


# --- two processes opening a new database at once ----------------------------------------------

_OPEN_AFTER_RENDEZVOUS = """
import os, sys, time
from pathlib import Path
from workshop import db as db_module
meet = Path(sys.argv[2])
read = db_module._read_schema

def read_then_wait(conn):
    found = read(conn)
    (meet / str(os.getpid())).touch()
    deadline = time.monotonic() + 1.5
    while len(list(meet.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    return found

db_module._read_schema = read_then_wait
db_module.Database(sys.argv[1]).close()
"""


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_two_first_opens_at_once_migrate_once(tmp_path: Path, kind: str) -> None:
    """Two processes open one new database. Each, right after reading the schema, waits (up to 1.5 s)
    for the other to have read it too: without a lock both find it empty and both create the tables,
    and one fails. Real processes: Alembic's ``context`` and ``op`` are process-wide."""
    import subprocess
    import sys

    from tests.pg_schema import create_schema, drop_schema

    schema = f"ws_firstopen_{os.getpid()}"
    url = f"sqlite:///{tmp_path}/ny.db"
    if kind == "postgresql":
        pg_url_or_skip()
        url = create_schema(PG_URL, schema)
    meet = tmp_path / "rendezvous"
    meet.mkdir()
    try:
        openers = [subprocess.Popen([sys.executable, "-c", _OPEN_AFTER_RENDEZVOUS, url, str(meet)],
                                    stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(opener.wait(120), opener.stderr.read() if opener.stderr else "") for opener in openers]
        assert results == [(0, ""), (0, "")]
        engine = make_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [(head_revision(),)]
        engine.dispose()
    finally:
        if kind == "postgresql":
            drop_schema(PG_URL, schema)
