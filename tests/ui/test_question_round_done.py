"""The question round's "Ordet har" when the answers come from elsewhere (another laptop, the phones):
with every present member answered it said "Ordet har: Mikael Fenger (4 af 4 har svaret)"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.meeting_builders import SmallMeeting as Meeting
from tests.ui.test_capture import _go_to, setup
from workshop.services import attendance, capture

from ui.context import AppContext
from ui.panels.capture import CapturePanel

__all__ = ["setup"]  # the fixture


def test_all_answered_elsewhere_says_so(setup: tuple[AppContext, CapturePanel, Meeting], qtbot: QtBot) -> None:
    ctx, panel, m = setup
    _go_to(qtbot, panel, m.question)
    view = panel.answers
    assert view.speaker_label.text().startswith("Ordet har: Mikael Fenger   (0 af 4")
    present = [p.id for p in attendance.present_members(ctx.db, m.id)]
    for n, member in enumerate(present):  # typed on the phones
        ctx.broadcast(capture.set_answer(ctx.db, m.question, member, f"Svar {n}"))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "4 af 4" in view.speaker_label.text())
    assert view.speaker_label.text() == "Alle har svaret (4 af 4)"
