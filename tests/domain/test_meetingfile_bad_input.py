"""Hostile meeting files: a Danish message that says what and where, never a traceback, never a write.

Each case here was found by the hostile test of issue 11; every one failed before its fix.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.cli_run import one_line_error, run_cli
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.errors import ValidationError
from workshop.limits import MAX_PLANNED_MINUTES, NAME_MAX_CHARS, TEXT_MAX_CHARS
from workshop.meetingfile import MeetingFileError, import_document, import_file, read_document
from workshop.meetingfile.export import document_json
from workshop.meetingfile.validate import problems
from workshop.services import agenda, committees, meetings, rows
from workshop.services import referat as referat_service


def write(tmp_path: Path, doc: dict[str, Any] | str, name: str = "møde.workshop.json") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def first_problem(doc: dict[str, Any]) -> str:
    found = problems(doc)
    assert found, "the document was accepted"
    return str(found[0])


# --- reading the file -----------------------------------------------------------------

def test_nesting_5000_deep_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '{"format": ' + "[" * 5000 + "]" * 5000 + "}", "dyb.json")
    with pytest.raises(MeetingFileError, match=r"^dyb\.json: filen er indlejret for dybt"):
        read_document(path)


def test_nesting_below_the_parsers_limit_is_refused_with_its_path() -> None:
    """900 levels parse, but quoting such a value in a message would overflow the stack."""
    doc = demo_document()
    deep: Any = "x"
    for _ in range(900):
        deep = [deep]
    doc["meeting"]["items"][0]["title"] = deep
    assert first_problem(doc) == "meeting.items[0].title: er indlejret for dybt (højst 32 niveauer)"


def test_an_integer_of_5000_digits_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "format": "workshop-meeting/1",\n  "x": ' + "7" * 5000 + "\n}", "tal.json")
    with pytest.raises(MeetingFileError) as caught:
        read_document(path)
    assert str(caught.value) == "tal.json: linje 3, kolonne 8: et tal med 5.000 cifre er ikke tilladt (højst 20)"


def test_digits_inside_a_text_are_text(tmp_path: Path) -> None:
    doc = demo_document()
    doc["meeting"]["case_id"] = "7" * 5000
    assert read_document(write(tmp_path, doc))["meeting"]["case_id"] == "7" * 5000


def test_integral_floats_are_integers(db: Database, tmp_path: Path) -> None:
    """``5.0`` is an integer to JSON Schema; it must reach the database as 5 (COPY on PostgreSQL)."""
    doc = demo_document()
    doc["meeting"]["items"][0]["planned_minutes"] = 5.0
    doc["meeting"]["items"][2]["candidates"][0]["votes"] = 3e0
    meeting_id = import_file(db, write(tmp_path, document_json(doc)).as_posix()).id
    assert meeting_id is not None
    assert agenda.list_items(db, meeting_id)[0].planned_minutes == 5


def test_dev_null_is_not_a_meeting_file() -> None:
    with pytest.raises(MeetingFileError, match=r"^/dev/null: er ikke en almindelig fil"):
        read_document("/dev/null")


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "rør.json"
    os.mkfifo(fifo)
    outcome: list[BaseException | dict[str, Any]] = []

    def read() -> None:
        try:
            outcome.append(read_document(fifo))
        except BaseException as error:  # reported below
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # release the reader so the test run can end
        with open(fifo, "w") as f:
            f.write("{}")
        reader.join(10)
        pytest.fail("read_document waited for a writer on a named pipe")
    assert isinstance(outcome[0], MeetingFileError)
    assert "er ikke en almindelig fil" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_import_dev_zero_stops_at_once(tmp_path: Path) -> None:
    """Before the fix the size read 0 and the import read until MemoryError; 1 GB of address space here."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from workshop import cli\n"
        f"sys.exit(cli.main(['--db', {str(tmp_path / 'w.db')!r}, 'import', '/dev/zero']))\n"
    )
    env = {**os.environ, "WORKSHOP_DATA_DIR": str(tmp_path)}
    limit = resource.getrlimit(resource.RLIMIT_AS)
    assert limit[1] == resource.RLIM_INFINITY or limit[1] >= 1 << 30
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "workshop: /dev/zero: er ikke en almindelig fil (men fx en enhed eller en" \
                            " navngivet pipe); den er ikke indlæst.\n"


# --- control characters are never echoed raw -------------------------------------------

def test_a_duplicate_key_with_an_escape_sequence_is_shown_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, '{"a\\u001b[31mX": 1, "a\\u001b[31mX": 2}', "x.json")
    with pytest.raises(MeetingFileError) as caught:
        read_document(path)
    assert str(caught.value) == 'x.json: nøglen "a\\u001b[31mX" står to gange i samme objekt'


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, "{", "ond\x1b]0;titel\x07\x9b.json")
    with pytest.raises(MeetingFileError) as caught:
        read_document(path)
    assert "\x1b" not in str(caught.value) and "\x07" not in str(caught.value) and "\x9b" not in str(caught.value)
    assert str(caught.value).startswith("ond\\u001b]0;titel\\u0007\\u009b.json: ugyldig JSON")


def test_unknown_keys_and_values_are_quoted_escaped() -> None:
    doc = demo_document()
    doc["meeting"]["items"][0]["\x1b[2J\u202e"] = 1
    doc["meeting"]["items"][1]["kind"] = "\x9b31m"
    found = [str(p) for p in problems(doc)]
    assert found == ['meeting.items[0]: ukendt nøgle "\\u001b[2J\\u202e"',
                     'meeting.items[1].kind: "\\u009b31m" er ikke tilladt; brug en af: case, welcome,'
                     " question_round, group_work, working_groups, closing, announcements, approval"]


def test_the_command_line_escapes_whatever_reaches_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path, '{"\\u001b[31m": 1, "\\u001b[31m": 2}', "x.json")
    line = one_line_error(run_cli(capsys, "--db", str(tmp_path / "w.db"), "import", str(path)))
    assert line == 'workshop: x.json: nøglen "\\u001b[31m" står to gange i samme objekt'
    line = one_line_error(run_cli(capsys, "--db", str(tmp_path / "w.db"), "import", str(tmp_path / "\x1b[2J")))
    assert "\x1b" not in line and "\\u001b[2J: filen findes ikke" in line


# --- names, characters and sizes -------------------------------------------------------

@pytest.mark.parametrize("title", ["\u200b", "\u200b\u200d\u2060\ufeff", "\u3164", "\u2800 ", "\u0301", "\u00ad",
                                   "\u202e\u2066", "\U000e0041"])
def test_a_name_of_invisible_characters_only_is_refused(title: str) -> None:
    doc = demo_document()
    doc["meeting"]["title"] = title
    message = first_problem(doc)
    assert message.startswith("meeting.title: indeholder ingen synlige tegn (kun fx U+")


@pytest.mark.parametrize("title", ["Ø", "a\u200b", "\u0627", "中", "👍", "e\u0301", "\ue000"])
def test_a_name_with_one_visible_character_is_accepted(title: str) -> None:
    doc = demo_document()
    doc["meeting"]["title"] = title
    assert problems(doc) == []


def test_c1_control_characters_are_refused_like_c0() -> None:
    doc = demo_document()
    doc["meeting"]["items"][1]["question"] = "Hvad\x9bnu?"
    assert first_problem(doc) == "meeting.items[1].question: indeholder et kontroltegn (U+009B), som ikke er tilladt"


def test_names_and_texts_have_a_size_limit() -> None:
    doc = demo_document()
    doc["meeting"]["title"] = "T" * NAME_MAX_CHARS
    doc["meeting"]["items"][0]["summary"] = "s" * TEXT_MAX_CHARS
    assert problems(doc) == []
    doc["meeting"]["title"] = "T" * (NAME_MAX_CHARS + 1)
    doc["meeting"]["items"][0]["summary"] = "s" * (TEXT_MAX_CHARS + 1)
    assert [str(p) for p in problems(doc)] == [
        "meeting.items[0].summary: er for lang (100.001 tegn); højst 100.000 tegn er tilladt",
        "meeting.title: er for lang (1.001 tegn); højst 1.000 tegn er tilladt",
    ]


def test_answers_and_inputs_are_texts_not_names() -> None:
    doc = demo_document()
    doc["meeting"]["items"][1]["answers"][0]["text"] = "a" * (NAME_MAX_CHARS + 1)
    doc["meeting"]["items"][2]["groups"][0]["inputs"][0]["text"] = "i" * (NAME_MAX_CHARS + 1)
    assert problems(doc) == []
    doc["meeting"]["items"][1]["answers"][0]["text"] = "\u200b"
    assert first_problem(doc).startswith("meeting.items[1].answers[0].text: indeholder ingen synlige tegn")


def test_the_services_refuse_what_the_file_refuses(db: Database) -> None:
    """Whatever a service stores, export writes and import reads back: the same limits apply."""
    from datetime import datetime

    c = committees.create_committee(db, name="Udvalg").id
    assert c is not None
    with pytest.raises(ValidationError, match=r"^Navnet indeholder ingen synlige tegn \(kun fx U\+200B\)$"):
        committees.create_committee(db, name="\u200b")
    with pytest.raises(ValidationError, match=r"^Titlen er for lang \(1\.001 tegn\); højst 1\.000 tegn"):
        committees.add_task(db, c, title="t" * (NAME_MAX_CHARS + 1))
    with pytest.raises(ValidationError, match=r"^Typen er for lang \(100\.001 tegn\)"):
        committees.update_committee(db, c, kind="k" * (TEXT_MAX_CHARS + 1))
    with pytest.raises(ValidationError, match=r"^Perioden indeholder et kontroltegn \(U\+0085\)"):
        committees.create_committee(db, name="Andet", period="a\x85b")
    with pytest.raises(ValidationError, match=r"^Beskrivelsen er for lang"):
        committees.add_task(db, c, title="Opgave", description="d" * (TEXT_MAX_CHARS + 1))
    with pytest.raises(ValidationError, match=r"^Året skal være mellem 1900 og 2999$"):
        meetings.create_meeting(db, c, title="Møde", starts_at=datetime(9999, 12, 31, 23, 59))
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2017, 11, 15, 18)).id
    assert m is not None
    with pytest.raises(ValidationError, match=r"^Året skal være mellem 1900 og 2999$"):
        meetings.update_meeting(db, m, starts_at=datetime(1, 1, 1))
    with pytest.raises(ValidationError, match=r"^Tidsrammen skal være et helt antal minutter fra 0 til 1440$"):
        agenda.add_item(db, m, title="Punkt", planned_minutes=2147483647)
    assert rows.text("attachments[3].title", "t" * NAME_MAX_CHARS)
    with pytest.raises(ValidationError, match=r"^attachments\[3\]\.title: er for lang"):
        rows.text("attachments[3].title", "t" * (NAME_MAX_CHARS + 1))


def test_longest_allowed_fields_from_the_services_export_and_import(db: Database, tmp_path: Path) -> None:
    from datetime import datetime

    c = committees.create_committee(db, name="U" * NAME_MAX_CHARS, kind="k" * TEXT_MAX_CHARS).id
    assert c is not None
    m = meetings.create_meeting(db, c, title="M" * NAME_MAX_CHARS, starts_at=datetime(2999, 12, 31, 23, 59),
                                purpose="p" * TEXT_MAX_CHARS).id
    assert m is not None
    agenda.add_item(db, m, title="I" * NAME_MAX_CHARS, planned_minutes=MAX_PLANNED_MINUTES,
                    decision="d" * TEXT_MAX_CHARS)
    out = referat_service.export_meeting_file(db, m, tmp_path / "lang.workshop.json")
    assert import_file(db, out).id is not None


# --- numbers and dates are bounded at import -------------------------------------------

@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["meeting"]["items"][0].update(planned_minutes=2147483647),
     "meeting.items[0].planned_minutes: må højst være 1440, ikke 2147483647"),
    (lambda d: d["meeting"].update(starts_at="9999-12-31T23:59"),
     'meeting.starts_at: "9999-12-31T23:59" er ikke tilladt: året skal være mellem 1900 og 2999'),
    (lambda d: d["meeting"].update(starts_at="0001-01-01T00:00"),
     'meeting.starts_at: "0001-01-01T00:00" er ikke tilladt: året skal være mellem 1900 og 2999'),
    (lambda d: d["meeting"]["items"][3]["working_groups"][0].update(reports_to="9999-12-31"),
     'meeting.items[3].working_groups[0].reports_to: "9999-12-31" er ikke tilladt: året skal være mellem 1900 og 2999'),
    (lambda d: d["meeting"]["items"][2]["candidates"][0].update(votes=2147483647),
     "meeting.items[2].candidates[0].votes: må højst være 1000000, ikke 2147483647"),
    (lambda d: d["meeting"].update(number=2147483647),
     "meeting.number: må højst være 1000000, ikke 2147483647"),
    (lambda d: d.update(referat={"status": "draft", "version": 2147483647}),
     "referat.version: må højst være 1000000, ikke 2147483647"),
])
def test_numbers_and_dates_out_of_bounds_are_refused(db: Database, change: Any, message: str) -> None:
    doc = demo_document()
    change(doc)
    with pytest.raises(MeetingFileError) as caught:
        import_document(db, doc)
    assert str(caught.value) == message


def test_the_largest_accepted_numbers_and_dates_still_print_and_approve(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """What import accepts, export --pdf and approve can handle (they failed with OverflowError)."""
    doc = demo_document()
    doc["meeting"]["starts_at"] = "2999-12-31T23:59"
    for item in doc["meeting"]["items"]:
        item["planned_minutes"] = MAX_PLANNED_MINUTES
    db_path = str(tmp_path / "w.db")
    imported = run_cli(capsys, "--db", db_path, "import", str(write(tmp_path, doc)))
    assert imported.code == 0, imported.err
    meeting = imported.last
    printed = run_cli(capsys, "--db", db_path, "export", meeting, "--pdf", str(tmp_path / "r.pdf"))
    assert printed.code == 0, printed.err
    present = next(a["member"] for a in doc["meeting"]["attendance"] if a["status"] == "present")
    approved = run_cli(capsys, "--db", db_path, "approve", meeting, "--member", present)
    assert approved.code == 0, approved.err


def test_a_rejected_file_writes_nothing(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    doc = demo_document()
    doc["meeting"]["title"] = "\u200b"
    with pytest.raises(MeetingFileError):
        import_file(db, write(tmp_path, doc))
    assert len(meetings.list_meetings(db)) == 1


def test_the_schema_states_the_limits_the_services_apply() -> None:
    from workshop.limits import MAX_COUNT
    from workshop.meetingfile.validate import load_schema

    defs = load_schema()["$defs"]
    assert defs["name"]["maxLength"] == NAME_MAX_CHARS
    assert defs["text"]["maxLength"] == defs["filledText"]["maxLength"] == TEXT_MAX_CHARS
    assert defs["minutes"]["maximum"] == MAX_PLANNED_MINUTES
    assert defs["count"]["maximum"] == MAX_COUNT
    assert defs["meeting"]["properties"]["number"]["maximum"] == MAX_COUNT
    assert defs["referat"]["properties"]["version"]["maximum"] == MAX_COUNT


def test_a_report_back_before_the_groups_first_meeting_is_refused_as_the_services_refuse_it(
        db: Database, tmp_path: Path) -> None:
    """Tried: the file was imported with a working group reporting back before it first met, which
    neither screen nor service lets anyone store."""
    from workshop.demo import demo_document
    from workshop.meetingfile.validate import problems

    doc = demo_document()
    wg = next(w for item in doc["meeting"]["items"] for w in item.get("working_groups", []))
    wg["meets_on"], wg["reports_to"] = "2017-12-20", "2017-12-01"
    [found] = problems(doc)
    assert found.path.endswith(".reports_to") and "kan ikke ligge før gruppens første møde" in found.message
    wg["reports_to"] = "2017-12-20"  # the same day is fine
    assert problems(doc) == []
