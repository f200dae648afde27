"""Issue 12: every key of the meeting screens is in F1 (it lacked Ctrl+PgUp/PgDn and run mode's Alt keys),
no two of a window's shortcuts share a key (Alt+V was both run mode's "Vælg" and the Vis menu, so it did
nothing), and a key listed works from every tab where it is shown."""

from __future__ import annotations

from collections import Counter

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import candidates, capture, meetings

from ui.main_window import MainWindow
from ui.shortcuts import ShortcutHelp, collect

EXPECTED = ["Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Right", "Ctrl+Left", "Ctrl+Shift+P", "Ctrl++", "Ctrl+-", "Ctrl+S",
            "Enter", "Shift+Enter", "V", "K", "F", "N", "Alt+0", "Alt+1 … Alt+9", "F2", "Del", "F4"]


@pytest.fixture
def window(sqlite_db: Database, qtbot: QtBot) -> MainWindow:
    window = shown_window(sqlite_db, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def test_f1_lists_every_key_of_the_meeting_screens(window: MainWindow, qtbot: QtBot) -> None:
    rows = collect()
    listed = {key for keys, _, _ in rows for key in keys.split(", ")}
    for keys in EXPECTED:
        assert _native(keys) in listed, keys
    where: dict[str, set[str]] = {}
    for keys, w, _ in rows:
        for key in keys.split(", "):
            where.setdefault(key, set()).add(w)
    # a window action, so it works from every tab; and in the projector's window when that has the focus
    assert where[_native("Ctrl+PgDown")] == {"Møde", "Projektorvinduet, når det har fokus"}
    help_dialog = ShortcutHelp(window)
    qtbot.addWidget(help_dialog)
    assert help_dialog.table.rowCount() == len(rows)


def test_no_two_shortcuts_of_the_window_share_a_key(window: MainWindow) -> None:
    """Window-wide keys (actions and QShortcuts) that are equal are ambiguous, and Qt runs neither."""
    keys: list[str] = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            keys += [s.toString() for s in action.shortcuts() if not s.isEmpty()]
    local: list[str] = []  # a widget's own keys: they may repeat across widgets, but not be a menu's
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() == Qt.ShortcutContext.WindowShortcut:
            keys.append(shortcut.key().toString())
        else:
            local.append(shortcut.key().toString())
    mnemonics = {f"Alt+{m.title()[m.title().index('&') + 1].upper()}" for m in
                 (window.file_menu, window.edit_menu, window.view_menu, window.meeting_menu, window.help_menu)}
    doubles = [k for k, n in Counter(keys).items() if n > 1]
    assert doubles == []
    assert not mnemonics & (set(keys) | set(local))


def test_the_step_keys_work_from_every_tab(window: MainWindow, sqlite_db: Database, qtbot: QtBot) -> None:
    w = build(sqlite_db)
    on_workshop(window, w)
    for key in window.panels:
        n = window.tabs.indexOf(window.panels[key])  # type: ignore[arg-type]
        window.show_panel(key)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        before = meetings.current_step(sqlite_db, w.meeting_id)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        after = meetings.current_step(sqlite_db, w.meeting_id)
        assert after != before, window.tabs.tabText(n)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert meetings.current_step(sqlite_db, w.meeting_id) == before or before[0] is None, window.tabs.tabText(n)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("tab", ["capture", "run"])
def test_the_keys_of_the_step_widgets_work_in_both_layouts(window: MainWindow, sqlite_db: Database,
                                                           qtbot: QtBot, tab: str) -> None:
    w = build(sqlite_db)
    item = w.items[2]
    g1 = capture.add_group(sqlite_db, item, name="Gruppe 1", member_ids=w.member_ids[:2]).id
    capture.add_group(sqlite_db, item, name="Gruppe 2")
    i1 = capture.add_input(sqlite_db, g1, "Borgeren i centrum").id  # type: ignore[arg-type]
    c = candidates.add_candidate(sqlite_db, item, title="Borgeren først", input_ids=[i1]).id  # type: ignore[list-item]
    meetings.set_current_step(sqlite_db, w.meeting_id, item, "groups")
    on_workshop(window, w)
    panel = window.panels[tab]
    window.show_panel(tab)
    view = panel.view  # type: ignore[attr-defined]

    # Alt+2 on a member of group 1 moves it to group 2 (Alt+digit is no menu's mnemonic).
    members = view.groups.boxes[g1].list
    members.setFocus()
    members.setCurrentRow(0)
    qtbot.keyClick(members, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert w.member_ids[0] not in capture.group_members(sqlite_db, item)[g1]

    # K on the candidate list (inputs step) and on the ranking (votes step).
    qtbot.keyClick(members, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    tree = view.inputs.candidates.tree
    tree.setFocus()
    view.inputs.candidates.select([c])
    qtbot.keyClick(tree, Qt.Key.Key_K)
    assert candidates.list_candidates(sqlite_db, item)[0].status == "shortlisted"
    qtbot.keyClick(tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    ranking = view.votes.ranking
    ranking.setFocus()
    view.votes.select_ranked([c])
    qtbot.keyClick(ranking, Qt.Key.Key_V)
    assert candidates.list_candidates(sqlite_db, item)[0].status == "chosen"

    # Ctrl+S in the question round skips the speaker.
    panel.step.go_to(w.items[1])  # type: ignore[attr-defined]
    rounds = view.question_round
    rounds.focus_current()
    first = rounds.current
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert rounds.current != first and first in rounds.skipped
