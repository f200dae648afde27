"""Every committee with its meetings, members, tasks and working groups: what the navigator shows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workshop.db import Database
from workshop.models import Committee, Meeting, Member, Task, WorkingGroup
from workshop.services import committees, meetings, working_groups


@dataclass(frozen=True)
class Branch:
    """One committee and what the tree shows under it, each list in its own order."""

    committee: Committee
    meetings: list[Meeting]
    members: list[Member]
    tasks: list[Task]
    working_groups: list[WorkingGroup]


def read_tree(db: Database) -> list[Branch]:
    """Every committee's branch, in five queries however many committees there are (one per
    kind, grouped here): on a busy Wi-Fi each query is a 30 ms round trip, and four per
    committee made opening a window slower with every committee on the server."""
    listed = committees.list_committees(db)
    by_meeting: defaultdict[int, list[Meeting]] = defaultdict(list)
    for m in meetings.list_meetings(db):
        by_meeting[m.committee_id].append(m)
    by_member: defaultdict[int, list[Member]] = defaultdict(list)
    for member in committees.list_members(db, None):
        by_member[member.committee_id].append(member)
    by_task: defaultdict[int, list[Task]] = defaultdict(list)
    for task in committees.list_tasks(db, None):
        by_task[task.committee_id].append(task)
    groups = working_groups.working_groups_by_committee(db)
    return [Branch(c, by_meeting[c.pk], by_member[c.pk], by_task[c.pk], groups.get(c.pk, []))
            for c in listed]
