"""Run mode: a whole facilitation workshop from the chair's keyboard, checked in the database,
on the projector and in the drafted referat.

Set WORKSHOP_SCREENSHOTS=<folder> to save run-*.png / projector-*.png of each state.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

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
from workshop.services.agenda import ScheduleRow

from ui.context import AppContext
from ui.panels.run_inputs import INPUT_MIME
from ui.panels.run_mode import RunModePanel
from ui.panels.run_schedule import deviation
from ui.projector import ProjectorWindow

MEMBERS = [
    ("Mikael Fenger", "politiker", "formand"), ("Anne Hjorth", "borger", "medlem"),
    ("Brian Mühdorff", "borger", "medlem"), ("Lars Kofoed", "politiker", "næstformand"),
    ("Sofie Kızılkaya", "borger", "medlem"), ("Jens Holm", "borger", "medlem"),
    ("Karin Dahl", "politiker", "medlem"), ("Ole Thomsen", "borger", "medlem"),
    ("Maja Friis", "borger", "medlem"), ("Peter Bang", "politiker", "medlem"),
    ("Ida Nørgaard", "borger", "medlem"), ("Poul V. Jensen", "politiker", "medlem"),
]
QUESTION = "Hvad betyder digitalisering for din hverdag?"
START = datetime(2017, 11, 15, 17, 0)


@dataclass
class Workshop:
    committee_id: int
    meeting_id: int
    member_ids: list[int]  # the eleven present, in seat order
    absent_id: int
    items: list[int]  # welcome, question round, group work, working groups, closing


def build(db: Database) -> Workshop:
    """Eleven present members (4 politicians, 7 citizens), one afbud, five facilitation steps."""
    c = committees.create_committee(db, name="Opgaveudvalg for digitalisering", kind="opgaveudvalg").id
    assert c is not None
    ids = [committees.add_member(db, c, name=n, group=g, role=r).id for n, g, r in MEMBERS]
    meeting_id = meetings.create_meeting(db, c, title="Opgaveudvalg for digitalisering", number=3,
                                         starts_at=START, location="Rådhuset, mødesal 1").id
    meetings.create_meeting(db, c, title="Opgaveudvalg for digitalisering", number=4,
                            starts_at=datetime(2018, 1, 31, 17, 0))
    assert meeting_id is not None
    for mid in ids[:-1]:
        attendance.set_attendance(db, meeting_id, mid, "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, meeting_id, ids[-1], "excused")  # type: ignore[arg-type]
    items = [
        agenda.add_item(db, meeting_id, title="Velkomst", kind="welcome", planned_minutes=10,
                        summary="Formanden byder velkommen og gennemgår aftenens program.").id,
        agenda.add_item(db, meeting_id, title="Spørgerunde", kind="question_round", planned_minutes=30,
                        question=QUESTION).id,
        agenda.add_item(db, meeting_id, title="Gruppearbejde om pejlemærker", kind="group_work",
                        planned_minutes=60,
                        discussion_questions=["Hvad skal kendetegne kommunens digitale service?",
                                              "Hvem må ikke blive glemt?"],
                        perspectives=["Borgeren", "Medarbejderen", "Virksomheden"]).id,
        agenda.add_item(db, meeting_id, title="Nedsættelse af arbejdsgrupper", kind="working_groups",
                        planned_minutes=20).id,
        agenda.add_item(db, meeting_id, title="Afrunding", kind="closing", planned_minutes=5).id,
    ]
    return Workshop(c, meeting_id, ids[:-1], ids[-1], items)  # type: ignore[arg-type]


class Clock:
    """A wall clock the test moves forward."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, minutes: float) -> None:
        self.at += timedelta(minutes=minutes)


class Shots:
    """Saves grabs when WORKSHOP_SCREENSHOTS names a folder; otherwise only checks they render."""

    def __init__(self) -> None:
        folder = os.environ.get("WORKSHOP_SCREENSHOTS")
        self.folder = Path(folder) if folder else None

    def __call__(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        image = widget.grab()
        assert not image.isNull() and image.width() > 0
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            image.save(str(self.folder / f"{name}.png"))


def ctrl(qtbot: object, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]


def open_run_mode(qtbot: object, db: Database, meeting_id: int,
                  clock: Clock) -> tuple[AppContext, RunModePanel, ProjectorWindow]:
    ctx = AppContext(db)
    panel = RunModePanel(ctx, now=clock)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 800)
    panel.set_meeting(meeting_id)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)  # type: ignore[attr-defined]
    projector = panel.show_projector()
    assert projector is not None
    projector.resize(1920, 1080)
    # Shortcuts only reach the active window, and showing the projector took that away.
    panel.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)  # type: ignore[attr-defined]
    return ctx, panel, projector


INPUTS = {  # six themes, five inputs each, spread over the three groups
    "Digital service døgnet rundt": ["Selvbetjening om aftenen", "Svar samme dag", "Chat med sagsbehandler",
                                     "Booking af tider online", "Status på min sag"],
    "Ingen lades tilbage": ["Hjælp til ældre", "Kurser på biblioteket", "Papir skal stadig være muligt",
                            "Tolk og tegnsprog", "Digital makker-ordning"],
    "Tryghed om data": ["Vide hvem der ser mine data", "Sikker log-in", "Samtykke der kan trækkes tilbage",
                        "Åbenhed om algoritmer", "Hurtig besked ved brud"],
    "Velfærdsteknologi": ["Skærmbesøg i hjemmeplejen", "Robotstøvsugere", "Sensorer mod fald",
                          "Medicin-dispenser", "Træning via app"],
    "Medarbejdernes kompetencer": ["Uddannelse i nye systemer", "Tid til at lære", "Superbrugere",
                                   "Færre systemer", "Medarbejdere med i udviklingen"],
    "Teknologi i undervisningen": ["Kodning i folkeskolen", "Tablets i indskolingen", "Kritisk tænkning",
                                   "Forældre med på råd", "Digital dannelse"],
}


def test_whole_workshop_from_the_keyboard(qtbot: object, sqlite_db: Database) -> None:
    db = sqlite_db
    w = build(db)
    clock = Clock(START + timedelta(minutes=2))
    shots = Shots()
    ctx, panel, projector = open_run_mode(qtbot, db, w.meeting_id, clock)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    names = {m.id: m.name for m in committees.list_members(db, w.committee_id)}

    # --- before the start and the welcome ------------------------------------------------
    assert panel.next_button.text().startswith("Start mødet")
    ctrl(qtbot, panel, Qt.Key.Key_Right)
    meeting = meetings.get_meeting(db, w.meeting_id)
    assert meeting.current_item_id == w.items[0]
    assert agenda.get_item(db, w.items[0]).started_at == START + timedelta(minutes=2)
    assert projector.findChild(QWidget, "projector_step").text() == "1. Velkomst"  # type: ignore[union-attr]
    assert projector.findChild(QWidget, "projector_title").text() == "3. Opgaveudvalg for digitalisering"  # type: ignore[union-attr]
    assert panel.timer_label.text() == "10:00"
    clock.advance(12.5)
    panel.timer.tick()
    assert panel.timer_label.text() == "-02:30"
    assert panel.overrun_label.text() == "Overskredet med 2 min"
    assert projector.findChild(QWidget, "projector_timer").text() == "-02:30"  # type: ignore[union-attr]
    assert projector.overrun_label.text() == "Overskredet med 2 min"
    shots(panel, "run-step")
    shots(projector, "projector-step")

    # --- question round of eleven, one skipped and come back to --------------------------
    ctrl(qtbot, panel, Qt.Key.Key_Right)
    assert panel.step_label.text() == "2. Spørgerunde"
    assert projector.question.text() == QUESTION
    assert panel.schedule.cells()[0][4:] == ["17:02", "+2"]
    assert panel.schedule.cells()[1][2:6] == ["17:10", "30", "17:14", "+4"]
    q = panel.question_page
    entry = q.answer_edit
    entry.setFocus()
    order = list(q.order)
    assert [names[m] for m in order] == [n for n, _, _ in MEMBERS[:11]]  # seat order
    skipped = order[2]
    for member_id in order:
        assert q.current_name() == names[member_id] or member_id == skipped
        if member_id == skipped:
            assert q.current == skipped
            ctrl(qtbot, entry, Qt.Key.Key_S)  # Ctrl+S: later
            continue
        qtbot.keyClicks(entry, f"Svar fra {names[member_id].split()[0]}")  # type: ignore[attr-defined]
        qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        if member_id == order[6]:
            shots(panel, "run-question-round")  # mid-round: one skipped, the next speaker marked
    assert q.current == skipped  # back to the skipped one at the end
    qtbot.keyClicks(entry, "Svar fra Brian, der blev sprunget over")  # type: ignore[attr-defined]
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert q.current is None and q.speaker_label.text().startswith("Alle har svaret (11 af 11)")
    answers = {a.member_id: a.text for a in capture.list_answers(db, w.items[1])}
    assert len(answers) == 11 and answers[skipped] == "Svar fra Brian, der blev sprunget over"
    assert len(projector.answer_texts()) == 11
    assert "Brian Mühdorff: Svar fra Brian, der blev sprunget over" in projector.answer_texts()
    shots(projector, "projector-question-round")

    # --- group work: three balanced groups ---------------------------------------------------
    clock.advance(31)
    ctrl(qtbot, entry, Qt.Key.Key_Right)  # from inside the answer field
    assert panel.step_label.text() == "3. Gruppearbejde om pejlemærker"
    assert panel.pages.currentWidget() is panel.group_tabs
    groups_page = panel.groups_page
    assert groups_page.count_spin.value() == 3
    groups_page.auto_button.setFocus()
    qtbot.keyClick(groups_page.auto_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    groups = capture.list_groups(db, w.items[2])
    members = capture.group_members(db, w.items[2])
    assert [g.name for g in groups] == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    assert sorted(len(members[g.id]) for g in groups) == [3, 4, 4]  # type: ignore[index]
    kinds = {m.id: m.group for m in committees.list_members(db, w.committee_id)}
    for g in groups:
        assert {kinds[m] for m in members[g.id]} == {"politiker", "borger"}  # type: ignore[index]
    assert sorted(m for g in groups for m in members[g.id]) == sorted(w.member_ids)  # type: ignore[index]
    shots(panel, "run-groups")
    # By hand: Alt+2 moves the first member of group 1 to group 2.
    first_list = groups_page.lists[0]
    moved = first_list.item(0).data(Qt.ItemDataRole.UserRole)
    first_list.setCurrentRow(0)
    qtbot.keyClick(first_list, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    assert moved in capture.group_members(db, w.items[2])[groups[1].id]  # type: ignore[index]
    panel.ctx.undo_stack.undo()
    assert moved in capture.group_members(db, w.items[2])[groups[0].id]  # type: ignore[index]

    # --- thirty inputs typed into the group columns -------------------------------------------
    panel.group_tabs.setCurrentIndex(1)
    assert projector.view == "inputs"
    inputs_page = panel.inputs_page
    themes = list(INPUTS.items())
    flat = [(text, theme) for theme, texts in themes for text in texts]
    for n, (text, _) in enumerate(flat):
        box = inputs_page.entries[n % 3]
        box.setFocus()
        qtbot.keyClicks(box, text)  # type: ignore[attr-defined]
        qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        assert box.text() == ""
    stored = capture.list_inputs(db, w.items[2])
    assert len(stored) == 30
    cards = projector.group_cards()
    assert list(cards) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    assert cards["Gruppe 1"][:2] == [flat[0][0], flat[3][0]]
    assert sum(len(v) for v in cards.values()) == 30
    shots(panel, "run-group-inputs")
    shots(projector, "projector-group-inputs")

    # --- six candidates from the inputs; one input dragged onto its candidate; merge two ----------
    by_text = {i.text: i.id for i in stored}
    for theme, texts in themes:
        wanted = {by_text[t] for t in texts[:-1]} if theme == themes[0][0] else {by_text[t] for t in texts}
        for lst in inputs_page.input_lists:
            for r in range(lst.count()):
                row = lst.item(r)
                row.setSelected(row.data(Qt.ItemDataRole.UserRole) in wanted)
        inputs_page.title_edit.setFocus()
        qtbot.keyClicks(inputs_page.title_edit, theme)  # type: ignore[attr-defined]
        qtbot.keyClick(inputs_page.title_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == list(INPUTS)
    # Drag the fifth "døgnet rundt" input onto its candidate.
    last = by_text[themes[0][1][-1]]
    tree = inputs_page.tree
    target = tree.visualItemRect(tree.topLevelItem(0)).center()
    mime = QMimeData()
    mime.setData(INPUT_MIME, str(last).encode())
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert all(i.candidate_id is not None for i in capture.list_inputs(db, w.items[2]))
    # Merge "Teknologi i undervisningen" into "Velfærdsteknologi".
    inputs_page.select_candidates([cands[3].id, cands[5].id])  # type: ignore[list-item]
    inputs_page.merge_button.click()
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == list(INPUTS)[:5]
    under = [i for i in capture.list_inputs(db, w.items[2]) if i.candidate_id == cands[3].id]
    assert len(under) == 10
    assert projector.bars.bars() == [] or all(b.value == 0 for b in projector.bars.bars())

    # --- dot-voting: three dots each, honest per member ---------------------------------------------
    panel.group_tabs.setCurrentIndex(2)
    assert projector.view == "votes"
    votes_page = panel.votes_page
    assert votes_page.dots == 3
    grid = votes_page.grid
    c_ids = [c.id for c in cands]
    plan = {  # member index -> {candidate index: dots}
        0: {0: 2, 1: 1}, 1: {0: 3}, 2: {1: 2, 2: 1}, 3: {0: 1, 3: 2}, 4: {2: 3},
        5: {1: 3}, 6: {0: 2, 4: 1}, 7: {3: 3}, 8: {1: 1, 2: 2}, 9: {0: 1, 4: 2}, 10: {4: 1, 2: 1, 1: 1},
    }
    for m_index, dots in plan.items():
        member_id = w.member_ids[m_index]
        for c_index, count in dots.items():
            grid.setCurrentCell(*votes_page.cell(c_ids[c_index], member_id))  # type: ignore[arg-type]
            grid.setFocus()
            qtbot.keyClicks(grid, str(count))  # type: ignore[attr-defined]  # opens the cell editor
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit) and editor.text() == str(count)
            qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            QApplication.processEvents()  # the delegate commits on Enter through a queued call
            assert voting.member_votes(db, w.items[2])[(c_ids[c_index], member_id)] == count
    assert not errors, errors
    totals = {c.title: c.votes for c in candidates.list_candidates(db, w.items[2])}
    assert totals == {"Digital service døgnet rundt": 9, "Ingen lades tilbage": 8, "Tryghed om data": 7,
                      "Velfærdsteknologi": 5, "Medarbejdernes kompetencer": 4}
    assert sum(totals.values()) == 33
    # A fourth dot is refused with a clear Danish message, and nothing changes.
    assert not votes_page.set_votes(c_ids[4], w.member_ids[1], 1)  # type: ignore[arg-type]
    assert panel.message.text().startswith("Anne Hjorth har kun 3 stemmer og har allerede brugt 3")
    assert voting.used_dots(db, w.items[2])[w.member_ids[1]] == 3
    assert len(errors) == 1
    errors.clear()
    per_member = voting.member_votes(db, w.items[2])
    for c in candidates.list_candidates(db, w.items[2]):
        assert c.votes == sum(n for (cid, _), n in per_member.items() if cid == c.id)
    bars = projector.findChild(QWidget, "projector_bars")
    assert [(b.label, b.value) for b in bars.bars()] == sorted(totals.items(), key=lambda kv: -kv[1])  # type: ignore[union-attr]
    shots(panel, "run-votes")
    shots(projector, "projector-votes")

    # --- choose four, reject the fifth ------------------------------------------------------------
    ranked = [c.id for c in candidates.ranked(db, w.items[2])]
    assert votes_page.ranked_ids() == ranked
    votes_page.select_ranked(ranked[:4])
    votes_page.ranking.setFocus()
    qtbot.keyClick(votes_page.ranking, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    votes_page.select_ranked(ranked[4:])
    qtbot.keyClick(votes_page.ranking, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    statuses = [c.status for c in candidates.ranked(db, w.items[2])]
    assert statuses == ["chosen"] * 4 + ["rejected"]
    assert votes_page.chosen_label.text() == "4 af 3–5 valgt"
    assert [b.highlighted for b in projector.bars.bars()] == [True] * 4  # the rejected one leaves the chart
    shots(panel, "run-votes-chosen")
    shots(projector, "projector-votes-chosen")

    # --- working groups --------------------------------------------------------------------------
    clock.advance(58)
    ctrl(qtbot, panel, Qt.Key.Key_Right)
    assert panel.pages.currentWidget() is panel.wg_page
    wg = panel.wg_page
    assert projector.view == "chosen"
    assert wg.source.count() == 5  # four chosen + "Frit emne"
    assert wg.name_edit.text() == "Digital service døgnet rundt"
    assert wg.reports_to.date().toPython() == date(2018, 1, 31)  # the committee's next meeting
    wg.check_members(w.member_ids[:3])
    wg.create_button.click()
    wg.source.setCurrentIndex(wg.source.count() - 1)  # "Frit emne"
    assert wg.name_edit.text() == ""
    wg.name_edit.setFocus()
    qtbot.keyClicks(wg.name_edit, "Digital inklusion på biblioteket")  # type: ignore[attr-defined]
    wg.mandate_edit.setPlainText("Undersøger hvordan biblioteket kan hjælpe borgere i gang.")
    wg.check_members([w.member_ids[2], w.member_ids[6]])  # Brian volunteers for both
    wg.create_button.click()
    groups_now = working_groups.list_working_groups(db, w.items[3])
    assert [g.name for g in groups_now] == ["Digital service døgnet rundt", "Digital inklusion på biblioteket"]
    assert sorted(working_groups.working_group_members(db, groups_now[0].id)) == sorted(w.member_ids[:3])  # type: ignore[arg-type]
    assert groups_now[0].meets_on == date(2017, 11, 29) and groups_now[0].reports_to == date(2018, 1, 31)
    assert "også i Digital service døgnet rundt" in wg.member_list.item(2).text()
    chosen_cards = projector.chosen_texts()
    assert chosen_cards[:4] == [f"{n}. {t}" for n, t in enumerate(list(totals)[:4], start=1)]
    assert chosen_cards[4].startswith("Digital service døgnet rundt\n")
    assert "Anne Hjorth, Brian Mühdorff, Mikael Fenger" in chosen_cards[4]
    assert chosen_cards[5].startswith("Digital inklusion på biblioteket\nUndersøger")
    shots(panel, "run-working-groups")
    shots(projector, "projector-chosen-working-groups")

    # --- closing ---------------------------------------------------------------------------------
    clock.advance(21)
    ctrl(qtbot, panel, Qt.Key.Key_Right)
    assert panel.step_label.text() == "5. Afrunding"
    closed: list[int] = []
    panel.meeting_closed.connect(closed.append)
    panel.close_button.setFocus()
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert closed == [w.meeting_id]
    meeting = meetings.get_meeting(db, w.meeting_id)
    assert meeting.ended_at == clock().strftime("%H:%M") == "19:04"
    assert projector.question.text() == "Mødet er hævet kl. 19:04"
    assert panel.timer_label.text() == projector.timer_label.text() == ""  # no time box runs any more
    assert not panel.close_button.isEnabled() and panel.close_button.text() == "Hævet kl. 19:04"
    starts = [r.actual_start.strftime("%H:%M") for r in agenda.schedule(db, w.meeting_id)]  # type: ignore[union-attr]
    assert starts == ["17:02", "17:14", "17:45", "18:43", "19:04"]
    assert not errors, errors
    shots(panel, "run-closed")
    agenda.start_item(db, w.items[4], datetime(2017, 11, 16, 9))  # already started: kept
    rows = agenda.schedule(db, w.meeting_id)
    assert deviation(rows[4]) == "+4"
    assert deviation(ScheduleRow(0, 6, "x", START, 5, datetime(2017, 11, 16, 9))) == "anden dag"

    # --- the referat drafted from it all -------------------------------------------------------------
    draft = pytest.importorskip("workshop.referat.draft")
    export = pytest.importorskip("workshop.meetingfile.export")
    referat = draft.draft_referat(export.meeting_document(db, w.meeting_id))
    text = json.dumps(referat.as_dict(), ensure_ascii=False)
    assert "Brian Mühdorff: Svar fra Brian, der blev sprunget over" in text
    assert "Udvalget valgte følgende pejlemærker: Digital service døgnet rundt, Ingen lades tilbage," in text
    assert "Der blev nedsat en arbejdsgruppe: Digital inklusion på biblioteket." in text
    assert "19:04" in text


def test_step_navigation_is_undoable_and_previous_keeps_the_start(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    clock = Clock(START)
    ctx, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, clock)
    panel.go_next()
    clock.advance(5)
    panel.go_next()
    clock.advance(5)
    panel.go_previous()
    assert meetings.get_meeting(sqlite_db, w.meeting_id).current_item_id == w.items[0]
    assert agenda.get_item(sqlite_db, w.items[0]).started_at == START  # not moved by going back
    ctrl(qtbot, panel, Qt.Key.Key_Plus)  # the projector's text size, from the laptop
    assert projector.scale == 1.1
    ctrl(qtbot, panel, Qt.Key.Key_Minus)
    assert projector.scale == 1.0
    assert projector.step.text() == "1. Velkomst"
    ctx.undo_stack.undo()  # back to the question round
    assert panel.step_label.text() == "2. Spørgerunde"
    ctx.undo_stack.undo()  # the question round never started
    assert agenda.get_item(sqlite_db, w.items[1]).started_at is None
    assert panel.step_label.text() == "1. Velkomst"


def test_vote_grid_refuses_text_and_too_many_dots(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    item = w.items[2]
    a = candidates.add_candidate(sqlite_db, item, title="Tryghed").id
    b = candidates.add_candidate(sqlite_db, item, title="Nærhed").id
    ctx, panel, _ = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.go_to(item)
    panel.group_tabs.setCurrentIndex(2)
    page = panel.votes_page
    page.dots_spin.setValue(2)
    anne = w.member_ids[1]
    assert page.set_votes(a, anne, 2)  # type: ignore[arg-type]
    assert not page.set_votes(b, anne, 1)  # type: ignore[arg-type]
    assert panel.message.text() == ('Anne Hjorth har kun 2 stemmer og har allerede brugt 2 på andre'
                                   ' pejlemærker; der kan højst sættes 0 på "Nærhed"')
    page.grid.item(*page.cell(a, anne)).setText("to")  # type: ignore[arg-type]
    assert '"to" er ikke et tal' in page.message.text()
    assert page.grid.item(*page.cell(a, anne)).text() == "2"  # the stored count again  # type: ignore[arg-type]
    assert voting.member_votes(sqlite_db, item) == {(a, anne): 2}
    ctx.undo_stack.undo()
    assert voting.member_votes(sqlite_db, item) == {}
    assert candidates.list_candidates(sqlite_db, item)[0].votes == 0


def test_fewer_groups_than_asked_so_nobody_sits_alone(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    for mid in w.member_ids[5:]:
        attendance.set_attendance(sqlite_db, w.meeting_id, mid, "absent")
    _, panel, _ = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.go_to(w.items[2])
    panel.groups_page.count_spin.setValue(4)
    panel.groups_page.auto_button.click()
    sizes = sorted(len(v) for v in capture.group_members(sqlite_db, w.items[2]).values())
    assert sizes == [2, 3]
    assert "Færre end ønsket, så ingen sidder alene" in panel.groups_page.message.text()


def test_run_mode_inside_the_main_window_hands_over_to_the_referat(qtbot: object, tmp_path: Path) -> None:
    main_window = pytest.importorskip("ui.main_window")
    db = Database(f"sqlite:///{tmp_path}/ws.db")
    w = build(db)
    window = main_window.MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()  # panels not on screen defer building group work until shown
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.open_database(db)
    window.ctx.select_meeting(w.meeting_id)  # type: ignore[union-attr]
    panel = next(p for p in window.panels if isinstance(p, RunModePanel))
    panel.now = Clock(START + timedelta(minutes=3))  # type: ignore[method-assign]
    window.show_panel(window.tabs.indexOf(panel))
    assert window.tabs.currentWidget() is panel
    qtbot.waitUntil(panel.isVisible)  # type: ignore[attr-defined]
    assert panel.meeting_id == w.meeting_id
    panel.go_next()
    assert meetings.get_meeting(db, w.meeting_id).current_item_id == w.items[0]
    panel.now.advance(45)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    panel.go_to(w.items[2])
    panel.groups_page.auto_button.click()
    panel.group_tabs.setCurrentIndex(1)
    for n, text in enumerate(["Selvbetjening om aftenen", "Hjælp til ældre", "Sikker log-in", "Svar samme dag"]):
        panel.inputs_page.entries[n % 3].setText(text)
        panel.inputs_page.entries[n % 3].returnPressed.emit()
    assert len(capture.list_inputs(db, w.items[2])) == 4
    Shots()(window, "run-main-window")
    panel.close_meeting()
    assert meetings.get_meeting(db, w.meeting_id).ended_at is not None
    if any(type(p).__name__ == "ReferatPanel" for p in window.panels):
        assert type(window.tabs.currentWidget()).__name__ == "ReferatPanel"
    window.close()
    db.close()


def test_projector_follows_changes_made_elsewhere(qtbot: object, sqlite_db: Database) -> None:
    """Another panel's write (broadcast through ctx.changed) shows at once, without polling."""
    w = build(sqlite_db)
    ctx, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.go_to(w.items[1])
    ctx.broadcast(capture.set_answer(sqlite_db, w.items[1], w.member_ids[0], "Nemmere hverdag"))
    assert projector.answer_texts() == ["Mikael Fenger: Nemmere hverdag"]
    ctx.broadcast(agenda.update_item(sqlite_db, w.items[1], question="Et nyt spørgsmål?"))
    assert projector.question.text() == "Et nyt spørgsmål?"
    assert panel.question_label.text() == "Et nyt spørgsmål?"


def test_undo_and_redo_through_groups_inputs_candidates_votes_and_merge(qtbot: object,
                                                                         sqlite_db: Database) -> None:
    db = sqlite_db
    w = build(db)
    item = w.items[2]
    ctx, panel, _ = open_run_mode(qtbot, db, w.meeting_id, Clock(START))
    panel.go_to(item)
    panel.groups_page.auto_button.click()
    groups = [g.id for g in capture.list_groups(db, item)]
    panel.group_tabs.setCurrentIndex(1)
    page = panel.inputs_page
    for n, text in enumerate(["Tryghed", "Nærhed", "Tillid"]):
        page.entries[n].setText(text)
        page.entries[n].returnPressed.emit()
    inputs = {i.text: i.id for i in capture.list_inputs(db, item)}
    a = panel.edits.add_candidate(item, "Tryghed og tillid", [inputs["Tryghed"]])
    b = panel.edits.add_candidate(item, "Tillid", [inputs["Tillid"]])
    assert a is not None and b is not None
    anne, bo = w.member_ids[1], w.member_ids[2]
    panel.group_tabs.setCurrentIndex(2)
    assert panel.votes_page.set_votes(a, anne, 1)
    assert panel.votes_page.set_votes(b, anne, 2)
    assert panel.votes_page.set_votes(b, bo, 3)
    before = voting.member_votes(db, item)
    page.select_candidates([a, b])
    page.merge_button.click()
    assert voting.member_votes(db, item) == {(a, anne): 3, (a, bo): 3}
    assert [(c.title, c.votes) for c in candidates.list_candidates(db, item)] == [("Tryghed og tillid", 6)]
    ctx.undo_stack.undo()
    assert voting.member_votes(db, item) == before
    assert [(c.id, c.votes) for c in candidates.list_candidates(db, item)] == [(a, 1), (b, 5)]
    assert {i.text: i.candidate_id for i in capture.list_inputs(db, item)}["Tillid"] == b
    ctx.undo_stack.redo()
    assert [(c.title, c.votes) for c in candidates.list_candidates(db, item)] == [("Tryghed og tillid", 6)]
    # Undo everything back to before the groups, then redo it all: same ids, same result.
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert capture.list_groups(db, item) == [] and candidates.list_candidates(db, item) == []
    assert meetings.get_meeting(db, w.meeting_id).current_item_id is None
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    assert [g.id for g in capture.list_groups(db, item)] == groups
    assert sorted(i.text for i in capture.list_inputs(db, item)) == ["Nærhed", "Tillid", "Tryghed"]
    assert voting.member_votes(db, item) == {(a, anne): 3, (a, bo): 3}
    assert panel.step_label.text() == "3. Gruppearbejde om pejlemærker"


def test_next_speaker_returns_to_the_skipped_at_the_end() -> None:
    from ui.panels.run_question import next_speaker

    order = [1, 2, 3, 4]
    assert next_speaker(order, None, set(), set()) == 1
    assert next_speaker(order, 1, {1}, set()) == 2
    assert next_speaker(order, 2, {1}, {2}) == 3  # 2 skipped
    assert next_speaker(order, 4, {1, 3, 4}, {2}) == 2  # end of the round: back to 2
    assert next_speaker(order, 2, {1, 3, 4}, {2}) == 2  # skipping the last one left keeps them
    assert next_speaker(order, 2, {1, 2, 3, 4}, set()) is None


def test_shuffle_and_correcting_an_earlier_answer(qtbot: object, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    _, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.go_to(w.items[1])
    q = panel.question_page
    q.set_order(shuffled=True, seed=7)
    assert sorted(q.order) == sorted(w.member_ids) and q.order != w.member_ids
    first = q.order[0]
    assert q.current == first
    q.answer_edit.setText("Første svar")
    q.save_answer()
    assert q.current == q.order[1]
    q._pick(q.speakers.item(0))  # click the first speaker again to correct
    assert q.current == first and q.answer_edit.text() == "Første svar"
    q.answer_edit.setText("Rettet svar")
    q.save_answer()
    assert {a.member_id: a.text for a in capture.list_answers(sqlite_db, w.items[1])} == {first: "Rettet svar"}
    assert projector.answer_texts()[0].endswith(": Rettet svar")
    q.answer_edit.setText("")
    q.save_answer()
    assert q.status.text() == "Skriv svaret, eller spring over med Ctrl+S."
