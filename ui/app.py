"""Start the desktop app: QApplication, translators, excepthook, the window, then the data.

``workshop`` with no arguments (workshop/cli.py) calls ``main(db_url)``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import errors
from ui.settings import Settings

if TYPE_CHECKING:
    from workshop.db import Database

    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Danish is the source language: the texts in the code are the Danish UI, with no catalogue of
# their own. Refresh the English catalogue after changing UI text with
#   .venv/bin/pyside6-lupdate $(find ui -name "*.py" | sort) -source-language da -target-language en \
#       -no-obsolete -ts resources/translations/workshop_en.ts
# and translate what it marks unfinished: tests/ui/test_translations.py fails until none is left.
# The .qm files are built from them at start (compiled_translation) and are not in git.
SOURCE_LANGUAGE = "da"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
ORGANIZATION = "Workshop"
APPLICATION = "Workshop"
# tests/bench/startup_bench.py: a moment named here makes the app print a marker at each moment
# up to it and exit there. "agenda": the last meeting's agenda is on screen (the preview, when
# there is one); "editable": the real screens have replaced it.
BENCH_EXIT_ENV = "WORKSHOP_BENCH_EXIT"
BENCH_MOMENTS = ("painted", "agenda", "editable")


def lrelease_path() -> str | None:
    """pyside6-lrelease next to this interpreter (the venv), else on PATH."""
    import shutil

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
            import subprocess  # only when a catalogue changed: not on every start

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
    qm = compiled_translation(language) if language != SOURCE_LANGUAGE else None
    if qm is not None:
        own = QTranslator(app)
        if own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    from ui.garbage import collect_on_gui_thread

    collect_on_gui_thread(app)  # freeing widgets off the GUI thread crashes (ui/garbage.py)
    return app


class _BenchMarker(QObject):
    """Benchmark hook: at the window's next paint print ``WORKSHOP_BENCH <moment>`` for each moment,
    exiting at the one named in ``WORKSHOP_BENCH_EXIT``.

    ``idle`` waits for the event loop to go idle after that paint (children painted, screen usable).
    """

    def __init__(self, window: QObject, moments: tuple[str, ...], exit_at: str, *, idle: bool) -> None:
        super().__init__(window)
        self.window, self.moments, self.exit_at, self.idle = window, moments, exit_at, idle
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            if self.idle:
                QTimer.singleShot(0, self.mark)
            else:
                self.mark()
        return False

    def mark(self) -> None:
        for moment in self.moments:
            print(f"WORKSHOP_BENCH {moment}", flush=True)
            if moment == self.exit_at:
                os._exit(0)  # no clean-up, no settings written: the measured run leaves nothing behind


class Opening:
    """Opens ``db_url`` into ``window``: at once, or after a preview while the data layer loads.

    ``start`` shows the last meeting's agenda read with sqlite3 (when it can) and lets
    a ``DataLayerLoader`` thread import and open the rest; ``status`` is 2 once the
    database has been refused (the dialog said why, the window is closed).
    """

    def __init__(self, app: QApplication, window: MainWindow, db_url: str, bench_exit: str | None) -> None:
        self.app, self.window, self.db_url, self.bench_exit = app, window, db_url, bench_exit
        self.status = 0
        self.db: Database | None = None
        self.loader: QObject | None = None  # the DataLayerLoader, while the preview is shown

    def _mark(self, *moments: str) -> None:
        if self.bench_exit in BENCH_MOMENTS:
            _BenchMarker(self.window, moments, self.bench_exit, idle=True)
            self.window.update()

    def start(self) -> None:
        from workshop.agenda_preview import read_agenda_preview

        preview = read_agenda_preview(self.db_url, self.window.settings.last_meeting)
        if preview is None:  # not SQLite, or nothing to preview: open the usual way, now
            if self.open_now():
                self._mark("agenda", "editable")
            return
        from ui.data_layer import DataLayerLoader

        self.window.show_preview(preview)
        self._mark("agenda")
        loader = DataLayerLoader(self.db_url, self.window, client_name=self.window.settings.laptop_name or None)
        loader.loaded.connect(self._loaded)
        loader.start_after_paint(self.window)
        self.loader = loader

    def _loaded(self, db: Database | None) -> None:
        if self.open_now(db):
            self._mark("editable")
        else:
            self.app.exit(self.status)

    def open_now(self, db: Database | None = None) -> bool:
        """Fill the window from ``db``, opening the database first when not given;
        False (status 2, window closed) when it cannot be opened."""
        if db is not None:
            self.db = db
            self.window.open_database(db)
            return True
        from workshop.db import Database
        from workshop.errors import StorageError

        try:
            self.db = Database(self.db_url, client_name=self.window.settings.laptop_name or None)
        except StorageError as error:
            log.warning("Database refused: %s", error.message)
            QMessageBox.critical(self.window, QCoreApplication.translate("MainWindow", "Databasen kan ikke åbnes"),
                                 QCoreApplication.translate("MainWindow",
                                                            "{message}\n\nWorkshop lukker; filen er ikke ændret.")
                                 .format(message=error.message))
            self.window.close()
            self.status = 2
            return False
        self.window.open_database(self.db)
        return True


def main(db_url: str, argv: list[str] | None = None, *, crash_dialog: bool | None = None,
         verbose: bool = False) -> int:
    """Run the app on ``db_url`` until the window closes; returns the exit status.

    Exit status 2 when the database cannot be opened (it is left untouched).
    ``crash_dialog=False`` (or ``WORKSHOP_NO_CRASH_DIALOG=1``, or ``--no-crash-dialog``
    in ``argv``) logs uncaught errors without a modal dialog, for tests. The log goes to
    ``workshop.logs.log_path()``, and with ``verbose`` to stderr as well.
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

    window = MainWindow(settings, first_paint_only=True)
    bench_exit = os.environ.get(BENCH_EXIT_ENV)
    if bench_exit in BENCH_MOMENTS:
        _BenchMarker(window, ("painted",), bench_exit, idle=False)
    window.show()
    app.processEvents()  # paint the empty window before the slow imports and the database
    from workshop import logs

    logs.configure(verbose=verbose)  # after the first paint: its imports cost ~10 ms
    window.finish_frame()

    opening = Opening(app, window, db_url, bench_exit)
    opening.start()
    if opening.status:
        return opening.status
    status = app.exec()
    if opening.db is not None:
        opening.db.close()
    return opening.status or status
