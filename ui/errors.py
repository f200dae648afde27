"""The last line of defence: an excepthook that logs a crash report and tells the user."""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop import logs
from workshop.paths import data_dir

log = logging.getLogger(__name__)

# Set WORKSHOP_NO_CRASH_DIALOG=1 (tests, scripted runs) to log without a modal dialog.
NO_DIALOG_ENV = "WORKSHOP_NO_CRASH_DIALOG"
_fault_file: IO[str] | None = None


def crash_dir() -> Path:
    path = data_dir() / "crash"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_crash_log(exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> Path:
    """Write the traceback to a new file in the data folder and return its path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = crash_dir() / f"crash-{stamp}.log"
    path.write_text("".join(traceback.format_exception(exc_type, exc, tb)), encoding="utf-8")
    return path


def install_excepthook(show_dialog: bool = True) -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to a log file and a dialog.

    A hard crash (segfault) is caught by ``faulthandler`` into ``crash/fault.log``.
    """
    global _fault_file
    show = show_dialog and os.environ.get(NO_DIALOG_ENV, "") not in ("1", "true")
    if _fault_file is None:
        _fault_file = (crash_dir() / "fault.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from ui.context import ScreenReadFailed

        if issubclass(exc_type, ScreenReadFailed):  # the banner says it; the screen keeps what it showed
            log.info("A screen kept what it showed: %s", exc)
            return
        path = write_crash_log(exc_type, exc, tb)
        log.error("Uncaught exception, crash log %s", path, exc_info=(exc_type, exc, tb))
        if show and QApplication.instance() is not None:
            show_crash_dialog(exc, path)

    sys.excepthook = hook


def show_crash_dialog(exc: BaseException, log_path: Path, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Uventet fejl"))
    box.setText(QCoreApplication.translate("Errors", "Der opstod en uventet fejl. Det, der allerede er gemt, er ikke tabt."))
    box.setInformativeText(QCoreApplication.translate("Errors", "Fejlrapporten er gemt i:\n{path}\n\nLoggen står i:\n{log}")
                           .format(path=log_path, log=logs.log_path()))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def show_storage_error(parent: QWidget | None, message: str) -> None:
    """A database that cannot be written: say so plainly; the typed text stays in its field."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Kan ikke gemme"))
    box.setText(message)
    box.setInformativeText(QCoreApplication.translate("Errors", "Det, du har skrevet, står stadig i feltet og gemmes,"
                                        " så snart databasen kan skrives igen."))
    box.exec()
