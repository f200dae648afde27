"""The meeting's one current item and step, shared by every screen."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import ValidationError
from workshop.services import agenda, meetings


def test_current_step_moves_and_records_the_first_start(db: Database) -> None:
    meeting_id = load_demo(db)
    meetings.update_meeting(db, meeting_id, ended_at=None)  # the demo meeting is closed: run it again
    items = agenda.list_items(db, meeting_id)
    group_work = next(i for i in items if i.kind == "group_work")
    assert meetings.current_step(db, meeting_id) == (None, "")

    first = datetime(2017, 11, 15, 17, 20)
    changes = meetings.set_current_step(db, meeting_id, group_work.id, "groups", at=first)
    assert changes.touches("meetings", "items") and changes.meeting_id == meeting_id
    meetings.set_current_step(db, meeting_id, group_work.id, "votes", at=datetime(2017, 11, 15, 18))
    assert meetings.current_step(db, meeting_id) == (group_work.id, "votes")
    assert agenda.get_item(db, group_work.id).started_at == first  # the first start is kept

    meetings.set_current_step(db, meeting_id, None)
    assert meetings.current_step(db, meeting_id) == (None, "")


def test_a_step_the_item_does_not_have_is_refused(db: Database) -> None:
    meeting_id = load_demo(db)
    items = agenda.list_items(db, meeting_id)
    welcome = items[0]
    with pytest.raises(ValidationError) as error:
        meetings.set_current_step(db, meeting_id, welcome.id, "votes")
    assert error.value.path == "step"
    assert meetings.current_step(db, meeting_id) == (None, "")
    other = meetings.create_meeting(db, meetings.get_meeting(db, meeting_id).committee_id,
                                    title="Andet møde", starts_at=datetime(2018, 1, 1, 17)).id
    with pytest.raises(ValidationError):
        meetings.set_current_step(db, other, welcome.id, "")


def test_start_item_is_the_items_first_step(db: Database) -> None:
    meeting_id = load_demo(db)
    group_work = next(i for i in agenda.list_items(db, meeting_id) if i.kind == "group_work")
    agenda.start_item(db, group_work.id)
    assert meetings.current_step(db, meeting_id) == (group_work.id, "groups")


def test_steps_of_an_agenda_in_order_and_their_neighbours(db: Database) -> None:
    from workshop.steps import neighbour, sequence

    meeting_id = load_demo(db)
    items = agenda.list_items(db, meeting_id)
    order = sequence(items)
    gw = next(i for i in items if i.kind == "group_work")
    at = order.index((gw.id, "groups"))  # type: ignore[arg-type]
    assert order[at:at + 3] == [(gw.id, "groups"), (gw.id, "inputs"), (gw.id, "votes")]
    assert len(order) == len(items) + 2
    assert neighbour(items, None, "", 1) == order[0]  # before the start: the first step
    assert neighbour(items, None, "", -1) is None
    assert neighbour(items, gw.id, "inputs", 1) == (gw.id, "votes")
    assert neighbour(items, gw.id, "groups", -1) == order[at - 1]
    assert neighbour(items, order[-1][0], order[-1][1], 1) is None
    assert neighbour(items, gw.id, "", 1) == (gw.id, "inputs")  # a step it lost: from its first
    assert neighbour([], None, "", 1) is None


def test_browsing_a_closed_meeting_records_no_start(db: Database) -> None:
    """The demo meeting is held and closed ("hævet kl. 21:00"). A new user presses "Start mødet" or picks
    items in Indfangning: the screens follow, but the referat's Tidsplan must not get today's clock as
    the items' "Faktisk" start (it printed 04:15 next to a meeting held 18:00-21:00)."""
    meeting_id = load_demo(db)
    assert meetings.get_meeting(db, meeting_id).ended_at == "21:00"
    items = agenda.list_items(db, meeting_id)
    meetings.set_current_step(db, meeting_id, items[0].id, "", at=datetime(2026, 12, 4, 4, 15))
    agenda.start_item(db, items[1].id, at=datetime(2026, 12, 4, 4, 16))
    assert meetings.current_step(db, meeting_id) == (items[1].id, "")
    assert [row.actual_start for row in agenda.schedule(db, meeting_id)] == [None] * len(items)
