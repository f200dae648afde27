"""Services on SQLite and PostgreSQL: the same tests, parametrised by database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workshop.db import Database
from workshop.errors import ConflictError, NotFoundError, ValidationError
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, working_groups


def _meeting(db: Database) -> tuple[int, list[int], int]:
    c = committees.create_committee(db, name="Opgaveudvalg for digitalisering", kind="opgaveudvalg").id
    assert c is not None
    members = [committees.add_member(db, c, name=n, group=g).id for n, g in
               [("Mikael Fenger", "politiker"), ("Anne Hjorth", "borger"), ("Brian Mühdorff", "borger")]]
    m = meetings.create_meeting(db, c, title="3. møde", number=3, starts_at=datetime(2017, 11, 15, 18)).id
    return c, members, m  # type: ignore[return-value]


def test_committee_members_and_tasks(db: Database) -> None:
    c, members, _ = _meeting(db)
    assert [m.name for m in committees.list_members(db, c)] == ["Mikael Fenger", "Anne Hjorth", "Brian Mühdorff"]
    committees.update_member(db, members[0], role="formand", party="C")
    assert committees.list_members(db, c)[0].role == "formand"
    with pytest.raises(ValidationError, match="allerede medlem"):
        committees.add_member(db, c, name="Anne Hjorth")
    with pytest.raises(ValidationError, match="^Rollen skal være en af"):
        committees.update_member(db, members[1], role="boss")
    t = committees.add_task(db, c, title="3-5 pejlemærker", due="andet kvartal 2018").id
    committees.update_task(db, t, status="approved")  # type: ignore[arg-type]
    assert committees.list_tasks(db, c)[0].status == "approved"


def test_stale_version_is_refused(db: Database) -> None:
    c, members, _ = _meeting(db)
    member = committees.list_members(db, c)[0]
    committees.update_member(db, member.id, expected_version=member.version, party="A")  # type: ignore[arg-type]
    with pytest.raises(ConflictError, match="ændret af en anden"):
        committees.update_member(db, member.id, expected_version=member.version, party="B")  # type: ignore[arg-type]
    assert committees.list_members(db, c)[0].party == "A"


def test_agenda_order_schedule_and_absence(db: Database) -> None:
    _, members, m = _meeting(db)
    ids = [agenda.add_item(db, m, title=t, kind=k, planned_minutes=n).id
           for t, k, n in [("Velkomst", "welcome", 10), ("Spørgerunde", "question_round", 30),
                           ("Afrunding", "closing", 5)]]
    agenda.add_item(db, m, title="Meddelelser", kind="announcements", position=0)
    assert [i.title for i in agenda.list_items(db, m)] == ["Meddelelser", "Velkomst", "Spørgerunde", "Afrunding"]
    agenda.move_item(db, ids[2], 1)  # type: ignore[arg-type]
    assert [i.title for i in agenda.list_items(db, m)][1] == "Afrunding"
    rows = agenda.schedule(db, m)
    assert [r.planned_start.strftime("%H:%M") for r in rows] == ["18:00", "18:00", "18:05", "18:15"]
    agenda.start_item(db, ids[0], datetime(2017, 11, 15, 18, 2))  # type: ignore[arg-type]
    assert agenda.schedule(db, m)[2].actual_start == datetime(2017, 11, 15, 18, 2)
    agenda.set_item_absence(db, ids[1], members[1], kind="conflict")  # type: ignore[arg-type]
    assert [(a.member_id, a.kind) for a in agenda.list_item_absences(db, m)] == [(members[1], "conflict")]
    agenda.delete_item(db, ids[1])  # type: ignore[arg-type]
    assert [i.position for i in agenda.list_items(db, m)] == [0, 1, 2]
    with pytest.raises(ValidationError, match="^Typen skal være en af"):
        agenda.add_item(db, m, title="X", kind="party")


def test_attendance_counts(db: Database) -> None:
    _, members, m = _meeting(db)
    attendance.set_attendance(db, m, members[0], "present")
    attendance.set_attendance(db, m, members[1], "excused", note="syg")
    attendance.set_attendance(db, m, members[2], "present")
    attendance.set_attendance(db, m, members[2], "absent")
    assert attendance.counts(db, m) == {"present": 1, "absent": 1, "excused": 1}
    assert [x.name for x in attendance.present_members(db, m)] == ["Mikael Fenger"]


def test_member_of_other_committee_is_refused(db: Database) -> None:
    _, _, m = _meeting(db)
    other = committees.create_committee(db, name="Andet udvalg").id
    stranger = committees.add_member(db, other, name="Fremmed").id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="ikke medlem af udvalget"):
        attendance.set_attendance(db, m, stranger, "present")  # type: ignore[arg-type]


def test_capture_groups_inputs_candidates(db: Database) -> None:
    _, members, m = _meeting(db)
    q = agenda.add_item(db, m, title="Spørgerunde", kind="question_round", question="Hvilke teknologier?").id
    capture.set_answer(db, q, members[0], "Kunstig intelligens")  # type: ignore[arg-type]
    capture.set_answer(db, q, members[0], "Robotter & <sensorer> 🤖")  # type: ignore[arg-type]
    assert [a.text for a in capture.list_answers(db, q)] == ["Robotter & <sensorer> 🤖"]  # type: ignore[arg-type]
    gw = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    g1 = capture.add_group(db, gw, name="Gruppe 1", member_ids=members[:2]).id  # type: ignore[arg-type]
    g2 = capture.add_group(db, gw, name="Gruppe 2", member_ids=members[2:]).id  # type: ignore[arg-type]
    capture.set_group_members(db, g2, [members[1], members[2]])  # type: ignore[arg-type]
    assert capture.group_members(db, gw) == {g1: [members[0]], g2: [members[1], members[2]]}  # type: ignore[arg-type]
    i1 = capture.add_input(db, g1, "Mål og middel").id  # type: ignore[arg-type]
    i2 = capture.add_input(db, g2, "Konkret\nog abstrakt").id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="tom"):
        capture.add_input(db, g1, "   ")  # type: ignore[arg-type]
    a = candidates.add_candidate(db, gw, title="Borgeren i centrum", input_ids=[i1]).id  # type: ignore[arg-type]
    b = candidates.add_candidate(db, gw, title="Data som fælles ressource").id  # type: ignore[arg-type]
    candidates.assign_input(db, i2, b)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="pr. medlem"):  # a total is the members' dots, never typed
        candidates.update_candidate(db, a, votes=3)  # type: ignore[arg-type]
    candidates.merge_candidates(db, a, [b])  # type: ignore[arg-type]
    cands = candidates.list_candidates(db, gw)  # type: ignore[arg-type]
    assert [(c.title, c.votes) for c in cands] == [("Borgeren i centrum", 0)]
    assert {i.candidate_id for i in capture.list_inputs(db, gw)} == {a}  # type: ignore[arg-type]
    candidates.update_candidate(db, a, status="chosen")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        candidates.update_candidate(db, a, status="maybe")  # type: ignore[arg-type]
    r = capture.add_remark(db, gw, members[2], "Ønsker sin afvigende mening tilført").id  # type: ignore[arg-type]
    capture.update_remark(db, r, "Ønsker tilført: imod")  # type: ignore[arg-type]
    assert capture.list_remarks(db, gw)[0].text == "Ønsker tilført: imod"  # type: ignore[arg-type]


def test_working_groups(db: Database) -> None:
    _, members, m = _meeting(db)
    item = agenda.add_item(db, m, title="Nedsættelse af arbejdsgrupper", kind="working_groups").id
    wg = working_groups.add_working_group(
        db, item, name="Pejlemærker", mandate="Arbejder videre med input", member_ids=members[:2],  # type: ignore[arg-type]
        meets_on=date(2017, 12, 20), reports_to=date(2018, 1, 17)).id
    assert working_groups.working_group_members(db, wg) == members[:2]  # type: ignore[arg-type]
    working_groups.set_working_group_members(db, wg, [members[2]])  # type: ignore[arg-type]
    assert working_groups.working_group_members(db, wg) == [members[2]]  # type: ignore[arg-type]
    working_groups.update_working_group(db, wg, meets_on=date(2017, 12, 12))  # type: ignore[arg-type]
    assert working_groups.list_working_groups(db, item)[0].meets_on == date(2017, 12, 12)  # type: ignore[arg-type]


def test_close_meeting_and_delete_cascades(db: Database) -> None:
    c, members, m = _meeting(db)
    meetings.close_meeting(db, m, datetime(2017, 11, 15, 21, 0))
    assert meetings.get_meeting(db, m).ended_at == "21:00"
    with pytest.raises(ValidationError, match="klokkeslæt"):
        meetings.update_meeting(db, m, ended_at="25:00")
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    g = capture.add_group(db, item, name="G").id  # type: ignore[arg-type]
    capture.add_input(db, g, "x")  # type: ignore[arg-type]
    committees.delete_committee(db, c)
    assert capture.list_inputs(db, item) == []  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        meetings.get_meeting(db, m)


def test_a_move_based_on_an_agenda_order_changed_since_is_refused_with_the_order_now(db: Database) -> None:
    cid = committees.create_committee(db, name="Udvalg").id
    mid = meetings.create_meeting(db, cid, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    ids = [agenda.add_item(db, mid, title=t).id for t in ("Velkomst", "Sag", "Eventuelt")]  # type: ignore[arg-type]
    shown = list(ids)
    agenda.move_item(db, ids[2], 0, expected_order=shown)  # the other laptop, on the same order
    with pytest.raises(ConflictError, match="Dagsordenen er ændret af en anden") as caught:
        agenda.move_item(db, ids[0], 2, expected_order=shown)  # type: ignore[arg-type]
    assert caught.value.current == {"order": [ids[2], ids[0], ids[1]]}
    assert [i.id for i in agenda.list_items(db, mid)] == [ids[2], ids[0], ids[1]]  # type: ignore[arg-type]
    agenda.move_item(db, ids[0], 2, expected_order=caught.value.current["order"])  # type: ignore[arg-type]
    assert [i.id for i in agenda.list_items(db, mid)] == [ids[2], ids[1], ids[0]]  # type: ignore[arg-type]
    assert agenda.moved([1, 2, 3], 3, 0) == [3, 1, 2] and agenda.moved([1, 2, 3], 1, 9) == [2, 3, 1]
