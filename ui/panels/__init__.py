"""The screens of a meeting, in tab order; a panel plugs in by being listed here.

Each panel class takes ``(ctx: AppContext, parent: QWidget | None)``, keeps the contract
of ``ui/panels/panel.py`` (``set_meeting``, ``menu_actions``) and reacts to ``ctx.changed``
itself. The window finds a tab by its spec's ``key``, never by its position: a panel
whose module is missing (not written yet) is skipped with a log line; one that fails to
build, or does not keep the contract, is logged and skipped, so one broken screen never
keeps the app from starting and never moves another screen's keys or menus.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.panels.panel import Panel
from ui.qt_typed import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


PanelKey = Literal["committee", "agenda", "attendance", "capture", "referat", "run"]


@dataclass(frozen=True)
class PanelSpec:
    key: PanelKey  # how the window and the settings name the tab
    module: str
    cls: str
    title: str  # translatable source text in context "Panels"
    menu: Literal["meeting", "edit"] = "meeting"  # where its menu_actions() go: Møde or Rediger
    # the key that shows the tab is the shortcut registry's "panel.<key>" (ui/shortcuts.py)


PANELS: list[PanelSpec] = [
    PanelSpec("committee", "ui.panels.committee", "CommitteePanel", QT_TRANSLATE_NOOP("Panels", "Udvalg"), "edit"),
    PanelSpec("agenda", "ui.panels.agenda", "AgendaPanel", QT_TRANSLATE_NOOP("Panels", "Dagsorden")),
    PanelSpec("attendance", "ui.panels.attendance", "AttendancePanel", QT_TRANSLATE_NOOP("Panels", "Fremmøde")),
    PanelSpec("capture", "ui.panels.capture", "CapturePanel", QT_TRANSLATE_NOOP("Panels", "Indfangning")),
    PanelSpec("referat", "ui.panels.referat", "ReferatPanel", QT_TRANSLATE_NOOP("Panels", "Referat")),
    PanelSpec("run", "ui.panels.run_mode", "RunModePanel", QT_TRANSLATE_NOOP("Panels", "Afvikling")),
]


@dataclass
class LoadedPanel:
    spec: PanelSpec
    widget: QWidget  # the tab
    panel: Panel  # the same object: load_panels checked that the widget keeps the contract

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
        if not isinstance(widget, QWidget) or not isinstance(widget, Panel):
            log.error("Panel %s.%s does not keep the panel contract (ui/panels/panel.py); skipped",
                      spec.module, spec.cls)
            continue
        loaded.append(LoadedPanel(spec, widget, widget))
    return loaded
