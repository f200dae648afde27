"""Snapshots that let the UI undo a delete: everything comes back, with the same ids."""

from __future__ import annotations

from datetime import datetime

from workshop.db import Database
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, snapshots


def _meeting(db: Database) -> dict[str, int]:
    cid = committees.create_committee(db, name="Udvalg").id
    anne = committees.add_member(db, cid, name="Anne Hjorth").id  # type: ignore[arg-type]
    bo = committees.add_member(db, cid, name="Bo Ek").id  # type: ignore[arg-type]
    mid = meetings.create_meeting(db, cid, title="1. møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    first = agenda.add_item(db, mid, title="Velkomst").id  # type: ignore[arg-type]
    work = agenda.add_item(db, mid, title="Pejlemærker", kind="group_work",  # type: ignore[arg-type]
                           discussion_questions=["Hvad er et godt pejlemærke?"]).id
    last = agenda.add_item(db, mid, title="Afrunding").id  # type: ignore[arg-type]
    attendance.set_attendance(db, mid, anne, "present")  # type: ignore[arg-type]
    group = capture.add_group(db, work, name="Gruppe 1", member_ids=[anne, bo]).id  # type: ignore[arg-type]
    inp = capture.add_input(db, group, "Borgeren i centrum").id  # type: ignore[arg-type]
    cand = candidates.add_candidate(db, work, title="Borgernær", input_ids=[inp]).id  # type: ignore[arg-type]
    return {"committee": cid, "anne": anne, "bo": bo, "meeting": mid, "first": first, "work": work,  # type: ignore[dict-item]
            "last": last, "group": group, "input": inp, "candidate": cand}


def test_deleting_an_item_and_restoring_it_brings_back_its_content_and_place(db: Database) -> None:
    ids = _meeting(db)
    snap = snapshots.take(db, "agendaitem", ids["work"])
    assert snap.count("workgroup", "input", "candidate", "groupmember") == 5
    assert snap.content_count() == 3
    agenda.delete_item(db, ids["work"])
    assert [i.title for i in agenda.list_items(db, ids["meeting"])] == ["Velkomst", "Afrunding"]
    snapshots.restore(db, snap)
    agenda.move_item(db, ids["work"], snap.rows["agendaitem"][0]["position"])
    items = agenda.list_items(db, ids["meeting"])
    assert [(i.id, i.title) for i in items] == [(ids["first"], "Velkomst"), (ids["work"], "Pejlemærker"),
                                                (ids["last"], "Afrunding")]
    assert items[1].discussion_questions == ["Hvad er et godt pejlemærke?"]
    [inp] = capture.list_inputs(db, ids["work"])
    assert (inp.id, inp.candidate_id) == (ids["input"], ids["candidate"])
    assert sorted(capture.group_members(db, ids["work"])[ids["group"]]) == sorted([ids["anne"], ids["bo"]])


def test_deleting_a_candidate_clears_inputs_and_restore_relinks_them(db: Database) -> None:
    ids = _meeting(db)
    snap = snapshots.take(db, "candidate", ids["candidate"])
    assert snap.nulled and snap.count("input") == 0  # inputs are not deleted, only unlinked
    candidates.delete_candidate(db, ids["candidate"])
    assert capture.list_inputs(db, ids["work"])[0].candidate_id is None
    snapshots.restore(db, snap)
    assert capture.list_inputs(db, ids["work"])[0].candidate_id == ids["candidate"]


def test_deleting_a_member_and_restoring_keeps_attendance_and_groups(db: Database) -> None:
    ids = _meeting(db)
    snap = snapshots.take(db, "member", ids["anne"])
    assert snap.content_count() == 1  # the attendance row
    committees.delete_member(db, ids["anne"])
    assert attendance.counts(db, ids["meeting"])["present"] == 0
    changes = snapshots.restore(db, snap)
    assert changes.touches("members", "attendance", "groups")
    assert attendance.counts(db, ids["meeting"])["present"] == 1
    assert ids["anne"] in capture.group_members(db, ids["work"])[ids["group"]]


def test_a_restored_committee_can_be_deleted_and_restored_again_and_new_rows_get_new_ids(db: Database) -> None:
    ids = _meeting(db)
    snap = snapshots.take(db, "committee", ids["committee"])
    assert snap.count("meeting") == 1 and snap.content_count() > 1
    committees.delete_committee(db, ids["committee"])
    snapshots.restore(db, snap)
    again = snapshots.take(db, "committee", ids["committee"])
    assert {k: len(v) for k, v in again.rows.items()} == {k: len(v) for k, v in snap.rows.items()}
    committees.delete_committee(db, ids["committee"])
    snapshots.restore(db, again)
    # the id sequences are not disturbed: a new member gets a fresh id
    new = committees.add_member(db, ids["committee"], name="Ny").id
    assert new is not None and new not in (ids["anne"], ids["bo"])


def test_an_item_cannot_be_put_back_once_the_referat_is_sent(db: Database) -> None:
    import pytest

    from workshop.errors import LockedError
    from workshop.services import referat

    ids = _meeting(db)
    snap = snapshots.take(db, "agendaitem", ids["last"])
    agenda.delete_item(db, ids["last"])
    referat.send_for_approval(db, ids["meeting"])
    with pytest.raises(LockedError):
        snapshots.restore(db, snap)
    assert [i.title for i in agenda.list_items(db, ids["meeting"])] == ["Velkomst", "Pejlemærker"]
