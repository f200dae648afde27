"""Who is in a group has no version of its own (issue 14): two laptops, each its own ``Database``
(own connections) and ``AppContext``, on the CI PostgreSQL, edit a working group's members,
tovholder and people from outside. An edit based on what the screen showed is refused, with a
Danish message naming what the other laptop changed, when that laptop changed it since; the
screen then shows what is stored. Undoing an edit another laptop has changed since is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import agenda, working_groups

from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits
from ui.panels.working_groups import WorkingGroupsView


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


def _errors(ctx: AppContext) -> list[str]:
    messages: list[str] = []
    ctx.error.connect(messages.append)
    return messages


@pytest.fixture
def views(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[WorkingGroupsView, WorkingGroupsView]]:
    """The same working group on two laptops, read before either edits it (no live link: each
    shows what it read until it re-reads)."""
    working_groups.add_working_group(pg_db, meeting.working, name="Trafik")  # type: ignore[arg-type]
    shown = []
    for name in ("Sekretærens bærbare", "Formandens bærbare"):
        ctx = AppContext(Database(pg_db.url, client_name=name))  # type: ignore[arg-type]
        view = WorkingGroupsView(ctx, MeetingEdits(ctx))
        qtbot.addWidget(view)
        view.set_item(agenda.get_item(ctx.db, meeting.working))  # type: ignore[arg-type]
        view.show()
        shown.append(view)
    yield shown[0], shown[1]
    for view in shown:
        view.close()
        view.ctx.db.close()


def _check(view: WorkingGroupsView, row: int) -> None:
    item = view.members.item(row)
    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                       else Qt.CheckState.Checked)


def _checked(view: WorkingGroupsView) -> list[str]:
    return [view.members.item(i).text() for i in range(view.members.count())
            if view.members.item(i).checkState() == Qt.CheckState.Checked]


def test_members_checked_on_a_stale_screen_are_refused_naming_who_is_in_and_undo_over_them_too(
        views: tuple[WorkingGroupsView, WorkingGroupsView], meeting: SmallMeeting) -> None:
    a, b = views
    db, wg = a.ctx.db, a.current.pk  # type: ignore[union-attr]
    mikael, anne = meeting.members[:2]
    _check(a, 1)  # A: Anne joins
    assert working_groups.working_group_members(db, wg) == [anne]
    errors = _errors(b.ctx)
    _check(b, 0)  # B still shows no members: Mikael would be added to a group B never saw with Anne
    assert working_groups.working_group_members(db, wg) == [anne]
    assert errors == ["Arbejdsgruppen er ændret af en anden imens: Medlemmerne er nu »Anne Hjorth«."
                      " Din ændring er ikke gemt."]
    assert _checked(b) == ["Anne Hjorth"]  # B's screen re-read what is stored
    _check(b, 0)  # now based on what is stored: saved
    assert sorted(working_groups.working_group_members(db, wg)) == [mikael, anne]

    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's Anne: B changed the members since, so not undone over B's change
    assert errors == ['Kunne ikke fortryde "Arbejdsgruppens medlemmer": Arbejdsgruppen er ændret af en anden siden;'
                      " trinnet ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert sorted(working_groups.working_group_members(db, wg)) == [mikael, anne]
    b.ctx.undo_stack.undo()  # B's Mikael, nobody changed the members since: undone
    assert working_groups.working_group_members(db, wg) == [anne]


def test_a_stale_tovholder_or_guest_is_refused_and_other_changes_meanwhile_are_no_conflict(
        views: tuple[WorkingGroupsView, WorkingGroupsView], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = views
    db, wg = a.ctx.db, a.current.pk  # type: ignore[union-attr]
    anne = meeting.members[1]
    working_groups.set_working_group_members(db, wg, meeting.members[:3])  # a third laptop
    for view in views:
        view.reload()
    a.guest_name.setText("Jens Vej")
    a.guest_org.setText("Vejdirektoratet")
    assert a.add_guest()
    errors = _errors(b.ctx)
    b.guest_name.setText("Lise Berg")
    assert not b.add_guest()  # B showed no one from outside
    assert working_groups.working_group_guests(db, wg) == [("Jens Vej", "Vejdirektoratet")]
    assert errors == ["Arbejdsgruppen er ændret af en anden imens: Medlemmerne udefra er nu"
                      " »Jens Vej (Vejdirektoratet)«. Din ændring er ikke gemt."]
    assert b.guest_name.text() == "Lise Berg"  # what B typed stays, to add again
    assert [b.guests.item(i).text() for i in range(b.guests.count())] == ["Jens Vej (Vejdirektoratet)"]

    b.convener.setFocus()  # B picks Anne: the guest A added meanwhile is no reason to refuse it
    qtbot.keyClick(b.convener, Qt.Key.Key_Down)
    qtbot.keyClick(b.convener, Qt.Key.Key_Down)
    assert working_groups.working_group_convener(db, wg) == anne
    errors = _errors(a.ctx)
    a.convener.setFocus()  # A still shows no tovholder
    qtbot.keyClick(a.convener, Qt.Key.Key_Down)
    assert working_groups.working_group_convener(db, wg) == anne
    assert errors == ["Arbejdsgruppen er ændret af en anden imens: Tovholderen er nu »Anne Hjorth«."
                      " Din ændring er ikke gemt."]
    assert a.convener.currentText() == "Anne Hjorth"
