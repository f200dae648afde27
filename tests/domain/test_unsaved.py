"""Typed text not yet stored survives on disk until the database has it (workshop/unsaved.py)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workshop.unsaved import UnsavedTexts, database_key

URL = "postgresql+psycopg://sekretaer:hemmeligt@server.kommune.dk/workshop"


def test_kept_until_stored_and_no_file_while_nothing_waits(tmp_path: Path) -> None:
    texts = UnsavedTexts(URL, tmp_path)
    assert texts.all() == [] and not list(tmp_path.glob("*.json"))
    texts.keep("item.decision", 7, "Godkendt med ændringer.", "", 3, "Beslutning, punkt 2")
    on_disk = json.loads(texts.path.read_text(encoding="utf-8"))
    assert [(e["field"], e["row_id"], e["text"], e["base"], e["version"], e["label"]) for e in on_disk["entries"]] == [
        ("item.decision", 7, "Godkendt med ændringer.", "", 3, "Beslutning, punkt 2")]
    texts.keep("item.decision", 7, "Godkendt med to ændringer.", "", 3, "Beslutning, punkt 2")  # the newest text
    assert texts.get("item.decision", 7).text == "Godkendt med to ændringer."  # type: ignore[union-attr]
    assert texts.get("item.decision", 8) is None
    texts.stored("item.decision", 7)
    assert texts.all() == [] and not texts.path.exists()


def test_a_new_process_adopts_what_a_killed_one_left(tmp_path: Path) -> None:
    folder = tmp_path / "unsaved"
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from workshop.unsaved import UnsavedTexts
        texts = UnsavedTexts({URL!r}, Path({str(folder)!r}))
        texts.keep("answer:4", 12, "Trygge skoleveje", "", 2, "Svar fra Anne Hansen")
        texts.keep("meeting.purpose", 1, "At runde den første opgave af", "At runde", None, "Mødets formål")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert folder.stat().st_mode & 0o777 == 0o700  # the typed text is the user's alone
    texts = UnsavedTexts(URL.replace("hemmeligt", "nyt-kodeord"), folder)  # the same database
    assert [(e.field, e.row_id, e.text, e.base, e.version) for e in texts.all()] == [
        ("answer:4", 12, "Trygge skoleveje", "", 2),
        ("meeting.purpose", 1, "At runde den første opgave af", "At runde", None)]
    assert [p.name for p in folder.glob("*.json")] == [texts.path.name]  # adopted into its own file
    assert not list(folder.glob(".*.tmp"))
    other = UnsavedTexts("sqlite:////tmp/andet.db", folder)  # another database: not its texts
    assert other.all() == []


def test_an_unreadable_file_is_set_aside_not_lost_and_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / f"{database_key(URL)}.1.json").write_text("{ikke json", encoding="utf-8")
    texts = UnsavedTexts(URL, tmp_path)
    assert texts.all() == []
    assert (tmp_path / f"{database_key(URL)}.1.bad").read_text(encoding="utf-8") == "{ikke json"
    assert "could not be read" in caplog.text


def test_the_key_ignores_the_password_but_not_the_database() -> None:
    assert database_key(URL) == database_key(URL.replace("hemmeligt", "andet"))
    assert database_key(URL) != database_key(URL.replace("/workshop", "/test"))
    assert "hemmeligt" not in database_key(URL)


def test_a_database_in_memory_keeps_nothing_on_disk(tmp_path: Path) -> None:
    texts = UnsavedTexts("sqlite://", tmp_path)
    texts.keep("item.decision", 1, "Godkendt.", "", None, "Beslutning")
    assert texts.get("item.decision", 1) is not None  # kept while the process lives
    assert not list(tmp_path.iterdir())
