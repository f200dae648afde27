"""Conflicts are shown, never lost (issue 14): two laptops, each its own ``Database`` (own
connections) and ``AppContext``, on the CI PostgreSQL, edit the same case section, answer,
input and member. A save based on what another laptop has overwritten since is refused: a text
shows both versions until a person chooses, a value is refused with a Danish message naming what
changed and the table shows the other laptop's value; undoing such an edit is refused too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.live_laptops import (
    SECOND,
    SECRETARY,
    Laptop,
    OnGuiThread,
    committee_on_two,
    two_laptops,
)
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import agenda, capture, committees, meetings

from ui import versioned
from ui.conflict_dialog import ConflictDialog
from ui.context import AppContext
from ui.meeting_step import meeting_step
from ui.models.input_model import VERSION_ROLE
from ui.panels.agenda import AgendaPanel
from ui.panels.committee import CommitteePanel


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


def _errors(ctx: AppContext) -> list[str]:
    messages: list[str] = []
    ctx.error.connect(messages.append)
    return messages


# --- the agenda: a case section -------------------------------------------------------------


@pytest.fixture
def agendas(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[AgendaPanel, AgendaPanel]]:
    panels = []
    for name in ("Sekretærens bærbare", "Formandens bærbare"):
        ctx = AppContext(Database(pg_db.url, client_name=name))  # type: ignore[arg-type]
        panel = AgendaPanel(ctx)
        qtbot.addWidget(panel)
        panel.set_meeting(meeting.id)
        panel.select_item(meeting.welcome)  # type: ignore[arg-type]
        panel.show()
        panels.append(panel)
    qtbot.waitExposed(panels[1])
    yield panels[0], panels[1]
    for panel in panels:
        panel.close()
        panel.ctx.db.close()


def test_a_case_section_saved_on_both_laptops_shows_both_texts_until_a_person_chooses(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting) -> None:
    a, b = agendas
    db = a.ctx.db
    a.edits["background"].setPlainText("Udvalget bad om en sag.")  # type: ignore[attr-defined]
    b.edits["background"].setPlainText("Sagen kommer fra byrådet.")  # type: ignore[attr-defined]
    assert a.item_fields["background"].flush()
    assert not b.item_fields["background"].flush()  # B read the item before A saved: refused
    dialog = b.item_fields["background"].conflict
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Sagen kommer fra byrådet.",
                                                                        "Udvalget bad om en sag.")
    assert agenda.get_item(db, meeting.welcome).background == "Udvalget bad om en sag."  # type: ignore[arg-type]
    dialog.save_merged.click()
    assert agenda.get_item(db, meeting.welcome).background == \
        "Udvalget bad om en sag.\nSagen kommer fra byrådet."  # type: ignore[arg-type]

    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's text was merged over by B since: not undone over it
    assert errors and errors[0].startswith('Kunne ikke fortryde "Baggrund"') and "ændret af en anden" in errors[0]
    assert agenda.get_item(db, meeting.welcome).background == \
        "Udvalget bad om en sag.\nSagen kommer fra byrådet."  # type: ignore[arg-type]


def test_a_refused_text_reads_the_other_laptops_text_off_the_gui_thread(
        agendas: tuple[AgendaPanel, AgendaPanel]) -> None:
    a, b = agendas
    a.edits["background"].setPlainText("Udvalget bad om en sag.")  # type: ignore[attr-defined]
    b.edits["background"].setPlainText("Sagen kommer fra byrådet.")  # type: ignore[attr-defined]
    assert a.item_fields["background"].flush()
    statements = OnGuiThread(b.ctx.db)
    try:
        assert not b.item_fields["background"].flush()  # refused: the other text is read for the dialog
        dialog = b.item_fields["background"].conflict
        assert isinstance(dialog, ConflictDialog) and dialog.theirs.toPlainText() == "Udvalget bad om en sag."
        assert statements.sent and statements.on_gui == []  # the write and the read: on the lane
    finally:
        statements.close()


def test_another_section_of_the_same_item_saved_meanwhile_is_no_conflict(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting) -> None:
    a, b = agendas
    a.edits["summary"].setPlainText("Kort om sagen.")  # type: ignore[attr-defined]
    assert a.item_fields["summary"].flush()  # the item's version moves on
    b.edits["economy"].setPlainText("Ingen udgifter.")  # type: ignore[attr-defined]
    assert b.item_fields["economy"].flush()  # on top: B overwrites nothing A wrote
    assert b.item_fields["economy"].conflict is None
    item = agenda.get_item(a.ctx.db, meeting.welcome)  # type: ignore[arg-type]
    assert (item.summary, item.economy) == ("Kort om sagen.", "Ingen udgifter.")


def test_a_stale_time_box_is_refused_naming_the_other_value(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting) -> None:
    a, b = agendas
    a.minutes.setValue(20)
    errors = _errors(b.ctx)
    b.minutes.setValue(30)  # B still shows no time box: refused, and B's form shows A's 20 minutes
    assert agenda.get_item(a.ctx.db, meeting.welcome).planned_minutes == 20  # type: ignore[arg-type]
    assert errors == ["Dagsordenspunktet er ændret af en anden imens: Tidsrammen er nu »20«. Din ændring er ikke gemt."]
    assert b.minutes.value() == 20


def test_stale_bilag_are_refused_naming_the_others_and_saved_on_top_when_only_the_text_changed(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting) -> None:
    a, b = agendas
    db = a.ctx.db
    a.attachments.save([("Notat om post", False)])
    errors = _errors(b.ctx)
    b.attachments.save([("Budget", True)])  # B's bilag table was read before A's: refused
    assert [x.title for x in agenda.list_attachments(db, meeting.welcome)] == ["Notat om post"]  # type: ignore[arg-type]
    assert errors == ["Dagsordenspunktet er ændret af en anden imens: Bilagene er nu »Notat om post«."
                      " Din ændring er ikke gemt."]
    assert b.attachments.current() == [("Notat om post", False)]  # B's table shows A's bilag now

    a.edits["summary"].setPlainText("Kort om sagen.")  # type: ignore[attr-defined]
    assert a.item_fields["summary"].flush()  # the item's version moves on; its bilag stay
    b.attachments.save([("Notat om post", False), ("Budget", True)])  # on top: nothing of A's is overwritten
    assert [(x.title, x.recommended) for x in agenda.list_attachments(db, meeting.welcome)] == [  # type: ignore[arg-type]
        ("Notat om post", False), ("Budget", True)]
    assert agenda.get_item(db, meeting.welcome).summary == "Kort om sagen."  # type: ignore[arg-type]


# --- the running meeting: an answer and an input --------------------------------------------


@pytest.fixture
def two(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[Laptop, Laptop]]:
    meetings.set_current_step(pg_db, meeting.id, meeting.groups, "inputs")  # type: ignore[arg-type]
    with two_laptops(pg_db.url, meeting.id, qtbot, (SECRETARY, SECOND)) as pair:  # type: ignore[arg-type]
        yield pair


def test_an_answer_typed_on_both_laptops_keeps_both_texts_until_a_person_chooses(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    meeting_step(a.ctx).go_to(meeting.question)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: b.panel.answers.item is not None and b.panel.answers.item.id == meeting.question
                    and len(b.panel.answers.rows) == 4, timeout=3000)
    member = meeting.members[0]
    row_a, row_b = a.panel.answers.row(member), b.panel.answers.row(member)
    assert row_a is not None and row_b is not None
    row_b.edit.setPlainText("Droner")  # typed on B, not saved yet ...
    row_a.edit.setPlainText("Selvkørende busser")
    assert row_a.field.flush()  # ... when A saves the member's answer (B saw none: version 0)
    qtbot.wait(300)  # A's notice reaches B: B's typing stays
    assert row_b.edit.toPlainText() == "Droner"
    assert not row_b.field.flush()
    dialog = row_b.field.conflict
    assert isinstance(dialog, ConflictDialog)
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Droner", "Selvkørende busser")
    assert [x.text for x in capture.list_answers(a.db, meeting.question)] == ["Selvkørende busser"]  # type: ignore[arg-type]
    dialog.keep_mine.click()  # saved on top of A's answer
    assert [x.text for x in capture.list_answers(a.db, meeting.question)] == ["Droner"]  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: row_a.edit.toPlainText() == "Droner", timeout=2000)
    b.ctx.undo_stack.undo()  # B's choice undone: A's answer is back
    assert [x.text for x in capture.list_answers(a.db, meeting.question)] == ["Selvkørende busser"]  # type: ignore[arg-type]


def _input_editor(laptop: Laptop, group_id: int, row: int, qtbot: QtBot) -> QLineEdit:
    """F2 on an input of the group's column: its editor, with the focus."""
    view = laptop.panel.groups.columns[group_id].inputs
    laptop.panel.activateWindow()
    view.setFocus()
    view.setCurrentIndex(view.row_index(row))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is view.viewport()
    return editor


def test_an_input_edited_on_both_laptops_keeps_both_texts_and_undo_over_the_other_is_refused(
        two: tuple[Laptop, Laptop], pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    group = capture.add_group(pg_db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    assert group is not None
    input_id = capture.add_input(pg_db, group, "Borgeren i centrum").id  # a third laptop: both are told
    qtbot.waitUntil(lambda: group in a.panel.groups.columns and group in b.panel.groups.columns
                    and b.inputs(group) == ["Borgeren i centrum"] and a.inputs(group) == ["Borgeren i centrum"],
                    timeout=3000)
    editor_b = _input_editor(b, group, 0, qtbot)
    editor_b.end(False)
    qtbot.keyClicks(editor_b, " og altid")  # B types while A saves its correction (as A's column does)
    shown = a.panel.groups.columns[group].inputs.row_index(0)
    assert a.panel.groups.edits.update_input(input_id, "Borgeren i centrum", "Borgeren først",
                                             shown.data(VERSION_ROLE))
    assert capture.input_row(a.db, input_id).text == "Borgeren først"  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: b.inputs(group) == ["Borgeren først"], timeout=2000)  # B's column follows ...
    assert editor_b.text() == "Borgeren i centrum og altid"  # ... and B's typing stays
    qtbot.keyClick(editor_b, Qt.Key.Key_Return)  # B's edit was based on the old text: refused
    qtbot.waitUntil(lambda: bool(versioned.open_dialogs), timeout=2000)
    assert capture.input_row(a.db, input_id).text == "Borgeren først"  # type: ignore[arg-type]
    dialog = versioned.open_dialogs[-1]
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Borgeren i centrum og altid",
                                                                        "Borgeren først")
    dialog.merge.setPlainText("Borgeren først og altid")
    dialog.save_merged.click()
    assert capture.input_row(a.db, input_id).text == "Borgeren først og altid"  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: a.inputs(group) == ["Borgeren først og altid"], timeout=2000)

    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's correction was merged over by B since: not undone over it
    assert errors and errors[0].startswith('Kunne ikke fortryde "Ret input"') and "ændret af en anden" in errors[0]
    assert capture.input_row(a.db, input_id).text == "Borgeren først og altid"  # type: ignore[arg-type]
    b.ctx.undo_stack.undo()  # B's merge, nobody wrote over it: A's text is back
    assert capture.input_row(a.db, input_id).text == "Borgeren først"  # type: ignore[arg-type]


# --- the committee: a member row ----------------------------------------------------------


@pytest.fixture
def committees_on_two(pg_db: Database, meeting: SmallMeeting,
                      qtbot: QtBot) -> Iterator[tuple[CommitteePanel, CommitteePanel]]:
    with committee_on_two(pg_db.url, meeting.committee_id, qtbot) as pair:  # type: ignore[arg-type]
        yield pair  # no live link: B's table stays as it read it


def _set(panel: CommitteePanel, member_id: int, field: str, value: str) -> None:
    model = panel.members
    column = next(n for n, c in enumerate(model.columns) if c.field == field)
    model.setData(model.index(model.row_of(member_id), column), value)


def _shown(panel: CommitteePanel, member_id: int, field: str) -> str:
    return str(getattr(panel.members.rows[panel.members.row_of(member_id)], field))


def test_a_stale_member_edit_is_refused_naming_what_changed_and_the_table_shows_the_other_value(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting) -> None:
    a, b = committees_on_two
    member = meeting.members[1]
    assert member is not None
    _set(a, member, "role", "formand")
    errors = _errors(b.ctx)
    _set(b, member, "role", "næstformand")  # B's table still shows "medlem": refused
    assert committees.get_member(a.ctx.db, member).role == "formand"
    assert errors == ["Medlemmet er ændret af en anden imens: Rolle er nu »formand«. Din ændring er ikke gemt."]
    assert _shown(b, member, "role") == "formand"  # B's table shows A's value now
    assert b.ctx.undo_stack.count() == 0

    _set(b, member, "party", "Venstre")  # based on what B shows now: saved
    assert committees.get_member(a.ctx.db, member).party == "Venstre"
    _set(a, member, "group", "Gruppe 2")  # A's table is stale, but only B's party changed: saved on top
    stored = committees.get_member(a.ctx.db, member)
    assert (stored.role, stored.party, stored.group) == ("formand", "Venstre", "Gruppe 2")

    b.ctx.undo_stack.undo()  # B's party: A changed only the group since, the party is still B's
    assert committees.get_member(a.ctx.db, member).party == ""
    _set(b, member, "role", "næstformand")
    errors.clear()
    a_errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's group: still A's, undone
    a.ctx.undo_stack.undo()  # A's "formand": B has made it "næstformand" since: refused
    assert committees.get_member(a.ctx.db, member).role == "næstformand"
    assert a_errors and a_errors[-1].startswith('Kunne ikke fortryde "Ret medlem"')
    assert "ændret af en anden" in a_errors[-1]


def test_a_refused_member_edit_reads_the_row_off_the_gui_thread(
        committees_on_two: tuple[CommitteePanel, CommitteePanel], meeting: SmallMeeting) -> None:
    a, b = committees_on_two
    member = meeting.members[1]
    assert member is not None
    _set(a, member, "role", "formand")
    errors = _errors(b.ctx)
    statements = OnGuiThread(b.ctx.db)
    try:
        _set(b, member, "role", "næstformand")  # refused: the row as stored now is read for the message
        assert errors == ["Medlemmet er ændret af en anden imens: Rolle er nu »formand«. Din ændring er ikke gemt."]
        assert statements.sent and statements.on_gui == []  # the write, that read and the table's: on the lane
    finally:
        statements.close()


# --- several rows in one step: the pejlemærkers' status ------------------------------------


def test_a_status_given_to_several_pejlemaerker_is_refused_whole_when_one_changed_meanwhile(
        pg_db: Database, meeting: SmallMeeting) -> None:
    from workshop.services import candidates

    from ui.panels.meeting_edits import MeetingEdits

    first = candidates.add_candidate(pg_db, meeting.groups, title="Borgeren i centrum").id  # type: ignore[arg-type]
    second = candidates.add_candidate(pg_db, meeting.groups, title="Digital først").id  # type: ignore[arg-type]
    assert first is not None and second is not None
    a, b = (AppContext(Database(pg_db.url, client_name=n)) for n in ("A", "B"))  # type: ignore[arg-type]
    try:
        assert MeetingEdits(a).set_statuses([(first, "candidate", "chosen", 1)], "Status: valgt")
        errors = _errors(b)
        # B's ranking still shows both as "kandidat" at version 1: the step is refused whole
        assert not MeetingEdits(b).set_statuses([(second, "candidate", "rejected", 1),
                                                 (first, "candidate", "rejected", 1)], "Status: fravalgt")
        assert [c.status for c in candidates.list_candidates(pg_db, meeting.groups)] == ["chosen", "candidate"]  # type: ignore[arg-type]
        assert errors == ["Pejlemærket er ændret af en anden imens: Status er nu »valgt«. Din ændring er ikke gemt."]
        assert MeetingEdits(b).set_statuses([(second, "candidate", "rejected", 1),
                                             (first, "chosen", "rejected", 2)], "Status: fravalgt")  # as now shown
        a_errors = _errors(a)
        a.undo_stack.undo()  # A's "valgt" was overwritten by B since: refused
        assert a_errors and a_errors[0].startswith('Kunne ikke fortryde "Status: valgt"')
        b.undo_stack.undo()  # B's own step: both back as B found them
        assert [c.status for c in candidates.list_candidates(pg_db, meeting.groups)] == ["chosen", "candidate"]  # type: ignore[arg-type]
    finally:
        a.db.close()
        b.db.close()


def test_a_rename_typed_while_another_laptop_renamed_shows_both_names(
        pg_db: Database, meeting: SmallMeeting, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.models.navigator_model import NodeKey
    from ui.panels.navigator import Navigator

    ctx = AppContext(Database(pg_db.url, client_name="B"))  # type: ignore[arg-type]
    try:
        navigator = Navigator(ctx)
        qtbot.addWidget(navigator)
        navigator.reload()
        assert navigator.select(NodeKey("meeting", meeting.id, meeting.committee_id))

        def typed(*_args: object, **_kwargs: object) -> tuple[str, bool]:
            meetings.update_meeting(pg_db, meeting.id, title="3. møde (ekstra)")  # type: ignore[arg-type]  # A, meanwhile
            return "Tredje møde", True

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(typed))
        before = len(versioned.open_dialogs)
        navigator.rename_selected()
        assert meetings.get_meeting(pg_db, meeting.id).title == "3. møde (ekstra)"  # type: ignore[arg-type]  # not overwritten
        dialog = versioned.open_dialogs[-1]
        assert len(versioned.open_dialogs) == before + 1 and isinstance(dialog, ConflictDialog)
        assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("Tredje møde", "3. møde (ekstra)")
        dialog.keep_mine.click()  # saved on top of A's title: undo brings A's back
        assert meetings.get_meeting(pg_db, meeting.id).title == "Tredje møde"  # type: ignore[arg-type]
        ctx.undo_stack.undo()
        assert meetings.get_meeting(pg_db, meeting.id).title == "3. møde (ekstra)"  # type: ignore[arg-type]
    finally:
        ctx.db.close()
