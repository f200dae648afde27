"""The floor for figure 1: the least a PySide6 program can do to paint a window, then exit.

Prints ``WORKSHOP_BENCH painted`` at the first paint of an empty window of the
app's size, the same marker ``ui/app.py`` prints under ``WORKSHOP_BENCH_EXIT``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, _done)  # after this paint has reached the backing store
        return False


def _done() -> None:
    print("WORKSHOP_BENCH painted", flush=True)
    os._exit(0)


def main() -> None:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Workshop")
    window.resize(1280, 800)
    paint = _FirstPaint()
    window.installEventFilter(paint)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
