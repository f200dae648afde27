"""The chair's layout (Afvikling): a whole facilitation workshop from the keyboard, checked in the
database, on the projector and in the drafted referat.

Set WORKSHOP_SCREENSHOTS=<folder> to save run-*.png / projector-*.png of each state.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from tests.ui.meeting_builders import MEMBERS, QUESTION, START, Clock, Shots, build
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
from ui.meeting_step import meeting_step
from ui.models.input_model import input_mime
from ui.panels.question_round import next_speaker
from ui.panels.run_mode import RunModePanel
from ui.panels.run_schedule import deviation
from ui.projector import ProjectorWindow

__all__ = ["START", "build"]  # test_projector imports them from here


def ctrl(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def open_run_mode(qtbot: QtBot, db: Database, meeting_id: int,
                  clock: Clock) -> tuple[AppContext, RunModePanel, ProjectorWindow]:
    ctx = AppContext(db)
    meeting_step(ctx).now = clock
    panel = RunModePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    ctx.select_meeting(meeting_id)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    projector = panel.show_projector()
    assert projector is not None
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    # Shortcuts only reach the active window, and showing the projector took that away.
    panel.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
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


def test_whole_workshop_from_the_keyboard(qtbot: QtBot, sqlite_db: Database,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    db = sqlite_db
    w = build(db)
    clock = Clock(START + timedelta(minutes=2))
    shots = Shots()
    ctx, panel, projector = open_run_mode(qtbot, db, w.meeting_id, clock)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    names = {m.id: m.name for m in committees.list_members(db, w.committee_id)}
    view = panel.view

    # --- before the start and the welcome ------------------------------------------------
    assert panel.next_button.text().startswith("Start mødet")
    ctrl(qtbot, panel, Qt.Key.Key_PageDown)
    meeting = meetings.get_meeting(db, w.meeting_id)
    assert meeting.current_item_id == w.items[0]
    assert agenda.get_item(db, w.items[0]).started_at == START + timedelta(minutes=2)
    assert projector.step.text() == "1. Velkomst"
    assert projector.title.text() == "Opgaveudvalg for digitalisering · 3. møde"
    assert panel.timer_label.text() == "10:00"
    clock.advance(12.5)
    panel.timer.tick()
    assert panel.timer_label.text() == "-02:30"
    assert panel.overrun_label.text() == "Overskredet med 2 min"
    assert projector.timer_label.text() == "-02:30"
    assert projector.overrun_label.text() == "Overskredet med 2 min"
    shots(panel, "run-step")
    shots(projector, "projector-step")

    # --- question round of eleven, one skipped and come back to --------------------------
    ctrl(qtbot, panel, Qt.Key.Key_Right)  # Ctrl+→ outside a text field: the next step
    assert panel.step_label.text() == "2. Spørgerunde"
    assert projector.question.text() == QUESTION
    assert panel.schedule.cells()[0] == ["1. Velkomst", "17:00", "17:02", "+2"]
    assert panel.schedule.cells()[1] == ["2. Spørgerunde", "17:10", "17:14", "+4"]
    q = view.question_round
    order = list(q.order)
    assert [names[m] for m in order] == [n for n, _, _ in MEMBERS[:11]]  # seat order
    q.focus_current()
    skipped = order[2]
    for member_id in order:
        edit = q.row(member_id).edit  # type: ignore[union-attr]
        if member_id == skipped:
            assert q.current == skipped and edit.hasFocus()
            ctrl(qtbot, edit, Qt.Key.Key_S)  # Ctrl+S: later
            continue
        assert q.current == member_id and edit.hasFocus()
        qtbot.keyClicks(edit, f"Svar fra {names[member_id].split()[0]}")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        if member_id == order[6]:
            shots(panel, "run-question-round")  # mid-round: one skipped, the next speaker marked
    assert q.current == skipped  # back to the skipped one at the end
    edit = q.row(skipped).edit  # type: ignore[union-attr]
    qtbot.keyClicks(edit, "Svar fra Brian, der blev sprunget over")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert q.current is None and q.speaker_label.text().startswith("Alle har svaret (11 af 11)")
    answers = {a.member_id: a.text for a in capture.list_answers(db, w.items[1])}
    assert len(answers) == 11 and answers[skipped] == "Svar fra Brian, der blev sprunget over"
    assert len(projector.answer_texts()) == 11
    assert "Brian Mühdorff: Svar fra Brian, der blev sprunget over" in projector.answer_texts()
    shots(projector, "projector-question-round")

    # --- group work: three balanced groups ---------------------------------------------------
    clock.advance(31)
    ctrl(qtbot, edit, Qt.Key.Key_PageDown)  # from inside the answer field
    assert panel.step_label.text() == "3. Gruppearbejde om pejlemærker · Grupper"
    assert view.pages.currentWidget() is view.group_tabs and view.group_tabs.currentIndex() == 0
    groups_view = view.groups
    assert groups_view.count_spin.value() == 3
    groups_view.auto_button.setFocus()
    qtbot.keyClick(groups_view.auto_button, Qt.Key.Key_Space)
    groups = capture.list_groups(db, w.items[2])
    members = capture.group_members(db, w.items[2])
    assert [g.name for g in groups] == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    assert sorted(len(members[g.id]) for g in groups) == [3, 4, 4]  # type: ignore[index]
    kinds = {m.id: m.group for m in committees.list_members(db, w.committee_id)}
    for g in groups:
        assert {kinds[m] for m in members[g.id]} == {"politiker", "borger"}  # type: ignore[index]
    assert sorted(m for g in groups for m in members[g.id]) == sorted(w.member_ids)  # type: ignore[index]
    assert projector.view == "inputs" and list(projector.group_cards()) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    shots(panel, "run-groups")
    # By hand: Alt+2 moves the first member of group 1 to group 2.
    first_list = groups_view.lists[0]
    moved = first_list.item(0).data(Qt.ItemDataRole.UserRole)
    first_list.setFocus()
    first_list.setCurrentRow(0)
    qtbot.keyClick(first_list, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert moved in capture.group_members(db, w.items[2])[groups[1].id]  # type: ignore[index]
    ctx.undo_stack.undo()
    assert moved in capture.group_members(db, w.items[2])[groups[0].id]  # type: ignore[index]

    # --- thirty inputs typed into the group columns -------------------------------------------
    ctrl(qtbot, first_list, Qt.Key.Key_PageDown)
    assert meetings.current_step(db, w.meeting_id) == (w.items[2], "inputs")
    assert view.group_tabs.currentIndex() == 1 and projector.view == "inputs"
    inputs_view = view.inputs
    columns = [inputs_view.columns[g.id] for g in groups]  # type: ignore[index]
    themes = list(INPUTS.items())
    flat = [(text, theme) for theme, texts in themes for text in texts]
    for n, (text, _) in enumerate(flat):
        box = columns[n % 3].entry
        box.setFocus()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.text() == ""
    stored = capture.list_inputs(db, w.items[2])
    assert len(stored) == 30
    cards = projector.group_cards()
    assert list(cards) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    assert cards["Gruppe 1"][:2] == [flat[0][0], flat[3][0]]
    assert sum(len(v) for v in cards.values()) == 30
    shots(panel, "run-group-inputs")
    shots(projector, "projector-group-inputs")

    # --- six candidates: made from one column's inputs, the other columns' added; one dragged; merge two -------
    by_text = {i.text: i.id for i in stored}
    by_group = {i.id: i.group_id for i in stored}
    cands_view = inputs_view.candidates
    for theme, texts in themes:
        wanted = [by_text[t] for t in (texts[:-1] if theme == themes[0][0] else texts)]
        per_column = [[i for i in wanted if by_group[i] == g.id] for g in groups]
        first_col = next(n for n, ids in enumerate(per_column) if ids)
        inputs_view.select_inputs(per_column[first_col])
        cands_view.new_title.setFocus()
        qtbot.keyClicks(cands_view.new_title, theme)
        qtbot.keyClick(cands_view.new_title, Qt.Key.Key_Return)
        created = candidates.list_candidates(db, w.items[2])[-1].id
        for ids in per_column[first_col + 1:]:
            if ids:
                inputs_view.select_inputs(ids)
                cands_view.select([created])  # type: ignore[list-item]
                qtbot.mouseClick(cands_view.assign_button, Qt.MouseButton.LeftButton)
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == list(INPUTS)
    # Drag the fifth "døgnet rundt" input onto its candidate.
    last = by_text[themes[0][1][-1]]
    tree = cands_view.tree
    target = tree.visualRect(cands_view.model.index(0, 0)).center()  # type: ignore[union-attr]
    shown = inputs_view.model.shown(last)  # type: ignore[union-attr]
    assert shown is not None
    mime = input_mime(by_group[last], [shown])
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert all(i.candidate_id is not None for i in capture.list_inputs(db, w.items[2]))
    assert inputs_view.counts.text() == "30 input, heraf 0 uden pejlemærke"
    # Merge "Teknologi i undervisningen" into "Velfærdsteknologi".
    cands_view.select([cands[3].id, cands[5].id])  # type: ignore[list-item]
    cands_view.merge_button.click()
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == list(INPUTS)[:5]
    under = [i for i in capture.list_inputs(db, w.items[2]) if i.candidate_id == cands[3].id]
    assert len(under) == 10
    assert all(b.value == 0 for b in projector.bars.bars())

    # --- dot-voting: three dots each, honest per member ---------------------------------------------
    ctrl(qtbot, tree, Qt.Key.Key_PageDown)
    assert view.group_tabs.currentIndex() == 2 and projector.view == "votes"
    votes_view = view.votes
    assert votes_view.dots == 3
    grid = votes_view.grid
    c_ids = [c.id for c in cands]
    plan = {  # member index -> {candidate index: dots}
        0: {0: 2, 1: 1}, 1: {0: 3}, 2: {1: 2, 2: 1}, 3: {0: 1, 3: 2}, 4: {2: 3},
        5: {1: 3}, 6: {0: 2, 4: 1}, 7: {3: 3}, 8: {1: 1, 2: 2}, 9: {0: 1, 4: 2}, 10: {4: 1, 2: 1, 1: 1},
    }
    for m_index, dots in plan.items():
        member_id = w.member_ids[m_index]
        for c_index, count in dots.items():
            grid.setFocus()
            grid.setCurrentIndex(votes_view.cell(c_ids[c_index], member_id))  # type: ignore[arg-type]
            qtbot.keyClicks(grid, str(count))  # opens the cell editor
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit) and editor.text() == str(count)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            QApplication.processEvents()  # the delegate commits on Enter through a queued call
            assert voting.member_votes(db, w.items[2])[(c_ids[c_index], member_id)] == count  # type: ignore[index]
    assert not errors, errors
    totals = {c.title: c.votes for c in candidates.list_candidates(db, w.items[2])}
    assert totals == {"Digital service døgnet rundt": 9, "Ingen lades tilbage": 8, "Tryghed om data": 7,
                      "Velfærdsteknologi": 5, "Medarbejdernes kompetencer": 4}
    # A fourth dot is refused with a clear Danish message, and nothing changes.
    assert not votes_view.set_votes(c_ids[4], w.member_ids[1], 1)  # type: ignore[arg-type]
    assert panel.message.text().startswith("Anne Hjorth har kun 3 stemmer og har allerede brugt 3")
    assert voting.used_dots(db, w.items[2])[w.member_ids[1]] == 3
    assert len(errors) == 1
    errors.clear()
    per_member = voting.member_votes(db, w.items[2])
    for c in candidates.list_candidates(db, w.items[2]):
        assert c.votes == sum(n for (cid, _), n in per_member.items() if cid == c.id)
    assert [(b.label, b.value) for b in projector.bars.bars()] == sorted(totals.items(), key=lambda kv: -kv[1])
    shots(panel, "run-votes")
    shots(projector, "projector-votes")

    # --- choose four (V), reject the fifth (F) -------------------------------------------------------
    ranked = [c.id for c in candidates.ranked(db, w.items[2])]
    assert votes_view.ranked_ids() == ranked
    votes_view.ranking.setFocus()
    votes_view.select_ranked(ranked[:4])  # type: ignore[arg-type]
    qtbot.keyClick(votes_view.ranking, Qt.Key.Key_V)
    votes_view.select_ranked(ranked[4:])  # type: ignore[arg-type]
    qtbot.keyClick(votes_view.ranking, Qt.Key.Key_F)
    statuses = [c.status for c in candidates.ranked(db, w.items[2])]
    assert statuses == ["chosen"] * 4 + ["rejected"]
    assert votes_view.chosen_label.text() == "4 af 3–5 valgt"
    assert [votes_view.ranked.index(r, 2).data() for r in range(5)] == ["valgt"] * 4 + ["fravalgt"]  # type: ignore[union-attr]
    assert [b.highlighted for b in projector.bars.bars()] == [True] * 4  # the rejected one leaves the chart
    shots(panel, "run-votes-chosen")
    shots(projector, "projector-votes-chosen")

    # --- working groups: one from a chosen pejlemærke, one from a free topic ------------------------
    clock.advance(58)
    ctrl(qtbot, votes_view.ranking, Qt.Key.Key_PageDown)
    assert view.pages.currentWidget() is view.working_groups
    wg = view.working_groups
    assert projector.view == "chosen"
    assert wg.source.count() == 4 and wg.source.currentText() == "Digital service døgnet rundt"
    wg.from_button.click()
    first = working_groups.list_working_groups(db, w.items[3])[0]
    assert (first.name, first.meets_on, first.reports_to) == ("Digital service døgnet rundt", None, None)
    assert first.mandate.startswith('Arbejde videre med pejlemærket "Digital service døgnet rundt"')
    assert wg.members.hasFocus()
    for row in range(3):
        wg.members.setCurrentRow(row)
        qtbot.keyClick(wg.members, Qt.Key.Key_Space)
    for field, text in ((wg.meets_on.edit, "29-11"), (wg.reports_to.edit, "31.1.2018")):
        field.setFocus()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    wg.new_name.setFocus()
    qtbot.keyClicks(wg.new_name, "Digital inklusion på biblioteket")
    qtbot.keyClick(wg.new_name, Qt.Key.Key_Return)
    assert wg.mandate.hasFocus()
    qtbot.keyClicks(wg.mandate, "Undersøger hvordan biblioteket kan hjælpe borgere i gang.")
    wg.members.setFocus()
    for row in (2, 6):  # Brian volunteers for both
        wg.members.setCurrentRow(row)
        qtbot.keyClick(wg.members, Qt.Key.Key_Space)
    groups_now = working_groups.list_working_groups(db, w.items[3])
    assert [g.name for g in groups_now] == ["Digital service døgnet rundt", "Digital inklusion på biblioteket"]
    assert sorted(working_groups.working_group_members(db, groups_now[0].id)) == sorted(w.member_ids[:3])  # type: ignore[arg-type]
    assert groups_now[0].meets_on == date(2017, 11, 29) and groups_now[0].reports_to == date(2018, 1, 31)
    assert groups_now[1].mandate == "Undersøger hvordan biblioteket kan hjælpe borgere i gang."
    assert "(har en gruppe)" in wg.source.itemText(wg.source.count() - 1)
    chosen_cards = projector.chosen_texts()
    assert chosen_cards[:4] == [f"{n}. {t}" for n, t in enumerate(list(totals)[:4], start=1)]
    assert chosen_cards[4].startswith("Digital service døgnet rundt\n")
    assert "Mikael Fenger, Anne Hjorth, Brian Mühdorff" in chosen_cards[4]
    assert chosen_cards[5].startswith("Digital inklusion på biblioteket\nUndersøger")
    shots(panel, "run-working-groups")
    shots(projector, "projector-chosen-working-groups")

    # --- closing: "Hæv mødet" asks first -------------------------------------------------------------
    clock.advance(21)
    ctrl(qtbot, wg.members, Qt.Key.Key_PageDown)
    assert panel.step_label.text() == "5. Afrunding"
    closed: list[int] = []
    panel.meeting_closed.connect(closed.append)
    answers_given = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: next(answers_given)))
    panel.close_button.setFocus()
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Space)  # "Nej": nothing happens
    assert meetings.get_meeting(db, w.meeting_id).ended_at is None and closed == []
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Space)
    assert closed == [w.meeting_id]
    meeting = meetings.get_meeting(db, w.meeting_id)
    assert meeting.ended_at == clock().strftime("%H:%M") == "19:04"
    assert projector.question.text() == "Mødet er hævet kl. 19:04"
    assert panel.timer_label.text() == projector.timer_label.text() == ""  # no time box runs any more
    assert not panel.close_button.isEnabled() and panel.close_button.text() == "Hævet kl. 19:04"
    # The time can be corrected (until the referat is sent).
    ended = view.closing.ended
    ended.setFocus()
    ended.selectAll()
    qtbot.keyClicks(ended, "19.10")
    qtbot.keyClick(ended, Qt.Key.Key_Return)
    assert meetings.get_meeting(db, w.meeting_id).ended_at == "19:10"
    assert projector.question.text() == "Mødet er hævet kl. 19:10"
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
    assert '"Valgte pejlemærker"' in text and '"Digital service døgnet rundt (' in text  # ranked with votes
    assert "Der blev nedsat 2 arbejdsgrupper" in text or "Digital inklusion på biblioteket" in text
    assert "19:10" in text


def test_step_navigation_is_undoable_and_previous_keeps_the_start(qtbot: QtBot, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    clock = Clock(START)
    ctx, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, clock)
    step = panel.step
    step.next()
    clock.advance(5)
    step.next()
    clock.advance(5)
    step.previous()
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


def test_vote_grid_refuses_text_and_too_many_dots(qtbot: QtBot, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    item = w.items[2]
    a = candidates.add_candidate(sqlite_db, item, title="Tryghed").id
    b = candidates.add_candidate(sqlite_db, item, title="Nærhed").id
    assert a is not None and b is not None
    ctx, panel, _ = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.step.go_to(item, "votes")
    page = panel.view.votes
    page.dots_spin.setValue(2)
    anne = w.member_ids[1]
    assert page.set_votes(a, anne, 2)
    assert not page.set_votes(b, anne, 1)
    assert panel.message.text() == ('Anne Hjorth har kun 2 stemmer og har allerede brugt 2 på andre'
                                    ' pejlemærker; der kan højst sættes 0 på "Nærhed"')
    assert page.dots_model is not None
    assert not page.dots_model.setData(page.cell(a, anne), "to")
    assert '"to" er ikke et tal' in page.message.text()
    assert page.cell(a, anne).data() == "2"  # the stored count
    assert voting.member_votes(sqlite_db, item) == {(a, anne): 2}
    ctx.undo_stack.undo()
    assert voting.member_votes(sqlite_db, item) == {}
    assert candidates.list_candidates(sqlite_db, item)[0].votes == 0


def test_fewer_groups_than_asked_so_nobody_sits_alone(qtbot: QtBot, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    for mid in w.member_ids[5:]:
        attendance.set_attendance(sqlite_db, w.meeting_id, mid, "absent")
    _, panel, _ = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.step.go_to(w.items[2])
    groups_view = panel.view.groups
    groups_view.count_spin.setValue(4)
    groups_view.auto_button.click()
    sizes = sorted(len(v) for v in capture.group_members(sqlite_db, w.items[2]).values())
    assert sizes == [2, 3]
    assert "Færre end ønsket, så ingen sidder alene" in groups_view.message.text()


def test_run_mode_inside_the_main_window_hands_over_to_the_referat(qtbot: QtBot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    main_window = pytest.importorskip("ui.main_window")
    db = Database(f"sqlite:///{tmp_path}/ws.db")
    w = build(db)
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.show()  # panels not on screen defer building group work until shown
    qtbot.waitExposed(window)
    window.open_database(db)
    window.ctx.select_meeting(w.meeting_id)
    panel = window.panels["run"]
    assert isinstance(panel, RunModePanel)
    clock = Clock(START + timedelta(minutes=3))
    panel.step.now = clock
    window.show_panel("run")
    assert window.tabs.currentWidget() is panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.step.meeting_id == w.meeting_id
    window.meeting_actions.start_action.trigger()  # the Møde menu's "Start mødet"
    assert meetings.get_meeting(db, w.meeting_id).current_item_id == w.items[0]
    clock.advance(45)
    window.resize(1280, 800)
    panel.step.go_to(w.items[2])
    panel.view.groups.auto_button.click()
    panel.step.next()
    columns = list(panel.view.inputs.columns.values())
    for n, text in enumerate(["Selvbetjening om aftenen", "Hjælp til ældre", "Sikker log-in", "Svar samme dag"]):
        columns[n % 3].entry.setText(text)
        columns[n % 3].entry.returnPressed.emit()
    assert len(capture.list_inputs(db, w.items[2])) == 4
    Shots()(window, "run-main-window")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    window.meeting_actions.close_action.trigger()  # the Møde menu's "Hæv mødet…"
    assert meetings.get_meeting(db, w.meeting_id).ended_at is not None
    referat = window.panels.get("referat")
    if referat is not None:
        assert window.tabs.currentWidget() is referat
        # the referat renders in a thread: let it finish before the database closes under it
        qtbot.waitUntil(lambda: referat.render_job is None or not referat.render_job.running, timeout=20000)
    window.close()
    db.close()


def test_projector_follows_changes_made_elsewhere(qtbot: QtBot, sqlite_db: Database) -> None:
    """Another panel's write (broadcast through ctx.changed) shows at once, without polling."""
    w = build(sqlite_db)
    ctx, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.step.go_to(w.items[1])
    ctx.broadcast(capture.set_answer(sqlite_db, w.items[1], w.member_ids[0], "Nemmere hverdag"))
    assert projector.answer_texts() == ["Mikael Fenger: Nemmere hverdag"]
    ctx.broadcast(agenda.update_item(sqlite_db, w.items[1], question="Et nyt spørgsmål?"))
    assert projector.question.text() == "Et nyt spørgsmål?"
    assert panel.view.question_round.question.text() == "»Et nyt spørgsmål?«"
    assert not panel.question_label.isVisible()  # said once, by the question round itself


def test_undo_and_redo_through_groups_inputs_candidates_votes_and_merge(qtbot: QtBot,
                                                                         sqlite_db: Database) -> None:
    db = sqlite_db
    w = build(db)
    item = w.items[2]
    ctx, panel, _ = open_run_mode(qtbot, db, w.meeting_id, Clock(START))
    panel.step.go_to(item)
    panel.view.groups.auto_button.click()
    groups = [g.id for g in capture.list_groups(db, item)]
    panel.step.next()
    columns = list(panel.view.inputs.columns.values())
    for n, text in enumerate(["Tryghed", "Nærhed", "Tillid"]):
        columns[n].entry.setText(text)
        columns[n].entry.returnPressed.emit()
    inputs = {i.text: i.id for i in capture.list_inputs(db, item)}
    edits = panel.step.edits
    model = panel.view.inputs.model
    assert model is not None
    a = edits.add_candidate(item, "Tryghed og tillid", [model.shown(inputs["Tryghed"])])  # type: ignore[list-item]
    b = edits.add_candidate(item, "Tillid", [model.shown(inputs["Tillid"])])  # type: ignore[list-item]
    assert a is not None and b is not None
    anne, bo = w.member_ids[1], w.member_ids[2]
    panel.step.next()
    votes = panel.view.votes
    assert votes.set_votes(a, anne, 1)
    assert votes.set_votes(b, anne, 2)
    assert votes.set_votes(b, bo, 3)
    before = voting.member_votes(db, item)
    panel.step.previous()
    panel.view.inputs.candidates.select([a, b])
    panel.view.inputs.candidates.merge_button.click()
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
    assert panel.step_label.text() == "3. Gruppearbejde om pejlemærker · Input og pejlemærker"


def test_next_speaker_returns_to_the_skipped_at_the_end() -> None:
    order = [1, 2, 3, 4]
    assert next_speaker(order, None, set(), set()) == 1
    assert next_speaker(order, 1, {1}, set()) == 2
    assert next_speaker(order, 2, {1}, {2}) == 3  # 2 skipped
    assert next_speaker(order, 4, {1, 3, 4}, {2}) == 2  # end of the round: back to 2
    assert next_speaker(order, 2, {1, 3, 4}, {2}) == 2  # skipping the last one left keeps them
    assert next_speaker(order, 2, {1, 2, 3, 4}, set()) is None


def test_shuffle_and_correcting_an_earlier_answer(qtbot: QtBot, sqlite_db: Database) -> None:
    w = build(sqlite_db)
    _, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.step.go_to(w.items[1])
    q = panel.view.question_round
    q.set_order(shuffled=True, seed=7)
    assert sorted(q.order) == sorted(w.member_ids) and q.order != w.member_ids
    first = q.order[0]
    assert q.current == first and q.row(first).edit.hasFocus()  # type: ignore[union-attr]
    qtbot.keyClicks(q.row(first).edit, "Første svar")  # type: ignore[union-attr]
    qtbot.keyClick(q.row(first).edit, Qt.Key.Key_Return)  # type: ignore[union-attr]
    assert q.current == q.order[1]
    edit = q.row(first).edit  # type: ignore[union-attr]
    edit.setFocus()  # click the first speaker's answer again to correct it
    assert q.current == first
    edit.selectAll()
    qtbot.keyClicks(edit, "Rettet svar")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert {a.member_id: a.text for a in capture.list_answers(sqlite_db, w.items[1])} == {first: "Rettet svar"}
    assert projector.answer_texts()[0].endswith(": Rettet svar")


def test_the_closing_time_is_corrected_from_the_menu_until_the_referat_is_sent(
        qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from workshop.services import referat as referat_service

    w = build(sqlite_db)
    clock = Clock(START + timedelta(hours=2))
    ctx, panel, projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, clock)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    actions = panel.meeting_actions
    assert actions.start_action.isEnabled() and not actions.previous_action.isEnabled()
    actions.start_action.trigger()
    assert not actions.start_action.isEnabled()  # started: "Start mødet" has done its job
    actions.close_action.trigger()
    assert meetings.get_meeting(sqlite_db, w.meeting_id).ended_at == "19:00"
    assert not actions.close_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("21.15", True)))
    assert actions.correct_ended_at()
    assert meetings.get_meeting(sqlite_db, w.meeting_id).ended_at == "21:15"
    assert projector.question.text() == "Mødet er hævet kl. 21:15"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("kvart over ni", True)))
    assert not actions.correct_ended_at()
    assert errors[-1] == '"kvart over ni" er ikke et klokkeslæt; skriv fx 21:05'
    ctx.broadcast(referat_service.send_for_approval(sqlite_db, w.meeting_id))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("21:30", True)))
    assert not actions.correct_ended_at()  # sent: the referat says 21:15, and so does the meeting
    assert "sendt til godkendelse" in errors[-1]
    assert meetings.get_meeting(sqlite_db, w.meeting_id).ended_at == "21:15"
    ctx.undo_stack.clear()


@pytest.mark.parametrize("width", [1280, 1060])  # a window of its own; the Afvikling tab beside the navigator
def test_the_schedule_shows_every_title_whole(qtbot: QtBot, sqlite_db: Database, width: int) -> None:
    """The chair reads the schedule at a glance: no title cut to "Velko…" or "Grup… om …" at the
    default width (it was, with a number and a time-box column beside four times)."""
    from PySide6.QtCore import QRect

    w = build(sqlite_db)
    _ctx, panel, _projector = open_run_mode(qtbot, sqlite_db, w.meeting_id, Clock(START))
    panel.resize(width, 800)
    QApplication.processEvents()
    table = panel.schedule
    assert table.isVisible()
    [title_column] = [c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == "Punkt"]
    column = table.columnWidth(title_column)
    for row in range(table.rowCount()):
        title = table.item(row, title_column).text()
        longest = max(table.fontMetrics().horizontalAdvance(word) for word in title.split())
        assert longest + 8 <= column, (title, column)
        needed = table.fontMetrics().boundingRect(QRect(0, 0, column - 8, 10_000),
                                                  Qt.TextFlag.TextWordWrap, title).height()
        assert needed <= table.rowHeight(row), (title, needed, table.rowHeight(row))


def test_both_layouts_give_the_word_in_one_speaking_order(qtbot: QtBot, sqlite_db: Database) -> None:
    """The secretary's and the chair's question round are one round: "Bland", Ctrl+S, Enter and a
    click in either move the word in both; a layout opened mid-round joins it, it does not restart it."""
    from ui.panels.question_round import QuestionRoundView

    w = build(sqlite_db)
    ctx = AppContext(sqlite_db)
    item = agenda.get_item(sqlite_db, w.items[1])
    secretary = QuestionRoundView(ctx)
    qtbot.addWidget(secretary)
    secretary.set_item(item)
    secretary.show()
    secretary.set_order(shuffled=True, seed=7)
    chair = QuestionRoundView(ctx)  # opened mid-round
    qtbot.addWidget(chair)
    chair.set_item(item)
    chair.show()
    assert chair.order == secretary.order != w.member_ids
    assert [r.member.id for r in chair.rows] == chair.order
    first = secretary.current
    assert first == secretary.order[0] and chair.current == first
    chair.skip()  # Ctrl+S at the chair's
    assert secretary.current == chair.current == secretary.order[1] and first in secretary.skipped
    assert secretary.speaker_label.text() == chair.speaker_label.text()
    row = secretary.row(secretary.current)
    assert row is not None
    row.edit.setFocus()
    qtbot.keyClicks(row.edit, "Færre papirer")
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)  # Enter at the secretary's
    assert chair.current == secretary.current == secretary.order[2]
    chair.set_order(shuffled=False)  # "Pladsorden" at the chair's
    assert secretary.order == chair.order == [m for m in w.member_ids]
    assert [r.member.id for r in secretary.rows] == w.member_ids
