"""Read-only lookups run mode and the projector share (services only, no sessions)."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.db import Database
from workshop.models import AgendaItem, Candidate, WorkingGroup
from workshop.services import agenda, candidates, committees, meetings, working_groups

CHOSEN_TARGET = (3, 5)  # the committee aims for 3 to 5 pejlemærker


def member_names(db: Database, meeting_id: int) -> dict[int, str]:
    meeting = meetings.get_meeting(db, meeting_id)
    return {m.id: m.name for m in committees.list_members(db, meeting.committee_id)}  # type: ignore[misc]


def current_item(db: Database, meeting_id: int) -> tuple[list[AgendaItem], AgendaItem | None]:
    """The agenda and the step run mode is on (the first item before the meeting starts)."""
    items = agenda.list_items(db, meeting_id)
    current_id = meetings.get_meeting(db, meeting_id).current_item_id
    current = next((i for i in items if i.id == current_id), items[0] if items else None)
    return items, current


def group_work_items(items: list[AgendaItem]) -> list[AgendaItem]:
    return [i for i in items if i.kind == "group_work"]


def chosen_candidates(db: Database, items: list[AgendaItem]) -> list[Candidate]:
    """The chosen pejlemærker of every group-work item, most votes first."""
    chosen: list[Candidate] = []
    for item in group_work_items(items):
        chosen += [c for c in candidates.ranked(db, item.id) if c.status == "chosen"]  # type: ignore[arg-type]
    return chosen


@dataclass(frozen=True)
class WorkingGroupView:
    group: WorkingGroup
    members: list[str]


def meeting_working_groups(db: Database, items: list[AgendaItem],
                           names: dict[int, str]) -> list[WorkingGroupView]:
    result: list[WorkingGroupView] = []
    for item in items:
        for wg in working_groups.list_working_groups(db, item.id):  # type: ignore[arg-type]
            ids = working_groups.working_group_members(db, wg.id)  # type: ignore[arg-type]
            result.append(WorkingGroupView(wg, sorted((names.get(i, "?") for i in ids), key=str.lower)))
    return result


def step_heading(items: list[AgendaItem], item: AgendaItem) -> str:
    number = next((n for n, i in enumerate(items, start=1) if i.id == item.id), 0)
    return f"{number}. {item.title}"
