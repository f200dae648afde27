"""Conflicts are refused and carry both sides: a stale text write never silently overwrites another laptop's.

Every text field a secretary types (the Beslutning and the other item sections, answers,
inputs, remarks) has a service call taking ``expected_version``; a stale one raises a
``ConflictError`` carrying the stored text and version, so a screen can show both texts
side by side until a person chooses.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.live_support import small_meeting
from workshop.db import Database
from workshop.errors import ConflictError
from workshop.live.listener import Listener
from workshop.live.notice import Notice
from workshop.models import AgendaItem, Answer, Input, Remark
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, working_groups

# --- one process --------------------------------------------------------------


def test_a_stale_beslutning_is_refused_with_the_other_text_and_version(db: Database) -> None:
    m = small_meeting(db)
    item = agenda.get_item(db, m.case_item)
    agenda.update_item(db, item.id, expected_version=item.version, decision="Udvalget anbefaler forslaget.")  # type: ignore[arg-type]
    with pytest.raises(ConflictError, match="ændret af en anden") as refused:
        agenda.update_item(db, item.id, expected_version=item.version, decision="Udvalget afviser forslaget.")  # type: ignore[arg-type]
    e = refused.value
    assert (e.table, e.row_id, e.expected_version, e.version) == ("agendaitem", item.id, item.version, item.version + 1)
    assert e.current["decision"] == "Udvalget anbefaler forslaget."  # the other laptop's text, to show beside ours
    assert agenda.get_item(db, item.id).decision == "Udvalget anbefaler forslaget."  # nothing overwritten
    # the person chooses (here: their own text), based on the version they were shown
    agenda.update_item(db, item.id, expected_version=e.version, decision="Udvalget afviser forslaget.")  # type: ignore[arg-type]
    assert agenda.get_item(db, item.id).decision == "Udvalget afviser forslaget."


def test_every_typed_text_field_refuses_a_stale_write_and_carries_the_stored_text(db: Database) -> None:
    m = small_meeting(db)
    member = m.members[0]
    capture.set_answer(db, m.question_item, member, "Mere borgerinddragelse", expected_version=0)
    input_id = capture.add_input(db, m.group, "Digital post til alle").id
    remark_id = capture.add_remark(db, m.case_item, member, "Tager forbehold").id
    cases: list[tuple[str, Callable[[int, str], Any], str]] = [
        ("summary", lambda v, t: agenda.update_item(db, m.case_item, expected_version=v, summary=t), "summary"),
        ("answer", lambda v, t: capture.set_answer(db, m.question_item, member, t, expected_version=v), "text"),
        ("input", lambda v, t: capture.update_input(db, input_id, t, expected_version=v), "text"),  # type: ignore[arg-type]
        ("remark", lambda v, t: capture.update_remark(db, remark_id, t, expected_version=v), "text"),  # type: ignore[arg-type]
    ]
    for name, write, column in cases:
        write(1, f"{name}: bærbar A's tekst")  # based on version 1: accepted, now version 2
        with pytest.raises(ConflictError) as refused:
            write(1, f"{name}: bærbar B's tekst")  # also based on version 1: refused
        assert refused.value.current[column] == f"{name}: bærbar A's tekst", name
        assert refused.value.version == 2, name


def test_an_answer_written_or_removed_meanwhile_is_a_conflict_too(db: Database) -> None:
    m = small_meeting(db)
    member = m.members[1]
    capture.set_answer(db, m.question_item, member, "Svar fra bærbar A", expected_version=0)
    with pytest.raises(ConflictError) as refused:  # B also saw no answer and types one
        capture.set_answer(db, m.question_item, member, "Svar fra bærbar B", expected_version=0)
    assert refused.value.current["text"] == "Svar fra bærbar A" and refused.value.version == 1
    capture.set_answer(db, m.question_item, member, "", expected_version=1)  # A clears it
    with pytest.raises(ConflictError, match="ændret af en anden") as refused:
        capture.set_answer(db, m.question_item, member, "B's rettelse", expected_version=1)
    assert refused.value.current == {} and refused.value.version == 0  # gone: nothing to show beside B's
    assert capture.list_answers(db, m.question_item) == []


def test_every_row_edit_refuses_a_stale_write_and_carries_the_stored_row(db: Database) -> None:
    """The services behind every table row and text field of issue 14: each takes the version
    its edit was based on; a stale one is refused with the stored row, nothing overwritten."""
    m = small_meeting(db)
    task = committees.add_task(db, m.committee, title="Indkald til borgermøde").id
    candidate = candidates.add_candidate(db, m.group_item, title="Digital post").id
    working_group = working_groups.add_working_group(db, m.case_item, name="Arbejdsgruppe om post").id
    assert task is not None and candidate is not None and working_group is not None
    cases: list[tuple[str, Callable[[int, str], Any], str, Callable[[], str]]] = [
        ("committee", lambda v, t: committees.update_committee(db, m.committee, expected_version=v, name=t), "name",
         lambda: committees.get_committee(db, m.committee).name),
        ("member", lambda v, t: committees.update_member(db, m.members[0], expected_version=v, party=t), "party",
         lambda: committees.get_member(db, m.members[0]).party),
        ("task", lambda v, t: committees.update_task(db, task, expected_version=v, description=t), "description",
         lambda: committees.get_task(db, task).description),
        ("meeting", lambda v, t: meetings.update_meeting(db, m.meeting, expected_version=v, location=t), "location",
         lambda: meetings.get_meeting(db, m.meeting).location),
        ("candidate", lambda v, t: candidates.update_candidate(db, candidate, expected_version=v, title=t), "title",
         lambda: candidates.get_candidate(db, candidate).title),
        ("workinggroup", lambda v, t: working_groups.update_working_group(db, working_group, expected_version=v,
                                                                          mandate=t), "mandate",
         lambda: working_groups.get_working_group(db, working_group).mandate),
        ("workgroup", lambda v, t: capture.rename_group(db, m.group, t, expected_version=v), "name",
         lambda: capture.get_group(db, m.group).name),
        ("attendance", lambda v, t: attendance.set_attendance(db, m.meeting, m.members[1], "absent", note=t,
                                                              expected_version=v), "note",
         lambda: attendance.get_attendance(db, m.meeting, m.members[1]).note),  # type: ignore[union-attr]
    ]
    for name, write, column, stored in cases:
        write(1, f"{name}: bærbar A")  # based on version 1: accepted, now version 2
        with pytest.raises(ConflictError, match="ændret af en anden") as refused:
            write(1, f"{name}: bærbar B")  # also based on version 1: refused
        e = refused.value
        assert (e.table, e.version, e.expected_version) == (name, 2, 1), name
        assert e.current[column] == f"{name}: bærbar A", name  # the other laptop's value, to show
        assert stored() == f"{name}: bærbar A", name  # nothing overwritten
        write(2, f"{name}: bærbar B")  # based on what is stored now: accepted
        assert stored() == f"{name}: bærbar B", name


def test_the_bilag_are_saved_on_top_of_the_items_version(db: Database) -> None:
    m = small_meeting(db)
    version = agenda.get_item(db, m.case_item).version
    agenda.set_attachments(db, m.case_item, [("Notat om post", False)], expected_version=version)  # A
    with pytest.raises(ConflictError) as refused:  # B read the item before A's bilag
        agenda.set_attachments(db, m.case_item, [("Budget", True)], expected_version=version)
    assert refused.value.version == version + 1
    assert [a.title for a in agenda.list_attachments(db, m.case_item)] == ["Notat om post"]


def test_attendance_cleared_or_recorded_meanwhile_is_a_conflict(db: Database) -> None:
    m = small_meeting(db)
    member = m.members[2]
    version = attendance.get_attendance(db, m.meeting, member).version  # type: ignore[union-attr]
    attendance.clear_attendance(db, m.meeting, member, expected_version=version)  # laptop A: not recorded after all
    with pytest.raises(ConflictError) as refused:  # laptop B still saw "present" and writes a note
        attendance.set_attendance(db, m.meeting, member, "present", note="kom kl. 19", expected_version=version)
    assert refused.value.current == {} and refused.value.version == 0
    attendance.set_attendance(db, m.meeting, member, "excused", expected_version=0)  # A records afbud
    with pytest.raises(ConflictError) as refused:  # B saw nothing recorded and records "absent"
        attendance.set_attendance(db, m.meeting, member, "absent", expected_version=0)
    assert refused.value.current["status"] == "excused"
    attendance.set_attendance(db, m.meeting, member, "excused", note="syg", expected_version=1)  # A adds a note
    with pytest.raises(ConflictError) as refused:  # B clears what it saw at version 1
        attendance.clear_attendance(db, m.meeting, member, expected_version=1)
    assert refused.value.current["note"] == "syg" and refused.value.version == 2
    assert attendance.get_attendance(db, m.meeting, member).status == "excused"  # type: ignore[union-attr]


# --- two processes ------------------------------------------------------------

EDITOR = textwrap.dedent("""
    import json, sys
    from workshop.db import Database
    from workshop.errors import ConflictError
    from workshop.services import agenda

    db = Database(sys.argv[1], client_name=sys.argv[3])
    item = agenda.get_item(db, int(sys.argv[2]))
    print(json.dumps({"read": item.version}), flush=True)
    text = sys.stdin.readline().strip()  # the secretary types, then the autosave writes
    try:
        agenda.update_item(db, item.id, expected_version=item.version, decision=text)
        print(json.dumps({"saved": text}), flush=True)
    except ConflictError as e:
        print(json.dumps({"refused": text, "theirs": e.current["decision"], "version": e.version}), flush=True)
""")


def _editor(url: str, item_id: int, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", EDITOR, url, str(item_id), name], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _line(p: subprocess.Popen[str]) -> dict[str, Any]:
    assert p.stdout is not None
    line = p.stdout.readline()
    assert line, p.stderr.read() if p.stderr else ""
    return json.loads(line)  # type: ignore[no-any-return]


@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_two_processes_edit_the_same_beslutning_and_both_texts_survive(
        where: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path}/møde.db") if where == "sqlite" else request.getfixturevalue("pg_db")
    m = small_meeting(db)
    a, b = _editor(db.url, m.case_item, "A"), _editor(db.url, m.case_item, "B")
    try:
        assert _line(a) == _line(b) == {"read": 1}  # both opened the item at version 1
        assert a.stdin is not None and b.stdin is not None
        a.stdin.write("Udvalget anbefaler forslaget.\n")
        a.stdin.flush()
        assert _line(a) == {"saved": "Udvalget anbefaler forslaget."}
        b.stdin.write("Udvalget afviser forslaget.\n")
        b.stdin.flush()
        assert _line(b) == {"refused": "Udvalget afviser forslaget.", "theirs": "Udvalget anbefaler forslaget.",
                            "version": 2}  # B's screen has both texts to choose from
    finally:
        for p in (a, b):
            p.kill()
            p.wait(10)
    assert agenda.get_item(db, m.case_item).decision == "Udvalget anbefaler forslaget."
    if where == "sqlite":
        db.close()


def test_two_processes_saving_at_the_same_moment_cannot_both_win(pg_db: Database) -> None:
    """The check and the write are atomic on the server: one waits for the other and is refused."""
    m = small_meeting(pg_db)
    for round_ in range(3):
        version = agenda.get_item(pg_db, m.case_item).version
        editors = [_editor(pg_db.url, m.case_item, name) for name in "AB"]
        try:
            assert all(_line(p) == {"read": version} for p in editors)
            for p in editors:  # both release their save as close together as the pipes allow
                assert p.stdin is not None
                p.stdin.write(f"Tekst {round_} fra {p.args[-1]}\n")  # type: ignore[index]
                p.stdin.flush()
            results = [_line(p) for p in editors]
        finally:
            for p in editors:
                p.kill()
                p.wait(10)
        saved = [r for r in results if "saved" in r]
        assert len(saved) == 1, results
        refused = next(r for r in results if "refused" in r)
        assert refused["theirs"] == saved[0]["saved"]


# --- (c) 1,000 interleaved edits from two laptops -----------------------------


@dataclass
class Target:
    """One text the two laptops both edit."""

    key: str
    kind: str  # the notice kind that names it
    row_id: int
    read: Callable[[Database], tuple[int, str]]
    write: Callable[[Database, int, str], Any]


@dataclass
class Laptop:
    db: Database
    view: dict[str, tuple[int, str]]  # what its screen shows: version and text per target
    stale: set[str]  # targets a notice said changed (not yet re-read)
    results: list[tuple[Any, ...]]


def _targets(db: Database) -> list[Target]:
    m = small_meeting(db)
    member = m.members[0]
    capture.set_answer(db, m.question_item, member, "svar 0", expected_version=0)
    answer_id = capture.list_answers(db, m.question_item)[0].id
    input_id = capture.add_input(db, m.group, "input 0").id
    remark_id = capture.add_remark(db, m.case_item, member, "tilførsel 0").id

    def row(model: type[Any], row_id: int, column: str) -> Callable[[Database], tuple[int, str]]:
        def read(d: Database) -> tuple[int, str]:
            with d.session() as s:
                r = s.get(model, row_id)
                return r.version, getattr(r, column)
        return read

    return [
        Target("decision", "items", m.case_item, row(AgendaItem, m.case_item, "decision"),
               lambda d, v, t: agenda.update_item(d, m.case_item, expected_version=v, decision=t)),
        Target("presentation", "items", m.group_item, row(AgendaItem, m.group_item, "presentation"),
               lambda d, v, t: agenda.update_item(d, m.group_item, expected_version=v, presentation=t)),
        Target("answer", "answers", answer_id, row(Answer, answer_id, "text"),  # type: ignore[arg-type]
               lambda d, v, t: capture.set_answer(d, m.question_item, member, t, expected_version=v)),
        Target("input", "inputs", input_id, row(Input, input_id, "text"),  # type: ignore[arg-type]
               lambda d, v, t: capture.update_input(d, input_id, t, expected_version=v)),  # type: ignore[arg-type]
        Target("remark", "remarks", remark_id, row(Remark, remark_id, "text"),  # type: ignore[arg-type]
               lambda d, v, t: capture.update_remark(d, remark_id, t, expected_version=v)),  # type: ignore[arg-type]
    ]


@pytest.mark.slow
def test_1000_interleaved_edits_from_two_laptops_lose_nothing_silently(pg_db: Database) -> None:
    targets = _targets(pg_db)
    by_kind: dict[str, list[Target]] = {}
    for t in targets:
        by_kind.setdefault(t.kind, []).append(t)
    laptops = [Laptop(Database(pg_db.url, client_name=name), {}, set(), []) for name in ("A", "B")]
    listeners = []
    for laptop in laptops:
        laptop.view = {t.key: t.read(laptop.db) for t in targets}

        def on_notice(n: Notice, laptop: Laptop = laptop) -> None:
            if n.is_from(laptop.db.client.id):
                return  # our own echo
            for kind, ids in n.ids.items():
                for t in by_kind.get(kind, []):
                    if ids is None or t.row_id in ids:
                        laptop.stale.add(t.key)

        listeners.append(Listener.for_database(laptop.db, on_notice=on_notice).start())
    assert all(lis.wait_connected(10) for lis in listeners)

    def run(laptop: Laptop, seed: int, edits: int) -> None:
        rnd = random.Random(seed)
        for i in range(edits):
            t = rnd.choice(targets)
            if t.key in laptop.stale and rnd.random() < 0.6:  # the screen refreshed after the notice
                laptop.stale.discard(t.key)
                laptop.view[t.key] = t.read(laptop.db)
            version, _ = laptop.view[t.key]
            if rnd.random() < 0.1 and version > 1:
                version -= 1  # an edit based on an older screen still (undo of a refresh, slow network)
            typed = f"{laptop.db.client.name}{i}"
            try:
                t.write(laptop.db, version, typed)
                laptop.results.append(("saved", t.key, version, typed))
                laptop.view[t.key] = (version + 1, typed)
            except ConflictError as e:  # shown to the user with both texts: reported, not lost
                laptop.results.append(("refused", t.key, version, typed, e.version, e.current))
                laptop.view[t.key] = (e.version, e.current[_column(t)])  # type: ignore[assignment]

    threads = [threading.Thread(target=run, args=(laptop, seed, 500)) for seed, laptop in enumerate(laptops)]
    try:
        for th in threads:
            th.start()
        for th in threads:
            th.join(300)
    finally:
        for lis in listeners:
            lis.stop()
        for laptop in laptops:
            laptop.db.close()
    results = [r for laptop in laptops for r in laptop.results]
    assert len(results) == 1000  # every edit either saved or refused-and-reported
    refused = [r for r in results if r[0] == "refused"]
    assert refused, "the run must contain stale writes"
    for t in targets:
        saved = sorted((r for r in results if r[0] == "saved" and r[1] == t.key), key=lambda r: r[2])
        # No silent lost update: each saved edit was based on a different version, one after another.
        assert [r[2] for r in saved] == list(range(1, len(saved) + 1)), t.key
        version, stored = t.read(pg_db)
        assert version == len(saved) + 1
        assert stored == (saved[-1][3] if saved else stored)
        text_at = {r[2] + 1: r[3] for r in saved}
        for r in refused:
            if r[1] == t.key and r[4] in text_at:  # the refusal showed exactly what was stored then
                assert r[5][_column(t)] == text_at[r[4]], (t.key, r)


def _column(t: Target) -> str:
    return t.key if t.key in ("decision", "presentation") else "text"
