"""Every PostgreSQL connection has timeouts and a name; a dropped one is replaced without an error."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.databases import PG_URL
from tests.delay_proxy import DelayProxy
from tests.live_support import small_meeting
from workshop.db import Database
from workshop.errors import StorageError
from workshop.pg_connect import Client, Origin, ascii_name
from workshop.services import agenda, capture


def test_names_for_application_name_are_printable_ascii_and_short() -> None:
    assert ascii_name("Sekretær Søren Kızılkaya på Ålholm") == "Sekretaer-Soeren-Kzlkaya-paa-Aalholm"
    client = Client.new("x" * 200)
    app = client.application_name()
    assert len(app) == 63 and app.startswith(f"workshop {client.id} ")
    assert Origin.parse(app).client_id == client.id
    assert Origin.parse("psql") == Origin(None, "psql", "psql")


def test_connections_carry_the_timeouts_the_name_and_the_url_s_own_options(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        show = {name: conn.execute(text(f"SHOW {name}")).scalar_one() for name in
                ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout", "application_name",
                 "search_path")}
    assert show["statement_timeout"] == "10s" and show["lock_timeout"] == "5s"
    assert show["idle_in_transaction_session_timeout"] == "15s"
    assert show["application_name"] == pg_db.client.application_name()
    assert show["search_path"] == make_url(pg_db.url).query["options"].split("=", 1)[1]  # the test schema kept


def test_a_pooled_connection_whose_backend_was_terminated_is_replaced_silently(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    with pg_db.engine.connect() as conn:
        pids = {conn.execute(text("SELECT pg_backend_pid()")).scalar_one()}
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        for pid in pids:  # our own pool's backend, as a server restart or an administrator would end it
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    admin.dispose()
    time.sleep(0.2)
    capture.add_input(pg_db, m.group, "skrevet efter afbrydelsen")  # no error: the dead connection is not used
    assert [i.text for i in capture.list_inputs(pg_db, m.group_item)] == ["skrevet efter afbrydelsen"]


@pytest.mark.slow
def test_a_row_held_by_a_stalled_laptop_fails_in_danish_instead_of_hanging(pg_db: Database) -> None:
    m = small_meeting(pg_db)
    other = pg_db.engine.connect()
    try:
        tx = other.begin()
        other.execute(text("SELECT id FROM agendaitem WHERE id = :i FOR UPDATE"), {"i": m.case_item})
        t0 = time.monotonic()
        with pytest.raises(StorageError, match="svarede ikke i tide") as refused:
            agenda.update_item(pg_db, m.case_item, expected_version=1, decision="Ny tekst")
        assert time.monotonic() - t0 >= 4.0  # it waited for the row first ...
        assert "lock timeout" in str(refused.value.__cause__)  # ... until lock_timeout (5 s), not statement_timeout (10 s)
        tx.rollback()
    finally:
        other.close()


@pytest.mark.slow
def test_an_unanswering_server_is_reported_after_the_connect_timeout(pg_db: Database) -> None:
    url = make_url(PG_URL)
    with DelayProxy((url.host or "127.0.0.1", url.port or 5432)) as proxy:
        proxy.stall(30)
        with pytest.raises(StorageError, match="kan ikke åbnes"):
            Database(proxy.url(pg_db.url))
        assert proxy.stalled  # refused within the 30 s stall: connect_timeout (5 s), not the network, ended it


def test_reading_runs_outside_a_transaction_on_postgresql_and_sees_what_is_committed(db: Database) -> None:
    m = small_meeting(db)
    added = capture.add_input(db, m.group, "Læst uden transaktion").id
    with db.reading() as s:
        in_transaction = s.connection().connection.driver_connection
        if db.engine.dialect.name == "postgresql":  # no BEGIN/COMMIT round trips around the read
            assert in_transaction.autocommit is True  # type: ignore[union-attr]
        assert s.execute(text("SELECT text FROM input WHERE id = :i"), {"i": added}).scalar_one() == \
            "Læst uden transaktion"
    row = capture.get_input(db, added)  # type: ignore[arg-type]
    assert row is not None and row.text == "Læst uden transaktion"
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:  # the pool's connection is back in its normal mode
            assert conn.connection.driver_connection.autocommit is False  # type: ignore[union-attr]


def test_the_listener_s_connection_asks_the_server_to_probe_a_silent_laptop(pg_db: Database) -> None:
    """A laptop whose network died leaves the presence list when the server's keepalives give up (~25 s)."""
    import psycopg

    from workshop.live.listener import conninfo

    with psycopg.connect(**conninfo(pg_db.url, "workshop-live 00000000 test")) as conn:
        shown = {name: conn.execute(f"SHOW {name}").fetchone()[0] for name in  # type: ignore[index]
                 ("tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count", "tcp_user_timeout",
                  "statement_timeout", "application_name")}
    assert shown == {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "5", "tcp_keepalives_count": "3",
                     "tcp_user_timeout": "15000", "statement_timeout": "10s",
                     "application_name": "workshop-live 00000000 test"}
