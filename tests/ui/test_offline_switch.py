"""Picking another meeting while the shared server cannot be reached (issue 14): the switch is
refused and said, the navigator goes back to the meeting the screens show, and what was typed
there stays and is saved in that meeting when the server is back. The screens never show one
meeting while the window says another."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from tests.delay_proxy import DelayProxy
from tests.ui.meeting_builders import SmallMeeting
from tests.ui.shell import Dialogs
from workshop.db import Database
from workshop.errors import StorageError
from workshop.services import agenda, committees, meetings

from ui.main_window import MainWindow
from ui.models.navigator_model import NodeKey
from ui.panels.agenda import AgendaPanel
from ui.settings import Settings


class Shown:
    """The window over a small meeting on PostgreSQL, a second meeting of the same committee and
    a meeting of another committee."""

    def __init__(self, pg_db: Database, url: str, qtbot: QtBot) -> None:
        self.meeting = SmallMeeting(pg_db)
        c = self.meeting.committee_id
        second = meetings.create_meeting(pg_db, c, title="4. møde", number=4,
                                         starts_at=datetime(2018, 1, 31, 17)).id
        other = committees.create_committee(pg_db, name="Opgaveudvalg for klima").id
        assert second is not None and other is not None
        self.second, self.other_committee = second, other
        other_meeting = meetings.create_meeting(pg_db, other, title="Klima 1", number=1,
                                                starts_at=datetime(2018, 2, 1, 17)).id
        assert other_meeting is not None
        self.other = other_meeting
        QStandardPaths.setTestModeEnabled(True)
        QCoreApplication.setOrganizationName("WorkshopTest")
        QCoreApplication.setApplicationName("WorkshopTest")
        QSettings().clear()
        settings = Settings()
        settings.last_meeting = self.meeting.id
        self.db = Database(url, client_name="Sekretærens bærbare")
        self.window = MainWindow(settings)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.open_database(self.db)
        assert self.window.live is not None
        live = self.window.live
        qtbot.waitUntil(lambda: live.connected, timeout=10000)
        self.ctx = self.window.ctx
        assert self.ctx is not None and self.ctx.meeting_id == self.meeting.id
        self.messages: list[str] = []
        self.ctx.error.connect(self.messages.append)
        self.window.show_panel("agenda")
        agenda_panel = self.window.panel("agenda")
        assert isinstance(agenda_panel, AgendaPanel)
        self.agenda = agenda_panel
        self.agenda.select_item(self.meeting.question)

    def pick(self, key: NodeKey) -> None:
        """A click on ``key`` in the navigator."""
        navigator = self.window.navigator
        assert navigator is not None
        item = navigator.model.find(key)
        assert item is not None
        navigator.view.setCurrentIndex(item.index())

    def meeting_node(self, meeting_id: int | None = None) -> NodeKey:
        return NodeKey("meeting", meeting_id or self.meeting.id, self.meeting.committee_id)

    def assert_on_the_first_meeting(self) -> None:
        """Window, navigator, agenda and the meeting's step all on the first meeting, as before."""
        assert self.ctx is not None and self.window.navigator is not None
        assert self.ctx.meeting_id == self.meeting.id and self.ctx.committee_id == self.meeting.committee_id
        assert self.window.navigator.current_key() == self.meeting_node()
        current = self.window.navigator.model.itemFromIndex(self.window.navigator.view.currentIndex())
        assert current is not None and current.text().startswith("3. møde ")
        assert self.agenda.meeting_id == self.meeting.id
        assert self.agenda.current_item_id() == self.meeting.question
        from ui.meeting_step import meeting_step

        assert meeting_step(self.ctx).meeting_id == self.meeting.id

    def close(self) -> None:
        if self.window.live is not None:
            self.window.live.stop()
        self.window.close()
        self.db.close()


@pytest.fixture
def through_proxy(pg_db: Database, proxy: DelayProxy, qtbot: QtBot, dialogs: Dialogs) -> Iterator[Shown]:
    shown = Shown(pg_db, proxy.url(pg_db.url), qtbot)
    try:
        yield shown
    finally:
        proxy.resume()
        shown.close()


@pytest.mark.slow
def test_another_meeting_is_not_opened_while_the_server_cannot_be_reached_and_typing_is_kept(
        pg_db: Database, through_proxy: Shown, proxy: DelayProxy, qtbot: QtBot) -> None:
    shown = through_proxy
    assert shown.ctx is not None
    proxy.stall(60)
    qtbot.waitUntil(lambda: shown.ctx is not None and shown.ctx.offline, timeout=10000)  # the banner is up
    summary = shown.agenda.item_fields["summary"]
    summary.widget.setFocus()
    summary.widget.setPlainText("Skrevet mens serveren var væk")  # type: ignore[union-attr]

    shown.pick(shown.meeting_node(shown.second))  # another meeting of the same committee
    shown.assert_on_the_first_meeting()
    assert any("et andet møde eller udvalg kan ikke åbnes nu" in m for m in shown.messages)
    shown.pick(NodeKey("meeting", shown.other, shown.other_committee))  # a meeting of another committee
    shown.assert_on_the_first_meeting()
    shown.pick(NodeKey("committee", shown.other_committee, shown.other_committee))
    shown.assert_on_the_first_meeting()
    assert summary.text() == "Skrevet mens serveren var væk"  # still in its field, on its item

    proxy.resume()
    qtbot.waitUntil(lambda: shown.ctx is not None and not shown.ctx.offline, timeout=10000)
    qtbot.waitUntil(lambda: agenda.get_item(pg_db, shown.meeting.question).summary  # type: ignore[arg-type]
                    == "Skrevet mens serveren var væk", timeout=5000)  # saved in the meeting it was typed in
    shown.pick(shown.meeting_node(shown.second))  # back: the switch works again
    assert shown.ctx.meeting_id == shown.second and shown.agenda.meeting_id == shown.second


def test_a_switch_whose_reads_fail_before_the_server_is_known_gone_goes_back(
        pg_db: Database, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, dialogs: Dialogs) -> None:
    """The listener notices a lost server within seconds; a switch in between fails on the network
    in the screens' reads: every screen goes back to the meeting it still shows."""
    shown = Shown(pg_db, pg_db.url, qtbot)
    try:
        get_meeting = meetings.get_meeting

        def unreachable(db: Database, meeting_id: int) -> object:
            if meeting_id == shown.second:
                raise StorageError("Serveren kan ikke nås.")
            return get_meeting(db, meeting_id)

        monkeypatch.setattr(meetings, "get_meeting", unreachable)
        with qtbot.capture_exceptions():  # a screen's failed read leaves its slot (ui/errors.py logs it)
            shown.pick(shown.meeting_node(shown.second))
        shown.assert_on_the_first_meeting()
        assert any("et andet møde eller udvalg kan ikke åbnes nu" in m for m in shown.messages)
        monkeypatch.undo()
        shown.pick(shown.meeting_node(shown.second))
        assert shown.ctx is not None and shown.ctx.meeting_id == shown.second
        assert shown.agenda.meeting_id == shown.second
    finally:
        shown.close()
