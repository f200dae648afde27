"""A small meeting for the room's tests: four members present, a question round, group work in two groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workshop.db import Database
from workshop.services import agenda, attendance, candidates, capture, committees, meetings

NAMES = ("Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Berg")


@dataclass
class Meeting:
    id: int
    members: dict[str, int]
    question: int
    groups_item: int
    group1: int  # Anne and Bo
    group2: int  # Carl and Dorte
    candidates: list[int]


def make_meeting(db: Database) -> Meeting:
    c = committees.create_committee(db, name="Opgaveudvalg for nærdemokrati").id
    assert c is not None
    ids = {n: committees.add_member(db, c, name=n).id for n in (*NAMES, "Erik Fraværende")}
    m = meetings.create_meeting(db, c, title="2. møde", starts_at=datetime(2026, 12, 3, 17)).id
    assert m is not None
    for name in NAMES:
        attendance.set_attendance(db, m, ids[name], "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, m, ids["Erik Fraværende"], "excused")  # type: ignore[arg-type]
    q = agenda.add_item(db, m, title="Spørgerunde", kind="question_round").id
    agenda.update_item(db, q, question="Hvad er det vigtigste for dit lokalområde?")  # type: ignore[arg-type]
    g = agenda.add_item(db, m, title="Gruppearbejde om pejlemærker", kind="group_work").id
    g1 = capture.add_group(db, g, name="Gruppe 1", member_ids=[ids["Anne Hansen"], ids["Bo Jensen"]]).id  # type: ignore[arg-type,list-item]
    g2 = capture.add_group(db, g, name="Gruppe 2", member_ids=[ids["Carl Nielsen"], ids["Dorte Berg"]]).id  # type: ignore[arg-type,list-item]
    cands = [candidates.add_candidate(db, g, title=t).id for t in ("Tryghed", "Nærhed", "Fællesskab")]  # type: ignore[arg-type]
    agenda.add_item(db, m, title="Arbejdsgrupper", kind="working_groups")
    return Meeting(m, ids, q, g, g1, g2, cands)  # type: ignore[arg-type]
