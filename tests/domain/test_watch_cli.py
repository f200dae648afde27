"""``workshop watch``: refuses SQLite before touching it, names a missing meeting, prints JSON lines."""

from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tests.live_support import small_meeting
from workshop import cli
from workshop.db import Database
from workshop.live import watch as watch_module
from workshop.live.listener import Listener
from workshop.pg_connect import Client
from workshop.services import capture


def test_watch_refuses_sqlite_in_danish_without_creating_the_file(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "workshop.db"
    with pytest.raises(SystemExit) as ended:
        cli.main(["--db", str(path), "watch", "1"])
    assert ended.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "kræver en fælles PostgreSQL-server (--db postgresql://…)" in err[0]
    assert not path.exists()


def test_watch_names_a_meeting_that_does_not_exist(pg_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["--db", pg_db.url, "watch", "424242"])
    assert ended.value.code == 2
    assert "findes ikke" in capsys.readouterr().err


def test_watch_prints_connected_change_and_presence_lines(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    out, stop = io.StringIO(), threading.Event()

    def wait_for(event: str, timeout: float = 5.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in map(json.loads, out.getvalue().splitlines()) if line["event"] == event]
            if found:
                return found[-1]  # type: ignore[no-any-return]
            time.sleep(0.05)
        raise TimeoutError(f"no {event!r} line in {out.getvalue()!r}")

    thread = threading.Thread(target=watch_module.watch, args=(pg_db, m.meeting, out, stop))  # not the main
    thread.start()  # thread, so no SIGTERM handler is installed
    try:
        connected = wait_for("connected")
        assert connected["meeting"] == m.meeting and connected["stale"] == [m.meeting]
        capture.add_input(pg_db, m.group, "Et input")
        change = wait_for("change")
        assert change["kinds"] == ["inputs"] and change["meeting"] == m.meeting and change["received"]
        with Listener(pg_db.url, client=Client.new("Formandens bærbare")) as other:
            other.join(m.meeting)
            presence = wait_for("presence", timeout=8)
            assert [p["name"] for p in presence["present"]] == ["Formandens bærbare"]
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
