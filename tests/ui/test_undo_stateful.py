"""Random sequences of actions, undos and redos on a real QUndoStack return to the exact prior state.

A Hypothesis state machine drives real ``ServiceCommand``s built with the helpers in
``ui/commands.py`` (create, update, delete of several kinds, multi-row deletes, a merge
of candidates, dots, attendance) on SQLite and PostgreSQL. It records a full dump of
the database at every index of the stack; after each undo and redo the database must
equal the dump recorded for the index the stack is now at. Versions are compared
apart: a step never moves a row's version backwards (undo is a change too), and a
row put back after a delete has the version it was deleted with.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlmodel import SQLModel

from PySide6.QtWidgets import QApplication

from tests.dbdump import BY_NATURAL_KEY, Dump, Versions, diff, dump_and_versions
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.services import (
    agenda,
    attendance,
    candidates,
    capture,
    committees,
    meetings,
    voting,
    working_groups,
)

from ui.commands import (
    ServiceCommand,
    create_command,
    delete_command,
    delete_rows_command,
    merge_command,
    update_command,
)
from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits

WORDS = st.sampled_from(["Tryghed", "Nærhed", "Tillid", "Åbenhed", "Fællesskab", "Mod", "Ro", "Ørsted"])
TEXTS = st.text(alphabet="abcæøå ÆØÅ-.", min_size=1, max_size=12).filter(lambda t: t.strip() != "")


def _clear(db: Database) -> None:
    with db.engine.begin() as conn:
        for table in reversed(SQLModel.metadata.sorted_tables):
            conn.execute(table.delete())


class UndoMachine(RuleBasedStateMachine):
    """One meeting's data; every rule is one user action, an undo or a redo."""

    db: Database  # set by the test for each database
    seen: Counter[str]  # steps taken, by kind, so the test can show it did what it claims

    def __init__(self) -> None:
        super().__init__()
        _clear(self.db)
        self.ctx = AppContext(self.db)
        self.stack = self.ctx.undo_stack
        self.errors: list[str] = []
        self.ctx.error.connect(self.errors.append)
        self.states: list[Dump] = []  # states[i]: the database when the stack's index is i
        self.versions: Versions = {}
        self.versions_at: list[Versions] = []

    @initialize()
    def meeting(self) -> None:
        db = self.db
        self.committee: int = committees.create_committee(db, name="Udvalg").id  # type: ignore[assignment]
        members = [committees.add_member(db, self.committee, name=n).id for n in ("Anne", "Bo", "Carl")]
        self.meeting_id: int = meetings.create_meeting(db, self.committee, title="Møde",  # type: ignore[assignment]
                                                       starts_at=datetime(2024, 3, 1, 17)).id
        for m in members[:2]:
            attendance.set_attendance(db, self.meeting_id, m, "present")  # type: ignore[arg-type]
        for kind in ("group_work", "group_work", "case"):
            item = agenda.add_item(db, self.meeting_id, title=f"Punkt {kind}", kind=kind).id
            if kind == "group_work":
                group = capture.add_group(db, item, name="Gruppe 1", member_ids=members[:1]).id  # type: ignore[arg-type]
                inputs = [capture.add_input(db, group, t).id for t in ("En", "To", "Tre")]  # type: ignore[arg-type]
                for title, linked in (("Tryghed", inputs[:1]), ("Nærhed", inputs[1:2]), ("Tillid", [])):
                    candidates.add_candidate(db, item, title=title, input_ids=linked)  # type: ignore[arg-type]
        now, self.versions = dump_and_versions(db)
        self.states = [now]
        self.versions_at = [self.versions]

    # --- what there is to act on ---------------------------------------------------

    def _items(self) -> list[Any]:
        return agenda.list_items(self.db, self.meeting_id)

    def _group_items(self) -> list[int]:
        return [i.id for i in self._items() if i.kind == "group_work"]

    def _members(self) -> list[int]:
        return [m.id for m in committees.list_members(self.db, self.committee)]  # type: ignore[misc]

    def _inputs(self) -> list[Any]:
        return [i for item in self._group_items() for i in capture.list_inputs(self.db, item)]

    def _candidates(self) -> list[Any]:
        return [c for item in self._group_items() for c in candidates.list_candidates(self.db, item)]

    def _edit(self, text: str, action: Callable[[MeetingEdits], object]) -> None:
        """A user action made by ``MeetingEdits`` (one step named ``text``), checked as ``_run`` does."""
        before = len(self.errors)
        self._ran(text, before, action(MeetingEdits(self.ctx)) not in (None, False), "")

    def _run(self, command: ServiceCommand, *, refused: str = "") -> None:
        """Execute; ``refused``: a regex for the message of a refusal the action may meet."""
        before, text = len(self.errors), command.text()
        changes = self.ctx.execute(command)  # a step merged into the last one is deleted by Qt here
        self._ran(text, before, changes is not None, refused)

    def _ran(self, text: str, before: int, done: bool, refused: str) -> None:
        now, versions = dump_and_versions(self.db)
        self.seen[text if done else "refused"] += 1
        if not done:  # refused: nothing written, nothing pushed
            assert len(self.errors) == before + 1
            assert refused and re.search(refused, self.errors[-1]), self.errors
            del self.errors[before:]
            assert now == self.states[self.stack.index()], diff(self.states[self.stack.index()], now)
            return
        index = self.stack.index()  # one more, or the same when the step merged into the last one
        self.states = [*self.states[:index], now]
        backwards = {k: (v, versions[k]) for k, v in self.versions.items() if k in versions and versions[k] < v}
        assert not backwards, f"versions moved backwards: {backwards}"
        self.versions = versions
        self.versions_at = [*self.versions_at[:index], versions]

    # --- actions ---------------------------------------------------------------------

    @rule(data=st.data(), title=WORDS, kind=st.sampled_from(["case", "group_work"]))
    def add_item(self, data: st.DataObject, title: str, kind: str) -> None:
        position = data.draw(st.integers(0, len(self._items())))
        db, mid = self.db, self.meeting_id
        self._run(create_command(self.ctx, "Tilføj punkt", "agendaitem",
                                 lambda: agenda.add_item(db, mid, title=title, kind=kind, position=position)))

    @rule(data=st.data(), text=TEXTS, field=st.sampled_from(["title", "decision"]), keystroke=st.booleans())
    def edit_item(self, data: st.DataObject, text: str, field: str, keystroke: bool) -> None:
        item = data.draw(st.sampled_from(self._items()))
        db, item_id = self.db, item.id
        self._run(update_command(self.ctx, "Ret punkt", lambda f: agenda.update_item(db, item_id, **f),
                                 {field: getattr(item, field)}, {field: text},
                                 merge_key=("item", item_id, field) if keystroke else None))

    @rule(data=st.data())
    def move_item(self, data: st.DataObject) -> None:
        items = self._items()
        old = data.draw(st.integers(0, len(items) - 1))
        new = data.draw(st.integers(0, len(items) - 1))
        db, item_id = self.db, items[old].id
        self._run(ServiceCommand(self.ctx, "Flyt punkt", lambda _c: agenda.move_item(db, item_id, new),
                                 lambda _c: agenda.move_item(db, item_id, old)))

    @precondition(lambda self: len(self._items()) > 1)
    @rule(data=st.data())
    def delete_item(self, data: st.DataObject) -> None:
        item = data.draw(st.sampled_from(self._items()))
        self._run(delete_command(self.ctx, "Slet punkt", "agendaitem", item.id))

    @precondition(lambda self: len(self._items()) > 2)
    @rule(data=st.data())
    def delete_items(self, data: st.DataObject) -> None:
        ids = data.draw(st.lists(st.sampled_from([i.id for i in self._items()]), min_size=2, max_size=2, unique=True))
        self._run(delete_rows_command(self.ctx, "Slet punkter", [("agendaitem", i) for i in ids]))

    @precondition(lambda self: self._group_items())
    @rule(data=st.data(), name=WORDS)
    def add_group(self, data: st.DataObject, name: str) -> None:
        item = data.draw(st.sampled_from(self._group_items()))
        members = data.draw(st.lists(st.sampled_from(self._members()), max_size=2, unique=True))
        # the members move out of the item's other groups: undo puts them back (MeetingEdits)
        self._edit("Ny gruppe", lambda edits: edits.add_group(item, name, members))

    @rule(data=st.data(), text=TEXTS)
    def add_input(self, data: st.DataObject, text: str) -> None:
        groups = [g.id for item in self._group_items() for g in capture.list_groups(self.db, item)]
        if not groups:
            return
        group = data.draw(st.sampled_from(groups))
        db = self.db
        self._run(create_command(self.ctx, "Tilføj input", "input", lambda: capture.add_input(db, group, text)))

    @rule(data=st.data(), text=TEXTS, keystroke=st.booleans())
    def edit_input(self, data: st.DataObject, text: str, keystroke: bool) -> None:
        inputs = self._inputs()
        if not inputs:
            return
        inp = data.draw(st.sampled_from(inputs))
        db, input_id = self.db, inp.id
        self._run(update_command(self.ctx, "Ret input", lambda f: capture.update_input(db, input_id, f["text"]),  # type: ignore[arg-type]
                                 {"text": inp.text}, {"text": text},
                                 merge_key=("input", input_id) if keystroke else None))

    @rule(data=st.data())
    def delete_inputs(self, data: st.DataObject) -> None:
        ids = [i.id for i in self._inputs()]
        if not ids:
            return
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        self._run(delete_rows_command(self.ctx, "Slet input", [("input", i) for i in chosen]))

    @rule(data=st.data(), title=WORDS)
    def add_candidate(self, data: st.DataObject, title: str) -> None:
        items = self._group_items()
        if not items:
            return
        item = data.draw(st.sampled_from(items))
        inputs = capture.list_inputs(self.db, item)
        chosen = data.draw(st.lists(st.sampled_from(inputs), max_size=2, unique_by=lambda i: i.id)) if inputs else []
        links = {i.id: i.candidate_id for i in chosen}
        db = self.db

        def relink() -> ChangeSet:  # the inputs go back under the candidates they were under
            changes = ChangeSet()
            for input_id, cand in links.items():
                if cand is not None:
                    changes = changes | candidates.assign_input(db, input_id, cand)  # type: ignore[arg-type]
            return changes

        self._run(create_command(self.ctx, "Nyt pejlemærke", "candidate",
                                 lambda: candidates.add_candidate(db, item, title=title, input_ids=list(links)),  # type: ignore[arg-type]
                                 after_undo=relink), refused="findes allerede")

    @rule(data=st.data())
    def merge(self, data: st.DataObject) -> None:
        by_item: dict[int, list[int]] = {}
        for c in self._candidates():
            by_item.setdefault(c.item_id, []).append(c.id)
        groups = [ids for ids in by_item.values() if len(ids) > 1]
        if not groups:
            return
        ids = data.draw(st.sampled_from(groups))
        keep = data.draw(st.sampled_from(ids))
        others = data.draw(st.lists(st.sampled_from([i for i in ids if i != keep]), min_size=1, unique=True))
        db = self.db
        self._run(merge_command(self.ctx, "Slå sammen", "candidate", keep, others,
                                lambda: candidates.merge_candidates(db, keep, others)))

    @rule(data=st.data())
    def merge_across_items_is_refused(self, data: st.DataObject) -> None:
        by_item: dict[int, int] = {c.item_id: c.id for c in self._candidates()}  # type: ignore[misc]
        if len(by_item) < 2:
            return
        keep, other = list(by_item.values())[:2]
        db = self.db
        self._run(merge_command(self.ctx, "Slå sammen", "candidate", keep, [other],
                                lambda: candidates.merge_candidates(db, keep, [other])),
                  refused="Kun pejlemærker i samme punkt")

    @rule(data=st.data())
    def delete_candidates(self, data: st.DataObject) -> None:
        ids = [c.id for c in self._candidates()]
        if not ids:
            return
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=2, unique=True))
        self._run(delete_rows_command(self.ctx, "Slet pejlemærker", [("candidate", c) for c in chosen]))

    @rule(data=st.data(), count=st.integers(0, 3))
    def set_dots(self, data: st.DataObject, count: int) -> None:
        cands = self._candidates()
        if not cands:
            return
        cand = data.draw(st.sampled_from(cands))
        member = data.draw(st.sampled_from(self._members()))
        old = voting.member_votes(self.db, cand.item_id).get((cand.id, member), 0)
        db, cid = self.db, cand.id
        self._run(ServiceCommand(self.ctx, "Stemmer",
                                 lambda _c: voting.set_member_votes(db, cid, member, count, dots=4),
                                 lambda _c: voting.set_member_votes(db, cid, member, old, dots=10_000)),
                  refused="ikke registreret som til stede|har kun 4 stemmer")

    @rule(data=st.data(), status=st.sampled_from(["present", "absent", "excused"]))
    def set_attendance(self, data: st.DataObject, status: str) -> None:
        member = data.draw(st.sampled_from(self._members()))
        rows = {a.member_id: a.status for a in attendance.list_attendance(self.db, self.meeting_id)}
        db, mid, old = self.db, self.meeting_id, rows.get(member)

        def put(value: str | None) -> Callable[[ServiceCommand], ChangeSet]:
            if value is None:
                return lambda _c: attendance.clear_attendance(db, mid, member)
            return lambda _c: attendance.set_attendance(db, mid, member, value)

        self._run(ServiceCommand(self.ctx, "Fremmøde", put(status), put(old)))

    @rule(name=WORDS)
    def add_member(self, name: str) -> None:
        db, cid = self.db, self.committee
        self._run(create_command(self.ctx, "Nyt medlem", "member", lambda: committees.add_member(db, cid, name=name)),
                  refused="allerede medlem")

    @rule(data=st.data(), party=st.sampled_from(["", "A", "C", "V"]))
    def edit_member(self, data: st.DataObject, party: str) -> None:
        member = data.draw(st.sampled_from(committees.list_members(self.db, self.committee)))
        db, member_id = self.db, member.id
        self._run(update_command(self.ctx, "Ret medlem", lambda f: committees.update_member(db, member_id, **f),  # type: ignore[arg-type]
                                 {"party": member.party}, {"party": party}))

    @precondition(lambda self: len(self._members()) > 1)
    @rule(data=st.data())
    def delete_member(self, data: st.DataObject) -> None:
        member = data.draw(st.sampled_from(self._members()))
        self._run(delete_command(self.ctx, "Fjern medlem", "member", member))

    @rule(data=st.data(), name=WORDS)
    def add_working_group(self, data: st.DataObject, name: str) -> None:
        item = data.draw(st.sampled_from([i.id for i in self._items()]))
        members = data.draw(st.lists(st.sampled_from(self._members()), max_size=2, unique=True))
        db = self.db
        self._run(create_command(self.ctx, "Ny arbejdsgruppe", "workinggroup",
                                 lambda: working_groups.add_working_group(db, item, name=name, member_ids=members)))

    @rule(data=st.data())
    def delete_working_group(self, data: st.DataObject) -> None:
        ids = [w.id for i in self._items() for w in working_groups.list_working_groups(self.db, i.id)]
        if ids:
            self._run(delete_command(self.ctx, "Slet arbejdsgruppe", "workinggroup", data.draw(st.sampled_from(ids))))

    # --- undo and redo -------------------------------------------------------------------

    @precondition(lambda self: self.stack.canUndo())
    @rule(times=st.integers(1, 3))
    def undo(self, times: int) -> None:
        for _ in range(min(times, self.stack.index())):
            self.seen["undo"] += 1
            self.stack.undo()
            self._back_at(self.stack.index())

    @precondition(lambda self: self.stack.canRedo())
    @rule(times=st.integers(1, 3))
    def redo(self, times: int) -> None:
        for _ in range(min(times, self.stack.count() - self.stack.index())):
            self.seen["redo"] += 1
            self.stack.redo()
            self._back_at(self.stack.index())

    @precondition(lambda self: self.stack.count() > 1)
    @rule()
    def undo_all_then_redo_all(self) -> None:
        for _ in range(self.stack.index()):
            self.seen["undo"] += 1
            self.stack.undo()
            self._back_at(self.stack.index())
        for _ in range(self.stack.count()):
            self.seen["redo"] += 1
            self.stack.redo()
            self._back_at(self.stack.index())

    def _back_at(self, index: int) -> None:
        assert not self.errors, self.errors
        now, versions = dump_and_versions(self.db)
        assert now == self.states[index], diff(self.states[index], now)
        backwards = {k: (v, versions[k]) for k, v in self.versions.items() if k in versions and versions[k] < v}
        assert not backwards, f"versions moved backwards: {backwards}"
        # a row that is back after a delete has the version it had then (rows found by natural
        # key may be made anew instead, with a new version, and on SQLite even with the old id)
        recorded = self.versions_at[index]
        returned = {k for k in versions if k not in self.versions and k in recorded and k[0] not in BY_NATURAL_KEY}
        assert {k: versions[k] for k in returned} == {k: recorded[k] for k in returned}
        self.versions = versions
        self.versions_at[index] = versions

    @invariant()
    def no_unexpected_errors(self) -> None:
        assert not self.errors, self.errors


def test_random_actions_undos_and_redos_return_to_the_exact_prior_state(db: Database, qapp: QApplication) -> None:
    UndoMachine.db, UndoMachine.seen = db, Counter()
    run_state_machine_as_test(UndoMachine, settings=settings(
        max_examples=12, stateful_step_count=30, deadline=None, derandomize=True, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    seen = UndoMachine.seen
    print(db.engine.dialect.name, sum(seen.values()), "steps:", dict(seen.most_common()))
    assert sum(seen.values()) >= 200
    assert seen["undo"] >= 40 and seen["redo"] >= 15
    for kind in ("Slå sammen", "Slet input", "Slet pejlemærker", "Slet punkt", "Tilføj punkt", "Ret punkt"):
        assert seen[kind] >= 1, kind
