"""Who is in a group has no version of its own (issue 14): two laptops, each its own ``Database``
(own connections) and ``AppContext``, on the CI PostgreSQL, edit a working group's members,
tovholder and people from outside, and who is in which group of a group-work item. An edit based on what the screen showed is refused, with a
Danish message naming what the other laptop changed, when that laptop changed it since; the
screen then shows what is stored. Undoing an edit another laptop has changed since is refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from tests.ui.live_laptops import SECOND, SECRETARY, one_screen_on_two
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import agenda, capture, working_groups

from ui.context import AppContext
from ui.panels.group_forming import GroupFormingView
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
    def make(ctx: AppContext) -> WorkingGroupsView:
        view = WorkingGroupsView(ctx, MeetingEdits(ctx))
        view.set_item(agenda.get_item(ctx.db, meeting.working))  # type: ignore[arg-type]
        return view

    with one_screen_on_two(pg_db.url, qtbot, make) as pair:
        yield pair


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


# --- group work: who is in which group --------------------------------------------------------


@pytest.fixture
def forming(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[GroupFormingView, GroupFormingView]]:
    """The groups of one group-work item on two laptops, read before either moves anyone."""
    for n in (1, 2):
        capture.add_group(pg_db, meeting.groups, name=f"Gruppe {n}")  # type: ignore[arg-type]
    def make(ctx: AppContext) -> GroupFormingView:
        view = GroupFormingView(ctx, MeetingEdits(ctx))
        view.set_item(agenda.get_item(ctx.db, meeting.groups))  # type: ignore[arg-type]
        return view

    with one_screen_on_two(pg_db.url, qtbot, make, (SECRETARY, SECOND)) as pair:
        yield pair


def _in_groups(view: GroupFormingView) -> list[list[str]]:
    return [[box.list.item(i).text() for i in range(box.list.count())]
            for gid, box in view.boxes.items() if gid is not None]


def test_a_member_moved_on_a_stale_screen_is_refused_naming_the_group_and_undo_over_it_too(
        forming: tuple[GroupFormingView, GroupFormingView], meeting: SmallMeeting) -> None:
    a, b = forming
    db = a.ctx.db
    g1, g2 = a.group_ids()
    mikael, anne = meeting.members[:2]
    a.move_to_number(anne, 1)  # A: Anne to group 1
    assert capture.group_members(db, meeting.groups) == {g1: [anne]}  # type: ignore[arg-type]
    errors = _errors(b.ctx)
    b.move_to_number(anne, 2)  # B still shows Anne without a group: she would leave group 1 unseen
    assert capture.group_members(db, meeting.groups) == {g1: [anne]}  # type: ignore[arg-type]
    assert errors == ["Gruppen er ændret af en anden imens: Gruppe 1 er nu »Anne Hjorth«. Din ændring er ikke gemt."]
    assert _in_groups(b) == [["Anne Hjorth · borger"], []]  # B's screen re-read who is where
    b.move_to_number(mikael, 2)  # based on what is stored now: saved
    assert capture.group_members(db, meeting.groups) == {g1: [anne], g2: [mikael]}  # type: ignore[arg-type]

    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's move: B moved Mikael since, so not undone over it
    assert errors == ['Kunne ikke fortryde "Gruppens medlemmer": Gruppen er ændret af en anden siden; trinnet'
                      " ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert capture.group_members(db, meeting.groups) == {g1: [anne], g2: [mikael]}  # type: ignore[arg-type]
    b.ctx.undo_stack.undo()  # B's move, nobody moved anyone since: undone
    assert capture.group_members(db, meeting.groups) == {g1: [anne]}  # type: ignore[arg-type]


def test_groups_formed_automatically_on_a_stale_screen_are_refused(
        forming: tuple[GroupFormingView, GroupFormingView], meeting: SmallMeeting) -> None:
    a, b = forming
    db = a.ctx.db
    g1, _g2 = a.group_ids()
    a.move_to_number(meeting.members[0], 1)  # A puts Mikael in group 1 by hand ...
    errors = _errors(b.ctx)
    b.distribute()  # ... while B forms all groups anew from what it showed: refused, A's move stays
    assert capture.group_members(db, meeting.groups) == {g1: [meeting.members[0]]}  # type: ignore[arg-type]
    assert errors == ["Gruppen er ændret af en anden imens: Gruppe 1 er nu »Mikael Fenger«. Din ændring er ikke gemt."]
    b.distribute()  # on what is stored now: saved, every present member in one group
    placed = capture.group_members(db, meeting.groups)  # type: ignore[arg-type]
    assert sorted(m for ids in placed.values() for m in ids) == sorted(meeting.members[:4])


def test_a_new_group_with_members_moves_them_and_undo_and_redo_move_them_back_and_forth(
        forming: tuple[GroupFormingView, GroupFormingView], meeting: SmallMeeting) -> None:
    a, _b = forming
    db, item = a.ctx.db, meeting.groups
    g1, g2 = a.group_ids()
    mikael, anne, bo = meeting.members[:3]
    assert a.edits.set_group_members(item, g1, [mikael, anne], a.shown)  # type: ignore[arg-type]
    g3 = a.edits.add_group(item, "Gruppe 3", [anne, bo], a.shown)  # type: ignore[arg-type]
    assert g3 is not None
    stored = capture.group_members(db, item)  # type: ignore[arg-type]
    assert (stored[g1], sorted(stored[g3])) == ([mikael], sorted([anne, bo]))
    version = capture.get_group(db, g3).version
    a.ctx.undo_stack.undo()
    assert {g: sorted(m) for g, m in capture.group_members(db, item).items()} == {  # type: ignore[arg-type]
        g1: sorted([mikael, anne])}
    a.ctx.undo_stack.redo()  # the same group, its members and its version
    stored = capture.group_members(db, item)  # type: ignore[arg-type]
    assert (stored[g1], sorted(stored[g3])) == ([mikael], sorted([anne, bo])) and g2 not in stored
    assert capture.get_group(db, g3).version == version


def test_undoing_groups_formed_automatically_is_refused_once_an_input_was_typed_into_a_new_one(
        forming: tuple[GroupFormingView, GroupFormingView], meeting: SmallMeeting) -> None:
    a, b = forming
    db, item = a.ctx.db, meeting.groups
    capture.delete_group(db, a.group_ids()[1])
    a.refresh()
    a.count_spin.setValue(2)
    a.distribute()  # one group there, a second made
    [g2] = [g.pk for g in capture.list_groups(db, item)][1:]  # type: ignore[arg-type]
    capture.add_input(b.ctx.db, g2, "Borgeren i centrum")  # typed on B into the new group
    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # would delete the group and B's input with it
    assert errors and errors[0].startswith('Kunne ikke fortryde "Fordel automatisk"') and "ændret af en anden" in errors[0]
    assert [i.text for i in capture.list_inputs(db, item)] == ["Borgeren i centrum"]  # type: ignore[arg-type]
    assert len(capture.group_members(db, item)) == 2  # type: ignore[arg-type]
