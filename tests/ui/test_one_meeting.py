"""Issue 12, done when: a whole meeting run by keyboard in the secretary's layout while a second window in
the chair's layout and the projector follow every step: prepared, attendance, question round, groups,
inputs, candidates merged, dot-voted and chosen, working groups, closed.

Set WORKSHOP_SCREENSHOTS=<folder> to save both layouts and the projector at each step
(``meeting-NN-<step>-secretary|chair|projector.png``; docs/screenshots/ holds the committed set).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from tests.ui.meeting_builders import START, Clock, Shots, build
from workshop.db import Database
from workshop.services import agenda, attendance, candidates, capture, meetings, voting, working_groups
from workshop.services import referat as referat_service

from ui.main_window import MainWindow
from ui.meeting_step import meeting_step
from ui.panels.capture import CapturePanel
from ui.panels.run_mode import RunModePanel
from ui.projector import ProjectorWindow
from ui.settings import Settings

ANSWERS = ["Nemmere selvbetjening om aftenen", "Færre papirer", "Hjælp til dem, der ikke er digitale",
           "Svar samme dag", "Data jeg kan stole på", "Skærmbesøg i hjemmeplejen", "Åbenhed om algoritmer",
           "Kodning i skolen", "Chat med sagsbehandleren", "Tid til at lære nyt", "Status på min sag"]
INPUTS = [  # (group index, text), typed column by column
    (0, "Selvbetjening døgnet rundt"), (0, "Chat med sagsbehandler"), (0, "Hjælp til ældre"),
    (1, "Status på min sag"), (1, "Kurser på biblioteket"), (1, "Sikker log-in"),
    (2, "Vide hvem der ser mine data"), (2, "Papir skal stadig være muligt"), (2, "Svar samme dag"),
]


class Follow:
    """The three screens: the secretary's window, the chair's window and the projector."""

    def __init__(self, qtbot: QtBot, secretary: MainWindow, chair: RunModePanel, projector: ProjectorWindow,
                 db: Database, meeting_id: int) -> None:
        self.qtbot, self.secretary, self.chair, self.projector = qtbot, secretary, chair, projector
        self.db, self.meeting_id = db, meeting_id
        self.shots = Shots()
        self.n = 0

    @property
    def capture(self) -> CapturePanel:
        panel = self.secretary.panels["capture"]
        assert isinstance(panel, CapturePanel)
        return panel

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            widget: QWidget | None = None) -> None:
        """A key in the secretary's window, where its focus is (or on ``widget``)."""
        target = widget or QApplication.focusWidget() or self.secretary
        self.qtbot.keyClick(target, key, modifiers)

    def type(self, widget: QWidget, text: str, enter: bool = True) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def both_on(self, item_id: int, step: str, heading: str, view: str) -> None:
        """The database, the secretary's layout, the chair's layout and the projector are on one step."""
        assert meetings.current_step(self.db, self.meeting_id) == (item_id, step)
        for layout in (self.capture, self.chair):
            assert layout.step.item is not None and (layout.step.item.id, layout.step.step) == (item_id, step)
        assert self.capture.selector.currentData() == item_id
        assert self.chair.step_label.text().startswith(heading)
        assert self.projector.step.text() == heading.split(" · ")[0]
        assert self.projector.view == view
        assert type(self.capture.view.pages.currentWidget()) is type(self.chair.view.pages.currentWidget())

    def shoot(self, name: str, secretary_as: str = "") -> None:
        """All three screens; ``secretary_as``: the secretary's also under the name the README has long used."""
        self.n += 1
        for widget, who in ((self.secretary, "secretary"), (self.chair, "chair"), (self.projector, "projector")):
            self.shots(widget, f"meeting-{self.n:02d}-{name}-{who}")
        if secretary_as:
            self.shots(self.secretary, secretary_as)


@pytest.fixture
def screens(db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> tuple[Follow, Clock, object]:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("WorkshopTest")
    QCoreApplication.setApplicationName("WorkshopTest")
    QSettings().clear()
    w = build(db)
    for member in [*w.member_ids, w.absent_id]:
        attendance.clear_attendance(db, w.meeting_id, member)  # taken by keyboard below
    secretary = MainWindow(Settings())
    qtbot.addWidget(secretary)
    secretary.resize(1280, 800)
    secretary.show()
    qtbot.waitExposed(secretary)
    secretary.open_database(db)
    assert secretary.ctx is not None and secretary.navigator is not None
    clock = Clock(START - timedelta(minutes=5))
    meeting_step(secretary.ctx).now = clock
    secretary.navigator.reload()
    assert secretary.navigator.select_meeting(w.meeting_id, w.committee_id)
    chair = RunModePanel(secretary.ctx)  # the chair's layout in a window of its own, on the same meeting
    qtbot.addWidget(chair)
    chair.setWindowTitle("Afvikling")
    chair.resize(1280, 800)
    chair.show()
    qtbot.waitExposed(chair)
    secretary.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is secretary)
    secretary.meeting_actions.projector_action.trigger()  # Ctrl+Shift+P's action: the projector
    projector = secretary.ctx.projector
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    secretary.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is secretary)
    errors: list[str] = []
    secretary.ctx.error.connect(errors.append)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    return Follow(qtbot, secretary, chair, projector, db, w.meeting_id), clock, (w, errors)


def test_a_whole_meeting_by_keyboard_while_the_chair_and_the_wall_follow(
        screens: tuple[Follow, Clock, object], qtbot: QtBot, tmp_path: Path) -> None:
    f, clock, (w, errors) = screens  # type: ignore[misc]
    db, win = f.db, f.secretary
    sec = f.capture

    # --- prepared: the agenda is there, nobody has started the meeting ------------------------------
    f.key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier, win.navigator.view)  # type: ignore[union-attr]
    assert win.tabs.currentWidget() is sec
    assert not sec.step.started and sec.next_button.text().startswith("Start mødet")
    assert f.chair.next_button.text().startswith("Start mødet") and f.projector.step.text() == "1. Velkomst"
    f.shoot("prepared")

    # --- attendance by keyboard: P for eleven, A for the afbud -------------------------------------------
    f.key(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    sheet = win.tabs.currentWidget()
    view = sheet.view  # type: ignore[attr-defined]
    view.setFocus()
    for row in range(12):
        view.setCurrentIndex(sheet.model.index(row, 0))  # type: ignore[attr-defined]
        f.key(Qt.Key.Key_P if row < 11 else Qt.Key.Key_A, widget=view)
    assert [m.id for m in attendance.present_members(db, f.meeting_id)] == w.member_ids
    f.shoot("attendance")

    # --- the meeting starts (Ctrl+PgDown from the secretary's layout) ------------------------------------
    f.key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    clock.advance(7)
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, sec.selector)
    f.both_on(w.items[0], "", "1. Velkomst", "text")
    assert agenda.get_item(db, w.items[0]).started_at == START + timedelta(minutes=2)
    sec.decision.decision.setFocus()
    f.type(sec.decision.decision, "Formanden bød velkommen.", enter=False)
    f.shoot("welcome")

    # --- the question round: Enter gives the word on, Shift+Enter a second line ---------------------------
    clock.advance(10)
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    f.both_on(w.items[1], "", "2. Spørgerunde", "answers")
    assert agenda.get_item(db, w.items[0]).decision == "Formanden bød velkommen."  # saved before the step
    rounds = sec.answers
    rounds.focus_current()
    for n, answer in enumerate(ANSWERS):
        edit = QApplication.focusWidget()
        assert edit is rounds.row(w.member_ids[n]).edit  # type: ignore[union-attr]
        qtbot.keyClicks(edit, answer)
        if n == 0:
            qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyClicks(edit, "og hurtige svar")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        # The chair's layout gives the word on with the secretary's: one speaking order for both.
        assert f.chair.view.question_round.speaker_label.text() == rounds.speaker_label.text()
        assert f.chair.view.question_round.current == rounds.current
    assert rounds.speaker_label.text() == "Alle har svaret (11 af 11)"
    assert len(capture.list_answers(db, w.items[1])) == 11
    assert f.chair.view.question_round.row(w.member_ids[3]).edit.toPlainText() == ANSWERS[3]  # type: ignore[union-attr]
    assert len(f.projector.answer_texts()) == 11
    assert f.projector.answer_texts()[0] == f"Mikael Fenger: {ANSWERS[0]}\nog hurtige svar"
    f.shoot("question-round", "capture-question-round")

    # --- groups: three balanced, automatically ------------------------------------------------------------
    clock.advance(32)
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, sec.selector)
    f.both_on(w.items[2], "groups", "3. Gruppearbejde om pejlemærker · Grupper", "inputs")
    forming = sec.view.groups
    forming.auto_button.setFocus()
    f.key(Qt.Key.Key_Space, widget=forming.auto_button)
    groups = capture.list_groups(db, w.items[2])
    assert [g.name for g in groups] == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    assert [len(f.chair.view.groups.boxes[g.id].list.member_ids()) for g in groups] == [4, 4, 3]  # type: ignore[index]
    assert list(f.projector.group_cards()) == ["Gruppe 1", "Gruppe 2", "Gruppe 3"]
    f.shoot("groups")

    # --- inputs typed into the columns ---------------------------------------------------------------------
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, forming.auto_button)
    f.both_on(w.items[2], "inputs", "3. Gruppearbejde om pejlemærker · Input og pejlemærker", "inputs")
    columns = [sec.groups.columns[g.id] for g in groups]  # type: ignore[index]
    for index, text in INPUTS:
        f.type(columns[index].entry, text)
    assert f.chair.view.inputs.columns[groups[0].id].inputs.texts() == [t for i, t in INPUTS if i == 0]  # type: ignore[index]
    assert f.projector.group_cards()["Gruppe 2"] == [t for i, t in INPUTS if i == 1]
    f.shoot("inputs")

    # --- candidates: made from a column's selection by keyboard, two merged ----------------------------------
    panel = sec.groups.candidates
    titles = ["Service døgnet rundt", "Ingen lades tilbage", "Tryghed om data", "Hurtige svar"]
    picks = [(0, [0, 1]), (1, [1]), (2, [0]), (2, [2])]  # (column, rows) for each title
    for title, (col, rows) in zip(titles, picks, strict=True):
        tree = columns[col].inputs
        tree.setFocus()
        tree.setCurrentIndex(tree.row_index(rows[0]))
        for _ in rows[1:]:
            f.key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier, tree)
        f.type(panel.new_title, title)
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == titles
    panel.tree.setFocus()
    panel.select([cands[0].id, cands[3].id])  # type: ignore[list-item]
    panel.merge_button.setFocus()
    f.key(Qt.Key.Key_Space, widget=panel.merge_button)
    cands = candidates.list_candidates(db, w.items[2])
    assert [c.title for c in cands] == titles[:3]
    chair_model = f.chair.view.inputs.candidates.model
    assert chair_model is panel.model and chair_model.rowCount() == 3  # type: ignore[union-attr]
    f.shoot("candidates", "capture-groups")

    # --- dot-voting: every member's dots typed in the grid ----------------------------------------------------
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, panel.merge_button)
    f.both_on(w.items[2], "votes", "3. Gruppearbejde om pejlemærker · Prioritering", "votes")
    grid = sec.view.votes.grid
    ids = [c.id for c in cands]
    plan = [(0, 2), (1, 1), (0, 3), (2, 3), (1, 2), (2, 1), (0, 1), (1, 2), (2, 2), (0, 3), (1, 3)]
    for n, (cand, count) in enumerate(plan):
        grid.setFocus()
        grid.setCurrentIndex(sec.view.votes.cell(ids[cand], w.member_ids[n]))  # type: ignore[arg-type]
        qtbot.keyClicks(grid, str(count))
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
    totals = {c.title: c.votes for c in candidates.list_candidates(db, w.items[2])}
    assert totals == {"Service døgnet rundt": 9, "Ingen lades tilbage": 8, "Tryghed om data": 6}
    assert f.chair.view.votes.dots_model.votes == voting.member_votes(db, w.items[2])  # type: ignore[union-attr]
    assert [(b.label, b.value) for b in f.projector.bars.bars()] == list(totals.items())
    f.shoot("dot-voting")

    # --- the choice: V on the two with most votes, F on the third ------------------------------------------
    votes = sec.view.votes
    ranking = votes.ranking
    ranking.setFocus()
    votes.select_ranked(ids[:2])  # type: ignore[arg-type]
    f.key(Qt.Key.Key_V, widget=ranking)
    votes.select_ranked(ids[2:])  # type: ignore[arg-type]
    f.key(Qt.Key.Key_F, widget=ranking)
    assert [c.status for c in candidates.ranked(db, w.items[2])] == ["chosen", "chosen", "rejected"]
    assert f.chair.view.votes.chosen_label.text() == "2 af 3–5 valgt"
    assert [b.highlighted for b in f.projector.bars.bars()] == [True, True]
    f.shoot("chosen")

    # --- working groups: from each chosen pejlemærke, members and dates by keyboard -----------------------------
    clock.advance(61)
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, ranking)
    f.both_on(w.items[3], "", "4. Nedsættelse af arbejdsgrupper", "chosen")
    groups_view = sec.working_groups
    first_meeting = START.date() + timedelta(days=14)
    for n in range(2):
        groups_view.from_button.setFocus()
        f.key(Qt.Key.Key_Space, widget=groups_view.from_button)
        assert groups_view.members.hasFocus()
        for row in (n * 3, n * 3 + 1, n * 3 + 2):
            groups_view.members.setCurrentRow(row)
            f.key(Qt.Key.Key_Space, widget=groups_view.members)
        f.key(Qt.Key.Key_Down, widget=groups_view.convener)  # the first member ticked is tovholder
        if n == 0:  # someone from outside the committee joins
            f.type(groups_view.guest_name, "Jens Vej", enter=False)
            f.key(Qt.Key.Key_Tab, widget=groups_view.guest_name)
            f.type(groups_view.guest_org, "Vejdirektoratet")
        f.type(groups_view.meets_on.edit, first_meeting.strftime("%d-%m-%Y"))
        f.type(groups_view.reports_to.edit, "31.1.2018")
    made = working_groups.list_working_groups(db, w.items[3])
    assert all(working_groups.working_group_convener(db, g.id) is not None for g in made)  # type: ignore[arg-type]
    assert working_groups.working_group_guests(db, made[0].id) == [("Jens Vej", "Vejdirektoratet")]  # type: ignore[arg-type]
    assert [g.name for g in made] == ["Service døgnet rundt", "Ingen lades tilbage"]
    assert all((g.meets_on, g.reports_to) == (first_meeting, date(2018, 1, 31)) for g in made)
    assert f.chair.view.working_groups.list.count() == 2
    assert f.projector.chosen_texts()[:2] == ["1. Service døgnet rundt", "2. Ingen lades tilbage"]
    # The wall names the working groups' people as the referat prints them: tovholder, people from outside.
    assert "Mikael Fenger (tovholder), Anne Hjorth, Brian Mühdorff, Jens Vej (Vejdirektoratet)" \
        in f.projector.chosen_texts()[2]
    assert "Lars Kofoed (tovholder), Sofie Kızılkaya, Jens Holm" in f.projector.chosen_texts()[3]
    f.shoot("working-groups", "capture-working-groups")

    # --- closing: "Hæv mødet" asks, then the referat is next ---------------------------------------------------
    clock.advance(19)
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, groups_view.members)
    f.both_on(w.items[4], "", "5. Afrunding", "chosen")
    # The chair moves the meeting from the chair's own window, and the secretary's layout and the wall follow.
    f.chair.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is f.chair)
    f.key(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, f.chair.next_button)
    f.both_on(w.items[3], "", "4. Nedsættelse af arbejdsgrupper", "chosen")
    f.key(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, f.chair.next_button)
    f.both_on(w.items[4], "", "5. Afrunding", "chosen")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    f.type(sec.view.closing.next_meeting.edit, "17.1.2018")  # Afrunding: the next meeting's date
    assert agenda.get_item(db, w.items[4]).next_meeting_on == date(2018, 1, 17)
    assert f.chair.view.closing.next_meeting.edit.text() == "17. januar 2018"
    sec.close_button.setFocus()
    f.key(Qt.Key.Key_Space, widget=sec.close_button)
    assert meetings.get_meeting(db, f.meeting_id).ended_at == "19:04"
    assert type(win.tabs.currentWidget()).__name__ == "ReferatPanel"
    assert f.chair.close_button.text() == "Hævet kl. 19:04" and not f.chair.close_button.isEnabled()
    assert f.projector.question.text() == "Mødet er hævet kl. 19:04"
    # "hævet kl." is corrected in the secretary's layout (until the referat is sent); all three follow.
    f.key(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    ended = sec.view.closing.ended
    ended.setFocus()
    ended.selectAll()
    f.type(ended, "19:10")
    assert meetings.get_meeting(db, f.meeting_id).ended_at == "19:10"
    assert f.chair.close_button.text() == "Hævet kl. 19:10" and f.chair.view.closing.ended.text() == "19:10"
    assert f.projector.question.text() == "Mødet er hævet kl. 19:10"
    f.key(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    referat = win.tabs.currentWidget()
    assert type(referat).__name__ == "ReferatPanel"
    qtbot.waitUntil(lambda: referat.render_job is None or not referat.render_job.running,  # type: ignore[attr-defined]
                    timeout=20000)
    f.shoot("closed")  # with the preview rendered

    # --- approved by everyone present and printed: every result of the room in the signed PDF --------------
    referat.send_for_approval()  # type: ignore[attr-defined]
    dialog = referat.open_approvals()  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    state = referat_service.referat_state(db, f.meeting_id)
    assert state is not None and state["status"] == "approved"
    target = tmp_path / "referat.pdf"
    job = referat.export_pdf(str(target))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: target.exists() and not job.running, timeout=20000)
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(target)).pages).split())
    assert "UDKAST" not in text and state["sha256"] in text
    assert "Her blev blandt andre nævnt" in text and all(" ".join(a.split()) in text for a in ANSWERS)
    assert all(" ".join(t.split()) in text for _g, t in INPUTS)  # every input, in the Bilag
    assert f"I alt {len(INPUTS)} input" in text
    # The chosen, ranked with their dots; the one left out with its dots and status.
    assert "Valgte pejlemærker 1. Service døgnet rundt (9 stemmer) 2. Ingen lades tilbage (8 stemmer)" in text
    assert "Tryghed om data 6 fravalgt" in text
    assert "Medlemmer: Mikael Fenger (formand) (tovholder), Anne Hjorth og Brian Mühdorff" in text
    assert "Jens Vej (Vejdirektoratet)" in text and "(tovholder)" in text
    assert "mødet hævet kl.: 19:10" in text  # as corrected; 19:04 is when the Afrunding started
    assert "Næste møde: den 17. januar 2018" in text
    assert not errors, errors
