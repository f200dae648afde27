"""A delete is based on the row as the window showed it: a row another laptop changed since is
not deleted (a person sees the change first), and a redo deletes only while the row is as the
undo put it back (issue 14)."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from workshop.db import Database
from workshop.services import agenda, capture, committees, meetings

from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits

REFUSED = "Inputtet er ændret af en anden imens og er ikke slettet. Se ændringen, og slet igen, hvis det stadig skal væk."


def _input(db: Database) -> tuple[int, int]:
    c = committees.create_committee(db, name="Udvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id  # type: ignore[arg-type]
    group = capture.add_group(db, item, name="Gruppe 1").id  # type: ignore[arg-type]
    return capture.add_input(db, group, "Trygheed").id, m  # type: ignore[arg-type, return-value]


def test_deleting_an_input_the_other_laptop_changed_since_is_refused(db: Database, qtbot: QtBot) -> None:
    input_id, _m = _input(db)
    shown = capture.get_input(db, input_id).version  # type: ignore[union-attr]
    ctx = AppContext(db)
    errors: list[str] = []
    seen: list[object] = []
    ctx.error.connect(errors.append)
    ctx.changed.connect(seen.append)
    capture.update_input(db, input_id, "Tryghed i hverdagen")  # the other laptop fixes it
    assert not MeetingEdits(ctx).delete_inputs([input_id], {input_id: shown})
    assert capture.get_input(db, input_id).text == "Tryghed i hverdagen"  # type: ignore[union-attr]
    assert errors == [REFUSED]
    assert any(getattr(c, "kinds", None) == frozenset({"inputs"}) for c in seen)  # the column re-reads
    assert ctx.undo_stack.count() == 0
    now = capture.get_input(db, input_id).version  # type: ignore[union-attr]
    assert MeetingEdits(ctx).delete_inputs([input_id], {input_id: now})  # seen now: deleted
    assert capture.get_input(db, input_id) is None


def test_redoing_a_delete_after_the_other_laptop_changed_the_row_put_back_is_refused(
        db: Database, qtbot: QtBot) -> None:
    input_id, _m = _input(db)
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    assert MeetingEdits(ctx).delete_inputs([input_id], {input_id: capture.get_input(db, input_id).version})  # type: ignore[union-attr]
    ctx.undo_stack.undo()  # back, as it was
    capture.update_input(db, input_id, "Tryghed i hverdagen")  # the other laptop, on the input put back
    ctx.undo_stack.redo()
    assert capture.get_input(db, input_id).text == "Tryghed i hverdagen"  # type: ignore[union-attr]
    assert errors and errors[0].startswith('Kunne ikke gentage "Slet input": Inputtet er ændret af en anden siden')


def test_removing_a_member_the_other_laptop_changed_since_is_refused(db: Database, qtbot: QtBot, dialogs) -> None:  # type: ignore[no-untyped-def]
    from ui.panels.committee import CommitteePanel

    c = committees.create_committee(db, name="Udvalg").id
    anne = committees.add_member(db, c, name="Anne Hjorth").id  # type: ignore[arg-type]
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = CommitteePanel(ctx)
    qtbot.addWidget(panel)
    panel.set_committee(c)  # type: ignore[arg-type]
    shown = panel.members.rows[panel.members.row_of(anne)]  # type: ignore[arg-type]
    committees.update_member(db, anne, role="formand")  # type: ignore[arg-type]  # the other laptop; no notice here
    panel.members.rows[panel.members.row_of(anne)] = shown  # type: ignore[arg-type]  # the table as it was shown
    panel.members_view.selectRow(panel.members.row_of(anne))  # type: ignore[arg-type]
    panel.remove_member()
    assert committees.get_member(db, anne).role == "formand"  # type: ignore[arg-type]
    assert errors == ["Medlemmet er ændret af en anden imens og er ikke slettet. Se ændringen, og slet igen,"
                      " hvis det stadig skal væk."]


def test_a_deleted_item_put_back_in_its_place_is_deleted_again_by_redo(db: Database, qtbot: QtBot) -> None:
    """Putting an item back moves it to its place (its version moves on): the redo's check is
    against the item as the undo left it, not as the snapshot held it."""
    from ui.commands import delete_command

    _input_id, m = _input(db)
    first = agenda.add_item(db, m, title="Velkomst").id
    agenda.move_item(db, first, 0)  # type: ignore[arg-type]
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    item = agenda.get_item(db, first)  # type: ignore[arg-type]
    assert ctx.execute(delete_command(ctx, "Slet Velkomst", "agendaitem", item.pk, item.version)) is not None
    ctx.undo_stack.undo()
    assert [i.title for i in agenda.list_items(db, m)][0] == "Velkomst"  # type: ignore[arg-type]
    ctx.undo_stack.redo()
    assert errors == []
    assert [i.title for i in agenda.list_items(db, m)] == ["Gruppearbejde"]  # type: ignore[arg-type]


def test_redo_of_deletes_after_undoing_them_all_is_not_refused_by_this_laptops_own_steps(
        db: Database, qtbot: QtBot) -> None:
    """Found by the undo state machine: delete a pejlemærke (its input is unlinked), then the
    input; undo both (putting the pejlemærke back relinks the input: its version moves on); redo
    both. Nobody else changed anything, so nothing may be refused."""
    from workshop.services import candidates

    input_id, m = _input(db)
    item = capture.get_input(db, input_id)
    cand = candidates.add_candidate(db, agenda.list_items(db, m)[0].pk, title="Tryghed", input_ids=[input_id]).id
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    edits = MeetingEdits(ctx)
    assert item is not None and cand is not None
    assert edits.delete_candidates([cand], {cand: candidates.get_candidate(db, cand).version})
    assert edits.delete_inputs([input_id], {input_id: capture.get_input(db, input_id).version})  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert capture.get_input(db, input_id).candidate_id == cand  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert errors == []
    assert capture.get_input(db, input_id) is None and candidates.list_candidates(db, agenda.list_items(db, m)[0].pk) == []


def test_redo_of_an_items_delete_after_its_dots_were_undone_and_redone_is_not_refused(
        db: Database, qtbot: QtBot) -> None:
    """Found by the undo state machine: a member's dots, then the item deleted; undo both (the dot
    row goes), redo both (the dot row comes back with a new id). The item holds what it held."""
    from workshop.services import attendance, candidates, voting

    from ui.commands import ServiceCommand, delete_command

    _input_id, m = _input(db)
    item = agenda.list_items(db, m)[0]
    anne = committees.add_member(db, meetings.get_meeting(db, m).committee_id, name="Anne").id
    attendance.set_attendance(db, m, anne, "present")  # type: ignore[arg-type]
    cand = candidates.add_candidate(db, item.pk, title="Tryghed").id
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    assert ctx.execute(ServiceCommand(ctx, "Stemmer", lambda _c: voting.set_member_votes(db, cand, anne, 1),  # type: ignore[arg-type]
                                      lambda _c: voting.set_member_votes(db, cand, anne, 0))) is not None  # type: ignore[arg-type]
    item = agenda.get_item(db, item.pk)
    assert ctx.execute(delete_command(ctx, "Slet punkt", "agendaitem", item.pk, item.version)) is not None
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert errors == []
    assert agenda.list_items(db, m) == []
