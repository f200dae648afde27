"""Issue 12: a working group's members may be absent from the meeting or come from outside the
committee (name and organisation), and one member is its convener (tovholder): stored, kept
through undo and the meeting file, printed in the referat."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.export.docs import with_items
from workshop.db import Database
from workshop.errors import ConflictError, ValidationError
from workshop.meetingfile import import_document, meeting_document
from workshop.referat.content import Block
from workshop.referat.results import results_part
from workshop.services import agenda, attendance, committees, meetings, snapshots, working_groups


def _setup(db: Database) -> tuple[int, int, list[int]]:
    c = committees.create_committee(db, name="Opgaveudvalg").id
    assert c is not None
    members = [committees.add_member(db, c, name=n).id for n in ("Anne", "Bo", "Carl")]
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2018, 1, 31, 17)).id
    assert m is not None
    attendance.set_attendance(db, m, members[0], "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, m, members[1], "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, m, members[2], "excused")  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Arbejdsgrupper", kind="working_groups").id
    assert item is not None
    wg = working_groups.add_working_group(db, item, name="Trafik").id
    assert wg is not None
    return m, wg, members  # type: ignore[return-value]


def test_absent_members_guests_and_one_convener_are_stored(db: Database) -> None:
    m, wg, (anne, bo, carl) = _setup(db)
    working_groups.set_working_group_members(db, wg, [anne, carl], convener_id=carl)  # Carl sent word
    working_groups.set_working_group_guests(db, wg, [(" Jens Vej ", " Vejdirektoratet "), ("Lise", "")])
    assert working_groups.working_group_members(db, wg) == [anne, carl]
    assert working_groups.working_group_convener(db, wg) == carl
    assert working_groups.working_group_guests(db, wg) == [("Jens Vej", "Vejdirektoratet"), ("Lise", "")]

    working_groups.set_working_group_members(db, wg, [anne, bo, carl])  # the convener stays
    assert working_groups.working_group_convener(db, wg) == carl
    working_groups.set_convener(db, wg, anne)  # one convener: Anne takes over
    assert working_groups.working_group_convener(db, wg) == anne
    working_groups.set_working_group_members(db, wg, [bo, carl])  # Anne leaves: no convener
    assert working_groups.working_group_convener(db, wg) is None
    with pytest.raises(ValidationError, match="Anne kan kun være tovholder, når Anne er med i arbejdsgruppen"):
        working_groups.set_convener(db, wg, anne)
    with pytest.raises(ValidationError, match="Person nr. 2 udefra mangler et navn"):
        working_groups.set_working_group_guests(db, wg, [("Jens Vej", ""), ("  ", "Kommunen")])
    assert working_groups.working_group_guests(db, wg) == [("Jens Vej", "Vejdirektoratet"), ("Lise", "")]


def test_deleting_a_working_group_and_undo_keep_guests_and_convener(db: Database) -> None:
    m, wg, (anne, bo, _carl) = _setup(db)
    working_groups.set_working_group_members(db, wg, [anne, bo], convener_id=bo)
    working_groups.set_working_group_guests(db, wg, [("Jens Vej", "Vejdirektoratet")])
    with db.transaction():
        snap = snapshots.take(db, "workinggroup", wg)
        working_groups.delete_working_group(db, wg)
    assert snapshots.restore(db, snap).touches("working_groups")
    assert working_groups.working_group_convener(db, wg) == bo
    assert working_groups.working_group_guests(db, wg) == [("Jens Vej", "Vejdirektoratet")]


def test_meeting_file_round_trip_and_old_files(db: Database) -> None:
    m, wg, (anne, bo, carl) = _setup(db)
    working_groups.set_working_group_members(db, wg, [anne, carl], convener_id=carl)
    working_groups.set_working_group_guests(db, wg, [("Jens Vej", "Vejdirektoratet")])
    doc = meeting_document(db, m)
    entry = doc["meeting"]["items"][0]["working_groups"][0]
    assert entry["members"] == ["Anne", "Carl"] and entry["convener"] == "Carl"
    assert entry["guests"] == [{"name": "Jens Vej", "organisation": "Vejdirektoratet"}]
    copy_id = import_document(db, doc).id
    assert copy_id is not None and meeting_document(db, copy_id) == doc

    old = meeting_document(db, m)  # a file from before tovholder and guests
    del old["meeting"]["items"][0]["working_groups"][0]["convener"]
    del old["meeting"]["items"][0]["working_groups"][0]["guests"]
    old_id = import_document(db, old).id
    assert old_id is not None
    again = meeting_document(db, old_id)["meeting"]["items"][0]["working_groups"][0]
    assert again["members"] == ["Anne", "Carl"] and "convener" not in again and "guests" not in again

    bad = meeting_document(db, m)
    bad["meeting"]["items"][0]["working_groups"][0]["convener"] = "Bo"  # not in the group
    with pytest.raises(ValidationError, match="tovholderen \"Bo\" er ikke med i arbejdsgruppen"):
        import_document(db, bad)


def test_the_referat_prints_the_convener_and_the_guests() -> None:
    doc = with_items([{"title": "Arbejdsgrupper", "kind": "working_groups", "working_groups": [
        {"name": "A", "members": ["Anne Hjorth", "Mikael Fenger"], "convener": "Anne Hjorth",
         "guests": [{"name": "Jens Vej", "organisation": "Vejdirektoratet"}, {"name": "Lise", "organisation": ""}]},
        {"name": "B", "guests": [{"name": "Ole", "organisation": "Gentofte Bibliotek"}]}]}])
    assert results_part(doc, 0)[1:] == (
        Block("subheading", text="A"),
        Block("field", label="Medlemmer", text="Mikael Fenger (C) (formand) og Anne Hjorth (tovholder)"),
        Block("field", label="Udefra", text="Jens Vej (Vejdirektoratet) og Lise"),
        Block("subheading", text="B"),
        Block("field", label="Udefra", text="Ole (Gentofte Bibliotek)"))


def test_an_edit_of_the_people_based_on_what_another_laptop_changed_since_is_refused(db: Database) -> None:
    """Members, tovholder and guests have no version of their own: each edit says what the screen
    showed, and one made on a list another laptop changed since is refused with what is stored now."""
    _m, wg, (anne, bo, carl) = _setup(db)
    working_groups.set_working_group_members(db, wg, [anne, bo], convener_id=anne)
    shown = working_groups.working_group_people(db, wg)
    assert shown == {"members": [anne, bo], "convener": anne, "guests": []}
    working_groups.set_working_group_members(db, wg, [anne, bo, carl], expected=shown)  # the other laptop

    with pytest.raises(ConflictError, match="Arbejdsgruppen er ændret af en anden") as caught:
        working_groups.set_working_group_members(db, wg, [bo], expected=shown)
    assert caught.value.row_id == wg
    assert caught.value.current == {"members": [anne, bo, carl], "convener": anne, "guests": []}
    with pytest.raises(ConflictError):  # the tovholder compares the tovholder shown
        working_groups.set_convener(db, wg, bo, expected={"convener": None})
    working_groups.set_convener(db, wg, bo, expected={"convener": anne})  # other members changed: no matter
    with pytest.raises(ConflictError) as caught:
        working_groups.set_working_group_guests(db, wg, [("Jens", "")], expected={"guests": [("Lise", "")]})
    assert caught.value.current["guests"] == []
    working_groups.set_working_group_guests(db, wg, [("Jens", "")], expected={"guests": []})
    after = {"members": [anne, bo, carl], "convener": bo, "guests": [("Jens", "")]}
    assert working_groups.working_group_people(db, wg) == after
    # the members in the screen's order, a set: the same members in another order are the same
    working_groups.set_working_group_members(db, wg, [anne], expected={"members": [carl, bo, anne]})
    assert working_groups.working_group_people(db, wg)["members"] == [anne]


def test_an_edit_that_changes_nothing_moves_no_version(db: Database) -> None:
    """A working group's version moves when its people change (``rows.touch``), so another laptop's
    name or date based on it goes on top; an edit that changes nothing must not move it."""
    _m, wg, (anne, bo, _carl) = _setup(db)
    working_groups.set_working_group_members(db, wg, [anne, bo], convener_id=bo)
    working_groups.set_working_group_guests(db, wg, [("Jens", "Vej")])
    version = working_groups.get_working_group(db, wg).version
    working_groups.set_working_group_members(db, wg, [bo, anne])
    working_groups.set_convener(db, wg, bo)
    working_groups.set_working_group_guests(db, wg, [(" Jens ", "Vej")])
    assert working_groups.get_working_group(db, wg).version == version
    working_groups.set_convener(db, wg, anne)
    assert working_groups.get_working_group(db, wg).version == version + 1
