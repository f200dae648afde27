"""Panels not on screen defer their heavy loading until shown (start-up, bench figures 1b and 6)."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from workshop.db import Database
from workshop.services import agenda, attendance, capture, committees, meetings, referat

from ui.context import AppContext
from ui.panels.referat import ReferatPanel


def test_hidden_referat_panel_reads_only_its_status_until_shown(sqlite_db: Database, qtbot: QtBot) -> None:
    db = sqlite_db
    c = committees.create_committee(db, name="Opgaveudvalg for digitalisering").id
    member = committees.add_member(db, c, name="Mikael Fenger").id  # type: ignore[arg-type]
    m = meetings.create_meeting(db, c, title="3. møde", number=3, starts_at=datetime(2017, 11, 15, 18)).id  # type: ignore[arg-type]
    attendance.set_attendance(db, m, member, "present")  # type: ignore[arg-type]
    agenda.add_item(db, m, title="Velkomst", kind="welcome")  # type: ignore[arg-type]
    question = agenda.add_item(db, m, title="Opsamling", kind="question_round",  # type: ignore[arg-type]
                               question="Hvilke teknologier får størst betydning?").id
    capture.set_answer(db, question, member, "Kunstig intelligens")  # type: ignore[arg-type]
    referat.send_for_approval(db, m)  # type: ignore[arg-type]
    panel = ReferatPanel(AppContext(db))
    qtbot.addWidget(panel)
    panel.resize(1280, 800)

    panel.set_meeting(m)
    assert panel.render_job is None and panel.editors == {}  # nothing drafted or rendered while hidden
    assert panel.status_label.text() == "Referat, version 1: Sendt til godkendelse"
    assert panel.approve_button.isEnabled() and not panel.send_button.isEnabled()  # menu actions right

    panel.show()
    qtbot.waitExposed(panel)
    assert len(panel.editors) == 2 and panel.render_job is not None
    qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=15000)


def test_hidden_capture_and_run_mode_build_group_work_only_when_shown(sqlite_db: Database, qtbot: QtBot) -> None:
    from tests.ui.meeting_builders import SmallMeeting

    from ui.panels.capture import CapturePanel
    from ui.panels.run_mode import RunModePanel

    db = sqlite_db
    meeting = SmallMeeting(db)
    group = capture.add_group(db, meeting.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    capture.add_input(db, group, "Nemmere selvbetjening")  # type: ignore[arg-type]
    meetings.set_current_step(db, meeting.id, meeting.groups, "inputs")  # type: ignore[arg-type]
    ctx = AppContext(db)
    capture_panel, run_panel = CapturePanel(ctx), RunModePanel(ctx)
    for panel in (capture_panel, run_panel):
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
    ctx.select_meeting(meeting.id)

    for panel in (capture_panel, run_panel):  # the step is known, the columns not built
        assert panel.step.item is not None and panel.step.item.id == meeting.groups
        assert panel.view._deferred and panel.view.inputs.columns == {} and panel.view.inputs.model is None

    for panel in (capture_panel, run_panel):
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.view.pages.currentWidget() is panel.view.group_tabs
        assert panel.view.inputs.columns[group].inputs.texts() == ["Nemmere selvbetjening"]  # type: ignore[index]
    assert capture_panel.view.inputs.model is run_panel.view.inputs.model  # one model, two views
