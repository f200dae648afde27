"""Background jobs with progress: slow work (PDF rendering) runs off the GUI thread.

A job gets the data it needs from the GUI thread beforehand and only computes in
the worker, so the database is never used from two threads at once. PDF jobs
share one single-thread pool: ReportLab keeps module-level state (fonts, styles).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workshop.errors import WorkshopError

log = logging.getLogger(__name__)

Progress = Callable[[float], None]
Work = Callable[[Progress], object]

_pdf_pool: QThreadPool | None = None


def pdf_pool() -> QThreadPool:
    """The pool PDF rendering runs in: one thread, jobs queue up in order."""
    global _pdf_pool
    if _pdf_pool is None:
        _pdf_pool = QThreadPool()
        _pdf_pool.setMaxThreadCount(1)
    return _pdf_pool


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            result = job.work(lambda fraction: self._emit(job.progressed, max(0, min(100, round(fraction * 100)))))
        except WorkshopError as error:
            self._emit(job.failed, error.message)
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            self._emit(job.failed, f"Filen kunne ikke skrives{where}: {error.strerror or error}")
        except Exception as error:  # noqa: BLE001 - a worker must report, never die silently
            log.exception("Background job %s failed", job.label)
            self._emit(job.failed, f"{job.label} mislykkedes: {error}")
        else:
            self._emit(job.finished, result)

    @staticmethod
    def _emit(signal: object, value: object) -> None:
        # The window that asked for the job may have been closed meanwhile; nobody is listening.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)  # type: ignore[attr-defined]


class Job(QObject):
    """``work(progress)`` in a worker thread; signals arrive queued in the GUI thread.

    Signals:
        progressed(int): percent done, 0..100.
        finished(object): the work's return value.
        failed(str): a Danish message; the work raised.
    """

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, label: str, work: Work, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.work = work
        self.running = False
        self._pool = pool or QThreadPool.globalInstance()
        self.finished.connect(self._stopped)
        self.failed.connect(self._stopped)

    def start(self) -> None:
        self.running = True
        self._pool.start(_Runnable(self))

    def _stopped(self, *_: object) -> None:
        self.running = False
