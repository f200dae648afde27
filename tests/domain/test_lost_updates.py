"""Two sessions writing the same row at once: one write wins, the other is refused, nothing is lost.

Each race runs the writers in threads with their own connections and holds every
thread at its first flush until all have read the row, so every round really
overlaps (without the hold most rounds would not). Issue 11: before the version
became part of the UPDATE's WHERE, both writers succeeded and one text was lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session
from sqlmodel import SQLModel

from workshop.db import Database
from workshop.errors import ConflictError
from workshop.models import Input
from workshop.services import agenda, attendance, candidates, capture, committees, meetings

ROUNDS = 15


def race(*calls: Callable[[], Any]) -> list[BaseException | None]:
    """Run ``calls`` at once, each in its own thread; what each raised (None: it succeeded).

    Every thread waits, after its reads, until all threads are there: at its first flush, or
    earlier at its first locking read (``rows.check_version`` re-reads the row FOR UPDATE on
    PostgreSQL, and a thread holding that lock at a barrier would keep the other from it) or
    SQLite's write lock (``rows.locked``: ``BEGIN IMMEDIATE``).
    """
    barrier = threading.Barrier(len(calls), timeout=20)
    armed = threading.local()

    def wait_once() -> None:
        if getattr(armed, "on", False):
            armed.on = False
            barrier.wait()

    def hold(_session: Session, _context: object, _instances: object) -> None:
        wait_once()

    def hold_lock(state: ORMExecuteState) -> None:
        if state.is_select and state.statement._for_update_arg is not None:  # type: ignore[attr-defined]
            wait_once()

    def hold_write_lock(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN IMMEDIATE"):
            wait_once()

    outcome: list[BaseException | None] = [None] * len(calls)

    def run(i: int, call: Callable[[], Any]) -> None:
        armed.on = True
        try:
            call()
        except BaseException as error:  # reported to the test
            outcome[i] = error
            barrier.abort()  # a writer that fails before its flush must not hold the others

    event.listen(Session, "before_flush", hold)
    event.listen(Session, "do_orm_execute", hold_lock)
    event.listen(Engine, "before_cursor_execute", hold_write_lock)
    try:
        threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        event.remove(Session, "before_flush", hold)
        event.remove(Session, "do_orm_execute", hold_lock)
        event.remove(Engine, "before_cursor_execute", hold_write_lock)
    return outcome


def _meeting(db: Database) -> dict[str, int]:
    cid = committees.create_committee(db, name="Udvalg").id
    anne = committees.add_member(db, cid, name="Anne").id  # type: ignore[arg-type]
    mid = meetings.create_meeting(db, cid, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    attendance.set_attendance(db, mid, anne, "present")  # type: ignore[arg-type]
    item = agenda.add_item(db, mid, title="Punkt", kind="group_work").id  # type: ignore[arg-type]
    group = capture.add_group(db, item, name="Gruppe 1").id  # type: ignore[arg-type]
    inp = capture.add_input(db, group, "Første").id  # type: ignore[arg-type]
    cand = candidates.add_candidate(db, item, title="Tryghed").id  # type: ignore[arg-type]
    return {"committee": cid, "member": anne, "meeting": mid, "item": item, "input": inp,  # type: ignore[dict-item]
            "candidate": cand}


def _one_wins(outcome: list[BaseException | None]) -> int:
    """The index of the one writer that succeeded; the other was refused with a Danish ConflictError."""
    unexpected = [e for e in outcome if e is not None and not isinstance(e, ConflictError)]
    assert not unexpected, unexpected
    winners = [i for i, e in enumerate(outcome) if e is None]
    assert len(winners) == 1, f"{len(winners)} of {len(outcome)} writers succeeded: an update was lost"
    loser = outcome[1 - winners[0]]
    assert isinstance(loser, ConflictError) and "ændret af en anden" in loser.message
    return winners[0]


def test_two_stale_text_updates_of_one_item_never_both_succeed(shared_db: Database) -> None:
    ids = _meeting(shared_db)
    for n in range(ROUNDS):
        version = agenda.get_item(shared_db, ids["item"]).version
        texts = [f"A{n}", f"B{n}"]
        outcome = race(*(lambda t=t, v=version: agenda.update_item(shared_db, ids["item"],
                                                                   expected_version=v, decision=t)
                         for t in texts))
        winner = _one_wins(outcome)
        row = agenda.get_item(shared_db, ids["item"])
        assert (row.decision, row.version) == (texts[winner], version + 1)


def test_two_text_updates_of_one_input_never_both_succeed(shared_db: Database) -> None:
    ids = _meeting(shared_db)
    for n in range(ROUNDS):
        version = capture.get_input(shared_db, ids["input"]).version  # type: ignore[union-attr]
        texts = [f"A{n}", f"B{n}"]
        outcome = race(*(lambda t=t, v=version: capture.update_input(shared_db, ids["input"], t,
                                                                     expected_version=v)
                         for t in texts))
        winner = _one_wins(outcome)
        assert capture.get_input(shared_db, ids["input"]).text == texts[winner]  # type: ignore[union-attr]


def test_two_members_dots_at_once_never_lose_one(shared_db: Database) -> None:
    """Two members' dots on one candidate at once: each recount writes the total, so one waits or is
    refused, and the total is always the sum of the dots that were saved (no lost dot)."""
    from workshop.services import voting

    ids = _meeting(shared_db)
    bo = committees.add_member(shared_db, ids["committee"], name="Bo").id
    attendance.set_attendance(shared_db, ids["meeting"], bo, "present")  # type: ignore[arg-type]
    for n in range(ROUNDS):
        count = 1 + n % 3
        outcome = race(lambda c=count: voting.set_member_votes(shared_db, ids["candidate"], ids["member"], c),
                       lambda c=count: voting.set_member_votes(shared_db, ids["candidate"], bo, 4 - c))  # type: ignore[arg-type]
        assert any(o is None for o in outcome), outcome
        assert all(o is None or isinstance(o, ConflictError) for o in outcome), outcome
        dots = voting.member_votes(shared_db, ids["item"])
        total = candidates.list_candidates(shared_db, ids["item"])[0].votes
        assert total == sum(n for (cid, _), n in dots.items() if cid == ids["candidate"])


def test_an_update_and_a_delete_of_one_row_never_both_succeed(shared_db: Database) -> None:
    ids = _meeting(shared_db)
    version = capture.get_input(shared_db, ids["input"]).version  # type: ignore[union-attr]
    outcome = race(lambda: capture.update_input(shared_db, ids["input"], "Ny", expected_version=version),
                   lambda: capture.delete_input(shared_db, ids["input"]))
    winner = _one_wins(outcome)
    row = capture.get_input(shared_db, ids["input"])
    assert (row is None) if winner == 1 else (row is not None and row.text == "Ny")


def test_a_change_of_a_rows_members_or_bilag_moves_its_version(db: Database) -> None:
    """Rows whose own columns stay the same still count as changed (``rows.touch``)."""
    ids = _meeting(db)
    item = agenda.get_item(db, ids["item"]).version
    agenda.set_attachments(db, ids["item"], [("Bilag 1", False)])
    assert agenda.get_item(db, ids["item"]).version == item + 1
    [group] = capture.list_groups(db, ids["item"])
    capture.set_group_members(db, group.id, [ids["member"]])  # type: ignore[arg-type]
    assert capture.list_groups(db, ids["item"])[0].version == group.version + 1


def test_every_versioned_table_checks_its_version_in_the_write() -> None:
    """The version is the mapper's ``version_id_col``: no service can write a row without the check."""
    tables = {t.name for t in SQLModel.metadata.sorted_tables if "version" in t.c}
    assert len(tables) == 13
    mappers = {m.local_table.name: m for m in SQLModel._sa_registry.mappers}
    for name in tables:
        assert mappers[name].version_id_col is mappers[name].local_table.c.version, name


@pytest.mark.parametrize("kind", ["update", "delete"])
def test_a_stale_write_in_an_open_session_is_a_danish_conflict(shared_db: Database, kind: str) -> None:
    """The same refusal without a race: another connection changes the row behind an open session."""
    from workshop.models import Input

    ids = _meeting(shared_db)
    other = threading.Thread(target=capture.update_input, args=(shared_db, ids["input"], "Andet"))
    with pytest.raises(ConflictError, match="Inputtet er ændret af en anden"), shared_db.session() as s:
        row = s.get(Input, ids["input"])
        other.start()  # a thread: its own context, so its own transaction, committed
        other.join()
        if kind == "update":
            row.text = "Mit"  # type: ignore[union-attr]
        else:
            s.delete(row)
        s.flush()
    assert capture.get_input(shared_db, ids["input"]).text == "Andet"  # type: ignore[union-attr]


def _input_edits(db: Database, ids: dict[str, int]) -> dict[str, Callable[[str, int], Any]]:
    """Each of an input's row edits, made by writer "A" or "B" on top of a version read before;
    each writer sets a value other than the one stored (a write of the stored value writes nothing)."""
    groups = [ids["group"], capture.add_group(db, ids["item"], name="Gruppe 2").id,
              capture.add_group(db, ids["item"], name="Gruppe 3").id]
    cands = [ids["candidate"], candidates.add_candidate(db, ids["item"], title="Nærhed").id,
             candidates.add_candidate(db, ids["item"], title="Tillid").id]

    def other(choices: list[Any], now: Any, who: str) -> Any:
        return [c for c in choices if c != now][0 if who == "A" else 1]

    def stored() -> Input:
        row = capture.get_input(db, ids["input"])
        assert row is not None
        return row

    made = iter(range(10_000))
    return {
        "hide": lambda _who, v: capture.set_input_hidden(db, ids["input"], not stored().hidden, expected_version=v),
        "move": lambda who, v: capture.move_input(db, ids["input"], other(groups, stored().group_id, who),
                                                  expected_version=v),
        "assign": lambda who, v: candidates.assign_input(db, ids["input"], other(cands, stored().candidate_id, who),
                                                         expected_version=v),
        "new candidate": lambda who, v: candidates.add_candidate(
            db, ids["item"], title=f"{who}{next(made)}", input_ids=[ids["input"]],
            expected_versions={ids["input"]: v}),
    }


@pytest.mark.parametrize("edit", ["hide", "move", "assign", "new candidate"])
def test_two_stale_edits_of_one_inputs_row_never_both_succeed(shared_db: Database, edit: str) -> None:
    """Hide/show, move to a group, put under a pejlemærke (or a new one): of two laptops' edits based
    on the same version, one is saved and the other refused."""
    ids = _meeting(shared_db)
    ids["group"] = capture.get_input(shared_db, ids["input"]).group_id  # type: ignore[union-attr]
    write = _input_edits(shared_db, ids)[edit]
    for _ in range(ROUNDS // 3):
        version = capture.get_input(shared_db, ids["input"]).version  # type: ignore[union-attr]
        outcome = race(*(lambda w=who, v=version: write(w, v) for who in "AB"))
        _one_wins(outcome)
        row = capture.get_input(shared_db, ids["input"])
        assert row is not None and row.version == version + 1


def _working_group(db: Database, ids: dict[str, int]) -> tuple[int, list[int]]:
    """A working group on the meeting of ``_meeting``, and three committee members for it."""
    from workshop.services import working_groups

    members = [ids["member"], *(committees.add_member(db, ids["committee"], name=n).id for n in ("Bo", "Carl"))]
    item = agenda.add_item(db, ids["meeting"], title="Arbejdsgrupper", kind="working_groups").id
    wg = working_groups.add_working_group(db, item, name="Trafik").id  # type: ignore[arg-type]
    return wg, members  # type: ignore[return-value]


def test_two_edits_of_a_working_groups_people_never_both_succeed(shared_db: Database) -> None:
    """Members, tovholder and guests compared with what each laptop's screen showed (the group
    row locked while comparing): of two edits based on the same lists, one wins, one is refused."""
    from workshop.services import working_groups

    ids = _meeting(shared_db)
    wg, (anne, bo, carl) = _working_group(shared_db, ids)
    for n in range(ROUNDS):
        shown = working_groups.working_group_people(shared_db, wg)
        edits: list[tuple[Callable[[], Any], dict[str, Any]]]  # each a change of what is shown
        if n % 3 == 0:
            lists = [m for m in ([anne, bo], [bo, carl], [anne, carl]) if m != shown["members"]][:2]
            edits = [(lambda m=m, shown=shown: working_groups.set_working_group_members(shared_db, wg, m, expected=shown),
                      {"members": m}) for m in lists]
        elif n % 3 == 1:
            conveners = [c for c in [*shown["members"], None] if c != shown["convener"]][:2]
            edits = [(lambda c=c, shown=shown: working_groups.set_convener(shared_db, wg, c, expected=shown),
                      {"convener": c}) for c in conveners]
        else:
            guests = [[(f"A{n}", "")], [(f"B{n}", "Kommunen")]]
            edits = [(lambda g=g, shown=shown: working_groups.set_working_group_guests(shared_db, wg, g, expected=shown),
                      {"guests": g}) for g in guests]
        outcome = race(*(call for call, _ in edits))
        winner = _one_wins(outcome)
        stored = working_groups.working_group_people(shared_db, wg)
        assert {k: stored[k] for k in edits[winner][1]} == edits[winner][1], n
        assert outcome[1 - winner].current == stored  # type: ignore[union-attr]  # it waited at the lock
def test_two_laptops_setting_one_members_dots_never_both_succeed(shared_db: Database) -> None:
    """Both based on the count they showed: one wins, the other is refused with the count now."""
    from workshop.services import voting

    ids = _meeting(shared_db)
    for n in range(ROUNDS):
        shown = voting.member_votes(shared_db, ids["item"]).get((ids["candidate"], ids["member"]), 0)
        counts = [(shown + 1) % 3, (shown + 2) % 3]
        outcome = race(*(lambda c=c, s=shown: voting.set_member_votes(
            shared_db, ids["candidate"], ids["member"], c, expected={"count": s}) for c in counts))
        winner = _one_wins(outcome)
        loser = outcome[1 - winner]
        assert isinstance(loser, ConflictError) and loser.current == {"count": counts[winner]}, n
        assert voting.member_votes(shared_db, ids["item"]).get((ids["candidate"], ids["member"]), 0) == counts[winner]
        assert candidates.get_candidate(shared_db, ids["candidate"]).votes == counts[winner]


def test_a_fresh_vote_or_its_undo_and_a_dot_at_once_never_lose_the_dot(shared_db: Database) -> None:
    """"Nulstil stemmerne" (or its undo, or redo) on one laptop while another places a dot: one is
    refused, so the dot is never wiped by a step that did not see it."""
    from workshop.services import voting

    ids = _meeting(shared_db)
    cleared: voting.Tally = {"votes": {}, "totals": {}}
    for n in range(ROUNDS):
        voting.set_member_votes(shared_db, ids["candidate"], ids["member"], 1)
        before = voting.tally(shared_db, ids["item"])
        outcome = race(lambda b=before: voting.clear_votes(shared_db, ids["item"], expected=b),
                       lambda: voting.set_member_votes(shared_db, ids["candidate"], ids["member"], 2,
                                                       expected={"count": 1}))
        winner = _one_wins(outcome)
        assert voting.member_votes(shared_db, ids["item"]) == ({} if winner == 0 else
                                                                {(ids["candidate"], ids["member"]): 2}), n
        voting.clear_votes(shared_db, ids["item"])
        outcome = race(lambda b=before: voting.restore_votes(shared_db, ids["item"], b["votes"], b["totals"],
                                                             expected=cleared),
                       lambda: voting.set_member_votes(shared_db, ids["candidate"], ids["member"], 2,
                                                       expected={"count": 0}))
        winner = _one_wins(outcome)
        assert voting.member_votes(shared_db, ids["item"]) == {(ids["candidate"], ids["member"]): 1 + winner}, n
        assert candidates.get_candidate(shared_db, ids["candidate"]).votes == 1 + winner
        voting.clear_votes(shared_db, ids["item"])


def test_two_laptops_setting_one_members_absence_never_both_succeed(shared_db: Database) -> None:
    ids = _meeting(shared_db)
    kinds: list[str | None] = [None, "absent", "conflict"]
    for n in range(ROUNDS):
        shown = kinds[n % 3]
        wanted = [k for k in kinds if k != shown]

        def put(kind: str | None, shown: str | None = shown) -> None:
            if kind is None:
                assert shown is not None
                agenda.set_item_absence(shared_db, ids["item"], ids["member"], kind=shown, on=False,
                                        expected={"kind": shown})
            else:
                agenda.set_item_absence(shared_db, ids["item"], ids["member"], kind=kind, expected={"kind": shown})
                if shown is not None:  # the screen's change of kind: the old one off, in the same step
                    agenda.set_item_absence(shared_db, ids["item"], ids["member"], kind=shown, on=False)

        outcome = race(*(lambda k=k: _in_one_transaction(shared_db, lambda: put(k)) for k in wanted))
        winner = _one_wins(outcome)
        loser = outcome[1 - winner]
        assert isinstance(loser, ConflictError) and loser.current == {"kind": wanted[winner]}, n
        stored = [a.kind for a in agenda.list_item_absences(shared_db, ids["meeting"])]
        assert stored == ([] if wanted[winner] is None else [wanted[winner]]), n
        for kind in stored:  # the next round starts from kinds[n + 1]
            agenda.set_item_absence(shared_db, ids["item"], ids["member"], kind=kind, on=False)
        if kinds[(n + 1) % 3] is not None:
            agenda.set_item_absence(shared_db, ids["item"], ids["member"], kind=kinds[(n + 1) % 3])  # type: ignore[arg-type]


def _in_one_transaction(db: Database, call: Callable[[], Any]) -> None:
    with db.transaction():
        call()


def test_two_laptops_recording_one_unrecorded_member_never_both_succeed(shared_db: Database) -> None:
    """"Resten til stede" (and a status picked) on two laptops for a member neither had recorded
    (expected version 0): one records, the other is refused with that record, never a unique-key error."""
    ids = _meeting(shared_db)
    statuses = ["present", "absent"]
    for n in range(ROUNDS):
        attendance.clear_attendance(shared_db, ids["meeting"], ids["member"])
        outcome = race(*(lambda s=s: attendance.set_attendance(shared_db, ids["meeting"], ids["member"], s,
                                                                expected_version=0) for s in statuses))
        winner = _one_wins(outcome)
        loser = outcome[1 - winner]
        assert isinstance(loser, ConflictError) and loser.current["status"] == statuses[winner], n
        assert attendance.get_attendance(shared_db, ids["meeting"], ids["member"]).status == statuses[winner]  # type: ignore[union-attr]


def test_two_moves_of_agenda_items_based_on_one_order_never_both_succeed(shared_db: Database) -> None:
    """Two laptops move items of one agenda as they showed it: one move is saved, the other refused
    (the order it was based on is gone), so no move lands on an order nobody saw."""
    ids = _meeting(shared_db)
    for title in ("Andet", "Tredje"):
        agenda.add_item(shared_db, ids["meeting"], title=title)

    def order() -> list[int]:
        return [i.pk for i in agenda.list_items(shared_db, ids["meeting"])]

    for n in range(ROUNDS // 3):
        shown = order()
        moves = [(shown[0], 2), (shown[2], 0)] if n % 2 else [(shown[0], 1), (shown[1], 2)]
        outcome = race(*(lambda m=m, o=shown: agenda.move_item(shared_db, m[0], m[1], expected_order=o)
                         for m in moves))
        unexpected = [e for e in outcome if e is not None and not isinstance(e, ConflictError)]
        assert not unexpected, unexpected
        winners = [i for i, e in enumerate(outcome) if e is None]
        assert len(winners) == 1, f"{len(winners)} of 2 moves succeeded: one was made on an order gone by then"
        assert order() == agenda.moved(shown, *moves[winners[0]])
        loser = outcome[1 - winners[0]]
        # refused under the meeting's lock (SQLite: the file's write lock), on the order it was based on
        assert isinstance(loser, ConflictError) and loser.message.startswith("Dagsordenen er ændret af en anden")
        assert loser.current == {"order": order()}


def test_one_members_dots_on_two_pejlemaerker_at_once_never_exceed_the_members_dots(shared_db: Database) -> None:
    """Two laptops each put 2 of Anne's 3 dots on a different pejlemærke at once: the two writes
    lock different candidates, so only the member's lock makes the second see the first's dots
    and refuse (before: both were saved, 4 of 3 dots)."""
    from workshop.errors import ValidationError
    from workshop.services import voting

    ids = _meeting(shared_db)
    other = candidates.add_candidate(shared_db, ids["item"], title="Nærhed").id
    voting.set_dots(shared_db, ids["item"], 3)
    for n in range(ROUNDS):
        voting.clear_votes(shared_db, ids["item"])
        outcome = race(*(lambda c=c: voting.set_member_votes(shared_db, c, ids["member"], 2)
                         for c in (ids["candidate"], other)))
        assert sorted(type(e).__name__ for e in outcome) == ["NoneType", "ValidationError"], (n, outcome)
        assert all(e is None or isinstance(e, ValidationError) and "har kun 3 stemmer" in e.message for e in outcome)
        assert sum(voting.member_votes(shared_db, ids["item"]).values()) == 2


def test_two_moves_of_group_members_never_both_succeed(shared_db: Database) -> None:
    """Two laptops move a member into different groups, each based on the groups its screen showed
    (the item locked while comparing): one move wins, the other is refused with what is stored, and
    the member is never in two groups."""
    ids = _meeting(shared_db)
    bo = committees.add_member(shared_db, ids["committee"], name="Bo").id
    attendance.set_attendance(shared_db, ids["meeting"], bo, "present")  # type: ignore[arg-type]
    groups = [g.pk for g in capture.list_groups(shared_db, ids["item"])]
    groups += [capture.add_group(shared_db, ids["item"], name=f"Gruppe {n}").id for n in (2, 3)]  # type: ignore[misc]
    for n in range(ROUNDS):
        member = [ids["member"], bo][n % 2]
        shown = capture.group_members(shared_db, ids["item"])
        targets = [g for g in groups if member not in shown.get(g, [])][:2]  # each a move of the member
        outcome = race(*(lambda g=g, shown=shown, member=member: capture.set_group_members(
            shared_db, g, [*shown.get(g, []), member], expected=shown) for g in targets))
        winner = _one_wins(outcome)
        stored = capture.group_members(shared_db, ids["item"])
        assert [g for g in groups if member in stored.get(g, [])] == [targets[winner]], n
        assert outcome[1 - winner].current == {  # type: ignore[union-attr]
            str(g): sorted(stored.get(g, [])) for g in groups}
