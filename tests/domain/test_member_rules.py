"""A member acting for themselves (origin "phone"): the services' rules, shared by phones and desktop."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop.db import Database
from workshop.errors import LockedError, ValidationError
from workshop.models import Input
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, referat, voting


def _meeting(db: Database) -> dict[str, int]:
    c = committees.create_committee(db, name="Opgaveudvalg").id
    assert c is not None
    ids = {n: committees.add_member(db, c, name=n).id for n in ("Anne", "Bo", "Carl", "Dorte")}
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2018, 1, 31, 17)).id
    assert m is not None
    for name in ("Anne", "Bo", "Carl"):
        attendance.set_attendance(db, m, ids[name], "present")  # type: ignore[arg-type]
    q = agenda.add_item(db, m, title="Spørgerunde", kind="question_round").id
    g = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    g1 = capture.add_group(db, g, name="Gruppe 1", member_ids=[ids["Anne"], ids["Bo"]]).id  # type: ignore[arg-type,list-item]
    g2 = capture.add_group(db, g, name="Gruppe 2", member_ids=[ids["Carl"]]).id  # type: ignore[arg-type,list-item]
    cand = candidates.add_candidate(db, g, title="Tryghed").id  # type: ignore[arg-type]
    return {**ids, "meeting": m, "q": q, "g": g, "g1": g1, "g2": g2, "cand": cand}  # type: ignore[dict-item]


def test_a_phone_answers_only_the_current_question_round(db: Database) -> None:
    x = _meeting(db)
    with pytest.raises(ValidationError, match="ikke det aktuelle punkt"):
        capture.set_answer(db, x["q"], x["Anne"], "Tryghed", origin="phone")
    meetings.set_current_step(db, x["meeting"], x["q"], "")
    capture.set_answer(db, x["q"], x["Anne"], "Tryghed", origin="phone")
    assert [a.text for a in capture.list_answers(db, x["q"])] == ["Tryghed"]
    with pytest.raises(ValidationError, match="Dorte er ikke registreret som til stede"):
        capture.set_answer(db, x["q"], x["Dorte"], "Hej", origin="phone")
    with pytest.raises(ValidationError, match="højst være 500 tegn"):
        capture.set_answer(db, x["q"], x["Bo"], "x" * 501, origin="phone")
    # The secretary may type an answer at any time, for anyone in the committee.
    capture.set_answer(db, x["q"], x["Dorte"], "Skrevet af sekretæren")


def test_a_phone_adds_inputs_only_to_its_own_group_in_the_inputs_step(db: Database) -> None:
    x = _meeting(db)
    meetings.set_current_step(db, x["meeting"], x["g"], "groups")
    with pytest.raises(ValidationError, match="^Input-runden er ikke i gang"):
        capture.add_input(db, x["g1"], "Idé", member_id=x["Anne"], origin="phone")
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    new = capture.add_input(db, x["g1"], "Idé", member_id=x["Anne"], origin="phone", candidate_id=x["cand"]).id
    with pytest.raises(ValidationError, match="Anne er ikke med i denne gruppe"):
        capture.add_input(db, x["g2"], "Snyd", member_id=x["Anne"], origin="phone")
    with pytest.raises(ValidationError, match="højst være 500 tegn"):
        capture.add_input(db, x["g1"], "x" * 501, member_id=x["Anne"], origin="phone")
    with pytest.raises(ValidationError, match="skal have et medlem"):
        capture.add_input(db, x["g1"], "Hvem?", origin="phone")
    with pytest.raises(ValidationError, match="^Ukendt oprindelse"):
        capture.add_input(db, x["g1"], "Hvem?", origin="email")
    inp = capture.get_input(db, new)  # type: ignore[arg-type]
    assert isinstance(inp, Input)
    assert (inp.member_id, inp.origin, inp.hidden, inp.candidate_id) == (x["Anne"], "phone", False, x["cand"])
    # The secretary types into any group at any step, with or without a member.
    meetings.set_current_step(db, x["meeting"], x["g"], "votes")
    capture.add_input(db, x["g2"], "Fra post-it", member_id=x["Anne"])
    typed = capture.get_input(db, capture.add_input(db, x["g2"], "Fra tavlen").id)  # type: ignore[arg-type]
    assert typed is not None and (typed.member_id, typed.origin) == (None, "")


def test_a_phone_votes_only_in_the_votes_step_and_within_the_items_dots(db: Database) -> None:
    x = _meeting(db)
    other = candidates.add_candidate(db, x["g"], title="Nærhed").id
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    with pytest.raises(ValidationError, match="^Afstemningen er ikke i gang"):
        voting.set_member_votes(db, x["cand"], x["Anne"], 1, origin="phone")
    meetings.set_current_step(db, x["meeting"], x["g"], "votes")
    voting.set_dots(db, x["g"], 2)
    voting.set_member_votes(db, x["cand"], x["Anne"], 2, origin="phone")
    with pytest.raises(ValidationError, match="Anne har kun 2 stemmer"):
        voting.set_member_votes(db, other, x["Anne"], 1, origin="phone")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="1-20"):
        voting.set_dots(db, x["g"], 0)
    candidates.update_candidate(db, other, status="rejected")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="fravalgt"):
        voting.set_member_votes(db, other, x["Bo"], 1, origin="phone")  # type: ignore[arg-type]
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")  # the chair closed voting
    with pytest.raises(ValidationError, match="^Afstemningen er ikke i gang"):
        voting.set_member_votes(db, x["cand"], x["Anne"], 0, origin="phone")
    assert voting.used_dots(db, x["g"]) == {x["Anne"]: 2}


def test_an_inhabile_member_cannot_act_from_a_phone(db: Database) -> None:
    x = _meeting(db)
    agenda.set_item_absence(db, x["g"], x["Bo"], kind="conflict")
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    with pytest.raises(ValidationError, match="Bo er inhabil"):
        capture.add_input(db, x["g1"], "Idé", member_id=x["Bo"], origin="phone")


def test_hiding_keeps_the_input_and_the_lock_holds_for_phones(db: Database) -> None:
    x = _meeting(db)
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    new = capture.add_input(db, x["g1"], "<img src=x onerror=alert(1)>", member_id=x["Anne"], origin="phone").id
    capture.set_input_hidden(db, new, True)  # type: ignore[arg-type]
    inp = capture.get_input(db, new)  # type: ignore[arg-type]
    assert inp is not None and inp.hidden and inp.text == "<img src=x onerror=alert(1)>"
    referat.send_for_approval(db, x["meeting"])
    with pytest.raises(LockedError):
        capture.add_input(db, x["g1"], "For sent", member_id=x["Anne"], origin="phone")
    with pytest.raises(LockedError):
        capture.set_input_hidden(db, new, False)  # type: ignore[arg-type]


def test_the_meeting_file_carries_origin_and_hidden(db: Database, tmp_path: object) -> None:
    x = _meeting(db)
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    phone = capture.add_input(db, x["g1"], "Fra telefonen", member_id=x["Anne"], origin="phone").id
    capture.add_input(db, x["g1"], "Skrevet af sekretæren")
    capture.set_input_hidden(db, phone, True)  # type: ignore[arg-type]
    doc = referat.meeting_file_document(db, x["meeting"])
    group = next(i for i in doc["meeting"]["items"] if i["kind"] == "group_work")["groups"][0]
    assert group["inputs"] == [{"text": "Fra telefonen", "member": "Anne", "origin": "phone", "hidden": True},
                               {"text": "Skrevet af sekretæren"}]
    path = f"{tmp_path}/m.workshop.json"
    referat.export_meeting_file(db, x["meeting"], path)
    again = referat.import_meeting_file(db, path).id
    back = referat.meeting_file_document(db, again)  # type: ignore[arg-type]
    assert next(i for i in back["meeting"]["items"] if i["kind"] == "group_work")["groups"][0] == group


def test_the_referat_prints_a_hidden_input(db: Database) -> None:
    x = _meeting(db)
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    hidden = capture.add_input(db, x["g1"], "Skjult men sagt i rummet", member_id=x["Anne"], origin="phone").id
    capture.set_input_hidden(db, hidden, True)  # type: ignore[arg-type]
    drafted, _ = referat.current_referat(db, x["meeting"])
    assert "Skjult men sagt i rummet" in repr(drafted)


def test_phone_inputs_merge_like_typed_ones(db: Database) -> None:
    """Two members said the same on their phones: the secretary merges them into the top one
    (its origin kept, the texts joined in order, a pejlemærke taken over), one transaction."""
    from workshop.errors import ConflictError

    x = _meeting(db)
    meetings.set_current_step(db, x["meeting"], x["g"], "inputs")
    anne = capture.add_input(db, x["g1"], "Trygge skoleveje", member_id=x["Anne"], origin="phone").id
    bo = capture.add_input(db, x["g1"], "Lys på stierne", member_id=x["Bo"], origin="phone",
                           candidate_id=x["cand"]).id
    typed = capture.add_input(db, x["g1"], "Trygge skoleveje").id  # the same words from a post-it
    carl = capture.add_input(db, x["g2"], "Fællesspisning", member_id=x["Carl"], origin="phone").id
    versions = {i.id: i.version for i in capture.list_inputs(db, x["g"])}
    with pytest.raises(ConflictError):  # based on what the screen showed: a stale version is refused
        capture.merge_inputs(db, anne, [bo], expected_versions={anne: versions[anne], bo: versions[bo] + 1})  # type: ignore[arg-type,dict-item,list-item,operator]
    changes = capture.merge_inputs(db, anne, [bo, typed, carl], expected_versions=versions)  # type: ignore[arg-type,list-item]
    assert changes.kinds == {"inputs"}
    rows = capture.list_inputs(db, x["g"])
    assert [(i.id, i.text, i.member_id, i.origin, i.candidate_id, i.group_id) for i in rows] == [
        (anne, "Trygge skoleveje\nLys på stierne\nFællesspisning", x["Anne"], "phone", x["cand"], x["g1"])]
    other = agenda.add_item(db, x["meeting"], title="Andet", kind="group_work").id
    g3 = capture.add_group(db, other, name="Gruppe 3").id  # type: ignore[arg-type]
    elsewhere = capture.add_input(db, g3, "Andet punkt").id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="samme punkt"):
        capture.merge_inputs(db, anne, [elsewhere])  # type: ignore[arg-type,list-item]
    late = capture.add_input(db, x["g1"], "Sent på aftenen").id
    referat.send_for_approval(db, x["meeting"])
    with pytest.raises(LockedError):  # the referat lock holds for a merge as for every write
        capture.merge_inputs(db, anne, [late])  # type: ignore[arg-type,list-item]
