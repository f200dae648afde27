"""A capture process killed mid-meeting loses nothing it reported saved, and the file stays sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from workshop.db import Database
from workshop.services import agenda, capture, committees, meetings

CHILD = textwrap.dedent("""
    import sys
    from workshop.db import Database
    from workshop.services import capture

    db = Database(sys.argv[1])
    group_id = int(sys.argv[2])
    print("ready", flush=True)
    for i in range(1000):
        change = capture.add_input(db, group_id, f"Input {i} – æøå ✓")
        print(change.id, flush=True)
""")


@pytest.mark.slow
def test_killed_capture_keeps_every_reported_input(tmp_path: Path) -> None:
    path = tmp_path / "møde.db"
    url = f"sqlite:///{path}"
    db = Database(url)
    c = committees.create_committee(db, name="Opgaveudvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2017, 11, 15, 18)).id  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Pejlemærker", kind="group_work").id  # type: ignore[arg-type]
    group = capture.add_group(db, item, name="Gruppe 1").id  # type: ignore[arg-type]
    db.close()

    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(group)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    reported: list[int] = []
    try:
        while len(reported) < 300:
            line = child.stdout.readline()
            assert line, f"the child stopped early: {child.stderr.read() if child.stderr else ''}"
            reported.append(int(line))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL  # killed, not finished: the test means something

    with sqlite3.connect(path) as conn:  # plain sqlite3: the file as any reader finds it
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT id FROM input WHERE group_id = ?", (group,))}
    conn.close()
    assert set(reported) <= stored
    assert 300 <= len(stored) < 1000

    db = Database(url)  # and the app opens it again and carries on
    try:
        texts = [i.text for i in capture.list_inputs(db, item)]  # type: ignore[arg-type]
        assert texts[:300] == [f"Input {i} – æøå ✓" for i in range(300)]
        capture.add_input(db, group, "Efter nedbruddet")  # type: ignore[arg-type]
        assert capture.list_inputs(db, item)[-1].text == "Efter nedbruddet"  # type: ignore[arg-type]
    finally:
        db.close()
