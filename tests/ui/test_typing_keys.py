"""Issue 12: a key F1 lists works from every tab where it is shown — the "typing" entries too.

``test_shortcut_registry.py`` presses every key that is a QAction or QShortcut. The registry's
"typing" entries are keys a field handles itself (Enter in an answer, Alt+digit in a group,
P/F/A in the attendance sheet, a date's arrows), so no object carries them: each has a probe
here that presses it where a user would, on every tab the registry names, and checks what F1
says it does. An entry without a probe fails the first test, so F1 cannot list a key nobody tried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from tests.ui.meeting_builders import Workshop, build
from tests.ui.shell import on_workshop, shown_window
from workshop.db import Database
from workshop.services import agenda, attendance, capture, committees, meetings, working_groups

from ui.main_window import MainWindow
from ui.shortcuts import SHORTCUTS

TYPING = [s for s in SHORTCUTS if s.scope == "typing"]


@dataclass
class Screen:
    window: MainWindow
    db: Database
    w: Workshop
    qtbot: QtBot

    def tab(self, key: str) -> QWidget:
        self.window.show_panel(key)
        QApplication.processEvents()
        return self.window.panels[key]  # type: ignore[return-value]

    def step(self, tab: str, item_id: int, step: str = "") -> QWidget:
        """``tab`` (capture or run) on the meeting's step ``item_id``/``step``; its ItemStepView."""
        panel = self.tab(tab)
        assert panel.step.go_to(item_id, step)  # type: ignore[attr-defined]
        QApplication.processEvents()
        view = panel.view  # type: ignore[attr-defined]
        assert view.isVisible()
        return view  # type: ignore[no-any-return]

    def focus(self, widget: QWidget) -> QWidget:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(lambda: widget.hasFocus())
        return widget


PROBES: dict[str, Callable[[Screen, str], None]] = {}


def probe(*names: str) -> Callable[[Callable[[Screen, str], None]], Callable[[Screen, str], None]]:
    def register(check: Callable[[Screen, str], None]) -> Callable[[Screen, str], None]:
        for name in names:
            PROBES[name] = check
        return check
    return register


# --- Udvalg ---------------------------------------------------------------------------------------------

@probe("committee.next_row")
def _next_row(s: Screen, tab: str) -> None:
    panel = s.tab(tab)
    view = panel.members_view  # type: ignore[attr-defined]
    s.focus(view)
    view.setCurrentIndex(panel.members.index(0, 0))  # type: ignore[attr-defined]
    s.qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1  # not the last row: the next one
    count = len(committees.list_members(s.db, s.w.committee_id))
    view.setCurrentIndex(panel.members.index(count - 1, 0))  # type: ignore[attr-defined]
    s.qtbot.keyClick(view, Qt.Key.Key_Return)  # the last row: a new member, its name open
    assert len(committees.list_members(s.db, s.w.committee_id)) == count + 1
    assert view.currentIndex().row() == count and view.state() == QAbstractItemView.State.EditingState


# --- Fremmøde -------------------------------------------------------------------------------------------

def _status(s: Screen, member_id: int) -> str:
    return next(a.status for a in attendance.list_attendance(s.db, s.w.meeting_id) if a.member_id == member_id)


def _letter(key: Qt.Key, status: str, row: int) -> Callable[[Screen, str], None]:
    """P, F or A on the sheet's ``row``: that member's attendance becomes ``status``."""
    def check(s: Screen, tab: str) -> None:
        panel = s.tab(tab)
        view = panel.view  # type: ignore[attr-defined]
        s.focus(view)
        view.setCurrentIndex(panel.model.index(row, 0))  # type: ignore[attr-defined]
        member_id = panel.model.rows[row].member.id  # type: ignore[attr-defined]
        assert _status(s, member_id) != status
        s.qtbot.keyClick(view, key)
        assert _status(s, member_id) == status
    return check


PROBES["attendance.present"] = _letter(Qt.Key.Key_P, "present", 11)  # the afbud comes after all
PROBES["attendance.absent"] = _letter(Qt.Key.Key_F, "absent", 0)
PROBES["attendance.excused"] = _letter(Qt.Key.Key_A, "excused", 1)


@probe("attendance.item_absence")
def _item_absence(s: Screen, tab: str) -> None:
    panel = s.tab(tab)
    view = panel.items_view  # type: ignore[attr-defined]
    model = panel.items_model  # type: ignore[attr-defined]
    s.focus(view)
    view.setCurrentIndex(model.index(0, 0))
    assert agenda.list_item_absences(s.db, s.w.meeting_id) == []
    s.qtbot.keyClick(view, Qt.Key.Key_Space)
    [absence] = agenda.list_item_absences(s.db, s.w.meeting_id)
    assert (absence.item_id, absence.member_id) == (model.items[0].id, model.members[0].id)


# --- Spørgerunde ---------------------------------------------------------------------------------------

@probe("question_round.submit")
def _answer_enter(s: Screen, tab: str) -> None:
    rounds = s.step(tab, s.w.items[1]).question_round  # type: ignore[attr-defined]
    rounds.focus_current()
    first = rounds.current
    edit = QApplication.focusWidget()
    assert edit is rounds.row(first).edit
    s.qtbot.keyClicks(edit, "Færre papirer")
    s.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert capture.get_answer(s.db, s.w.items[1], first).text == "Færre papirer"  # type: ignore[union-attr]
    assert rounds.current != first and QApplication.focusWidget() is rounds.row(rounds.current).edit


@probe("question_round.new_line")
def _answer_shift_enter(s: Screen, tab: str) -> None:
    rounds = s.step(tab, s.w.items[1]).question_round  # type: ignore[attr-defined]
    rounds.focus_current()
    first = rounds.current
    edit = QApplication.focusWidget()
    s.qtbot.keyClicks(edit, "Færre papirer")
    s.qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert rounds.current == first and QApplication.focusWidget() is edit  # still this speaker
    s.qtbot.keyClicks(edit, "og svar samme dag")
    s.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert capture.get_answer(s.db, s.w.items[1], first).text == "Færre papirer\nog svar samme dag"  # type: ignore[union-attr]


# --- Grupper, input og pejlemærker ----------------------------------------------------------------------

def _two_groups(s: Screen) -> tuple[int, int]:
    item = s.w.items[2]
    g1 = capture.add_group(s.db, item, name="Gruppe 1", member_ids=s.w.member_ids[:3]).id
    g2 = capture.add_group(s.db, item, name="Gruppe 2", member_ids=s.w.member_ids[3:6]).id
    assert g1 is not None and g2 is not None
    return g1, g2


@probe("groups.move", "groups.remove")
def _alt_digit(s: Screen, tab: str) -> None:
    g1, g2 = _two_groups(s)
    item = s.w.items[2]
    forming = s.step(tab, item, "groups").groups  # type: ignore[attr-defined]
    members = s.focus(forming.boxes[g1].list)
    members.setCurrentRow(0)  # type: ignore[attr-defined]
    moved = members.currentItem().data(Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
    s.qtbot.keyClick(members, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert moved in capture.group_members(s.db, item)[g2]
    members = s.focus(forming.boxes[g2].list)
    members.setCurrentRow(0)  # type: ignore[attr-defined]
    out = members.currentItem().data(Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
    s.qtbot.keyClick(members, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert all(out not in ids for ids in capture.group_members(s.db, item).values())


@probe("inputs.add")
def _input_enter(s: Screen, tab: str) -> None:
    g1, _g2 = _two_groups(s)
    inputs = s.step(tab, s.w.items[2], "inputs").inputs  # type: ignore[attr-defined]
    entry = s.focus(inputs.columns[g1].entry)
    for text in ("Borgeren i centrum", "Ingen efterlades"):
        s.qtbot.keyClicks(entry, text)
        s.qtbot.keyClick(entry, Qt.Key.Key_Return)
        assert entry.hasFocus() and entry.text() == ""  # type: ignore[attr-defined]
    s.qtbot.waitUntil(lambda: len(capture.list_inputs(s.db, s.w.items[2])) == 2)
    assert [i.text for i in capture.list_inputs(s.db, s.w.items[2])] == ["Borgeren i centrum", "Ingen efterlades"]


def _edit_with_f2(s: Screen, view: QAbstractItemView, text: str) -> None:
    s.focus(view)
    s.qtbot.keyClick(view, Qt.Key.Key_F2)
    s.qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    s.qtbot.keyClicks(editor, text)  # type: ignore[arg-type]
    s.qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[arg-type]
    s.qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


@probe("inputs.edit")
def _f2(s: Screen, tab: str) -> None:
    from workshop.services import candidates

    g1, _g2 = _two_groups(s)
    item = s.w.items[2]
    first = capture.add_input(s.db, g1, "Borgeren i centrun").id
    assert first is not None
    cand = candidates.add_candidate(s.db, item, title="Borgeren førts", input_ids=[]).id
    inputs = s.step(tab, item, "inputs").inputs  # type: ignore[attr-defined]
    column = inputs.columns[g1].inputs
    column.setCurrentIndex(column.row_index(0))
    _edit_with_f2(s, column, "Borgeren i centrum")
    assert capture.get_input(s.db, first).text == "Borgeren i centrum"  # type: ignore[union-attr]
    panel = inputs.candidates
    panel.select([cand])
    _edit_with_f2(s, panel.tree, "Borgeren først")
    assert [c.title for c in candidates.list_candidates(s.db, item)] == ["Borgeren først"]


# --- Datofelter ------------------------------------------------------------------------------------------

def _date_field(s: Screen, tab: str) -> tuple[QWidget, Callable[[], date | None]]:
    """The date field a user meets on ``tab`` and how to read what it saved: the agenda's meeting start,
    a working group's first meeting in the two layouts."""
    if tab == "agenda":
        starts = s.tab(tab).starts  # type: ignore[attr-defined]
        return starts, lambda: meetings.get_meeting(s.db, s.w.meeting_id).starts_at.date()
    group = working_groups.add_working_group(s.db, s.w.items[3], name="Digital service",
                                             meets_on=date(2017, 11, 29)).id
    assert group is not None
    view = s.step(tab, s.w.items[3]).working_groups  # type: ignore[attr-defined]
    assert view.current is not None and view.current.id == group
    return view.meets_on, lambda: working_groups.get_working_group(s.db, group).meets_on


@probe("date.later", "date.earlier")
def _date_arrows(s: Screen, tab: str) -> None:
    field, saved = _date_field(s, tab)
    for key, days in ((Qt.Key.Key_Up, 1), (Qt.Key.Key_Down, -1)):
        before = saved()
        assert before is not None
        edit = s.focus(field if tab == "agenda" else field.edit)  # type: ignore[attr-defined]
        s.qtbot.keyClick(edit, key)
        if tab == "agenda":
            s.qtbot.keyClick(edit, Qt.Key.Key_Return)  # a date-time field saves when it is done
        assert saved() == before + timedelta(days=days), (tab, key)


@probe("date.calendar")
def _f4(s: Screen, tab: str) -> None:
    field, saved = _date_field(s, tab)
    before = saved()
    assert before is not None
    edit = s.focus(field if tab == "agenda" else field.edit)  # type: ignore[attr-defined]
    s.qtbot.keyClick(edit, Qt.Key.Key_F4)
    calendar = field.calendarWidget() if tab == "agenda" else field.calendar  # type: ignore[attr-defined]
    s.qtbot.waitUntil(lambda: calendar is not None and calendar.isVisible())
    assert calendar.selectedDate().toPython() == before  # it opens on the field's date
    grid = calendar.findChild(QAbstractItemView)  # the days, where the keyboard is
    s.qtbot.keyClick(grid, Qt.Key.Key_Right)  # the next day, chosen with Enter
    s.qtbot.keyClick(grid, Qt.Key.Key_Return)
    s.qtbot.waitUntil(lambda: not calendar.isVisible())
    assert saved() == before + timedelta(days=1)


# --- the tests -----------------------------------------------------------------------------------------

def test_every_typing_key_in_f1_has_a_probe() -> None:
    """A key F1 lists that no probe presses is a key nobody checked; a probe of no entry is stale."""
    assert set(PROBES) == {s.name for s in TYPING}
    assert all(s.tabs for s in TYPING), [s.name for s in TYPING if not s.tabs]


@pytest.fixture
def screen(sqlite_db: Database, qtbot: QtBot) -> Screen:
    window = shown_window(sqlite_db, qtbot)
    w = build(sqlite_db)
    on_workshop(window, w)
    return Screen(window, sqlite_db, w, qtbot)


@pytest.mark.parametrize(("name", "tab"), [(s.name, tab) for s in TYPING for tab in s.tabs])
def test_a_typing_key_works_on_every_tab_f1_names(screen: Screen, name: str, tab: str) -> None:
    PROBES[name](screen, tab)
