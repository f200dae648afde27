"""Text typed into a field survives a SIGKILL 1.2 s later: the real app, a real SQLite file, a real kill."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from workshop.db import Database
from workshop.services import agenda, committees, meetings

TYPED = "Udvalget drøfter pejlemærker – intet må gå tabt"

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    import ui.app

    db_url, meeting_id, committee_id, text = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = ui.app.application(["workshop"])

    def type_into_summary():
        from ui.main_window import MainWindow
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if window.ctx is None:  # the database is not open yet
            QTimer.singleShot(50, type_into_summary)
            return
        window.navigator.select_meeting(meeting_id, committee_id)
        window.show_panel("agenda")
        summary = window.panels["agenda"].edits["summary"]
        summary.setFocus()
        for ch in text:  # QTest types ASCII only; other letters go in as typed text
            if ch.isascii():
                QTest.keyClicks(summary, ch)
            else:
                summary.insertPlainText(ch)
        print("TYPED", flush=True)

    QTimer.singleShot(0, type_into_summary)
    sys.exit(ui.app.main(db_url, ["workshop"], crash_dialog=False))
""")


@pytest.mark.slow
def test_typed_text_survives_sigkill_after_1_2_seconds(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'workshop.db'}"
    db = Database(url)
    cid = committees.create_committee(db, name="Opgaveudvalg").id
    mid = meetings.create_meeting(db, cid, title="1. møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    item = agenda.add_item(db, mid, title="Pejlemærker").id  # type: ignore[arg-type]
    db.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": str(tmp_path / "data"),
           "WORKSHOP_NO_CRASH_DIALOG": "1", "PYTHONUNBUFFERED": "1"}
    env.pop("WORKSHOP_BENCH_EXIT", None)
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(mid), str(cid), TYPED],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             cwd=Path(__file__).resolve().parents[2], text=True)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and child.poll() is None:
            ready, _, _ = select.select([child.stdout], [], [], 0.5)
            if ready:
                line = child.stdout.readline()  # type: ignore[union-attr]
                if line.startswith("TYPED"):
                    break
        assert line.startswith("TYPED"), f"child never typed: {child.stderr.read() if child.poll() is not None else ''}"  # type: ignore[union-attr]
        time.sleep(1.2)
        assert child.poll() is None, "the app must still be running when it is killed"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)

    reopened = Database(url)  # "restart": open the file again
    try:
        assert agenda.get_item(reopened, item).summary == TYPED  # type: ignore[arg-type]
    finally:
        reopened.close()
