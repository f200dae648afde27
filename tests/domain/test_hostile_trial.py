"""Found by the hostile trial of 2026-12-04 (report trial-hostile.md): each failed before its fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli_run import one_line_error, run_cli


@pytest.mark.parametrize("option", ["--json", "--pdf"])
@pytest.mark.parametrize("suffix", ["", "-wal", "-journal", "-shm"])
def test_export_onto_the_open_database_file_is_refused_and_the_database_survives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, suffix: str) -> None:
    """``export 1 --json workshop.db`` replaced the whole database with the meeting file."""
    db_file = tmp_path / "workshop.db"
    meeting = run_cli(capsys, "--db", str(db_file), "demo").last
    before = db_file.read_bytes()
    target = Path(str(db_file) + suffix)
    line = one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(target)))
    assert "database" in line and "intet er skrevet" in line.lower(), line
    assert db_file.read_bytes() == before
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the same file reached through a link, or a relative path, is the same database
    link = tmp_path / "link.db"
    link.symlink_to(db_file)
    one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(link)))
    assert db_file.read_bytes() == before
    assert run_cli(capsys, "--db", str(db_file), "list").code == 0
