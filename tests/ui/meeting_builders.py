"""Meetings the UI tests run, the secretary's layout opened on one, a clock the tests move, and
screenshots on request."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from workshop.db import Database
from workshop.services import agenda, attendance, committees, meetings

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.context import AppContext
    from ui.panels.capture import CapturePanel

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


NAMES = [("Mikael Fenger", "politiker"), ("Anne Hjorth", "borger"), ("Brian Mühdorff", "borger"),
         ("Karina Holmegaard", "borger"), ("Poul V. Jensen", "politiker")]


class SmallMeeting:
    """Four present members (Poul V. Jensen absent) and four items: welcome, question round,
    group work, working groups."""

    def __init__(self, db: Database) -> None:
        c = committees.create_committee(db, name="Opgaveudvalg for digitalisering").id
        assert c is not None
        self.committee_id = c
        self.members = [committees.add_member(db, c, name=n, group=g).id for n, g in NAMES]
        self.id = meetings.create_meeting(db, c, title="3. møde", number=3,
                                          starts_at=datetime(2017, 11, 15, 18)).id
        assert self.id is not None
        for mid in self.members[:4]:
            attendance.set_attendance(db, self.id, mid, "present")  # type: ignore[arg-type]
        add = lambda **kw: agenda.add_item(db, self.id, **kw).id  # noqa: E731
        self.welcome = add(title="Velkomst", kind="welcome")
        self.question = add(title="Opsamling på konferencen", kind="question_round",
                            question="Hvilke teknologier får størst betydning?")
        self.groups = add(title="Pejlemærker", kind="group_work",
                          discussion_questions=["Hvad er et godt pejlemærke?"])
        self.working = add(title="Nedsættelse af arbejdsgrupper", kind="working_groups")


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
        if self.folder is not None:  # the picture shows what re-drafts itself once captures pause
            from ui.panels.capture_decision import RESULTS_DELAY_MS

            deadline = time.monotonic() + RESULTS_DELAY_MS / 1000 + 0.4
            while time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.01)
        # A widget that sets its own height (the results view fits its text) posts a layout
        # request that posts the next: settle them, or the grab shows widgets drawn over each other.
        for _ in range(4):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        image = widget.grab()
        assert not image.isNull() and image.width() > 0
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            image.save(str(self.folder / f"{name}.png"))


def capture_on(ctx: AppContext, meeting_id: int, qtbot: QtBot) -> CapturePanel:
    """The secretary's layout (Indfangning) on ``meeting_id``, 1280×800, shown and active."""
    from ui.panels.capture import CapturePanel

    panel = CapturePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    ctx.select_meeting(meeting_id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel
