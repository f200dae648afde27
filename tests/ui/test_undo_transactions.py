"""Each user action, each undo and each redo is one transaction; a failed one changes nothing
and QUndoStack drops its step with a Danish message (issue 11).

Before: a delete took its snapshot in one transaction and deleted in another, a
multi-row delete committed row by row, undoing a merge was a delete plus one
restore per candidate, and a failed undo still moved the stack.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.dbdump import diff, dump
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.services import agenda, attendance, candidates, capture, committees, meetings, referat, voting

from ui.commands import ServiceCommand, create_command, delete_command, delete_rows_command, update_command
from ui.context import AppContext


class Setup:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.committee = c = committees.create_committee(db, name="Udvalg").id  # type: ignore[assignment]
        self.members = [committees.add_member(db, c, name=n).id for n in ("Anne", "Bo")]  # type: ignore[arg-type]
        self.meeting = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
        for m in self.members:
            attendance.set_attendance(db, self.meeting, m, "present")  # type: ignore[arg-type]
        self.welcome = agenda.add_item(db, self.meeting, title="Velkomst").id  # type: ignore[arg-type]
        self.item = agenda.add_item(db, self.meeting, title="Pejlemærker", kind="group_work").id  # type: ignore[arg-type]
        self.closing = agenda.add_item(db, self.meeting, title="Afrunding").id  # type: ignore[arg-type]
        self.groups = [capture.add_group(db, self.item, name=f"Gruppe {n}").id for n in (1, 2)]  # type: ignore[arg-type]
        self.inputs = [capture.add_input(db, g, f"Input {n}").id  # type: ignore[arg-type]
                       for n, g in enumerate(self.groups * 2)]
        self.candidates = [candidates.add_candidate(db, self.item, title=t, description=t.lower(),  # type: ignore[arg-type]
                                                    input_ids=[i]).id
                           for t, i in zip(("Tryghed", "Nærhed", "Tillid"), self.inputs, strict=False)]
        voting.set_member_votes(db, self.candidates[0], self.members[0], 2)  # type: ignore[arg-type]
        voting.set_member_votes(db, self.candidates[1], self.members[0], 1)  # type: ignore[arg-type]
        voting.set_member_votes(db, self.candidates[1], self.members[1], 3)  # type: ignore[arg-type]
        self.ctx = AppContext(db)
        self.errors: list[str] = []
        self.ctx.error.connect(self.errors.append)
        self.stack = self.ctx.undo_stack


@pytest.fixture
def setup(db: Database, qtbot: QtBot) -> Iterator[Setup]:
    yield Setup(db)


def commits(db: Database) -> Callable[[], int]:
    """A counter of the transactions committed from now on."""
    count = [0]

    def on_commit(_conn: Any) -> None:
        count[0] += 1

    event.listen(db.engine, "commit", on_commit)

    def read() -> int:
        n, count[0] = count[0], 0
        return n
    return read


def _merge(s: Setup) -> ServiceCommand:
    from ui.commands import merge_command

    keep, *others = s.candidates
    return merge_command(s.ctx, "Slå sammen", "candidate", keep, others,
                         lambda: candidates.merge_candidates(s.db, keep, others))


ACTIONS: dict[str, Callable[[Setup], ServiceCommand]] = {
    "delete an item": lambda s: delete_command(s.ctx, "Slet", "agendaitem", s.item),
    "delete three inputs": lambda s: delete_rows_command(s.ctx, "Slet", [("input", i) for i in s.inputs[:3]],
                                                         lambda _t, i: capture.delete_input(s.db, i)),
    "delete two candidates": lambda s: delete_rows_command(
        s.ctx, "Slet", [("candidate", c) for c in s.candidates[:2]],
        lambda _t, c: candidates.delete_candidate(s.db, c)),
    "merge three candidates": _merge,
    "add an item in the middle": lambda s: create_command(
        s.ctx, "Tilføj", "agendaitem", lambda: agenda.add_item(s.db, s.meeting, title="Nyt", position=1)),
    "rename an item": lambda s: update_command(
        s.ctx, "Omdøb", lambda f: agenda.update_item(s.db, s.item, **f), {"title": "Pejlemærker"}, {"title": "Nyt"}),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_action_its_undo_and_its_redo_are_one_transaction_each(setup: Setup, action: str) -> None:
    s = setup
    before = dump(s.db)
    count = commits(s.db)
    assert s.ctx.execute(ACTIONS[action](s)) is not None
    assert count() == 1
    after = dump(s.db)
    s.stack.undo()
    assert count() == 1
    assert dump(s.db) == before, diff(before, dump(s.db))
    s.stack.redo()
    assert count() == 1
    assert dump(s.db) == after, diff(after, dump(s.db))
    assert s.errors == []


def test_a_multi_row_delete_that_fails_halfway_changes_nothing(setup: Setup) -> None:
    """Bo can go, Anne cannot (she approved a referat): Bo stays too."""
    s = setup
    bo, anne = s.members[1], s.members[0]
    other = meetings.create_meeting(s.db, s.committee, title="Næste møde",
                                    starts_at=datetime(2024, 4, 1, 17)).id
    attendance.set_attendance(s.db, other, anne, "present")  # type: ignore[arg-type]
    referat.send_for_approval(s.db, other)  # type: ignore[arg-type]
    referat.approve(s.db, other, anne)  # type: ignore[arg-type]
    before = dump(s.db)
    assert s.ctx.execute(delete_rows_command(s.ctx, "Fjern", [("member", bo), ("member", anne)])) is None
    assert s.errors == ['"Anne" har godkendt et referat og kan derfor ikke slettes.']
    assert dump(s.db) == before, diff(before, dump(s.db))
    assert s.stack.count() == 0


def test_a_multi_row_delete_of_a_row_that_is_gone_names_it(setup: Setup) -> None:
    s = setup
    gone = s.inputs[3] + 1000
    assert s.ctx.execute(delete_rows_command(s.ctx, "Slet", [("input", s.inputs[0]), ("input", gone)])) is None
    assert s.errors == [f"Inputtet (id {gone}) findes ikke længere."]


def test_a_failed_undo_changes_nothing_and_the_stack_drops_only_that_step(setup: Setup) -> None:
    """Another user deletes the group of one deleted input; the undo cannot put both back."""
    s = setup
    rename = update_command(s.ctx, "Omdøb", lambda f: agenda.update_item(s.db, s.closing, **f),
                            {"title": "Afrunding"}, {"title": "Tak for i dag"})
    s.ctx.execute(rename)
    delete = delete_rows_command(s.ctx, "Slet input", [("input", s.inputs[0]), ("input", s.inputs[1])],
                                 lambda _t, i: capture.delete_input(s.db, i))
    s.ctx.execute(delete)
    capture.delete_group(s.db, s.groups[1])  # not on this stack: another user, say
    before = dump(s.db)
    s.stack.undo()
    assert dump(s.db) == before, diff(before, dump(s.db))  # not even the first input came back
    assert s.errors == ['Kunne ikke fortryde "Slet input": Inputtet kan ikke sættes tilbage: noget, det'
                        " hørte til, er slettet, eller dets plads er taget af en anden i mellemtiden."]
    # QUndoStack (PySide6) deleted the obsolete step: the one below is next, nothing to redo
    assert (s.stack.count(), s.stack.index(), s.stack.canRedo()) == (1, 1, False)
    assert s.stack.undoText() == "Omdøb"
    s.stack.undo()
    assert agenda.get_item(s.db, s.closing).title == "Afrunding"


def test_a_failed_redo_changes_nothing_and_the_stack_drops_only_that_step(setup: Setup) -> None:
    """The item a group was created in is deleted meanwhile; redoing the group cannot work."""
    s = setup
    s.ctx.execute(update_command(s.ctx, "Omdøb", lambda f: agenda.update_item(s.db, s.closing, **f),
                                 {"title": "Afrunding"}, {"title": "Tak for i dag"}))
    s.ctx.execute(create_command(s.ctx, "Ny gruppe", "workgroup",
                                 lambda: capture.add_group(s.db, s.welcome, name="Ny", member_ids=s.members),
                                 lambda g: capture.delete_group(s.db, g)))
    s.stack.undo()
    agenda.delete_item(s.db, s.welcome)  # not on this stack
    before = dump(s.db)
    s.stack.redo()
    assert dump(s.db) == before, diff(before, dump(s.db))
    assert s.errors and s.errors[0].startswith('Kunne ikke gentage "Ny gruppe": Gruppen kan ikke sættes tilbage')
    assert (s.stack.count(), s.stack.index(), s.stack.canRedo()) == (1, 1, False)
    assert s.stack.undoText() == "Omdøb"


def test_an_undo_refused_by_a_locked_referat_is_dropped_not_claimed(setup: Setup) -> None:
    s = setup
    s.ctx.execute(create_command(s.ctx, "Tilføj", "agendaitem",
                                 lambda: agenda.add_item(s.db, s.meeting, title="Nyt")))
    referat.send_for_approval(s.db, s.meeting)  # from another window: the meeting is locked
    before = dump(s.db)
    s.stack.undo()
    assert dump(s.db) == before
    assert s.errors[0].startswith('Kunne ikke fortryde "Tilføj": Referatet er sendt til godkendelse')
    assert (s.stack.count(), s.stack.canUndo(), s.stack.canRedo()) == (0, False, False)


def test_a_failing_service_inside_an_action_that_a_caller_catches_still_rolls_back(setup: Setup) -> None:
    """An error a do-function swallows must not let its half-done writes be committed."""
    s = setup
    before = dump(s.db)

    def do(_cmd: ServiceCommand) -> ChangeSet:
        capture.update_input(s.db, s.inputs[0], "Ændret")
        with contextlib.suppress(ValidationError):  # the point of the test
            capture.update_input(s.db, s.inputs[1], "")  # refused: empty
        return ChangeSet()

    assert s.ctx.execute(ServiceCommand(s.ctx, "Ret", do, lambda _c: ChangeSet())) is None
    assert s.errors == ["Teksten må ikke være tom"]
    assert dump(s.db) == before


def test_the_failed_undo_message_is_translated(setup: Setup) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    s = setup
    s.ctx.execute(create_command(s.ctx, "Tilføj", "agendaitem", lambda: agenda.add_item(s.db, s.meeting, title="Nyt")))
    referat.send_for_approval(s.db, s.meeting)
    app = QApplication.instance()
    translators = install_translators(app, "en")  # type: ignore[arg-type]
    try:
        s.stack.undo()
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]
    assert s.errors[0].startswith('Could not undo "Tilføj": Referatet er sendt til godkendelse')


def test_an_undo_refused_by_another_laptops_change_says_so_and_the_views_re_read(setup: Setup) -> None:
    """A refused undo or redo (the row holds another laptop's change) is dropped with a message
    that fits an undo (not "fetch it again and repeat"), and the views showing the row re-read
    it at once instead of showing this laptop's old value until the next notice."""
    from workshop.errors import ConflictError

    def undo(_cmd: ServiceCommand) -> ChangeSet:
        raise ConflictError.stale("candidatevote", row_id=setup.candidates[0], current={"count": 3})

    seen: list[ChangeSet] = []
    assert setup.ctx.execute(ServiceCommand(setup.ctx, "Stemmer", lambda _c: ChangeSet(), undo)) is not None
    setup.ctx.changed.connect(seen.append)
    setup.stack.undo()
    assert setup.errors == ['Kunne ikke fortryde "Stemmer": Stemmefordelingen er ændret af en anden siden;'
                            " trinnet ville overskrive den ændring og er taget ud af fortryd-listen."]
    assert setup.stack.count() == 0
    assert [(c.kinds, c.id) for c in seen] == [(frozenset({"candidates"}), setup.candidates[0])]


def test_an_undo_refused_by_another_laptops_change_names_the_row_in_english(setup: Setup) -> None:
    from PySide6.QtWidgets import QApplication

    from workshop.errors import ConflictError

    from ui.app import install_translators

    def undo(_cmd: ServiceCommand) -> ChangeSet:
        raise ConflictError.stale("workinggroup", row_id=1, current={"name": "Trafik"})

    assert setup.ctx.execute(ServiceCommand(setup.ctx, "Arbejdsgruppe", lambda _c: ChangeSet(), undo)) is not None
    app = QApplication.instance()
    translators = install_translators(app, "en")  # type: ignore[arg-type]
    try:
        setup.stack.undo()
    finally:
        for t in translators:
            app.removeTranslator(t)  # type: ignore[union-attr]
    assert setup.errors == ['Could not undo "Arbejdsgruppe": The working group was changed by someone else since;'
                            " the step would overwrite that change and has been taken off the undo list."]
