"""Meeting file: strict, path-named rejection that writes nothing; lossless round trips."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import SQLModel

from workshop import member_names, models
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.errors import NotFoundError, ValidationError
from workshop.limits import MAX_COUNT, MAX_PLANNED_MINUTES
from workshop.meetingfile import (
    MeetingFileError,
    export_file,
    import_document,
    import_file,
    meeting_document,
    read_document,
)
from workshop.meetingfile.export import document_json
from workshop.meetingfile.formats import format_date, format_date_time
from workshop.meetingfile.validate import MAX_FILE_BYTES, load_schema
from workshop.plain_text import has_visible
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, working_groups


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


def write(tmp_path: Path, doc: dict[str, Any], name: str = "møde.workshop.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


# --- rejection ---------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]

REJECTS: list[tuple[str, Mutation, str]] = [
    ("unknown key", lambda d: d["meeting"]["items"][0].update(foo=1),
     'meeting.items[0]: ukendt nøgle "foo"'),
    ("unknown member", lambda d: d["meeting"]["items"][2]["groups"][0]["members"].__setitem__(1, "Anne Hjort"),
     'meeting.items[2].groups[0].members[1]: "Anne Hjort" er ikke medlem af udvalget'),
    ("bad date-time", lambda d: d["meeting"].update(starts_at="2017-13-01T18:00"),
     'meeting.starts_at: "2017-13-01T18:00" er ikke en gyldig dato og tid (ÅÅÅÅ-MM-DDTTT:MM)'),
    ("bad date", lambda d: d["meeting"]["items"][3]["working_groups"][1].update(meets_on="2017-02-30"),
     'meeting.items[3].working_groups[1].meets_on: "2017-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD)'),
    ("bad clock time", lambda d: d["meeting"].update(ended_at="24:00"),
     'meeting.ended_at: "24:00" er ikke et gyldigt klokkeslæt (TT:MM)'),
    ("control character", lambda d: d["meeting"]["items"][1].update(question="Hvad\x07nu?"),
     "meeting.items[1].question: indeholder et kontroltegn (U+0007), som ikke er tilladt"),
    ("duplicate member", lambda d: d["committee"]["members"].append({"name": "Anne Hjorth"}),
     'committee.members[15].name: "Anne Hjorth" står to gange blandt udvalgets medlemmer'),
    ("duplicate candidate", lambda d: d["meeting"]["items"][2]["candidates"].append({"title": "Borgeren i centrum"}),
     'meeting.items[2].candidates[5].title: pejlemærket "Borgeren i centrum" står to gange i punktet'),
    ("unknown candidate", lambda d: d["meeting"]["items"][2]["groups"][1]["inputs"][0].update(candidate="X"),
     'meeting.items[2].groups[1].inputs[0].candidate: pejlemærket "X" findes ikke i punktet'),
    ("attendance of a stranger", lambda d: d["meeting"]["attendance"].append({"member": "Fremmed"}),
     'meeting.attendance[15].member: "Fremmed" er ikke medlem af udvalget'),
    ("wrong type", lambda d: d["meeting"].update(number="3"),
     'meeting.number: skal være et helt tal, ikke "3"'),
    ("boolean is no integer", lambda d: d["meeting"]["items"][0].update(planned_minutes=True),
     "meeting.items[0].planned_minutes: skal være et helt tal, ikke true"),
    ("missing key", lambda d: d["meeting"].pop("title"), 'meeting: mangler nøglen "title"'),
    ("bad enum", lambda d: d["committee"]["members"][0].update(role="boss"),
     'committee.members[0].role: "boss" er ikke tilladt; brug en af: formand, næstformand, medlem'),
    ("blank name", lambda d: d["meeting"]["items"][4].update(title=" \n"),
     "meeting.items[4].title: må ikke være tom"),
    ("negative votes", lambda d: d["meeting"]["items"][2]["candidates"][0].update(votes=-1),
     "meeting.items[2].candidates[0].votes: skal være mindst 0, ikke -1"),
    ("answer twice", lambda d: d["meeting"]["items"][1]["answers"].append({"member": "Anne Hjorth", "text": "Igen"}),
     'meeting.items[1].answers[11].member: "Anne Hjorth" står to gange i svarene'),
    ("wrong format", lambda d: d.update(format="workshop-meeting/2"),
     'format: skal være "workshop-meeting/1", ikke "workshop-meeting/2"'),
    ("unknown top-level key", lambda d: d.update(extra=[]), 'dokumentet: ukendt nøgle "extra"'),
]


@pytest.mark.parametrize(("mutate", "message"), [(m, msg) for _, m, msg in REJECTS],
                         ids=[name for name, _, _ in REJECTS])
def test_rejected_file_names_the_path_and_writes_nothing(db: Database, tmp_path: Path,
                                                         mutate: Mutation, message: str) -> None:
    load_demo(db)
    before = row_counts(db)
    doc = demo_document()
    mutate(doc)
    with pytest.raises(MeetingFileError) as caught:
        import_file(db, write(tmp_path, doc))
    assert str(caught.value) == message
    assert caught.value.path == message.split(":")[0]
    assert row_counts(db) == before


def test_every_problem_is_collected_and_counted(db: Database) -> None:
    doc = demo_document()
    doc["meeting"]["items"][0]["foo"] = 1
    doc["meeting"]["items"][1]["bar"] = 2
    doc["meeting"]["starts_at"] = "i går"
    with pytest.raises(MeetingFileError) as caught:
        import_document(db, doc)
    assert [str(p) for p in caught.value.problems] == [
        'meeting.items[0]: ukendt nøgle "foo"',
        'meeting.items[1]: ukendt nøgle "bar"',
        'meeting.starts_at: "i går" er ikke en gyldig dato og tid (ÅÅÅÅ-MM-DDTTT:MM)',
    ]
    assert str(caught.value).endswith("(og 2 fejl mere)")
    assert row_counts(db) == dict.fromkeys(row_counts(db), 0)


def test_file_over_the_size_limit_is_refused_before_parsing(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    before = row_counts(db)
    big = tmp_path / "stor.workshop.json"
    with big.open("wb") as f:  # 60 MB of garbage: parsing it would fail differently
        f.seek(60 * 1024 * 1024 - 1)
        f.write(b"x")
    assert big.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(MeetingFileError, match=r"^stor\.workshop\.json: filen er for stor \(60\.0 MB\); "
                                               r"grænsen er 50 MB"):
        import_file(db, big)
    assert row_counts(db) == before


@pytest.mark.parametrize(("raw", "message"), [
    (b'{\n  "format": "workshop-meeting/1",\n  "committee": {,\n}',
     "x.json: ugyldig JSON i linje 3, kolonne 17: der mangler en nøgle i dobbelte anførselstegn"),
    (b'{"format": 1, "format": 2}', 'x.json: nøglen "format" står to gange i samme objekt'),
    (b"\xff\xfe{}", "x.json: er ikke UTF-8-tekst (byte 1)"),
    (b"[]", "x.json: skal indeholde ét JSON-objekt ({ … }) øverst"),
    (b'{"votes": NaN}', "x.json: NaN er ikke tilladt i en mødefil (kun almindelige tal)"),
])
def test_unreadable_json_says_where(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(raw)
    with pytest.raises(MeetingFileError) as caught:
        read_document(path)
    assert str(caught.value) == message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MeetingFileError, match="filen findes ikke"):
        read_document(tmp_path / "nej.json")


def test_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(demo_document()).encode())
    assert read_document(path) == demo_document()


# --- the schema ---------------------------------------------------------------

def test_schema_is_draft_2020_12_and_closed_everywhere() -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    objects = [schema, *[d for d in schema["$defs"].values() if d.get("type") == "object"]]
    assert len(objects) > 10
    for node in objects:
        assert node["additionalProperties"] is False


def test_schema_enums_are_the_models_constants() -> None:
    defs = load_schema()["$defs"]
    assert tuple(defs["member"]["properties"]["role"]["enum"]) == models.ROLES
    assert tuple(defs["task"]["properties"]["status"]["enum"]) == models.TASK_STATUSES
    assert tuple(defs["attendance"]["properties"]["status"]["enum"]) == models.ATTENDANCE_STATUSES
    assert tuple(defs["item"]["properties"]["kind"]["enum"]) == models.ITEM_KINDS
    assert tuple(defs["candidate"]["properties"]["status"]["enum"]) == models.CANDIDATE_STATUSES
    assert tuple(defs["referat"]["properties"]["status"]["enum"]) == models.REFERAT_STATUSES


def _paths(node: Any, base: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into a JSON document, the root excluded."""
    children = (node.items() if isinstance(node, dict)
                else enumerate(node) if isinstance(node, list) else [])
    return [p for key, child in children for p in [(*base, key), *_paths(child, (*base, key))]]


_DEMO_PATHS = _paths(demo_document())
_ODD_VALUES = [None, True, False, 0, -1, 1.0, 1.5, 1441, 2**31, "", " ", "x", "a\x07b", "a\x9bb", "\u200b", "a\n",
               "x" * 1001, "9999-12-31", "1899-12-31T23:59", "2017-02-30",
               "2017-11-16T18:00", "18:00", "24:00", "candidate", [], ["x"], {}, {"x": 1}]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DEMO_PATHS), st.sampled_from(_ODD_VALUES)), min_size=1, max_size=3))
def test_compiled_schema_check_never_passes_what_jsonschema_refuses(
        changes: list[tuple[tuple[str | int, ...], Any]]) -> None:
    """The fast check may only answer "valid" for a file jsonschema finds no error in."""
    from workshop.meetingfile.validate import _schema_accepts, _validator

    doc = demo_document()
    for path, value in changes:
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = copy.deepcopy(value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the way there
    if _schema_accepts(doc):
        assert list(_validator().iter_errors(doc)) == []


def test_text_pattern_refuses_what_the_services_refuse(db: Database) -> None:
    """The file and the services agree on control characters, so every export re-imports."""
    pattern = re.compile(load_schema()["$defs"]["chars"]["pattern"])
    for code in [*range(0x20), *range(0x7F, 0xA1)]:  # C0, DEL, C1 and the no-break space after them
        allowed = chr(code) in "\n\t\xa0"
        assert bool(pattern.search(f"a{chr(code)}b")) is allowed
        c = committees.create_committee(db, name=f"U{code}").id
        assert c is not None
        if allowed:
            committees.update_committee(db, c, kind=f"a{chr(code)}b")
        else:
            with pytest.raises(ValidationError, match="kontroltegn"):
                committees.update_committee(db, c, kind=f"a{chr(code)}b")


# --- the demo ------------------------------------------------------------------

def test_demo_is_the_gentofte_meeting(db: Database) -> None:
    doc = meeting_document(db, load_demo(db))
    committee, meeting = doc["committee"], doc["meeting"]
    assert committee["name"] == "Opgaveudvalg for digitalisering og teknologi"
    assert (committee["kind"], committee["period"]) == ("opgaveudvalg", "2017-2018")
    assert len(committee["members"]) == 15 and len(committee["tasks"]) == 3
    assert committee["members"][0] == {"name": "Mikael Fenger", "role": "formand", "group": "politiker",
                                       "party": "C"}
    assert (meeting["number"], meeting["starts_at"], meeting["location"], meeting["case_id"],
            meeting["ended_at"]) == (3, "2017-11-15T18:00", "Udvalgsværelse G", "EMN-2017-05405", "21:00")
    statuses = [a["status"] for a in meeting["attendance"]]
    assert statuses.count("present") == 11 and statuses.count("excused") == 2 and statuses.count("absent") == 2
    items = meeting["items"]
    assert [i["kind"] for i in items] == ["welcome", "question_round", "group_work", "working_groups", "closing"]
    assert items[0]["recommended_by"] == "Tværgående Funktioner"
    assert [r[:3] for r in items[0]["recommendations"]] == ["at ", "at "]
    present = [a["member"] for a in meeting["attendance"] if a["status"] == "present"]
    seat = [m["name"] for m in committee["members"]]
    assert [a["member"] for a in items[1]["answers"]] == sorted(present, key=seat.index)
    assert len(items[2]["perspectives"]) == 6 and len(items[2]["groups"]) == 3
    assert all(4 <= len(g["inputs"]) <= 6 for g in items[2]["groups"])
    assert len(items[2]["candidates"]) == 5
    assert [(w["meets_on"], w["reports_to"]) for w in items[3]["working_groups"]] == [
        ("2017-12-20", "2018-01-17"), ("2017-12-12", "2018-01-17")]


def test_demo_round_trip(db: Database, tmp_path: Path) -> None:
    first = load_demo(db)
    path = export_file(db, first, tmp_path / "demo.workshop.json")
    text = path.read_text(encoding="utf-8")
    assert "Udvalgsværelse G" in text and "\\u00e6" not in text  # UTF-8, not ASCII escapes
    assert text.startswith('{\n  "format": "workshop-meeting/1"')
    second = import_file(db, path).id
    assert second is not None and second != first
    assert meeting_document(db, second) == meeting_document(db, first)
    assert document_json(meeting_document(db, second)) == text


def test_import_into_a_fresh_database_gives_the_same_document(db: Database) -> None:
    other = Database("sqlite://")
    try:
        doc = meeting_document(other, load_demo(other))
    finally:
        other.close()
    assert meeting_document(db, import_document(db, doc).id) == doc  # type: ignore[arg-type]


def test_existing_committee_and_members_are_reused(db: Database) -> None:
    c = committees.create_committee(db, name="Opgaveudvalg for digitalisering og teknologi", kind="x").id
    assert c is not None
    committees.add_member(db, c, name="Ekstra Medlem")
    committees.add_member(db, c, name="Anne Hjorth", group="politiker")
    committees.add_task(db, c, title="3 til 5 pejlemærker")
    meeting_id = load_demo(db)
    assert len(committees.list_committees(db)) == 1
    members = committees.list_members(db, c)
    assert [m.name for m in members][:2] == ["Ekstra Medlem", "Anne Hjorth"]
    assert len(members) == 16
    assert members[1].group == "politiker"  # an existing member is not overwritten
    assert [t.title for t in committees.list_tasks(db, c)] == [
        "3 til 5 pejlemærker", "Teknologiske udviklingstendenser", "Model for politisk forankring"]
    assert committees.get_committee(db, c).kind == "x"
    assert meetings.get_meeting(db, meeting_id).committee_id == c
    again = load_demo(db)
    assert len(committees.list_members(db, c)) == 16
    assert meeting_document(db, again)["meeting"] == meeting_document(db, meeting_id)["meeting"]


def test_compact_file_gets_defaults(db: Database) -> None:
    doc = {"format": "workshop-meeting/1", "committee": {"name": "U", "members": [{"name": "A"}]},
           "meeting": {"title": "M", "starts_at": "2018-01-17T17:30",
                       "items": [{"title": "P", "groups": [{"name": "G", "inputs": [{"text": "i"}]}]}]}}
    out = meeting_document(db, import_document(db, doc).id)  # type: ignore[arg-type]
    assert out["committee"] == {"name": "U", "kind": "", "period": "", "tasks": [],
                                "members": [{"name": "A", "role": "medlem", "group": "", "party": ""}]}
    item = out["meeting"]["items"][0]
    assert (item["kind"], item["open"], item["recommendations"], item["answers"]) == ("case", True, [], [])
    assert "planned_minutes" not in item and "ended_at" not in out["meeting"]
    assert item["groups"] == [{"name": "G", "members": [], "inputs": [{"text": "i"}]}]


def test_captured_rows_are_exported_and_reimported(db: Database) -> None:
    """What the services write (item absences, remarks, attachments) survives the file."""
    meeting_id = load_demo(db)
    doc = meeting_document(db, meeting_id)
    names = {m.name: m.id for m in committees.list_members(
        db, meetings.get_meeting(db, meeting_id).committee_id)}
    items = agenda.list_items(db, meeting_id)
    agenda.set_item_absence(db, items[4].id, names["Mogens Olesen"])  # type: ignore[arg-type]
    agenda.set_item_absence(db, items[0].id, names["Anne Hjorth"], kind="conflict")  # type: ignore[arg-type]
    agenda.set_attachments(db, items[0].id, [("Procesplan", True), ("Notat <A&B>", False)])  # type: ignore[arg-type]
    capture.add_remark(db, items[3].id, names["Lasse Kristiansen"], "Jeg tager forbehold.")  # type: ignore[arg-type]
    attendance.set_attendance(db, meeting_id, names["Anders Bonde"], "excused", note="Syg")
    doc = meeting_document(db, meeting_id)
    assert doc["meeting"]["items"][4]["absent"] == ["Mogens Olesen"]
    assert doc["meeting"]["items"][0]["conflicts"] == ["Anne Hjorth"]
    assert doc["meeting"]["items"][0]["attachments"] == [{"title": "Procesplan", "recommended": True},
                                                         {"title": "Notat <A&B>", "recommended": False}]
    assert doc["meeting"]["items"][3]["remarks"] == [{"member": "Lasse Kristiansen",
                                                      "text": "Jeg tager forbehold."}]
    copy_id = import_document(db, doc).id
    assert meeting_document(db, copy_id) == doc  # type: ignore[arg-type]


def test_special_text_comes_back_unchanged(db: Database, tmp_path: Path) -> None:
    tricky = 'Æ ø å <b>fed</b> & "citat" \'enkelt\' 🎉👩‍👩‍👧 \\ \n\tny linje  ı ź ő → ✓ \u2028 \u00a0'
    doc = demo_document()
    doc["meeting"]["purpose"] = tricky
    doc["meeting"]["items"][2]["groups"][0]["inputs"].append({"text": tricky})
    doc["committee"]["members"].append({"name": "Özlem <Kızılkaya> & Co 🎉"})
    doc["meeting"]["items"][1]["answers"].append({"member": "Özlem <Kızılkaya> & Co 🎉", "text": tricky})
    first = import_document(db, doc).id
    path = export_file(db, first, tmp_path / "t.json")  # type: ignore[arg-type]
    again = meeting_document(db, import_file(db, path).id)  # type: ignore[arg-type]
    assert again["meeting"]["purpose"] == tricky
    assert again["meeting"]["items"][2]["groups"][0]["inputs"][-1] == {"text": tricky}
    assert again["meeting"]["items"][1]["answers"][-1]["text"] == tricky


def test_export_is_atomic_and_unknown_meeting_leaves_the_file(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "gammel.json"
    target.write_text("gammelt indhold", encoding="utf-8")
    with pytest.raises(NotFoundError):
        export_file(db, 12345, target)
    assert target.read_text(encoding="utf-8") == "gammelt indhold"
    export_file(db, load_demo(db), target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "workshop-meeting/1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammel.json"]  # no temp file left
    with pytest.raises(ValidationError, match="er en mappe"):
        export_file(db, meetings.list_meetings(db)[0].id, tmp_path)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="findes ikke; intet er skrevet"):
        export_file(db, meetings.list_meetings(db)[0].id, tmp_path / "nej" / "x.json")  # type: ignore[arg-type]


def test_referat_section_is_validated_and_passed_to_the_check(db: Database) -> None:
    doc = demo_document()
    doc["referat"] = {"status": "sent", "version": 1,
                      "approvals": [{"member": "Mikael Fenger", "at": "2017-11-20T09:15"}]}
    seen: list[dict[str, Any]] = []
    import_document(db, doc, referat_check=seen.append)
    assert seen == [doc]
    before = row_counts(db)
    bad = copy.deepcopy(doc)
    bad["referat"]["approvals"][0]["member"] = "Fremmed"
    with pytest.raises(MeetingFileError, match=r'^referat\.approvals\[0\]\.member: "Fremmed" er ikke medlem'):
        import_document(db, bad)

    def refuse(_doc: dict[str, Any]) -> None:
        raise ValidationError("referat.sha256", "passer ikke til referatets indhold")

    approved = copy.deepcopy(doc)
    approved["referat"].update(status="approved", sha256="0" * 64)
    with pytest.raises(ValidationError, match="^referat.sha256: passer ikke"):
        import_document(db, approved, referat_check=refuse)
    assert row_counts(db) == before


def test_failure_after_the_rows_are_written_rolls_all_of_them_back(db: Database) -> None:
    """The bulk rows (COPY on PostgreSQL) are in the import's one transaction."""
    load_demo(db)
    before = row_counts(db)
    doc = demo_document()
    doc["referat"] = {"status": "draft", "version": 1}

    def fail(_s: object, _meeting_id: int, _doc: dict[str, Any]) -> None:
        raise ValidationError("referat", "kan ikke gemmes")

    with pytest.raises(ValidationError, match="^referat: kan ikke gemmes"):
        import_document(db, doc, referat_restore=fail)
    assert row_counts(db) == before


def test_rows_added_after_an_import_get_new_ids(db: Database) -> None:
    """The import takes its ids from each table's sequence, so later inserts do not collide."""
    meeting_id = load_demo(db)

    def last_id(model: type) -> int:
        with db.engine.connect() as conn:
            return conn.execute(select(func.max(model.id))).scalar_one()  # type: ignore[attr-defined,no-any-return]

    before = {model: last_id(model) for model in (models.AgendaItem, models.Group, models.Input,
                                                   models.Candidate, models.WorkingGroup)}
    item = next(i for i in agenda.list_items(db, meeting_id) if i.kind == "group_work")
    group_id = capture.list_groups(db, item.id)[0].id  # type: ignore[arg-type]
    added = {models.Input: capture.add_input(db, group_id, "Efter importen").id,  # type: ignore[arg-type]
             models.AgendaItem: agenda.add_item(db, meeting_id, title="Nyt punkt").id,
             models.Group: capture.add_group(db, item.id, name="Ny gruppe").id,  # type: ignore[arg-type]
             models.Candidate: candidates.add_candidate(db, item.id, title="Nyt pejlemærke").id,  # type: ignore[arg-type]
             models.WorkingGroup: working_groups.add_working_group(db, item.id, name="Ny").id}  # type: ignore[arg-type]
    assert all(added[model] > before[model] for model in before), (before, added)


def test_export_with_referat_section(db: Database, tmp_path: Path) -> None:
    meeting_id = load_demo(db)
    referat = {"status": "approved", "version": 2, "sha256": "ab" * 32,
               "approvals": [{"member": "Anne Hjorth", "at": "2017-11-22T10:00"}]}
    path = export_file(db, meeting_id, tmp_path / "r.json", referat=referat)
    assert read_document(path)["referat"] == referat
    with pytest.raises(MeetingFileError, match="referat.sha256"):
        export_file(db, meeting_id, tmp_path / "s.json", referat={**referat, "sha256": "xyz"})
    assert not (tmp_path / "s.json").exists()


# --- generated meetings ------------------------------------------------------------

_FORBIDDEN = [chr(c) for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=_FORBIDDEN), max_size=25)
NAME = TEXT.filter(has_visible)
COUNT = st.integers(min_value=0, max_value=MAX_COUNT)
MINUTES = st.integers(min_value=0, max_value=MAX_PLANNED_MINUTES)
MOMENT = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)).map(
    lambda d: d.replace(microsecond=0))


@st.composite
def meeting_docs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid meeting file in full (exported) form, member lists in seat order."""
    # members' names differ as names do (not only by case or spacing), one alphabet a word (member_names)
    names = draw(st.lists(NAME.filter(lambda n: member_names.mixed_script(n) is None), min_size=1, max_size=5,
                          unique_by=member_names.key))

    def some_members() -> list[str]:
        picked = draw(st.sets(st.sampled_from(range(len(names)))))
        return [names[i] for i in sorted(picked)]

    def item() -> dict[str, Any]:
        titles = draw(st.lists(NAME, max_size=3, unique=True))
        doc: dict[str, Any] = {
            "title": draw(NAME), "kind": draw(st.sampled_from(models.ITEM_KINDS)),
            "open": draw(st.booleans()), "case_id": draw(TEXT),
            **{k: draw(TEXT) for k in ("summary", "background", "presentation", "economy",
                                       "previous_decisions", "recommended_by", "decided_by",
                                       "decision", "question")},
            "recommendations": draw(st.lists(TEXT, max_size=3)),
            "attachments": [{"title": draw(NAME), "recommended": draw(st.booleans())}
                            for _ in range(draw(st.integers(0, 2)))],
            "absent": some_members(), "conflicts": some_members(),
            "remarks": [{"member": draw(st.sampled_from(names)), "text": draw(NAME)}
                        for _ in range(draw(st.integers(0, 2)))],
            "answers": [{"member": n, "text": draw(NAME)} for n in some_members()],
            "discussion_questions": draw(st.lists(TEXT, max_size=2)),
            "perspectives": draw(st.lists(TEXT, max_size=2)),
            "candidates": [{"title": t, "description": draw(TEXT), "votes": draw(COUNT),
                            "status": draw(st.sampled_from(models.CANDIDATE_STATUSES))} for t in titles],
        }
        if draw(st.booleans()):
            doc["planned_minutes"] = draw(MINUTES)
        if draw(st.booleans()):
            doc["next_meeting_on"] = format_date(draw(MOMENT).date())
        doc["groups"] = []
        for _ in range(draw(st.integers(0, 2))):
            inputs = []
            for _ in range(draw(st.integers(0, 3))):
                line = {"text": draw(NAME)}
                if titles and draw(st.booleans()):
                    line["candidate"] = draw(st.sampled_from(titles))
                inputs.append(line)
            grouped = {m for g in doc["groups"] for m in g["members"]}  # one group per member in an item
            doc["groups"].append({"name": draw(NAME), "members": [m for m in some_members() if m not in grouped],
                                  "inputs": inputs})
        doc["working_groups"] = []
        for _ in range(draw(st.integers(0, 2))):
            wg: dict[str, Any] = {"name": draw(NAME), "mandate": draw(TEXT), "members": some_members()}
            days = sorted(draw(MOMENT).date() for _ in range(2))  # a group reports back after it first meets
            for key, day in zip(("meets_on", "reports_to"), days, strict=True):
                if draw(st.booleans()):
                    wg[key] = format_date(day)
            if wg["members"] and draw(st.booleans()):
                wg["convener"] = draw(st.sampled_from(wg["members"]))
            if draw(st.booleans()):
                wg["guests"] = [{"name": draw(NAME), "organisation": draw(TEXT)}
                                for _ in range(draw(st.integers(1, 2)))]
            doc["working_groups"].append(wg)
        return doc

    meeting: dict[str, Any] = {"title": draw(NAME), "starts_at": format_date_time(draw(MOMENT)),
                               "location": draw(TEXT), "case_id": draw(TEXT), "purpose": draw(TEXT)}
    if draw(st.booleans()):
        meeting["number"] = draw(st.integers(1, MAX_COUNT))
    if draw(st.booleans()):
        meeting["ended_at"] = draw(MOMENT).strftime("%H:%M")
    meeting["attendance"] = [{"member": n, "status": draw(st.sampled_from(models.ATTENDANCE_STATUSES)),
                              "note": draw(TEXT)} for n in some_members()]
    meeting["items"] = [item() for _ in range(draw(st.integers(0, 3)))]
    return {
        "format": "workshop-meeting/1",
        "committee": {
            "name": draw(NAME), "kind": draw(TEXT), "period": draw(TEXT),
            "members": [{"name": n, "role": draw(st.sampled_from(models.ROLES)), "group": draw(TEXT),
                         "party": draw(TEXT)} for n in names],
            "tasks": [{"title": t, "description": draw(TEXT), "due": draw(TEXT),
                       "status": draw(st.sampled_from(models.TASK_STATUSES))}
                      for t in draw(st.lists(NAME, max_size=2, unique=True))],
        },
        "meeting": meeting,
    }


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=meeting_docs())
def test_generated_meetings_round_trip(db: Database, doc: dict[str, Any]) -> None:
    for c in committees.list_committees(db):  # examples share the database; start empty
        committees.delete_committee(db, c.id)  # type: ignore[arg-type]
    text = document_json(doc)
    first = meeting_document(db, import_document(db, json.loads(text)).id)  # type: ignore[arg-type]
    assert first == doc
    second = meeting_document(db, import_document(db, first).id)  # type: ignore[arg-type]
    assert second == first


def test_the_spec_example_imports(db: Database) -> None:
    """tests/data/spec-example.workshop.json is the example in the spec, copied verbatim."""
    path = Path(__file__).parents[1] / "data" / "spec-example.workshop.json"
    doc = meeting_document(db, import_file(db, path).id)  # type: ignore[arg-type]
    assert [a["status"] for a in doc["meeting"]["attendance"]] == ["present", "excused"]
    assert doc["meeting"]["items"][1]["working_groups"][0]["members"] == ["Mikael Fenger"]
