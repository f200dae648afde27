"""Import the data layer and the screens, and open the database, off the GUI thread
while the preview is shown.

Importing SQLAlchemy, SQLModel, the services and the panel modules is ~0.5 s of pure
Python; done on the GUI thread it would freeze the agenda the preview has just
painted. An ``Operation`` on the start-up lane imports modules, configures the ORM
mappers and opens the ``Database`` (its connections may be used from any thread); no
widgets: the window is built on the GUI thread when ``loaded`` arrives. While it runs,
the interpreter's switch interval is shortened so the GUI thread, when it needs Python
(a click, a tooltip), waits at most ~1 ms for it instead of 5.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ui.operations import STARTUP, Operation, lane

if TYPE_CHECKING:
    from workshop.db import Database

log = logging.getLogger(__name__)

# What MainWindow.open_database needs, heaviest first; the panels come from ui.panels.PANELS.
MODULES = (
    "workshop.db",
    "workshop.models",
    "workshop.services.committees",
    "workshop.services.meetings",
    "workshop.services.agenda",
    "workshop.services.snapshots",
    "workshop.services.working_groups",
    "ui.context",
    "ui.panels.navigator",
)
_LOADING_SWITCH_INTERVAL_S = 0.005


class DataLayerLoader(QObject):
    """``start_after_paint(widget)``; ``loaded(db)`` arrives on the GUI thread when done.

    ``db`` is the open ``Database``, or None when anything failed (logged): the GUI
    thread then imports and opens again itself and reports the error the usual way
    (a database that cannot be opened gets its Danish dialog there).
    """

    loaded = Signal(object)

    def __init__(self, db_url: str, parent: QObject | None = None, *, client_name: str | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.client_name = client_name  # this laptop's name for the others on a shared server
        self._watched: QObject | None = None
        self.operation: Operation | None = None

    def start_after_paint(self, widget: QObject) -> None:
        """Start once ``widget`` has painted again, so the preview is on screen before the work begins."""
        self._watched = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self.start)
        return False

    def start(self) -> None:
        if self.operation is not None:
            return
        # Not reported to the user here: the GUI thread opens again and reports it there.
        self.operation = Operation(QCoreApplication.translate("DataLayer", "Indlæsning af databasen"),
                                   lambda _progress: self._load(), self,
                                   lane=lane(STARTUP))
        self.operation.finished.connect(self.loaded.emit)
        self.operation.failed.connect(lambda _message: self.loaded.emit(None))
        self.operation.start()

    def _load(self) -> Database:
        from ui.panels import PANELS

        interval = sys.getswitchinterval()
        sys.setswitchinterval(_LOADING_SWITCH_INTERVAL_S)
        try:
            for name in (*MODULES, *(spec.module for spec in PANELS)):
                try:
                    importlib.import_module(name)
                except Exception:  # the GUI thread retries and reports it
                    log.exception("Background import of %s failed", name)
            from sqlalchemy.orm import configure_mappers

            from workshop.db import Database

            configure_mappers()  # otherwise the first query on the GUI thread does it
            return Database(self.db_url, client_name=self.client_name)
        finally:
            sys.setswitchinterval(interval)
