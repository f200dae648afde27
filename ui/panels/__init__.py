"""The screens of a meeting, in tab order; a panel plugs in by being listed here.

Each panel class takes ``(ctx: AppContext, parent: QWidget | None)``, has
``set_meeting(meeting_id: int | None)`` and reacts to ``ctx.changed`` itself.
A panel whose module is missing (not written yet) is skipped with a log line;
one that fails to build is logged with its traceback and skipped, so one broken
screen never keeps the app from starting.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.qt_typed import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PanelSpec:
    module: str
    cls: str
    title: str  # translatable source text in context "Panels"
    shortcut: str


PANELS: list[PanelSpec] = [
    PanelSpec("ui.panels.committee", "CommitteePanel", QT_TRANSLATE_NOOP("Panels", "Udvalg"), "Ctrl+1"),
    PanelSpec("ui.panels.agenda", "AgendaPanel", QT_TRANSLATE_NOOP("Panels", "Dagsorden"), "Ctrl+2"),
    PanelSpec("ui.panels.attendance", "AttendancePanel", QT_TRANSLATE_NOOP("Panels", "Fremmøde"), "Ctrl+3"),
    PanelSpec("ui.panels.capture", "CapturePanel", QT_TRANSLATE_NOOP("Panels", "Indfangning"), "Ctrl+4"),
    PanelSpec("ui.panels.referat", "ReferatPanel", QT_TRANSLATE_NOOP("Panels", "Referat"), "Ctrl+5"),
    PanelSpec("ui.panels.run_mode", "RunModePanel", QT_TRANSLATE_NOOP("Panels", "Afvikling"), "Ctrl+6"),
]


@dataclass
class LoadedPanel:
    spec: PanelSpec
    widget: QWidget

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Panels", self.spec.title)


def load_panels(ctx: AppContext, parent: QWidget | None = None,
                specs: list[PanelSpec] | None = None) -> list[LoadedPanel]:
    """Build every listed panel that can be built, in order."""
    loaded: list[LoadedPanel] = []
    for spec in PANELS if specs is None else specs:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as error:
            if error.name != spec.module:
                log.exception("Panel %s could not be imported", spec.module)
            else:
                log.info("Panel %s is not there yet; skipped", spec.module)
            continue
        except Exception:
            log.exception("Panel %s could not be imported", spec.module)
            continue
        try:
            widget = getattr(module, spec.cls)(ctx, parent)
        except Exception:
            log.exception("Panel %s.%s could not be built", spec.module, spec.cls)
            continue
        loaded.append(LoadedPanel(spec, widget))
    return loaded
