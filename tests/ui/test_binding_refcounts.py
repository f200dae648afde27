"""The Qt binding must not corrupt the interpreter (issue 11).

PySide6-Essentials 6.12.0 dropped a reference to ``None`` on every void C++ call; on
Python 3.11 the count ran out minutes into a meeting (``none_dealloc``, ``bool_dealloc``).
Both checks run in a fresh interpreter, so a corrupted count aborts that process, not pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

VOID_CALLS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QProgressBar
    app = QApplication([])
    label, box, edit, bar, obj, timer = QLabel(), QCheckBox(), QLineEdit(), QProgressBar(), QObject(), QTimer()
    calls = [
        lambda i: label.setText(str(i)),        # a QString argument
        lambda i: box.setChecked(i % 2 == 0),   # a bool argument (True and False)
        lambda i: label.setVisible(i % 3 == 0), # a virtual with a bool argument
        lambda i: edit.clear(),                 # no argument
        lambda i: bar.setValue(i % 100),        # an int argument
        lambda i: obj.setObjectName("o"),       # a QObject method
        lambda i: timer.stop(),                 # a slot
        lambda i: edit.setReadOnly(False),
        lambda i: label.setWordWrap(True),
        lambda i: bar.reset(),
    ]
    counted = (None, True, False)
    before = [sys.getrefcount(x) for x in counted]
    for i in range(100_000):
        calls[i % len(calls)](i)
    after = [sys.getrefcount(x) for x in counted]
    print(*(a - b for a, b in zip(after, before)))
""")


def _run(script: str, tmp_path: Path, timeout: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": str(tmp_path),
           "WORKSHOP_NO_CRASH_DIALOG": "1", "PYTHONFAULTHANDLER": "1"}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=ROOT)


def test_a_hundred_thousand_void_calls_leave_none_true_and_false_counted(tmp_path: Path) -> None:
    done = _run(VOID_CALLS, tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    deltas = dict(zip(("None", "True", "False"), map(int, done.stdout.split()), strict=True))
    assert all(abs(delta) <= 100 for delta in deltas.values()), deltas


CLOSE_WHILE_TYPING = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from workshop.db import Database
    from workshop.demo import load_demo
    from ui.main_window import MainWindow
    from ui.panels.agenda import AgendaPanel
    from ui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    app.setOrganizationName("WorkshopBindingTest")
    db = Database(sys.argv[1])
    meeting = load_demo(db)
    settings = Settings()
    settings.last_meeting = meeting
    typed = "Formanden bød velkommen; dagsorden godkendt. "
    counted = (None, True, False)
    before = [sys.getrefcount(x) for x in counted]
    for round_ in range(50):
        window = MainWindow(settings)
        window.open_database(db)
        window.show()
        panel = window.panels["agenda"]
        assert isinstance(panel, AgendaPanel)
        window.tabs.setCurrentWidget(panel)
        panel.purpose.setFocus()
        # Close after a varying number of keys: the window goes while keys are still arriving.
        QTimer.singleShot(5 + round_ % 5 * 10, window.close)
        QTest.keyClicks(panel.purpose, typed, delay=1)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, 0)  # DeferredDelete: the window is really gone
        app.processEvents()
    after = [sys.getrefcount(x) for x in counted]
    print("closed", round_ + 1, *(a - b for a, b in zip(after, before)))
    db.close()
""")


# Fifty rounds, as issue 11 asks: each of the five closing moments ten times. With 6.12.0 a
# whole-meeting run aborted once in six window closes, so fifty closes without a fatal error is
# the evidence; the void-call test above counts the leak per call.
@pytest.mark.slow  # ~20 s: fifty real main windows over the demo meeting
def test_closing_the_window_while_typing_fifty_times_keeps_the_interpreter_whole(tmp_path: Path) -> None:
    done = _run(CLOSE_WHILE_TYPING, tmp_path, 300, f"sqlite:///{tmp_path / 'workshop.db'}")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Fatal Python error" not in done.stderr
    closed, rounds, *deltas = done.stdout.split()
    assert (closed, rounds) == ("closed", "50")
    # A falling count is the corruption that aborts. A rising one is a reference the binding keeps
    # (6.11.3 keeps one to None per signal connection); None, True and False are never freed, so
    # that costs nothing.
    assert all(int(delta) >= -100 for delta in deltas), deltas
