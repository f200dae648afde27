"""The projector window on its own: screen choice, no editing controls, live updates, font scale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from tests.ui.meeting_builders import START, Shots, build
from workshop.db import Database
from workshop.services import agenda, candidates, capture, meetings, voting, working_groups

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.meeting_step import meeting_step
from ui.projector import ProjectorWindow, projector_of
from ui.projector.vote_bars import Bar


def _projector(qtbot: object, db: Database, meeting_id: int) -> tuple[AppContext, ProjectorWindow]:
    ctx = AppContext(db)
    ctx.select_meeting(meeting_id)
    projector = projector_of(ctx)
    qtbot.addWidget(projector)  # type: ignore[attr-defined]
    projector.show_on_screen()
    qtbot.waitExposed(projector)  # type: ignore[attr-defined]
    return ctx, projector


def _label(projector: ProjectorWindow, name: str) -> str:
    widget = projector.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def test_one_screen_gives_a_normal_window_and_a_second_screen_is_preferred(qtbot: object,
                                                                          sqlite_db: Database) -> None:
    w = build(sqlite_db)
    _, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    screens = QGuiApplication.screens()
    if len(screens) == 1:
        assert not projector.isFullScreen()
        assert not projector.windowFlags() & Qt.WindowType.FramelessWindowHint
    primary, other = object(), object()
    assert ProjectorWindow.pick_screen([primary, other], primary) is other  # type: ignore[list-item, arg-type]
    assert ProjectorWindow.pick_screen([primary], primary) is None  # type: ignore[list-item, arg-type]


def test_nothing_on_the_projector_can_be_edited(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    _, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    for kind in (QLineEdit, QTextEdit, QAbstractButton, QAbstractItemView):
        assert projector.findChildren(kind) == [], kind
    assert _label(projector, "projector_title") == "Opgaveudvalg for digitalisering · 3. møde"
    assert _label(projector, "projector_step") == "1. Velkomst"  # the first step before the start
    assert _label(projector, "projector_timer") == "10:00"


def test_changes_show_at_once_without_polling(qtbot: object, sqlite_db: Database) -> None:
    """A change is on the wall when ``execute`` returns: no event-loop turn, no timer.

    How long that takes is the benchmark's figure 3 (tests/bench/keypress_bench.py), not a
    wall-clock limit here."""
    w = build(sqlite_db)
    ctx, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    ctx.broadcast(agenda.start_item(sqlite_db, w.items[1], datetime(2017, 11, 15, 17, 10)))
    assert _label(projector, "projector_step") == "2. Spørgerunde"
    assert projector.view == "answers"
    member = w.member_ids[0]
    command = ServiceCommand(ctx, "Svar", lambda c: capture.set_answer(sqlite_db, w.items[1], member, "Tid"),
                             lambda c: capture.set_answer(sqlite_db, w.items[1], member, ""))
    ctx.execute(command)
    assert projector.answer_texts() == ["Mikael Fenger: Tid"]  # before any event is processed
    ctx.undo_stack.undo()
    assert projector.answer_texts() == []
    # A change to another meeting is not even read.
    other = meetings.create_meeting(sqlite_db, w.committee_id, title="Andet møde",
                                    starts_at=datetime(2018, 3, 1, 17)).id
    ctx.broadcast(meetings.update_meeting(sqlite_db, other, title="Ændret"))  # type: ignore[arg-type]
    assert _label(projector, "projector_title") == "Opgaveudvalg for digitalisering · 3. møde"


def test_group_work_views_votes_and_chosen(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    item = w.items[2]
    ctx, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    ctx.broadcast(agenda.start_item(sqlite_db, item))
    assert projector.view == "inputs"  # the groups step shows the groups and their inputs
    g = capture.add_group(sqlite_db, item, name="Gruppe A", member_ids=w.member_ids[:4]).id
    ctx.broadcast(capture.add_input(sqlite_db, g, "Nemmere selvbetjening"))  # type: ignore[arg-type]
    assert projector.group_cards() == {"Gruppe A": ["Nemmere selvbetjening"]}
    ids = [candidates.add_candidate(sqlite_db, item, title=t).id for t in ("Tryghed", "Nærhed", "Tillid")]
    for member, cand, n in ((0, 1, 3), (1, 2, 2), (1, 1, 1), (2, 0, 1)):
        ctx.broadcast(voting.set_member_votes(sqlite_db, ids[cand], w.member_ids[member], n))  # type: ignore[arg-type]
    ctx.broadcast(meetings.set_current_step(sqlite_db, w.meeting_id, item, "votes"))
    assert projector.view == "votes"  # the meeting's step, whoever set it
    bars = projector.findChild(QWidget, "projector_bars")
    assert bars.bars() == [Bar("Nærhed", 4), Bar("Tillid", 2), Bar("Tryghed", 1)]  # type: ignore[union-attr]
    ctx.broadcast(candidates.update_candidate(sqlite_db, ids[1], status="chosen"))  # type: ignore[arg-type]
    ctx.broadcast(candidates.update_candidate(sqlite_db, ids[0], status="rejected"))  # type: ignore[arg-type]
    assert bars.bars() == [Bar("Nærhed", 4, True), Bar("Tillid", 2)]  # type: ignore[union-attr]
    ctx.broadcast(agenda.start_item(sqlite_db, w.items[3]))
    assert projector.view == "chosen"
    ctx.broadcast(working_groups.add_working_group(
        sqlite_db, w.items[3], name="Nærhed i praksis", mandate="Arbejder videre med nærhed.",
        member_ids=w.member_ids[:2], meets_on=date(2017, 12, 1), reports_to=date(2018, 1, 31)))
    assert projector.chosen_texts() == [  # the members in the committee's order, as the referat has them
        "1. Nærhed",
        "Nærhed i praksis\nArbejder videre med nærhed.\nMikael Fenger, Anne Hjorth\n"
        "Første møde 01.12.2017, melder tilbage 31.01.2018"]
    wg = working_groups.list_working_groups(sqlite_db, w.items[3])[0].pk
    ctx.broadcast(working_groups.set_convener(sqlite_db, wg, w.member_ids[1]))
    ctx.broadcast(working_groups.set_working_group_guests(sqlite_db, wg, [("Eva Holm", "Borgerrådgiveren"),
                                                                          ("Lise Berg", "")]))
    assert projector.chosen_texts()[1].split("\n")[2] == \
        "Mikael Fenger, Anne Hjorth (tovholder), Eva Holm (Borgerrådgiveren), Lise Berg"


def test_font_scale_keys_and_own_timer(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    _, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    projector.windowHandle().requestActivate()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)  # type: ignore[attr-defined]
    step = projector.findChild(QLabel, "projector_step")
    assert step is not None
    before = step.fontInfo().pixelSize()
    qtbot.keyClick(projector, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(projector, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert projector.scale == 1.2
    assert step.fontInfo().pixelSize() > before
    qtbot.keyClick(projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert projector.scale == 1.1
    projector.set_scale(10)
    assert projector.scale == 3.0
    # The count-down comes from the recorded start (the meeting step's timer, shared with the layouts).
    meeting_step(projector.ctx).now = lambda: START + timedelta(minutes=14)
    projector.ctx.broadcast(agenda.start_item(sqlite_db, w.items[0], START))
    assert _label(projector, "projector_timer") == "-04:00"
    assert _label(projector, "projector_overrun") == "Overskredet med 4 min"
    assert projector.timer_label.property("overrun") is True


def test_the_title_names_the_meeting_once(qtbot: object, sqlite_db: Database) -> None:
    """Issue 12: a meeting titled "1. møde" with number 1 showed "1. 1. møde"."""
    from ui.projector.window import meeting_title

    w = build(sqlite_db)
    ctx, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    ctx.broadcast(meetings.update_meeting(sqlite_db, w.meeting_id, title="1. møde", number=1))
    assert _label(projector, "projector_title") == "1. møde"
    meeting = meetings.get_meeting(sqlite_db, w.meeting_id)
    meeting.number, meeting.title = 3, "Opgaveudvalg for innovation"
    assert meeting_title(meeting) == "Opgaveudvalg for innovation · 3. møde"
    meeting.number = None
    assert meeting_title(meeting) == "Opgaveudvalg for innovation"


LONG = ("Jeg tror, at kunstig intelligens og bedre data vil ændre den måde, kommunen taler med borgerne på,"
        " men kun hvis vi husker dem, der ikke er digitale, og tager os tid til at forklare hvorfor.")


def test_fifteen_long_answers_fit_the_wall_without_zooming(qtbot: object, sqlite_db: Database) -> None:
    """Issue 12: at 1920×1080 the text shrinks to fit, not below a readable minimum, and then pages."""
    from workshop.services import attendance, committees

    from ui.projector.fitted_cards import MIN_PX

    w = build(sqlite_db)
    extra = [committees.add_member(sqlite_db, w.committee_id, name=f"Gæst {n}").id for n in range(4)]
    for member in [*w.member_ids, *extra]:
        attendance.set_attendance(sqlite_db, w.meeting_id, member, "present")  # type: ignore[arg-type]
    ctx, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    projector.resize(1920, 1080)  # what show_on_screen gives on a 1080p second screen
    ctx.broadcast(agenda.start_item(sqlite_db, w.items[1]))
    for member in [*w.member_ids, *extra][:4]:
        ctx.broadcast(capture.set_answer(sqlite_db, w.items[1], member, "Kort svar"))  # type: ignore[arg-type]
    QApplication.processEvents()
    assert projector.answers.font_px == 30 and len(projector.answers.pages) == 1  # few: full size
    for member in [*w.member_ids, *extra]:
        ctx.broadcast(capture.set_answer(sqlite_db, w.items[1], member, LONG))  # type: ignore[arg-type]
    QApplication.processEvents()
    cards = projector.answers
    assert len(cards.texts()) == 15
    assert MIN_PX <= cards.font_px < 30  # shrunk to fit, but readable
    assert len(cards.pages) == 1 and sum(len(p) for p in cards.pages) == 15
    bottom = max(p.rect.bottom() for p in cards.pages[0])
    assert bottom <= cards.height()  # everything on the wall at once
    Shots()(projector, "projector-question-round-15")
    # Twice as long: at the minimum size it no longer fits, so it pages (and turns by itself).
    for member in [*w.member_ids, *extra]:
        ctx.broadcast(capture.set_answer(sqlite_db, w.items[1], member, LONG + " " + LONG))  # type: ignore[arg-type]
    QApplication.processEvents()
    assert cards.font_px == MIN_PX and len(cards.pages) == 2
    assert sum(len(p) for p in cards.pages) == 15
    assert all(max(p.rect.bottom() for p in page) <= cards.height() for page in cards.pages)
    cards.next_page()
    assert cards.page == 1


def test_the_step_moves_from_the_projector_window_too(qtbot: object, sqlite_db: Database) -> None:
    """Issue 12: the layouts and the projector all show and set the one current step; with the wall's
    window focused (on the chair's laptop) Ctrl+PgDown / Ctrl+PgUp move the meeting, as in the layouts."""
    w = build(sqlite_db)
    _, projector = _projector(qtbot, sqlite_db, w.meeting_id)
    projector.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)  # type: ignore[attr-defined]
    qtbot.keyClick(projector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert meetings.current_step(sqlite_db, w.meeting_id) == (w.items[0], "")  # the meeting starts
    qtbot.keyClick(projector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert meetings.current_step(sqlite_db, w.meeting_id) == (w.items[1], "")
    assert _label(projector, "projector_step") == "2. Spørgerunde"
    qtbot.keyClick(projector, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert meetings.current_step(sqlite_db, w.meeting_id) == (w.items[0], "")
