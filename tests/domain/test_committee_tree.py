"""committee_tree.read_tree: five queries for every committee give what the per-committee reads gave."""

from __future__ import annotations

from datetime import datetime

from workshop.db import Database
from workshop.services import agenda, committees, meetings, working_groups
from workshop.services.committee_tree import read_tree


def _committee(db: Database, name: str) -> int:
    cid = committees.create_committee(db, name=name).id
    assert cid is not None
    # Created out of order: each list's own order (date, position) must survive the grouping.
    late = meetings.create_meeting(db, cid, title=f"{name} senere", starts_at=datetime(2026, 5, 1, 17)).id
    early = meetings.create_meeting(db, cid, title=f"{name} først", starts_at=datetime(2026, 3, 1, 17)).id
    for meeting in (late, early):
        item = agenda.add_item(db, meeting, title="Arbejdsgrupper", kind="working_groups").id  # type: ignore[arg-type]
        for group in ("B", "A"):
            working_groups.add_working_group(db, item, name=f"{group} {meeting}")  # type: ignore[arg-type]
    added = [committees.add_member(db, cid, name=f"{member} {name}").id for member in ("Bo", "Anne", "Carl")]
    committees.update_member(db, added[0], position=9)  # type: ignore[arg-type]
    tasks = [committees.add_task(db, cid, title=f"{task} {name}").id for task in ("Plan", "Budget")]
    committees.update_task(db, tasks[0], position=9)  # type: ignore[arg-type]
    return cid


def test_every_branch_as_the_per_committee_reads_give_it(db: Database) -> None:
    ids = [_committee(db, name) for name in ("Udvalg C", "Udvalg A", "Udvalg B")]
    committees.create_committee(db, name="Tomt udvalg")  # no rows under it: empty lists
    tree = read_tree(db)
    assert [b.committee.id for b in tree] == [c.id for c in committees.list_committees(db)]
    for branch in tree:
        cid = branch.committee.pk
        assert [m.id for m in branch.meetings] == [m.id for m in meetings.list_meetings(db, cid)]
        assert [m.id for m in branch.members] == [m.id for m in committees.list_members(db, cid)]
        assert [t.id for t in branch.tasks] == [t.id for t in committees.list_tasks(db, cid)]
        assert [w.id for w in branch.working_groups] == [
            w.id for w in working_groups.list_committee_working_groups(db, cid)]
    assert {len(b.meetings) for b in tree if b.committee.id in ids} == {2}
    assert {len(b.working_groups) for b in tree if b.committee.id in ids} == {4}
    assert {b.members[0].name.split()[0] for b in tree if b.committee.id in ids} == {"Anne"}  # Bo moved last
    assert {b.tasks[0].title.split()[0] for b in tree if b.committee.id in ids} == {"Budget"}
    empty = [b for b in tree if b.committee.id not in ids]
    assert [(b.meetings, b.members, b.tasks, b.working_groups) for b in empty] == [([], [], [], [])]
