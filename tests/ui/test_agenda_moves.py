"""Moving agenda items on two laptops (issue 14): a move is based on the order the list showed. One
made on an order another laptop has changed since is refused, naming the order now, and the list
shows it; undoing a move after another laptop moved items is refused too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.live_laptops import one_screen_on_two
from tests.ui.meeting_builders import SmallMeeting
from workshop.changes import changed
from workshop.db import Database
from workshop.services import agenda

from ui.context import AppContext
from ui.panels.agenda import AgendaPanel


@pytest.fixture
def meeting(pg_db: Database) -> SmallMeeting:
    return SmallMeeting(pg_db)


@pytest.fixture
def agendas(pg_db: Database, meeting: SmallMeeting, qtbot: QtBot) -> Iterator[tuple[AgendaPanel, AgendaPanel]]:
    """Two laptops' agenda lists, each its own Database; no live link: B's list shows what it read."""
    def make(ctx: AppContext) -> AgendaPanel:
        panel = AgendaPanel(ctx)
        panel.set_meeting(meeting.id)  # type: ignore[arg-type]
        return panel

    with one_screen_on_two(pg_db.url, qtbot, make) as pair:
        yield pair


def _titles(panel: AgendaPanel) -> list[str]:
    return [i.title for i in panel.model.items]


def _stored(db: Database, meeting: SmallMeeting) -> list[str]:
    return [i.title for i in agenda.list_items(db, meeting.id)]  # type: ignore[arg-type]


def _errors(ctx: AppContext) -> list[str]:
    messages: list[str] = []
    ctx.error.connect(messages.append)
    return messages


def _move(panel: AgendaPanel, item_id: int | None, delta: int) -> None:
    assert item_id is not None
    panel.select_item(item_id)
    panel.move_by(delta)


ORDER = ["Velkomst", "Opsamling på konferencen", "Pejlemærker", "Nedsættelse af arbejdsgrupper"]


def test_a_move_based_on_an_order_the_other_laptop_changed_is_refused_naming_the_order_now(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting, pg_db: Database, qtbot: QtBot) -> None:
    a, b = agendas
    assert _titles(b) == ORDER
    _move(a, meeting.working, -3)  # A puts the working groups first
    now = [ORDER[3], *ORDER[:3]]
    assert _stored(pg_db, meeting) == now
    errors = _errors(b.ctx)
    _move(b, meeting.welcome, 1)  # B's list still shows the old order: refused
    assert _stored(pg_db, meeting) == now
    assert errors == ["Dagsordenen er ændret af en anden imens: Rækkefølgen er nu »" + "; ".join(now)
                      + "«. Din ændring er ikke gemt."]
    assert b.ctx.undo_stack.count() == 0
    qtbot.waitUntil(lambda: _titles(b) == now, timeout=2000)  # B's list shows the order now
    _move(b, meeting.welcome, 1)  # based on what B shows now: saved
    assert _stored(pg_db, meeting) == [ORDER[3], ORDER[1], ORDER[0], ORDER[2]]


def test_undoing_a_move_after_the_other_laptop_moved_items_is_refused(
        agendas: tuple[AgendaPanel, AgendaPanel], meeting: SmallMeeting, pg_db: Database, qtbot: QtBot) -> None:
    a, b = agendas
    _move(a, meeting.welcome, 1)
    after_a = [ORDER[1], ORDER[0], *ORDER[2:]]
    a.ctx.undo_stack.undo()  # nobody moved anything since: undone
    assert _stored(pg_db, meeting) == ORDER
    a.ctx.undo_stack.redo()
    assert _stored(pg_db, meeting) == after_a
    b.ctx.broadcast(changed("items", meeting_id=meeting.id))  # B reads the order A left
    qtbot.waitUntil(lambda: _titles(b) == after_a, timeout=2000)
    _move(b, meeting.groups, 1)  # B moves another item
    after_b = [ORDER[1], ORDER[0], ORDER[3], ORDER[2]]
    assert _stored(pg_db, meeting) == after_b
    errors = _errors(a.ctx)
    a.ctx.undo_stack.undo()  # A's move: the order is no longer the one it left
    assert errors and errors[0].startswith('Kunne ikke fortryde "Flyt punkt": Dagsordenen er ændret af en anden')
    assert _stored(pg_db, meeting) == after_b
    b.ctx.undo_stack.undo()  # B's own move, nobody moved anything since
    assert _stored(pg_db, meeting) == after_a
