"""working_groups.list_committee_working_groups: one query gives what the per-meeting, per-item reads gave."""

from __future__ import annotations

from datetime import datetime

from workshop.db import Database
from workshop.services import agenda, committees, meetings, working_groups


def _per_item(db: Database, committee_id: int) -> list[int]:
    """The old navigator read: list_items per meeting, list_working_groups per group-work item."""
    return [wg.id for m in meetings.list_meetings(db, committee_id)  # type: ignore[misc]
            for item in agenda.list_items(db, m.id)  # type: ignore[arg-type]
            if item.kind == "working_groups"
            for wg in working_groups.list_working_groups(db, item.id)]  # type: ignore[arg-type]


def test_same_groups_in_meeting_item_and_group_order(db: Database) -> None:
    ours = committees.create_committee(db, name="Udvalg A").id
    other = committees.create_committee(db, name="Udvalg B").id
    # Created out of date order, so meeting order is by starts_at, not by id.
    late = meetings.create_meeting(db, ours, title="Senere", starts_at=datetime(2026, 5, 1, 17)).id
    early = meetings.create_meeting(db, ours, title="Først", starts_at=datetime(2026, 3, 1, 17)).id
    foreign = meetings.create_meeting(db, other, title="Andet udvalg", starts_at=datetime(2026, 1, 1, 17)).id
    for meeting in (late, early, foreign):
        agenda.add_item(db, meeting, title="Sag", kind="case")  # type: ignore[arg-type]
        second = agenda.add_item(db, meeting, title="Arbejdsgrupper 2", kind="working_groups").id  # type: ignore[arg-type]
        first = agenda.add_item(db, meeting, title="Arbejdsgrupper 1", kind="working_groups",  # type: ignore[arg-type]
                                position=0).id
        for item in (second, first):
            for name in ("Å-gruppe", "B-gruppe"):
                working_groups.add_working_group(db, item, name=f"{name} {meeting}/{item}")  # type: ignore[arg-type]
    got = [wg.id for wg in working_groups.list_committee_working_groups(db, ours)]  # type: ignore[arg-type]
    assert got == _per_item(db, ours)  # type: ignore[arg-type]
    assert len(got) == 8
    groups = working_groups.list_committee_working_groups(db, ours)  # type: ignore[arg-type]
    firsts = {agenda.get_item(db, wg.item_id).meeting_id for wg in groups[:4]}
    assert firsts == {early}
    assert [wg.id for wg in working_groups.list_committee_working_groups(db, other)] == _per_item(db, other)  # type: ignore[arg-type]
    assert working_groups.list_committee_working_groups(db, 10_000) == []
