"""Start the desktop app: QApplication, translators, excepthook, the window, then the data.

``workshop`` with no arguments (workshop/cli.py) calls ``main(db_url)``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import errors
from ui.settings import Settings

log = logging.getLogger(__name__)

# Danish is the source language. Refresh the catalogues after changing UI text with
#   .venv/bin/pyside6-lupdate ui/*.py ui/models/*.py ui/panels/*.py -source-language da \
#       -target-language en -ts resources/translations/workshop_en.ts   (and "da" -> workshop_da.ts)
# The .qm files are built from them at start (compiled_translation) and are not in git.
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
ORGANIZATION = "Workshop"
APPLICATION = "Workshop"
# tests/bench/startup_bench.py: "painted" or "agenda" makes the app print a marker and exit there.
BENCH_EXIT_ENV = "WORKSHOP_BENCH_EXIT"


def lrelease_path() -> str | None:
    """pyside6-lrelease next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(language: str) -> Path | None:
    """The .qm for ``language``, compiled from its .ts when missing or older (.qm is not in git)."""
    ts = TRANSLATIONS_DIR / f"workshop_{language}.ts"
    qm = ts.with_suffix(".qm")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = lrelease_path()
        if tool is None:
            log.warning("pyside6-lrelease not found; %s not compiled", ts)
        else:
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                               capture_output=True, timeout=60)
            except (OSError, subprocess.SubprocessError) as error:
                log.warning("Could not compile %s: %s", ts, error)
    return qm if qm.exists() else None


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Workshop's own strings (Danish is the source) and Qt's standard dialogs."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "da":
        qt = QTranslator(app)
        if qt.load("qtbase_da", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    qm = compiled_translation(language)
    if qm is not None:
        own = QTranslator(app)
        if own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


class _BenchMarker(QObject):
    """Benchmark hook: at the window's next paint print ``WORKSHOP_BENCH <moment>``, exiting if ``last``.

    ``idle`` waits for the event loop to go idle after that paint (children painted, agenda usable).
    """

    def __init__(self, window: QObject, moment: str, *, idle: bool, last: bool) -> None:
        super().__init__(window)
        self.window, self.moment, self.idle, self.last = window, moment, idle, last
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            if self.idle:
                QTimer.singleShot(0, self.mark)
            else:
                self.mark()
        return False

    def mark(self) -> None:
        print(f"WORKSHOP_BENCH {self.moment}", flush=True)
        if self.last:
            os._exit(0)  # no clean-up, no settings written: the measured run leaves nothing behind


def main(db_url: str, argv: list[str] | None = None, *, crash_dialog: bool | None = None) -> int:
    """Run the app on ``db_url`` until the window closes; returns the exit status.

    Exit status 2 when the database cannot be opened (it is left untouched).
    ``crash_dialog=False`` (or ``WORKSHOP_NO_CRASH_DIALOG=1``, or ``--no-crash-dialog``
    in ``argv``) logs uncaught errors without a modal dialog, for tests.
    """
    argv = list(argv if argv is not None else sys.argv)
    if crash_dialog is None:
        crash_dialog = "--no-crash-dialog" not in argv and not os.environ.get(errors.NO_DIALOG_ENV)
    argv = [a for a in argv if a != "--no-crash-dialog"]
    app = application(argv)
    settings = Settings()
    install_translators(app, settings.language)
    errors.install_excepthook(show_dialog=crash_dialog)

    from ui.main_window import MainWindow

    window = MainWindow(settings)
    bench_exit = os.environ.get(BENCH_EXIT_ENV)
    if bench_exit in ("painted", "agenda"):  # "agenda" marks the first paint too, without exiting
        _BenchMarker(window, "painted", idle=False, last=bench_exit == "painted")
    window.show()
    app.processEvents()  # paint the empty window before the slow imports and the database

    from workshop.db import Database
    from workshop.errors import StorageError

    try:
        db = Database(db_url)
    except StorageError as error:
        QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Databasen kan ikke åbnes"),
                             QCoreApplication.translate("MainWindow",
                                                        "{message}\n\nWorkshop lukker; filen er ikke ændret.")
                             .format(message=error.message))
        window.close()
        return 2
    window.open_database(db)
    if bench_exit == "agenda":
        _BenchMarker(window, "agenda", idle=True, last=True)
        window.update()
    status = app.exec()
    db.close()
    return status
