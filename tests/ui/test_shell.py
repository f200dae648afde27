"""The main window: menus and shortcuts, panel registry, navigator create/rename/delete with undo,
meeting files, storage errors, settings, crash log and start-up failures."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.ui.shell import Dialogs, open_window
from workshop.db import Database
from workshop.errors import StorageError
from workshop.services import agenda, attendance, capture, committees, meetings

from ui import errors as ui_errors
from ui.main_window import MainWindow
from ui.models.navigator_model import NodeKey
from ui.panels import PanelSpec, load_panels
from ui.panels.navigator import MeetingDialog
from ui.shortcuts import ShortcutHelp


@pytest.fixture
def window(db: Database, qtbot: QtBot, dialogs: Dialogs, fresh_settings: None) -> MainWindow:
    return open_window(db, qtbot)


def make_meeting(db: Database, with_content: bool = True) -> tuple[int, int, int, int]:
    cid = committees.create_committee(db, name="Opgaveudvalg for digitalisering").id
    member = committees.add_member(db, cid, name="Anne Hjorth").id  # type: ignore[arg-type]
    mid = meetings.create_meeting(db, cid, title="3. møde", number=3,  # type: ignore[arg-type]
                                  starts_at=datetime(2017, 11, 15, 18)).id
    item = agenda.add_item(db, mid, title="Spørgerunde", kind="question_round").id  # type: ignore[arg-type]
    if with_content:
        attendance.set_attendance(db, mid, member, "present")  # type: ignore[arg-type]
        capture.set_answer(db, item, member, "Kunstig intelligens")  # type: ignore[arg-type]
    return cid, member, mid, item  # type: ignore[return-value]


def test_menus_tabs_and_f1_list_every_shortcut(window: MainWindow, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Udvalg", "Dagsorden", "Fremmøde"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Filer", "&Rediger", "&Vis", "&Møde", "&Hjælp"]
    shown: list[ShortcutHelp] = []
    monkeypatch.setattr(ShortcutHelp, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    table = shown[0].table
    listed = {(table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    keys = {k for ks, _ in listed for k in ks.split(", ")}  # an entry's keys, e.g. "Ctrl+Shift+Z, Ctrl+Y"
    for expected in ("Ctrl+Z", "Ctrl+Shift+Z", "F1", "Ctrl+N", "Ctrl+Shift+N", "F2", "Ctrl+Del",
                     "Ctrl+I", "Ctrl+E", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+T", "Alt+Up", "Alt+Down",
                     "Ctrl+Shift+M", "P", "F", "A"):
        assert expected in keys, expected
    # every menu action that has a shortcut shows it, and every one is in the list
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.shortcut().isEmpty():
                assert action.shortcut().toString() in keys


def test_panel_registry_skips_missing_and_broken_panels(db: Database, qtbot: QtBot,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    from ui.context import AppContext

    ctx = AppContext(db)
    specs = [PanelSpec("committee", "ui.panels.not_written_yet", "X", "X"),
             PanelSpec("committee", "ui.panels.committee", "NoSuchClass", "Y"),
             PanelSpec("committee", __name__, "NoContract", "Z"),
             PanelSpec("agenda", "ui.panels.agenda", "AgendaPanel", "Dagsorden")]
    with caplog.at_level(logging.INFO, logger="ui.panels"):
        loaded = load_panels(ctx, None, specs)
    assert [p.title for p in loaded] == ["Dagsorden"]
    qtbot.addWidget(loaded[0].widget)
    assert "not there yet" in caplog.text
    assert "NoSuchClass" in caplog.text
    assert "NoContract does not keep the panel contract" in caplog.text


class NoContract(QWidget):
    """Builds like a panel but has neither set_meeting nor menu_actions."""

    def __init__(self, _ctx: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)


def test_create_committee_and_meeting_from_the_keyboard_then_undo_redo(
        window: MainWindow, db: Database, qtbot: QtBot, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs.text = ("Opgaveudvalg for klima", True)
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [committee] = committees.list_committees(db)
    assert committee.name == "Opgaveudvalg for klima"
    assert window.ctx.committee_id == committee.id
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [meeting] = meetings.list_meetings(db, committee.id)
    assert meeting.number == 1 and meeting.title == "1. møde i Opgaveudvalg for klima"
    assert window.ctx.meeting_id == meeting.id
    assert window.navigator.current_key() == NodeKey("meeting", meeting.id, committee.id)

    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.list_meetings(db) == []
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert committees.list_committees(db) == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, redo)
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, redo)
    # redo brings back the same rows, with the same ids
    assert [c.id for c in committees.list_committees(db)] == [committee.id]
    assert [m.id for m in meetings.list_meetings(db)] == [meeting.id]


def test_rename_from_navigator_is_undoable(window: MainWindow, db: Database, qtbot: QtBot,
                                           dialogs: Dialogs) -> None:
    cid, _member, mid, _item = make_meeting(db, with_content=False)
    window.navigator.reload()
    assert window.navigator.select(NodeKey("meeting", mid, cid))
    dialogs.text = ("3. møde (flyttet)", True)
    window.navigator.view.setFocus()
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_F2)
    assert meetings.get_meeting(db, mid).title == "3. møde (flyttet)"
    window.undo_action.trigger()
    assert meetings.get_meeting(db, mid).title == "3. møde"


def test_delete_meeting_with_content_asks_twice_and_undo_restores_all(
        window: MainWindow, db: Database, qtbot: QtBot, dialogs: Dialogs) -> None:
    cid, member, mid, item = make_meeting(db)
    window.navigator.reload()
    assert window.navigator.select(NodeKey("meeting", mid, cid))
    window.navigator.view.setFocus()

    dialogs.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.questions) == 1 and len(dialogs.warnings) == 1
    assert [m.id for m in meetings.list_meetings(db)] == [mid]  # the second "no" kept it

    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.questions) == 2 and len(dialogs.warnings) == 2
    assert "registreringer" in dialogs.warnings[-1]
    assert meetings.list_meetings(db) == []
    assert window.ctx.meeting_id is None

    qtbot.keyClick(window.navigator.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.id for m in meetings.list_meetings(db)] == [mid]
    assert [(a.member_id, a.text) for a in capture.list_answers(db, item)] == [(member, "Kunstig intelligens")]
    assert attendance.counts(db, mid)["present"] == 1
    assert window.navigator.model.find(NodeKey("meeting", mid, cid)) is not None


def test_delete_without_content_asks_once(window: MainWindow, db: Database, qtbot: QtBot,
                                          dialogs: Dialogs) -> None:
    cid, _member, mid, _item = make_meeting(db, with_content=False)
    window.navigator.reload()
    window.navigator.select(NodeKey("meeting", mid, cid))
    window.navigator.delete_action.trigger()
    assert len(dialogs.questions) == 1 and dialogs.warnings == []
    assert meetings.list_meetings(db) == []


def wait_for_import(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    """Import through the window and wait until it has ended, either way (finished or failed)."""
    window.import_path(path)
    qtbot.waitUntil(lambda: not window._import_job.running, timeout=20000)


def test_rejected_meeting_file_shows_the_error_and_changes_nothing(
        window: MainWindow, db: Database, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path) -> None:
    from workshop.demo import demo_document

    make_meeting(db, with_content=False)
    before = (len(committees.list_committees(db)), len(meetings.list_meetings(db)))
    doc = demo_document()
    doc["meeting"]["attendance"][0]["member"] = "Ingen Sådan Person"
    path = tmp_path / "afvist.workshop.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    wait_for_import(window, qtbot, path)
    assert len(dialogs.critical) == 1
    assert "meeting.attendance[0]" in dialogs.critical[0]
    assert "Ingen Sådan Person" in dialogs.critical[0]
    assert "intet er ændret" in dialogs.critical[0]
    assert (len(committees.list_committees(db)), len(meetings.list_meetings(db))) == before
    assert not window.ctx.undo_stack.canUndo()


def test_import_runs_in_a_worker_and_is_undoable(window: MainWindow, db: Database, qtbot: QtBot,
                                                 dialogs: Dialogs, tmp_path: Path) -> None:
    from workshop.demo import demo_document

    path = tmp_path / "demo.workshop.json"
    path.write_text(json.dumps(demo_document(), ensure_ascii=False), encoding="utf-8")
    wait_for_import(window, qtbot, path)
    assert dialogs.critical == []
    [meeting] = meetings.list_meetings(db)
    assert window.ctx.meeting_id == meeting.id
    assert len(agenda.list_items(db, meeting.id)) == 5  # type: ignore[arg-type]
    window.undo_action.trigger()
    assert meetings.list_meetings(db) == [] and committees.list_committees(db) == []
    window.redo_action.trigger()
    assert [m.id for m in meetings.list_meetings(db)] == [meeting.id]


def test_import_of_an_unverified_referat_says_so_in_the_status_bar(
        window: MainWindow, db: Database, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path) -> None:
    """Issue 10 §4: a fake approval (no signature) imports, but never silently as verified."""
    from workshop.demo import demo_document
    from workshop.referat.draft import draft_referat
    from workshop.referat.fingerprint import fingerprint

    doc = demo_document()
    present = [a["member"] for a in doc["meeting"]["attendance"] if a["status"] == "present"]
    doc["referat"] = {"status": "approved", "version": 1, "sha256": fingerprint(draft_referat(doc)),
                      "approvals": [{"member": n, "at": "2017-11-20T09:00"} for n in present]}
    path = tmp_path / "falsk.workshop.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    wait_for_import(window, qtbot, path)
    assert dialogs.critical == []
    message = window.statusBar().currentMessage()
    assert message.startswith("Mødefilen er importeret. Referatet (version 1) er godkendt andetsteds"
                              " – ikke verificeret")


def test_export_writes_the_meeting_file(window: MainWindow, db: Database, qtbot: QtBot,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    cid, _member, mid, _item = make_meeting(db)
    window.navigator.reload()
    window.navigator.select(NodeKey("meeting", mid, cid))
    target = tmp_path / "ud.workshop.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # written on the database's lane: the status bar says so when it is done
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Mødet er gemt i {target}", timeout=20000)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["meeting"]["title"] == "3. møde"


def test_storage_error_is_shown_and_the_typed_text_is_kept_and_retried(
        window: MainWindow, db: Database, qtbot: QtBot, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _member, mid, item = make_meeting(db, with_content=False)
    window.navigator.reload()
    window.navigator.select(NodeKey("meeting", mid, cid))
    window.show_panel("agenda")
    panel = window.panels["agenda"]
    summary = panel.edits["summary"]
    real = agenda.update_item

    def locked(*_a: Any, **_k: Any) -> Any:
        raise StorageError("Databasen er låst af et andet program. Luk det andet program og prøv igen.")

    monkeypatch.setattr(agenda, "update_item", locked)
    summary.setFocus()
    qtbot.keyClicks(summary, "Vigtig tekst")
    qtbot.waitUntil(lambda: len(dialogs.storage) == 1, timeout=3000)
    assert "låst" in dialogs.storage[0]
    assert "låst" in window.statusBar().currentMessage()
    assert summary.toPlainText() == "Vigtig tekst"  # nothing typed is lost
    assert agenda.get_item(db, item).summary == ""
    monkeypatch.setattr(agenda, "update_item", real)
    qtbot.keyClicks(summary, "!")
    qtbot.waitUntil(lambda: agenda.get_item(db, item).summary == "Vigtig tekst!", timeout=3000)
    assert summary.toPlainText() == "Vigtig tekst!"


def test_last_meeting_and_geometry_are_restored(db: Database, qtbot: QtBot, dialogs: Dialogs,
                                                fresh_settings: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _member, mid, _item = make_meeting(db, with_content=False)
    first = open_window(db, qtbot)
    first.navigator.select(NodeKey("meeting", mid, cid))
    first.close()
    saved = first.saveGeometry()
    restored: list[bytes] = []
    real = MainWindow.restoreGeometry
    monkeypatch.setattr(MainWindow, "restoreGeometry",
                        lambda self, g: restored.append(bytes(g.data())) or real(self, g))
    second = open_window(db, qtbot)
    assert second.ctx.meeting_id == mid
    assert second.navigator.current_key() == NodeKey("meeting", mid, cid)
    # the offscreen screen clamps sizes, so compare what was handed back to Qt
    assert restored == [bytes(saved.data())]


def test_excepthook_writes_a_crash_log_without_a_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop.paths import data_dir

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_errors.install_excepthook(show_dialog=False)
    try:
        raise RuntimeError("boom i en slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    logs = sorted((data_dir() / "crash").glob("crash-*.log"))
    assert logs and "boom i en slot" in logs[-1].read_text(encoding="utf-8")


def test_main_refuses_a_corrupt_database_with_status_2_and_leaves_it(
        tmp_path: Path, qtbot: QtBot, dialogs: Dialogs, fresh_settings: None) -> None:
    from ui.app import main

    path = tmp_path / "workshop.db"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    assert main(f"sqlite:///{path}", ["workshop"], crash_dialog=False) == 2
    assert len(dialogs.critical) == 1 and "ikke ændret" in dialogs.critical[0]
    assert path.read_bytes() == before


def test_translations_compile_and_switch_to_english(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import compiled_translation, install_translators

    qm = compiled_translation("en")
    assert qm is not None and qm.exists()
    app = QApplication.instance()
    translators = install_translators(app, "en")  # type: ignore[arg-type]
    try:
        assert QCoreApplication.translate("MainWindow", "Fortryd") == "Undo"
        assert QCoreApplication.translate("Panels", "Dagsorden") == "Agenda"
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]


def test_danish_the_source_language_loads_no_catalogue_of_workshops_own(qtbot: QtBot) -> None:
    """The Danish UI is the texts in the code: only Qt's own dialogs are translated."""
    from PySide6.QtWidgets import QApplication

    from ui.app import TRANSLATIONS_DIR, install_translators

    app = QApplication.instance()
    translators = install_translators(app, "da")  # type: ignore[arg-type]
    try:
        assert not [t.filePath() for t in translators if t.filePath().startswith(str(TRANSLATIONS_DIR))]
        assert QCoreApplication.translate("MainWindow", "Fortryd") == "Fortryd"
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]
    assert [p.name for p in TRANSLATIONS_DIR.glob("*.ts")] == ["workshop_en.ts"]


def test_every_registered_panel_plugs_in_and_follows_the_meeting(
        sqlite_db: Database, qtbot: QtBot, dialogs: Dialogs, fresh_settings: None) -> None:
    from workshop.demo import load_demo

    import ui.panels

    mid = load_demo(sqlite_db)
    window = open_window(sqlite_db, qtbot, all_panels=True)
    loaded = {type(p).__module__ for p in window.panels.values()}
    present = {spec.module for spec in ui.panels.PANELS
               if importlib.util.find_spec(spec.module) is not None}
    assert loaded == present  # every panel whose module exists was built
    assert window.navigator.select_meeting(mid, meetings.get_meeting(sqlite_db, mid).committee_id)
    assert list(window.panels) == [spec.key for spec in ui.panels.PANELS if spec.module in present]
    for key in window.panels:
        window.show_panel(key)
        qtbot.wait(20)
    assert window.ctx.meeting_id == mid
    window.close()


def test_no_two_window_wide_shortcuts_collide(sqlite_db: Database, qtbot: QtBot, dialogs: Dialogs,
                                              fresh_settings: None) -> None:
    """A shortcut bound twice in one scope fires neither ("ambiguous"); scoped keys may repeat."""
    from PySide6.QtGui import QAction

    window = open_window(sqlite_db, qtbot, all_panels=True)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for seq in action.shortcuts():
            owners.setdefault(seq.toString(), []).append(action.text())
    clashes = {keys: texts for keys, texts in owners.items() if len(texts) > 1}
    assert clashes == {}


def test_a_broken_panel_leaves_the_others_their_tabs_keys_and_place(
        db: Database, qtbot: QtBot, dialogs: Dialogs, fresh_settings: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first tab fails to build: every other tab is still found by its key (menus, Ctrl+digit,
    the tab reopened at start), not by a position that moved up by one."""
    from ui.panels import committee

    def broken(self: QWidget, *_args: Any) -> None:
        raise RuntimeError("udvalgspanelet er i stykker")

    monkeypatch.setattr(committee.CommitteePanel, "__init__", broken)
    window = open_window(db, qtbot)
    assert window.navigator is not None
    window.navigator.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the window's keys reach it
    assert "committee" not in window.panels and {"agenda", "attendance"} <= set(window.panels)
    for key, digit in (("attendance", Qt.Key.Key_3), ("agenda", Qt.Key.Key_2)):
        qtbot.keyClick(window.navigator.view, digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_panel_key() == key
        assert window.tabs.currentWidget() is window.panels[key]
        assert window.tabs.tabText(window.tabs.currentIndex()) == {"agenda": "Dagsorden", "attendance": "Fremmøde"}[key]
        assert window.settings.last_tab == key
    qtbot.keyClick(window.navigator.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the missing tab's key
    assert window.current_panel_key() == "agenda"  # nothing moved
