"""Two laptops, one meeting (issue 14): two windows, each with its own ``Database`` and connections
on the CI PostgreSQL, see each other's writes through the change notices, as local writes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

from tests.databases import PG_URL
from tests.ui.live_laptops import Laptop, close_laptop, open_laptop
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import agenda, capture, meetings

from ui.conflict_dialog import ConflictDialog
from ui.context import AppContext
from ui.live_link import live_link
from ui.main_window import MainWindow
from ui.meeting_step import meeting_step
from ui.projector import ProjectorWindow, projector_of
from ui.settings import Settings


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    m = SmallMeeting(pg_db)
    meetings.set_current_step(pg_db, m.id, m.groups, "inputs")  # type: ignore[arg-type]
    return m


@pytest.fixture
def two(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[Laptop, Laptop]]:
    a = open_laptop(pg_db.url, "Sekretærens bærbare", meeting.id, qtbot)  # type: ignore[arg-type]
    b = open_laptop(pg_db.url, "Formandens bærbare", meeting.id, qtbot,  # type: ignore[arg-type]
                    min_backoff=0.5, max_backoff=0.5)  # slow to reconnect: writes meanwhile are missed
    yield a, b
    close_laptop(a)
    close_laptop(b)


def test_sqlite_has_no_live_link(sqlite_db: Database) -> None:
    assert live_link(AppContext(sqlite_db)) is None


def test_an_input_typed_on_a_appears_on_b_and_its_projector(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    group = a.panel.view.edits.add_group(meeting.groups, "Gruppe 1", [])  # type: ignore[arg-type]
    assert group is not None
    qtbot.waitUntil(lambda: group in b.panel.groups.columns, timeout=2000)  # the new column came over
    projector: ProjectorWindow = projector_of(b.ctx)
    qtbot.addWidget(projector)
    projector.show()
    column = a.panel.groups.columns[group]
    qtbot.keyClicks(column.entry, "Nemmere selvbetjening")
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    assert a.inputs(group) == ["Nemmere selvbetjening"]
    qtbot.waitUntil(lambda: b.inputs(group) == ["Nemmere selvbetjening"], timeout=10000)  # how fast: bench 10a
    assert projector.inputs.model is b.panel.groups.model  # the projector renders the same rows
    # B's own echo is not applied twice, A's is skipped: still one row each
    qtbot.wait(300)
    assert a.inputs(group) == b.inputs(group) == ["Nemmere selvbetjening"]
    projector.close()


def test_changes_missed_while_disconnected_are_caught_up_on_reconnecting(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    group = capture.add_group(a.db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    assert group is not None
    qtbot.waitUntil(lambda: group in b.panel.groups.columns, timeout=2000)
    states: list[bool] = []
    b.link.connection_changed.connect(lambda up, _reason: states.append(up))
    pid = b.link.listener.backend_pid
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar_one()
    finally:
        admin.dispose()
    typed = [f"mens B var væk {i}" for i in range(3)]
    for line in typed:  # written on A's laptop while B's listener is gone (0.5 s before it retries)
        capture.add_input(a.db, group, line)
    qtbot.waitUntil(lambda: b.inputs(group) == typed, timeout=10000)  # how fast: bench 10b
    qtbot.waitUntil(lambda: states[-1:] == [True], timeout=2000)
    assert False in states  # the loss was reported (the window's banner)


def test_the_chair_moves_on_and_the_secretary_follows_unless_unpinned(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    chair, secretary = two
    chair_step, secretary_step = meeting_step(chair.ctx), meeting_step(secretary.ctx)
    projector = projector_of(secretary.ctx)  # the wall hangs on the secretary's laptop here
    qtbot.addWidget(projector)
    projector.show()
    assert secretary_step.key == chair_step.key == (meeting.id, meeting.groups, "inputs")
    chair.panel.meeting_actions.next_action.trigger()
    moved_to = chair_step.key
    assert moved_to == (meeting.id, meeting.groups, "votes")
    qtbot.waitUntil(lambda: secretary_step.key == moved_to, timeout=2000)
    assert projector.step_state is secretary_step
    assert projector.content.currentWidget() is projector._pages["votes"]  # the wall shows the votes

    pin = secretary.panel.meeting_actions.pin_action
    assert pin.isChecked()
    pin.trigger()  # the secretary unpins and browses back to write the question round's answers
    assert not secretary_step.pinned
    assert secretary_step.go_to(meeting.question)  # type: ignore[arg-type]
    assert secretary_step.key[1] == meeting.question
    assert meetings.get_meeting(chair.db, meeting.id).current_item_id == meeting.groups  # type: ignore[arg-type]
    assert "du bladrer alene" in secretary.panel.state_label.text()
    chair.panel.meeting_actions.next_action.trigger()  # the chair moves on: the secretary stays
    assert chair_step.key[1] == meeting.working
    qtbot.waitUntil(lambda: "punkt 4" in secretary.panel.state_label.text(), timeout=2000)
    assert secretary_step.key[1] == meeting.question

    pin.trigger()  # pinned again: back where the meeting is
    assert secretary_step.pinned and secretary_step.key == chair_step.key
    projector.close()


def test_the_status_bar_shows_who_else_has_the_meeting_open(
        pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> None:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    Settings().last_meeting = meeting.id
    windows, dbs = [], []
    for name in ("Sekretærens bærbare", "Formandens bærbare"):
        db = Database(pg_db.url, client_name=name)
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_database(db)
        assert window.ctx is not None and window.ctx.meeting_id == meeting.id
        windows.append(window)
        dbs.append(db)
    secretary, chair = windows
    qtbot.waitUntil(lambda: secretary.presence_label.text() == "Også åbent hos: Formandens bærbare", timeout=8000)
    qtbot.waitUntil(lambda: chair.presence_label.text() == "Også åbent hos: Sekretærens bærbare", timeout=8000)
    assert secretary.offline_banner.isHidden()
    secretary.set_laptop_name("Referentens bærbare")  # Filer → Denne computers navn…
    qtbot.waitUntil(lambda: chair.presence_label.text() == "Også åbent hos: Referentens bærbare", timeout=8000)
    assert Settings().laptop_name == "Referentens bærbare"
    chair.close()  # leaves at once: the secretary sees it without waiting for a poll
    qtbot.waitUntil(lambda: secretary.presence_label.text() == "Ingen andre har mødet åbent", timeout=3000)
    secretary.close()
    for db in dbs:
        db.close()


def _decision_on_both(two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    meeting_step(a.ctx).go_to(meeting.welcome)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: b.panel.decision.item_id == meeting.welcome, timeout=2000)
    assert a.panel.decision.item_id == meeting.welcome


def test_two_laptops_write_the_same_beslutning_and_both_texts_survive_until_a_person_chooses(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    _decision_on_both(two, meeting, qtbot)
    b.panel.decision.decision.setPlainText("Udsat til næste møde.")  # typed on B, not saved yet ...
    a.panel.decision.decision.setPlainText("Godkendt.")
    assert a.panel.decision.decision_field.flush()  # ... when A's save commits
    qtbot.wait(500)  # A's notice reaches B: B's typing is not replaced
    assert b.panel.decision.decision.toPlainText() == "Udsat til næste møde."
    assert not b.panel.decision.decision_field.flush()  # B's save is refused: A saved since B read it
    dialog = b.panel.decision.decision_field.conflict
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert dialog.mine.toPlainText() == "Udsat til næste møde." and dialog.theirs.toPlainText() == "Godkendt."
    assert agenda.get_item(a.db, meeting.welcome).decision == "Godkendt."  # type: ignore[arg-type]
    assert b.panel.decision.decision.toPlainText() == "Udsat til næste møde."  # both texts alive
    assert not b.panel.decision.decision_field.flush()  # no second dialog, nothing written while it is open
    assert b.panel.decision.decision_field.conflict is dialog

    assert dialog.merge.toPlainText() == "Godkendt.\nUdsat til næste møde."
    dialog.merge.setPlainText("Godkendt; den sidste del udsat til næste møde.")
    dialog.save_merged.click()
    assert agenda.get_item(a.db, meeting.welcome).decision == "Godkendt; den sidste del udsat til næste møde."  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: a.panel.decision.decision.toPlainText() == "Godkendt; den sidste del udsat til næste møde.",
                    timeout=2000)
    b.ctx.undo_stack.undo()  # B's merge undone: A's text is back, it was the one B merged into
    assert agenda.get_item(a.db, meeting.welcome).decision == "Godkendt."  # type: ignore[arg-type]


def test_keeping_the_other_laptops_text_writes_nothing(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    _decision_on_both(two, meeting, qtbot)
    b.panel.decision.decision.setPlainText("B's tekst")
    a.panel.decision.decision.setPlainText("A's tekst")
    assert a.panel.decision.decision_field.flush()
    assert not b.panel.decision.decision_field.flush()
    dialog = b.panel.decision.decision_field.conflict
    assert isinstance(dialog, ConflictDialog)
    dialog.keep_theirs.click()
    assert b.panel.decision.decision.toPlainText() == "A's tekst"
    assert not b.panel.decision.decision_field.dirty
    assert b.ctx.undo_stack.count() == 0  # nothing was written, nothing to undo


def test_undoing_an_edit_another_laptop_changed_since_is_refused_in_danish(
        two: tuple[Laptop, Laptop], meeting: SmallMeeting, qtbot: QtBot) -> None:
    a, b = two
    _decision_on_both(two, meeting, qtbot)
    a.panel.decision.decision.setPlainText("Godkendt.")
    assert a.panel.decision.decision_field.flush()
    qtbot.waitUntil(lambda: b.panel.decision.decision.toPlainText() == "Godkendt.", timeout=2000)
    b.panel.decision.decision.setPlainText("Godkendt med bemærkninger.")
    assert b.panel.decision.decision_field.flush()
    qtbot.waitUntil(lambda: a.panel.decision.decision.toPlainText() == "Godkendt med bemærkninger.", timeout=2000)
    errors: list[str] = []
    a.ctx.error.connect(errors.append)
    a.ctx.undo_stack.undo()  # A's "Godkendt." was overwritten by B since: not undone over B's text
    assert agenda.get_item(a.db, meeting.welcome).decision == "Godkendt med bemærkninger."  # type: ignore[arg-type]
    assert errors and errors[0].startswith('Kunne ikke fortryde "Beslutning"')
    assert "ændret af en anden" in errors[0]
    b.ctx.undo_stack.undo()  # B's own edit, nobody wrote over it: undone
    assert agenda.get_item(a.db, meeting.welcome).decision == "Godkendt."  # type: ignore[arg-type]
