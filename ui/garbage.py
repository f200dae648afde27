"""Python's cycle collector, run on the GUI thread only.

Widgets that end up in reference cycles (a panel, its columns and the lambdas connected to
them) are freed by the cycle collector, and freeing a QWidget must happen on the GUI thread.
Left automatic, the collector runs in whichever thread happens to allocate: a PDF rendered
on the PDF lane, or a database read on its lane, then destroys widgets off the GUI thread
and the process crashes (it did in ``tests/ui/test_run_mode.py`` while the referat rendered).
So automatic collection is off and this timer collects, by the same generation thresholds,
on the GUI thread (the pattern PyQt's own documentation and Calibre use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cycles on the GUI thread every ``INTERVAL_MS`` when a generation is due."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        return gc.collect(due[-1]) if due else 0


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for ``app`` (called where the QApplication is made)."""
    found = app.findChild(GuiThreadCollector)
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
