"""Found by the hostile trial of 2026-12-04 (report trial-hostile.md): each failed before its fix."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.cli_run import one_line_error, run_cli
from tests.domain.test_meetingfile import row_counts
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.errors import NotFoundError, ValidationError
from workshop.meetingfile import import_document
from workshop.meetingfile.validate import MeetingFileError
from workshop.services import attendance, committees, meetings
from workshop.services.referat import approve_by_name, referat_state


@pytest.mark.parametrize("option", ["--json", "--pdf"])
@pytest.mark.parametrize("suffix", ["", "-wal", "-journal", "-shm"])
def test_export_onto_the_open_database_file_is_refused_and_the_database_survives(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, suffix: str) -> None:
    """``export 1 --json workshop.db`` replaced the whole database with the meeting file."""
    db_file = tmp_path / "workshop.db"
    meeting = run_cli(capsys, "--db", str(db_file), "demo").last
    before = db_file.read_bytes()
    target = Path(str(db_file) + suffix)
    line = one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(target)))
    assert "database" in line and "intet er skrevet" in line.lower(), line
    assert db_file.read_bytes() == before
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the same file reached through a link, or a relative path, is the same database
    link = tmp_path / "link.db"
    link.symlink_to(db_file)
    one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(link)))
    assert db_file.read_bytes() == before
    assert run_cli(capsys, "--db", str(db_file), "list").code == 0


# --- look-alike member names ------------------------------------------------------------

LOOK_ALIKES = ["mikael fenger", "Mikael  Fenger", "Mikael Fenger ", "Mikael\u00a0Fenger", "Mikael\u200bFenger",
               "ＭＩＫＡＥＬ Fenger"]
CYRILLIC_E = "Mikael F\u0435nger"  # a Cyrillic е in a Latin word


@pytest.mark.parametrize("name", [*LOOK_ALIKES, CYRILLIC_E])
def test_a_meeting_file_with_two_members_who_look_the_same_is_refused_with_where(
        name: str, db: Database) -> None:
    """Both were imported as two members, both could be present and approve: one person, two signatures."""
    doc = demo_document()
    doc["committee"]["members"].append({"name": name})
    doc["meeting"]["attendance"].append({"member": name})
    at = len(doc["committee"]["members"]) - 1
    before = row_counts(db)
    with pytest.raises(MeetingFileError) as refused:
        import_document(db, doc)
    assert refused.value.message.startswith(f"committee.members[{at}].name: "), refused.value.message
    assert "Mikael" in refused.value.message
    assert row_counts(db) == before


@pytest.mark.parametrize("name", ["Mikael  Fenger", "mikael fenger", "Mikael\u00a0Fenger"])
def test_a_file_naming_an_existing_member_differently_spaced_or_cased_reuses_that_member(
        name: str, db: Database) -> None:
    first = import_document(db, demo_document()).id
    assert first is not None
    committee_id = meetings.get_meeting(db, first).committee_id
    count = len(committees.list_members(db, committee_id))
    doc = json.loads(json.dumps(demo_document()).replace('"Mikael Fenger"', json.dumps(name)))
    second = import_document(db, doc).id
    assert second is not None
    assert len(committees.list_members(db, committee_id)) == count
    names = {m.id: m.name for m in committees.list_members(db, committee_id)}
    present = [names[a.member_id] for a in attendance.list_attendance(db, second) if a.status == "present"]
    assert "Mikael Fenger" in present


@pytest.mark.parametrize("name", [*LOOK_ALIKES, CYRILLIC_E])
def test_adding_or_renaming_a_member_to_a_look_alike_name_is_refused(name: str, db: Database) -> None:
    committee_id = committees.create_committee(db, name="Udvalg").id
    assert committee_id is not None
    committees.add_member(db, committee_id, name="Mikael Fenger")
    other = committees.add_member(db, committee_id, name="Anne Hjorth").id
    with pytest.raises(ValidationError):
        committees.add_member(db, committee_id, name=name)
    with pytest.raises(ValidationError):
        committees.update_member(db, other, name=name)
    assert sorted(m.name for m in committees.list_members(db, committee_id)) == ["Anne Hjorth", "Mikael Fenger"]


def test_a_new_members_name_is_stored_composed_and_single_spaced(db: Database) -> None:
    committee_id = committees.create_committee(db, name="Udvalg").id
    member = committees.add_member(db, committee_id, name="  Brian  Mu\u0308hdorff ").id
    assert committees.get_member(db, member).name == "Brian Mühdorff"


def test_approving_by_a_name_typed_decomposed_or_in_other_case_finds_the_member(db: Database) -> None:
    meeting = load_demo(db)
    approve_by_name(db, meeting, "brian  mu\u0308hdorff")  # as a Mac terminal types ü
    state = referat_state(db, meeting)
    assert state is not None and len(state["approvals"]) == 1
    with pytest.raises(ValidationError, match="allerede godkendt"):
        approve_by_name(db, meeting, "Brian Mühdorff")


@pytest.mark.parametrize("name", ["Mikael  Fenger", "mikael fenger"])
def test_a_sent_referat_naming_an_existing_member_differently_imports_with_that_members_approval(
        name: str, db: Database) -> None:
    """The file's "Mikael  Fenger" is the committee's Mikael Fenger: the frozen referat and its approval too."""
    from workshop.services.referat.meeting_file import meeting_file_document, restore_meeting_file_referat

    first = load_demo(db)
    approve_by_name(db, first, "Mikael Fenger")  # sends it, one approval
    doc = json.loads(json.dumps(meeting_file_document(db, first)).replace('"Mikael Fenger"', json.dumps(name)))
    assert doc["referat"]["status"] == "sent"
    second = import_document(db, doc, referat_restore=restore_meeting_file_referat).id
    assert second is not None
    state = referat_state(db, second)
    assert state is not None and state["status"] == "sent"
    assert [a["member"] for a in state["approvals"]] == [name]  # as the frozen referat spells it
    committee_id = meetings.get_meeting(db, second).committee_id
    assert len(committees.list_members(db, committee_id)) == len(demo_document()["committee"]["members"])
    with pytest.raises(ValidationError, match="allerede godkendt"):
        approve_by_name(db, second, "Mikael Fenger")


@pytest.mark.parametrize("option", ["--json", "--pdf"])
def test_export_onto_a_named_pipe_or_device_is_refused_not_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str) -> None:
    """``--pdf /dev/stdout`` or a pipe: the write went to a temporary file that then took the pipe's
    (as root: the device's) place, and whoever read the pipe waited for ever."""
    db_file = tmp_path / "workshop.db"
    meeting = run_cli(capsys, "--db", str(db_file), "demo").last
    pipe = tmp_path / "referat.pipe"
    os.mkfifo(pipe)
    line = one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(pipe)))
    assert "ikke en almindelig fil" in line and "intet er skrevet" in line.lower(), line
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referat.pipe", "workshop.db"]


@pytest.mark.parametrize("name", ["installation.pem", "trusted.json"])
def test_export_onto_the_installations_signing_key_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """The private key has no copy: replaced by a meeting file, every referat it signed lost its proof."""
    from workshop import signing

    db_file = tmp_path / "workshop.db"
    meeting = run_cli(capsys, "--db", str(db_file), "demo").last
    signing.own_public_key()  # the key exists
    signing.trust_key(signing.own_public_key(), "")
    target = signing.key_dir() / name
    before = target.read_bytes()
    for option in ("--json", "--pdf"):
        line = one_line_error(run_cli(capsys, "--db", str(db_file), "export", meeting, option, str(target)))
        assert "signaturnøgle" in line, line
    assert target.read_bytes() == before


def _sent_file_with_approvals(db: Database, approvals: int) -> tuple[dict[str, object], str]:
    """A sent meeting file as an editor could make it: its decision changed, ``approvals`` approvals
    typed in for present members; and the name of the last present member."""
    from workshop.services.referat.meeting_file import meeting_file_document

    first = load_demo(db)
    approve_by_name(db, first, "Anne Hjorth")  # sends it
    doc = meeting_file_document(db, first)
    present = [a["member"] for a in doc["meeting"]["attendance"] if a.get("status", "present") == "present"]
    doc["meeting"]["items"][0]["decision"] = "Udvalget besluttede at nedlægge sig selv."
    doc["referat"]["approvals"] = [{"member": n, "at": "2017-11-20T10:00"} for n in present[:approvals]]
    return doc, present[-1]


def test_approvals_typed_into_a_sent_file_are_never_sealed_as_this_installations(db: Database) -> None:
    """A sent file is unsigned: its approvals were imported as given, and the one real approval here
    sealed them all, "Signeret af denne installation", a forged referat verified."""
    from workshop.services.referat.meeting_file import restore_meeting_file_referat
    from workshop.services.referat.printing import newest_verification

    doc, last = _sent_file_with_approvals(db, 10)
    forged = import_document(db, doc, referat_restore=restore_meeting_file_referat).id
    assert forged is not None
    approve_by_name(db, forged, last)
    state = referat_state(db, forged)
    assert state is not None and state["status"] == "approved"
    check = newest_verification(db, forged)
    assert check is not None and check.state == "unverified", check
    assert "mødefil" in check.reason and "Mikael Fenger" in check.reason


def test_a_sent_file_without_approvals_approved_here_is_this_installations(db: Database) -> None:
    from workshop.services.referat import approve_all_present
    from workshop.services.referat.meeting_file import restore_meeting_file_referat
    from workshop.services.referat.printing import newest_verification

    doc, _ = _sent_file_with_approvals(db, 0)
    meeting = import_document(db, doc, referat_restore=restore_meeting_file_referat).id
    assert meeting is not None
    approve_all_present(db, meeting)
    check = newest_verification(db, meeting)
    assert check is not None and check.state == "verified", check


def test_approving_by_a_name_two_older_look_alike_members_share_says_so(db: Database) -> None:
    """Look-alikes stored before names were kept apart: the name typed fits both, neither exactly."""
    from sqlmodel import select as sql_select

    from workshop.models import Member

    meeting = load_demo(db)
    with db.session() as s:
        mikael = s.exec(sql_select(Member).where(Member.name == "Mikael Fenger")).one()
        s.add(Member(committee_id=mikael.committee_id, name="mikael fenger", position=99))
    with pytest.raises(NotFoundError, match="passer på flere medlemmer"):
        approve_by_name(db, meeting, "MIKAEL FENGER")
    approve_by_name(db, meeting, "Mikael Fenger")  # the exact name is still the one meant


def test_a_meeting_file_with_a_member_in_two_groups_of_one_item_is_refused_with_where(db: Database) -> None:
    """The app keeps a member in one group of an item (moving them); a file put them in two, and the
    phone showed one group while the member could add inputs to both."""
    doc = demo_document()
    at = next(i for i, item in enumerate(doc["meeting"]["items"]) if len(item.get("groups", [])) > 1)
    groups = doc["meeting"]["items"][at]["groups"]
    name = groups[0]["members"][0]
    groups[1]["members"].append(name)
    before = row_counts(db)
    with pytest.raises(MeetingFileError) as refused:
        import_document(db, doc)
    where = f"meeting.items[{at}].groups[1].members[{len(groups[1]['members']) - 1}]: "
    assert refused.value.message.startswith(where), refused.value.message
    assert "allerede med i gruppen" in refused.value.message
    assert row_counts(db) == before


@pytest.mark.parametrize("command", [["key"], ["trust-key", "AAAA"], ["--db", "x.db", "export", "1"]])
def test_an_unusable_data_folder_gives_danish_lines_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: list[str]) -> None:
    """The data folder a file: the log fell back to stderr, so the refusal came as three lines (the
    log file's notice, a timestamped WARNING record and the Danish line)."""
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(blocker))
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, *command)
    if command[0] == "--db":  # the data folder is not needed: the log's notice, then the refusal
        assert result.code == 2 and len(result.err.splitlines()) == 2, result
        assert all(line.startswith("workshop: ") for line in result.err.splitlines()), result
    else:
        one_line_error(result)
