"""How many round trips an input typed on laptop A costs until laptop B's column shows it
(issue 14, bench figure 11b): on a busy Wi-Fi each is 30 ms, so the count is the figure.
Each laptop talks to the server through a proxy of its own (``tests/delay_proxy.py``), which
counts the turns its client waits for the server on the connections of its pool (its live
listener's pings and presence checks come every few seconds, whenever they are due)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.databases import PG_URL
from tests.delay_proxy import DelayProxy
from tests.ui.live_laptops import Laptop, close_laptop, open_laptop
from tests.ui.meeting_builders import SmallMeeting
from workshop.db import Database
from workshop.services import capture, meetings

# A: the INSERT, which checks the group and returns the stored row (nothing is read back), in a
# transaction of its own (no BEGIN, no COMMIT: ``Database.alone``). B: the one read of the row its
# notice names, outside a transaction (``Database.reading``).
A_ROUND_TRIPS = 1
B_ROUND_TRIPS = 1
POOL = "workshop "  # a Database's connections; its listener's are "workshop-live …"


@pytest.fixture
def two_proxies() -> Iterator[tuple[DelayProxy, DelayProxy]]:
    url = make_url(PG_URL)
    upstream = (url.host or "127.0.0.1", url.port or 5432)
    with DelayProxy(upstream) as a, DelayProxy(upstream) as b:
        yield a, b


def _typed(laptop: Laptop, group: int, text: str) -> None:
    column = laptop.panel.groups.columns[group]
    column.entry.setText(text)
    column.add_input()


def test_an_input_typed_on_a_reaches_b_s_column_in_two_round_trips(
        pg_db: Database, two_proxies: tuple[DelayProxy, DelayProxy], qtbot: QtBot) -> None:
    m = SmallMeeting(pg_db)
    meetings.set_current_step(pg_db, m.id, m.groups, "inputs")  # type: ignore[arg-type]
    group = capture.add_group(pg_db, m.groups, name="Gruppe 1").id  # type: ignore[arg-type]
    assert group is not None
    pa, pb = two_proxies
    plain = make_url(pg_db.url).update_query_dict({"sslmode": "disable"})  # the proxy reads who connects
    url = plain.render_as_string(hide_password=False)
    a = open_laptop(pa.url(url), "A", m.id, qtbot)  # type: ignore[arg-type]
    b = open_laptop(pb.url(url), "B", m.id, qtbot)  # type: ignore[arg-type]
    try:
        counts = []
        for n in range(4):  # the first warms the pools (a connection's start-up is not the figure)
            qtbot.waitUntil(lambda: group in a.panel.groups.columns and group in b.panel.groups.columns)
            qtbot.wait(50)  # whatever the last one started is over
            before = pa.round_trips_of(POOL), pb.round_trips_of(POOL)
            text = f"Input {n} fra A"
            _typed(a, group, text)
            qtbot.waitUntil(lambda t=text: t in b.inputs(group) and a.ctx.submitting == 0, timeout=10000)  # type: ignore[misc]
            qtbot.wait(100)  # anything either laptop does after it
            counts.append((pa.round_trips_of(POOL) - before[0], pb.round_trips_of(POOL) - before[1]))
        assert counts[1:] == [(A_ROUND_TRIPS, B_ROUND_TRIPS)] * 3
        assert a.inputs(group)[-4:] == b.inputs(group)[-4:] == [f"Input {n} fra A" for n in range(4)]
    finally:
        close_laptop(a)
        close_laptop(b)
