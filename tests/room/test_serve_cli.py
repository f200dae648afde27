"""``workshop --db URL serve MEETING --host H --port P`` as a user runs it: a process of its own,
on an SQLite file and on PostgreSQL; its last line is the join address, which serves the page
(and nothing without the token), and Ctrl+C closes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.databases import migrated_sqlite, pg_url_or_skip, truncate_all
from tests.room.meeting import make_meeting
from workshop.db import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "serve.db"
        database = migrated_sqlite(path)
        make_meeting(database)
        database.close()
        return f"sqlite:///{path}"
    url = pg_url_or_skip()
    database = Database(url)
    truncate_all(database)
    make_meeting(database)
    database.close()
    return url


def test_serve_prints_the_join_address_last_and_stops_on_ctrl_c(db_url: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    serve = subprocess.Popen([sys.executable, "-m", "workshop", "--db", db_url, "serve", "1",
                              "--host", "127.0.0.1", "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert serve.stdout is not None
        url = serve.stdout.readline().strip()  # printed once the server accepts connections
        assert url.startswith("http://127.0.0.1:") and url.endswith("/"), (url, serve.stderr.read() if serve.poll() else "")
        token = url.rsplit("/", 2)[-2]
        assert len(token) == 16  # 80 random bits in base32
        page = httpx.get(url)
        assert page.status_code == 200 and "<h1" in page.text and "room.js" in page.text
        base = url[: -len(token) - 1]
        assert (httpx.get(base).status_code, httpx.get(base).text) == (404, "Not Found")
        names = [m["name"] for m in httpx.get(url + "api/members").json()["members"]]
        assert names == ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Berg"]  # the meeting's present members
    finally:
        serve.send_signal(signal.SIGINT)
        out, err = serve.communicate(timeout=20)
    assert serve.returncode == 0, err
    assert out == ""  # the address was the last line
    assert "Almindelig HTTP på det lokale net" in err
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)
