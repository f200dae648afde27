"""The main window: menus, the navigator on the left, the meeting's panels as tabs."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from ui import errors
from ui.settings import Settings

if TYPE_CHECKING:
    from workshop.agenda_preview import AgendaPreview
    from workshop.changes import ChangeSet
    from workshop.db import Database

    from ui.context import AppContext
    from ui.live_link import LiveLink
    from ui.meeting_file_jobs import Imported
    from ui.models.navigator_model import NodeKey
    from ui.panels import PanelKey
    from ui.panels.navigator import Navigator
    from ui.panels.panel import ItemPanel, Panel
    from ui.startup_preview import AgendaPreviewView

log = logging.getLogger(__name__)
STORAGE_DIALOG_PAUSE_S = 30.0


def flush_typing(window: QWidget | None = None) -> bool:
    """Save what is typed but not yet autosaved (in ``window`` only, when given); True when nothing
    is left unsaved. Called once a database is open: before that no screen has a field.

    ui.autosave is imported here, not at the top: the first paint does not need it (the screens
    import it with the data layer, so here it is loaded already).
    """
    from ui import autosave

    return bool(autosave.flush_all(window))


class MainWindow(QMainWindow):
    """Shows first (menus, a "loading" line), then ``open_database`` fills it."""

    def __init__(self, settings: Settings | None = None, *, first_paint_only: bool = False) -> None:
        """``first_paint_only``: build just what the first paint shows; the caller then paints and
        calls ``finish_frame`` (app start-up). Otherwise the window is complete at once."""
        super().__init__()
        self.settings = settings or Settings()
        self.ctx: AppContext | None = None  # once a database is open
        self.preview: AgendaPreviewView | None = None  # the read-only agenda shown while loading
        self.navigator: Navigator | None = None
        self.panels: dict[PanelKey, Panel] = {}  # the loaded tabs by their spec's key, in tab order
        self._shown_node: NodeKey | None = None  # the navigator's node the screens show
        self._storage_dialog_open = False
        self._storage_dialog_at = -STORAGE_DIALOG_PAUSE_S
        self._frame_finished = False
        self.live: LiveLink | None = None  # on a shared server, once the database is open
        self.splitter: QSplitter | None = None  # navigator | tabs, once the database is open
        self.setWindowTitle("Workshop")
        self.setMinimumSize(900, 600)
        placeholder = QLabel(self.tr("Åbner databasen…"), self)
        # Centred by style sheet: touching the Qt namespace (Qt.AlignmentFlag) first costs ~25 ms
        # of enum set-up, and this label is painted before anything else needs it.
        placeholder.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(placeholder)
        self._build_menus()
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1280, 800)
        if not first_paint_only:
            self.finish_frame()

    def finish_frame(self) -> None:
        """Actions, menu entries, tabs and status line. The first QAction costs ~30 ms (Qt's enums)
        and the status bar ~15 ms: at start-up they come right after the first paint."""
        if self._frame_finished:
            return
        self._frame_finished = True
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("panelTabs")
        self.tabs.setDocumentMode(True)
        self._error_colour_timer = QTimer(self)
        self._error_colour_timer.setSingleShot(True)
        self._error_colour_timer.timeout.connect(lambda: self.statusBar().setStyleSheet(""))
        self._build_actions()
        self._fill_menus()
        self.statusBar().showMessage(self.tr("Åbner databasen…"))

    # --- actions and menus ------------------------------------------------------

    def _action(self, name: str, slot: Callable[..., object], enabled: bool = True, text: str | None = None) -> QAction:
        """The window's action ``name`` from the shortcut registry (its text and keys)."""
        from ui import shortcuts

        action = shortcuts.action(name, self, slot, text=text)
        action.setEnabled(enabled)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action("file.import", self.import_meeting_file, False)
        self.export_action = self._action("file.export", self.export_meeting_file, False)
        self.quit_action = self._action("file.quit", self.close)
        self.undo_action = self._action("edit.undo", self.undo, False)
        self.redo_action = self._action("edit.redo", self.redo, False)
        self.focus_navigator_action = self._action("view.navigator", self._focus_navigator, False)
        self.name_action = QAction(self.tr("Denne computers navn…"), self)  # no key
        self.name_action.triggered.connect(self.ask_laptop_name)
        self.unsaved_action = QAction(self.tr("Ikke gemte tekster…"), self)  # no key: rarely needed
        self.unsaved_action.triggered.connect(self.show_unsaved)
        self.help_action = self._action("help.shortcuts", self.show_shortcuts)
        self.about_action = self._action("help.about", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Filer"))
        self.edit_menu = bar.addMenu(self.tr("&Rediger"))
        self.view_menu = bar.addMenu(self.tr("&Vis"))
        self.meeting_menu = bar.addMenu(self.tr("&Møde"))
        self.help_menu = bar.addMenu(self.tr("&Hjælp"))

    def _fill_menus(self) -> None:
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.name_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addAction(self.unsaved_action)
        self.view_menu.addAction(self.focus_navigator_action)
        self.view_menu.addSeparator()
        self.panel_actions: list[QAction] = []
        language = self.view_menu.addMenu(self.tr("Sprog"))
        group = QActionGroup(self)
        for code, name in (("da", "view.danish"), ("en", "view.english")):
            action = self._action(name, lambda _checked=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            group.addAction(action)
            language.addAction(action)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    # --- opening a database --------------------------------------------------------

    def show_preview(self, preview: AgendaPreview) -> None:
        """The last meeting's agenda, read-only, until ``open_database`` puts the real screens there."""
        from ui.startup_preview import AgendaPreviewView

        self.finish_frame()
        self.preview = AgendaPreviewView(preview, self)
        if self.settings.splitter is not None:
            self.preview.restoreState(self.settings.splitter)
        self.setCentralWidget(self.preview)
        self.setWindowTitle(f"{preview.meeting.title} — Workshop")
        self.statusBar().showMessage(self.tr("Indlæser… Dagsordenen kan læses nu; redigering om et øjeblik."))

    def open_database(self, db: Database) -> None:
        """Build the navigator and panels over ``db`` and reopen the last meeting."""
        from ui.context import AppContext
        from ui.panels import load_panels
        from ui.panels.navigator import Navigator

        self.finish_frame()
        picked = self.preview.current_item_id if self.preview is not None else None
        ctx = AppContext(db, self)
        self.ctx = ctx
        ctx.error.connect(self.show_error)
        ctx.storage_failed.connect(self.show_storage_error)
        ctx.meeting_selected.connect(self._meeting_selected)
        ctx.changed.connect(self._changed)
        stack = ctx.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)

        self.navigator = Navigator(ctx, self)
        self.navigator.setMinimumWidth(220)
        self.navigator.node_chosen.connect(self._node_chosen)
        self.navigator.view.activated.connect(self._node_activated)
        for action in (self.navigator.new_committee_action, self.navigator.new_meeting_action):
            self.file_menu.insertAction(self.import_action, action)
        self.file_menu.insertSeparator(self.import_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.navigator.rename_action)
        self.edit_menu.addAction(self.navigator.delete_action)
        self.meeting_menu.addAction(self.navigator.new_meeting_action)
        self.meeting_menu.addAction(self.export_action)
        from ui.meeting_actions import meeting_actions

        # Start, steps, close and the projector: one set for the window, whichever tab is shown.
        self.meeting_actions = meeting_actions(self, ctx)
        self.meeting_menu.addSeparator()
        for group in (self.meeting_actions.actions()[:5], self.meeting_actions.actions()[5:]):
            for meeting_action in group:
                self.meeting_menu.addAction(meeting_action)
            self.meeting_menu.addSeparator()

        from PySide6.QtCore import Qt

        self._tab_actions: dict[PanelKey, list[QAction]] = {}
        for loaded in load_panels(ctx, self.tabs):
            key = loaded.spec.key
            self.tabs.addTab(loaded.widget, loaded.title)
            self.panels[key] = loaded.panel
            action = self._action(f"panel.{key}", lambda _c=False, k=key: self.show_panel(k), text=loaded.title)
            self.panel_actions.append(action)
            self.view_menu.insertAction(self.view_menu.actions()[-2], action)
            actions = loaded.panel.menu_actions()
            menu = self.edit_menu if loaded.spec.menu == "edit" else self.meeting_menu
            if actions:
                menu.addSeparator()
            for menu_action in actions:
                menu.addAction(menu_action)
            # A key that works only inside its tab (Delete in a table, the agenda's keys) is in the menu
            # only while that tab is shown, so a listed key always works (ui/shortcuts.py "panel" entries).
            self._tab_actions[key] = [a for a in actions if a.shortcutContext() not in (
                Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)]

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        if self.settings.splitter is not None:
            splitter.restoreState(self.settings.splitter)
        self.splitter = splitter
        self.setCentralWidget(self._with_banner(splitter))
        if QApplication.focusWidget() is None and self.isActiveWindow():
            # The preview that had the focus is gone: without a focus the reads below could not
            # turn the event loop while they wait (``operations.wait_turning``: a closing menu).
            self.navigator.view.setFocus()
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        self.import_action.setEnabled(True)
        self.focus_navigator_action.setEnabled(True)
        self.statusBar().clearMessage()
        self._start_live()  # before the first read: the live link notes the meeting's counter first
        self.navigator.reload()
        self._reopen_last()
        # Where the user was when the app last closed: the tab, and the agenda's item (the meeting's
        # current step is in the database, so both meeting layouts reopen on it by themselves).
        agenda = self._item_panel()
        tab, item = self.settings.last_tab, self.settings.last_item
        if picked is None:
            shown = self.panels.get(cast("PanelKey", tab)) if tab is not None else None
            if shown is not None:
                self.tabs.setCurrentWidget(self._widget(shown))
            if item is not None and agenda is not None:
                agenda.select_item(item)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._show_tab_actions()
        self.preview = None  # deleted with the old central widget
        if picked is not None and agenda is not None:
            agenda.select_item(picked)
        from ui.autosave import CELL, kept_elsewhere

        kept = kept_elsewhere(ctx)  # typed last time, never stored (a crash, a kill, a lost server)
        cells = [u.label for u in kept if u.field.startswith(CELL)]
        fields = [u.label for u in kept if not u.field.startswith(CELL)]
        if cells:  # no field puts these back
            self.statusBar().showMessage(self.tr(
                "Tekst, der ikke blev gemt sidst, venter under Rediger → Ikke gemte tekster: {fields}").format(
                fields="; ".join(cells)), 30000)
        elif fields:
            self.statusBar().showMessage(self.tr(
                "Tekst, der ikke blev gemt sidst, sættes ind igen og gemmes, når feltet vises: {fields}").format(
                fields="; ".join(fields)), 30000)

    # --- other laptops (a shared PostgreSQL server) -----------------------------------

    def _with_banner(self, content: QWidget) -> QWidget:
        """``content`` under a banner that says when the shared server cannot be reached."""
        from PySide6.QtWidgets import QVBoxLayout

        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.offline_banner = QLabel(self.tr(
            "Serveren kan ikke nås. Det, du skriver, bliver stående og gemmes, når forbindelsen er tilbage;"
            " andre ændringer afvises, indtil da."), holder)
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(
            "QLabel#offlineBanner { background: #a40000; color: white; padding: 6px 10px; font-weight: bold; }")
        self.offline_banner.hide()
        layout.addWidget(self.offline_banner)
        layout.addWidget(content, 1)
        return holder

    def _start_live(self) -> None:
        """On a shared server: other laptops' changes, who else is here, the banner when it is gone."""
        from ui.live_link import live_link

        assert self.ctx is not None
        self.live = live_link(self.ctx)
        if self.live is None:
            return
        self.presence_label: QLabel = QLabel(self)
        self.presence_label.setObjectName("presence")
        self.statusBar().addPermanentWidget(self.presence_label)
        self.live.peers_changed.connect(self._show_peers)
        self.live.connection_changed.connect(self._show_connection)
        self._show_peers(self.live.peer_names())

    def show_unsaved(self) -> None:
        """The typed texts this laptop keeps that no field shows (``ui/unsaved_dialog.py``)."""
        if self.ctx is None:
            return
        from ui.unsaved_dialog import UnsavedDialog

        UnsavedDialog(self.ctx, self).exec()

    def ask_laptop_name(self) -> None:
        """The name the other laptops on a shared server see this one as (kept in the settings)."""
        from PySide6.QtWidgets import QInputDialog

        current = self.settings.laptop_name or (self.ctx.db.client.name if self.ctx is not None else "")
        name, ok = QInputDialog.getText(
            self, self.tr("Denne computers navn"),
            self.tr("Det navn, de andre bærbare ser, når denne har mødet åbent på den fælles server:"),
            text=current)
        if ok:
            self.set_laptop_name(name)

    def set_laptop_name(self, name: str) -> None:
        name = " ".join(name.split())[:60]
        self.settings.laptop_name = name
        if self.live is not None and name:
            self.live.rename(name)

    def _show_peers(self, names: list[str]) -> None:
        self.presence_label.setText(self.tr("Også åbent hos: {names}").format(names=", ".join(names))
                                    if names else self.tr("Ingen andre har mødet åbent"))

    def _show_connection(self, connected: bool, _reason: str) -> None:
        was_offline = not self.offline_banner.isHidden()
        self.offline_banner.setVisible(not connected)
        if connected and was_offline:
            self.statusBar().showMessage(self.tr("Forbindelsen til serveren er tilbage."), 5000)

    def _reopen_last(self) -> None:
        assert self.navigator is not None and self.ctx is not None
        meeting_id = self.settings.last_meeting
        # The tree has just read every meeting with its committee: no read of the meeting here
        # (a round trip, 30 ms on a busy Wi-Fi); one that is gone is not in the tree.
        if meeting_id is not None and self.navigator.select_meeting(meeting_id):
            return
        from ui.models.navigator_model import NodeKey

        committee_id = self.settings.last_committee
        if committee_id is not None and self.navigator.select(NodeKey("committee", committee_id, committee_id)):
            return
        if self.navigator.model.rowCount() > 0:
            self.navigator.view.setCurrentIndex(self.navigator.model.index(0, 0))

    # --- selection ---------------------------------------------------------------

    def _node_chosen(self, key: NodeKey | None) -> None:
        assert self.ctx is not None
        if key is None:
            self.ctx.select_meeting(None)
            self.ctx.select_committee(None)
            return
        committee_id = key.committee_id
        ctx = self.ctx
        if not ((committee_id == ctx.committee_id or ctx.select_meeting(None)) and ctx.select_committee(committee_id)
                and (key.kind != "meeting" or ctx.select_meeting(key.id))):
            self._back_to_shown()  # the server cannot be reached: the screens stay where they are
            return
        self._shown_node = key
        self.settings.last_committee = committee_id
        if key.kind == "meeting":
            if self.current_panel_key() in (None, "committee"):
                self.show_panel("agenda", focus=False)
        elif key.kind in ("committee", "member", "task") or (
                key.kind == "folder" and key.folder in ("members", "tasks")):
            self.show_panel("committee", focus=False)

    def _back_to_shown(self) -> None:
        """The navigator on what the screens show again, after a refused switch (the last node
        chosen, while it still is that meeting and committee; else theirs)."""
        from ui.models.navigator_model import NodeKey

        assert self.ctx is not None and self.navigator is not None
        meeting_id, committee_id = self.ctx.meeting_id, self.ctx.committee_id
        shown = self._shown_node
        if shown is None or shown.committee_id != committee_id or (shown.kind == "meeting" and shown.id != meeting_id):
            shown = (NodeKey("meeting", meeting_id, committee_id) if meeting_id is not None
                     else NodeKey("committee", committee_id, committee_id))
        self.navigator.select(shown, emit=False)  # nothing, when no such node (no committee shown)

    def _node_activated(self, _index: object) -> None:
        """Enter or double-click on a meeting opens its agenda; on a member or task, the committee."""
        key = self.navigator.current_key() if self.navigator is not None else None
        if key is None:
            return
        if key.kind == "meeting":
            self.show_panel("agenda")
        elif key.kind in ("committee", "member", "task"):
            self.show_panel("committee")

    def _meeting_selected(self, meeting_id: int | None) -> None:
        """The one path of "a meeting was selected": ``AppContext.select_meeting`` emits, the window
        tells each tab; ``MeetingStep`` (the running meeting's layouts, the projector) follows the
        same signal by itself, in any window."""
        self.settings.last_meeting = meeting_id
        self.export_action.setEnabled(meeting_id is not None)
        for key, panel in self.panels.items():
            try:
                panel.set_meeting(meeting_id)
            except Exception:
                log.exception("Panel %s failed to show meeting %s", key, meeting_id)
        self._update_title()

    def _changed(self, changes: ChangeSet) -> None:
        from workshop.errors import NotFoundError
        from workshop.services import meetings

        if not changes.touches("meetings", "committees"):
            return
        if self.ctx is not None and self.ctx.meeting_id is not None:
            try:
                self.ctx.read(meetings.get_meeting, self.ctx.meeting_id)
            except NotFoundError:  # deleted (or its creation undone): nothing to show
                self.ctx.select_meeting(None)
        self._update_title()

    def _update_title(self) -> None:
        from workshop.errors import WorkshopError
        from workshop.services import meetings

        title = "Workshop"
        if self.ctx is not None and self.ctx.meeting_id is not None:
            with contextlib.suppress(WorkshopError):
                title = f"{self.ctx.read(meetings.get_meeting, self.ctx.meeting_id).title} — Workshop"
        self.setWindowTitle(title)

    def _tab_changed(self, _index: int) -> None:
        key = self.current_panel_key()
        if key is not None:
            self.settings.last_tab = key
        self._show_tab_actions()

    def _show_tab_actions(self) -> None:
        current = self.current_panel_key()
        for key, actions in self._tab_actions.items():
            for action in actions:
                action.setVisible(key == current)

    def _item_panel(self) -> ItemPanel | None:
        from ui.panels.panel import ItemPanel

        return next((p for p in self.panels.values() if isinstance(p, ItemPanel)), None)

    @staticmethod
    def _widget(panel: Panel) -> QWidget:
        return cast("QWidget", panel)  # every loaded panel is a QWidget (load_panels checks)

    def panel(self, key: PanelKey) -> Panel | None:
        """The tab of ``key`` (None when its panel could not be loaded)."""
        return self.panels.get(key)

    def current_panel_key(self) -> PanelKey | None:
        current = self.tabs.currentWidget()
        return next((key for key, panel in self.panels.items() if self._widget(panel) is current), None)

    def show_referat(self) -> None:
        """The referat tab, e.g. right after "Hæv mødet"."""
        self.show_panel("referat")

    def show_panel(self, key: PanelKey, *, focus: bool = True) -> None:
        """Show the tab of ``key`` (nothing when that panel is not loaded)."""
        panel = self.panels.get(key)
        if panel is not None:
            self.tabs.setCurrentWidget(self._widget(panel))
            if focus:
                self._widget(panel).setFocus()

    def _focus_navigator(self) -> None:
        if self.navigator is not None:
            self.navigator.view.setFocus()

    # --- undo ----------------------------------------------------------------------

    def undo(self) -> None:
        if self.ctx is not None:
            flush_typing()  # typing not yet saved is the most recent step
            self.ctx.undo()  # after the inputs still being saved (AppContext.settle)

    def redo(self) -> None:
        if self.ctx is not None:
            flush_typing()
            self.ctx.redo()

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("Fortryd {what}").format(what=text) if text else self.tr("Fortryd"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("Annullér fortryd {what}").format(what=text) if text else self.tr("Annullér fortryd"))

    # --- errors --------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.statusBar().setStyleSheet("QStatusBar { color: #a40000; }")
        self.statusBar().showMessage(message, 15000)
        self._error_colour_timer.start(15000)  # a child timer: it dies with the window

    def show_storage_error(self, message: str) -> None:
        """A dialog, but not again for each retry while the disk stays unwritable (the status bar shows each)."""
        now = time.monotonic()
        if self._storage_dialog_open or now - self._storage_dialog_at < STORAGE_DIALOG_PAUSE_S:
            return
        self._storage_dialog_open = True
        try:
            errors.show_storage_error(self, message)
        finally:
            self._storage_dialog_open = False
            self._storage_dialog_at = time.monotonic()

    # --- meeting files -------------------------------------------------------------

    def import_meeting_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importér mødefil"), "",
                                              self.tr("Mødefiler (*.json);;Alle filer (*)"))
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Import on the database's lane behind a progress dialog; the window keeps painting."""
        from ui.meeting_file_jobs import start_import

        assert self.ctx is not None
        job = start_import(self.ctx, path, self)
        job.finished.connect(self._imported)
        job.failed.connect(self._import_refused)
        self._import_job = job

    def _import_refused(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Mødefilen blev afvist"),
                             self.tr("Mødefilen blev ikke importeret; intet er ændret.\n\n{error}")
                             .format(error=message))

    def _imported(self, imported: Imported) -> None:
        from ui.models.navigator_model import NodeKey

        assert self.navigator is not None and self.ctx is not None
        meeting_id, committee_id = imported.changes.meeting_id, imported.changes.committee_id
        self.statusBar().showMessage(self.tr("Mødefilen er importeret."), 8000)
        if meeting_id is not None:
            from workshop.services.referat.meeting_file import import_notes

            notes = self.ctx.read(import_notes, meeting_id)  # not verified, or the body became a correction
            if notes:
                self.statusBar().showMessage(" ".join([self.tr("Mødefilen er importeret."), *notes]), 30000)
            if committee_id is None:
                from workshop.services import meetings

                committee_id = self.ctx.read(meetings.get_meeting, meeting_id).committee_id
            self.navigator.select(NodeKey("meeting", meeting_id, committee_id))

    def export_meeting_file(self) -> None:
        if self.ctx is None or self.ctx.meeting_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér mødefil"), self.tr("møde.workshop.json"),
                                              self.tr("Mødefiler (*.json)"))
        if path:
            self.export_path(self.ctx.meeting_id, Path(path))

    def export_path(self, meeting_id: int, path: Path) -> None:
        """Export on the database's lane; the outcome in the status bar or a dialog."""
        from ui.meeting_file_jobs import start_export

        assert self.ctx is not None
        job = start_export(self.ctx, meeting_id, path, self)
        job.finished.connect(lambda _written: self.statusBar().showMessage(
            self.tr("Mødet er gemt i {path}").format(path=path), 8000))
        job.failed.connect(lambda message: QMessageBox.critical(self, self.tr("Eksport mislykkedes"), message))
        self._export_job = job

    # --- help, language, closing ---------------------------------------------------------

    def show_shortcuts(self) -> None:
        from ui.shortcuts import ShortcutHelp  # F1 only: its table widgets cost ~20 ms of start-up

        ShortcutHelp(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Om Workshop"),
                          self.tr("Workshop afvikler opgaveudvalgenes møder og skriver referatet."))

    def set_language(self, code: str) -> None:
        if code != self.settings.language:
            self.settings.language = code
            QMessageBox.information(self, self.tr("Sprog"),
                                    self.tr("Sproget skiftes, næste gang Workshop startes."))

    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.operations import waiting_still

        with waiting_still():  # the last saves wait without letting the window go away meanwhile
            settled = self.ctx is None or self.ctx.settle()  # inputs still being saved (a refused one is back in its field)
            # its own fields: a field of another window is not this one's to ask about
            saved = (self.ctx is None or flush_typing(self)) and settled
        if not saved:
            answer = QMessageBox.warning(
                self, self.tr("Ikke gemt"),
                self.tr("Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        projector = self.ctx.projector if self.ctx is not None else None
        if projector is not None:
            projector.close()  # the wall goes dark with the app
        agenda = self._item_panel()
        if agenda is not None and agenda.current_item_id() is not None:
            self.settings.last_item = agenda.current_item_id()
        if self.live is not None:
            self.live.stop()  # the other laptops see at once that this one left
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        if self.splitter is not None:
            self.settings.splitter = self.splitter.saveState()
        self.settings.sync()
        if self.ctx is not None:
            from ui import autosave

            autosave.close_window(self)  # its fields are saved; keys still arriving save nothing more
        super().closeEvent(event)

