"""Issue 12: every shortcut comes from one registry (ui/shortcuts.py) that builds the actions, the keys
and F1, so F1 cannot drift; a key listed works from every tab the registry names for it."""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.ui.meeting_builders import build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import candidates, capture, meetings, working_groups

from ui import shortcuts
from ui.main_window import MainWindow
from ui.shortcuts import SHORTCUTS, ShortcutHelp

UI = Path(__file__).resolve().parents[2] / "ui"
# Setting a key anywhere but in the registry: a key F1 would not know of.
SETTING_A_KEY = re.compile(r"\bQShortcut\(|\.setShortcuts?\(|\.setShortcutContext\(|QKeySequence\.StandardKey\.")


@pytest.fixture
def window(sqlite_db: Database, qtbot: QtBot) -> MainWindow:
    window = shown_window(sqlite_db, qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_no_key_is_set_outside_the_registry() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "shortcuts.py" and path.parent == UI:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SETTING_A_KEY.search(line):
                offenders.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    assert offenders == []


def test_f1_lists_every_registry_entry_and_nothing_else(window: MainWindow, qtbot: QtBot) -> None:
    help_dialog = ShortcutHelp(window)
    qtbot.addWidget(help_dialog)
    table = help_dialog.table
    shown = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert len(shown) == len(SHORTCUTS)
    for row, entry in zip(shown, SHORTCUTS, strict=True):
        assert row[0] == ", ".join(shortcuts.native(k) for k in entry.keys)
        assert row[1] == entry.place() and row[2] == entry.text().rstrip(".…"), entry.name
    # what the issue found missing
    keys = {k for row in shown for k in row[0].split(", ")}
    for missing_before in ("Ctrl+PgUp", "Ctrl+PgDown", "Alt+0", "Alt+1 … Alt+9"):
        assert shortcuts.native(missing_before) in keys


def test_every_key_made_in_the_app_is_a_registry_entry(window: MainWindow) -> None:
    """Each action or QShortcut with a key carries its registry name and exactly the registry's keys."""
    bound: list[QObject] = [*window.findChildren(QAction), *window.findChildren(QShortcut)]
    with_keys = [o for o in bound if (o.shortcuts() if isinstance(o, QAction) else [o.key()])
                 and not all(s.isEmpty() for s in (o.shortcuts() if isinstance(o, QAction) else [o.key()]))]
    assert with_keys
    for obj in with_keys:
        entry = shortcuts.REGISTRY.get(obj.objectName())
        assert entry is not None, (obj, obj.objectName())
        sequences = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        assert {s.toString() for s in sequences} <= set(entry.keys), entry.name


def test_a_key_in_a_menu_works_on_the_tab_that_shows_it(window: MainWindow, sqlite_db: Database) -> None:
    """Menu entries whose key works only inside a tab (Delete in a table, the agenda's keys) are in the
    menu only while that tab is shown; every other key in the menus works from every tab."""
    w = build(sqlite_db)
    on_workshop(window, w)
    local_seen = set()
    for tab in window.panels:
        window.show_panel(tab)
        for menu in (window.file_menu, window.edit_menu, window.view_menu, window.meeting_menu, window.help_menu):
            for action in menu.actions():
                if action.shortcut().isEmpty() or not action.isVisible():
                    continue
                entry = shortcuts.REGISTRY[action.objectName()]
                if not entry.tabs:  # the navigator's own keys: it is beside every tab
                    assert entry.name.startswith("navigator."), entry.name
                elif entry.scope == "window":
                    assert set(entry.tabs) == set(window.panels), entry.name
                else:
                    assert tab in entry.tabs, (entry.name, tab)
                    local_seen.add(entry.name)
    assert {"agenda.add", "agenda.delete", "committee.remove_member"} <= local_seen


def _widget_of(obj: QObject) -> QWidget | None:
    """The widget where ``obj``'s key is pressed: a QShortcut's parent, an action's (non-menu) widget."""
    if isinstance(obj, QShortcut):
        parent = obj.parent()
        return parent if isinstance(parent, QWidget) else None
    assert isinstance(obj, QAction)
    for owner in obj.associatedObjects():
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu) and owner.isVisible():
            return owner
    return None


def _press_on(window: MainWindow, obj: QObject, key: str, focus: QWidget, qtbot: QtBot) -> bool:
    """Press ``key`` with the focus on ``focus``; True when ``obj`` fired (its own slots are not run)."""
    signal = obj.triggered if isinstance(obj, QAction) else obj.activated
    fired: list[object] = []
    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect()  # the test asks whether the key reaches it, not what it then does
    signal.connect(lambda *_a: fired.append(1))
    obj.setEnabled(True)
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence(key))
    return bool(fired)


def test_every_bound_key_works_from_each_tab_it_is_listed_for(window: MainWindow, sqlite_db: Database,
                                                             qtbot: QtBot) -> None:
    w = build(sqlite_db)
    item = w.items[2]
    g1 = capture.add_group(sqlite_db, item, name="Gruppe 1", member_ids=w.member_ids[:2]).id
    assert g1 is not None
    i1 = capture.add_input(sqlite_db, g1, "Borgeren i centrum").id
    assert i1 is not None
    candidates.add_candidate(sqlite_db, item, title="Borgeren først", input_ids=[i1])
    capture.add_remark(sqlite_db, item, w.member_ids[0], "En tilførsel")
    group = working_groups.add_working_group(sqlite_db, w.items[3], name="Digital service").id
    assert group is not None
    working_groups.set_working_group_guests(sqlite_db, group, [("Eva Holm", "Borgerrådgiveren")])
    on_workshop(window, w)

    bound = [s for s in SHORTCUTS if s.scope != "typing" and s.tabs]
    worked: dict[str, set[str]] = defaultdict(set)
    # the step tools are on screen one step at a time: the question round, the inputs, the votes
    for item_id, step in ((w.items[1], ""), (item, "inputs"), (item, "votes"), (w.items[3], "")):
        meetings.set_current_step(sqlite_db, w.meeting_id, item_id, step)
        for tab in window.panels:
            window.show_panel(tab)
            step_of = getattr(window.panels[tab], "step", None)
            if step_of is not None:
                step_of.go_to(item_id, step)
            QApplication.processEvents()
            tab_widget = window.tabs.currentWidget()
            for entry in bound:
                if tab not in entry.tabs or tab in worked[entry.name]:
                    continue
                objects = [*window.findChildren(QAction, entry.name), *window.findChildren(QShortcut, entry.name)]
                for obj in objects:
                    if entry.scope == "window":
                        focus: QWidget | None = tab_widget
                    else:
                        focus = _widget_of(obj)
                        if focus is None or not focus.isVisible() or not (
                                focus is tab_widget or tab_widget.isAncestorOf(focus)):
                            continue
                    if _press_on(window, obj, entry.keys[0], focus, qtbot):
                        worked[entry.name].add(tab)
                        break
    missing = {e.name: sorted(set(e.tabs) - worked[e.name]) for e in bound if set(e.tabs) - worked[e.name]}
    assert missing == {}


def test_the_navigator_and_projector_keys_work_where_they_are_listed(window: MainWindow, qtbot: QtBot) -> None:
    assert window.navigator is not None
    for name in ("navigator.rename", "navigator.delete"):
        action = window.findChild(QAction, name)
        assert action is not None
        assert _press_on(window, action, shortcuts.keys_of(name)[0], window.navigator.view, qtbot), name
    projector = window.meeting_actions.show_projector(True)
    assert projector is not None
    qtbot.addWidget(projector)
    projector.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    for entry in SHORTCUTS:
        if entry.name.startswith("projector."):
            keys = projector.findChildren(QShortcut, entry.name)
            assert keys, entry.name
            assert _press_on(window, keys[0], entry.keys[0], projector, qtbot), entry.name
