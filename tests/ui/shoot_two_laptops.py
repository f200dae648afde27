"""The README's screenshot of two laptops on one meeting: the secretary's and the chair's windows,
each with its own ``Database`` on one PostgreSQL server, side by side.

    WORKSHOP_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.shoot_two_laptops docs/screenshots/two-laptops.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_DATA_DIR", tempfile.mkdtemp(prefix="workshop-shot-"))

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.pg_schema import pg_schema
from workshop.db import Database
from workshop.demo import load_demo
from workshop.services import agenda, capture, meetings

from ui.main_window import MainWindow
from ui.settings import Settings


def wait(app: QApplication, done: object, timeout: float = 10.0) -> None:
    t0 = time.monotonic()
    while not done() and time.monotonic() - t0 < timeout:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)


def main(out: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopShot")
    QCoreApplication.setApplicationName("WorkshopShot")
    QSettings().clear()
    admin = os.environ.get("WORKSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    with pg_schema(admin, f"ws_shot_{os.getpid()}") as url:
        setup = Database(url)
        meeting = load_demo(setup)
        items = agenda.list_items(setup, meeting)
        work = next(i for i in items if i.kind == "group_work")
        meetings.set_current_step(setup, meeting, work.id, "inputs")  # type: ignore[arg-type]
        Settings().last_meeting = meeting
        windows = []
        for name, tab in (("Sekretærens bærbare", "capture"), ("Formandens bærbare", "run")):
            db = Database(url, client_name=name)
            window = MainWindow(Settings())
            window.resize(1280, 800)
            window.show()
            window.open_database(db)
            window.show_panel(tab)  # type: ignore[arg-type]
            windows.append(window)
        secretary, chair = windows
        wait(app, lambda: "Formandens" in secretary.presence_label.text() and "Sekretærens" in chair.presence_label.text())
        group = capture.list_groups(setup, work.id)[0]  # type: ignore[arg-type]
        column = secretary.panels["capture"].groups.columns[group.id]  # type: ignore[attr-defined]
        column.entry.setText("Skrevet hos sekretæren, vist hos formanden")
        column.add_input()
        wait(app, lambda: "Skrevet hos sekretæren, vist hos formanden" in chair.panels["run"].view.inputs.model.texts(group.id))  # type: ignore[attr-defined]
        for _ in range(20):
            app.processEvents()
        shots = [w.grab().toImage() for w in windows]
        gap, label = 24, 40
        image = QImage(sum(s.width() for s in shots) + gap, max(s.height() for s in shots) + label,
                       QImage.Format.Format_RGB32)
        image.fill(QColor("#d0d4d8"))
        painter = QPainter(image)
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        painter.setFont(font)
        x = 0
        for shot, title in zip(shots, ("Sekretærens bærbare (Indfangning)", "Formandens bærbare (Afvikling)"),
                               strict=True):
            painter.drawText(x + 12, 0, shot.width(), label, Qt.AlignmentFlag.AlignVCenter, title)
            painter.drawImage(x, label, shot)
            x += shot.width() + gap
        painter.end()
        image.save(out)
        for w in windows:
            w.close()
        setup.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/two-laptops.png")
    os._exit(0)
