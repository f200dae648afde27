"""Who is in which group of a group-work item has no version of its own (issue 14): a move says
what the screen showed of the item's groups, and one based on groups another laptop changed since
is refused with what is stored now. A member is in at most one of an item's groups."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop.db import Database
from workshop.errors import ConflictError
from workshop.services import agenda, attendance, capture, committees, meetings


def _groups(db: Database) -> tuple[int, list[int], list[int]]:
    """A group-work item with two groups (Anne in the first, Bo in the second) and Carl in none."""
    c = committees.create_committee(db, name="Udvalg").id
    assert c is not None
    members = [committees.add_member(db, c, name=n).id for n in ("Anne", "Bo", "Carl")]
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id
    assert m is not None
    for mid in members:
        attendance.set_attendance(db, m, mid, "present")  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Pejlemærker", kind="group_work").id
    assert item is not None
    groups = [capture.add_group(db, item, name=f"Gruppe {n + 1}", member_ids=[members[n]]).id for n in (0, 1)]
    return item, groups, members  # type: ignore[return-value]


def _stored(db: Database, item: int) -> dict[int, list[int]]:
    return {g: sorted(m) for g, m in capture.group_members(db, item).items()}


def test_a_move_based_on_groups_another_laptop_changed_since_is_refused_with_what_is_stored(db: Database) -> None:
    item, (g1, g2), (anne, bo, carl) = _groups(db)
    shown = capture.group_members(db, item)
    assert shown == {g1: [anne], g2: [bo]}
    capture.set_group_members(db, g2, [bo, anne], expected=shown)  # the other laptop: Anne to group 2

    with pytest.raises(ConflictError, match="Gruppen er ændret af en anden") as caught:
        capture.set_group_members(db, g1, [anne, carl], expected=shown)  # Carl to group 1, as shown
    assert caught.value.row_id == g1
    assert caught.value.current == {str(g1): [], str(g2): [anne, bo]}
    assert _stored(db, item) == {g2: [anne, bo]}

    shown = capture.group_members(db, item)
    g3 = capture.add_group(db, item, name="Gruppe 3").id  # an empty group shown nowhere yet: no matter
    capture.set_group_members(db, g1, [carl], expected=shown)
    assert _stored(db, item) == {g1: [carl], g2: [anne, bo]}
    shown = capture.group_members(db, item)
    capture.add_group(db, item, name="Gruppe 4", member_ids=[bo], expected=shown)  # Bo moves to a new group
    with pytest.raises(ConflictError):  # ... which the screen that showed Bo in group 2 never saw
        capture.set_group_members(db, g3, [anne], expected=shown)
    with pytest.raises(ConflictError):  # a new group's members compared like any move
        capture.add_group(db, item, name="Gruppe 5", member_ids=[anne], expected=shown)
    assert [g.name for g in capture.list_groups(db, item)] == ["Gruppe 1", "Gruppe 2", "Gruppe 3", "Gruppe 4"]


def test_several_groups_set_at_once_and_a_member_in_one_group_only(db: Database) -> None:
    item, (g1, g2), (anne, bo, carl) = _groups(db)
    shown = capture.group_members(db, item)
    capture.set_groups_members(db, item, {g1: [bo, carl], g2: []}, expected=shown)
    assert _stored(db, item) == {g1: [bo, carl]}
    g3 = capture.add_group(db, item, name="Gruppe 3", member_ids=[carl, anne]).id  # Carl moves out of group 1
    assert _stored(db, item) == {g1: [bo], g3: [anne, carl]}
    with pytest.raises(ConflictError):
        capture.set_groups_members(db, item, {g2: [bo]}, expected=shown)


def test_a_move_that_changes_nothing_moves_no_version(db: Database) -> None:
    item, (g1, g2), (anne, bo, _carl) = _groups(db)
    versions = [g.version for g in capture.list_groups(db, item)]
    capture.set_group_members(db, g1, [anne], expected=capture.group_members(db, item))
    capture.set_groups_members(db, item, {g2: [bo], g1: [anne]})
    assert [g.version for g in capture.list_groups(db, item)] == versions
    capture.set_group_members(db, g1, [anne, bo])  # Bo moves: group 1's version moves
    assert [g.version for g in capture.list_groups(db, item)] == [versions[0] + 1, versions[1]]
