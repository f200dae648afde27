"""PySide6 6.12 on Python 3.11 leaks a reference to None per void C++ call; ui guards it."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import ui  # noqa: F401  (installs the guard)
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(50_000):
    label.setText(str(i))
print("survived")
"""


def test_fifty_thousand_void_calls_do_not_abort_the_process() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env,
                          timeout=120, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
