"""Two imports at once into one committee: one committee of a name, each new member once, no crash.

The hostile test of issue 11 found two committees of one name (4/15 runs on SQLite, 11/15 on
PostgreSQL) and an IntegrityError traceback when both files added the same member. Here the
race is made certain: each import, right after it looked for the committee, waits (up to a
second) for the other to have looked too. Without serialisation both find nothing; with it
the second import only looks after the first has committed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from tests.databases import PG_URL, pg_url_or_skip
from tests.pg_schema import pg_schema
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.meetingfile import import_
from workshop.meetingfile.import_ import import_document
from workshop.services import committees, meetings


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database several connections use at once: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path}/delt.db")
        yield db
        db.close()
        return
    pg_url_or_skip()
    with pg_schema(PG_URL, f"ws_concurrent_{os.getpid()}") as url:
        db = Database(url)
        yield db
        db.close()


class Rendezvous:
    """Each caller waits until ``parties`` have arrived, or ``timeout`` seconds."""

    def __init__(self, parties: int = 2, timeout: float = 1.0) -> None:
        self.parties, self.timeout = parties, timeout
        self.arrived = 0
        self.cond = threading.Condition()

    def meet(self) -> None:
        with self.cond:
            self.arrived += 1
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.arrived >= self.parties, self.timeout)


@pytest.fixture
def racing(monkeypatch: pytest.MonkeyPatch) -> Rendezvous:
    rendezvous = Rendezvous()
    find: Callable[[Session, str], Any] = import_._find_committee

    def find_then_wait(s: Session, name: str) -> Any:
        found = find(s, name)
        rendezvous.meet()
        return found

    monkeypatch.setattr(import_, "_find_committee", find_then_wait)
    return rendezvous


def import_both(db: Database, docs: list[dict[str, Any]]) -> list[BaseException]:
    errors: list[BaseException] = []

    def run(doc: dict[str, Any]) -> None:
        try:
            import_document(db, doc)
        except BaseException as error:  # the test reports it
            errors.append(error)

    threads = [threading.Thread(target=run, args=(doc,)) for doc in docs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_two_imports_of_one_new_committee_make_one_committee(shared_db: Database, racing: Rendezvous) -> None:
    docs = []
    for n in (1, 2):
        doc = demo_document()
        doc["committee"]["name"] = "Nyt opgaveudvalg"
        doc["meeting"]["title"] = f"Møde {n}"
        docs.append(doc)
    assert import_both(shared_db, docs) == []
    assert racing.arrived == 2
    named = [c for c in committees.list_committees(shared_db) if c.name == "Nyt opgaveudvalg"]
    assert len(named) == 1
    assert sorted(m.title for m in meetings.list_meetings(shared_db, named[0].id)) == ["Møde 1", "Møde 2"]
    assert len(committees.list_members(shared_db, named[0].id)) == len(docs[0]["committee"]["members"])


def test_two_imports_adding_one_new_member_add_it_once(shared_db: Database, racing: Rendezvous) -> None:
    load_demo(shared_db)
    racing.arrived = 0  # the demo import passed the rendezvous alone
    racing.timeout = 1.0
    docs = []
    for n in (1, 2):
        doc = demo_document()
        doc["committee"]["members"].append({"name": "Ny Borgerrepræsentant", "group": "borger"})
        doc["meeting"]["title"] = f"Møde {n}"
        docs.append(doc)
    assert import_both(shared_db, docs) == []
    committee = committees.list_committees(shared_db)[0]
    names = [m.name for m in committees.list_members(shared_db, committee.id)]  # type: ignore[arg-type]
    assert names.count("Ny Borgerrepræsentant") == 1
    assert len(meetings.list_meetings(shared_db)) == 3


@pytest.mark.parametrize("shared_db", ["postgresql"], indirect=True)  # SQLite has one writer at a time
def test_imports_into_different_committees_do_not_wait_for_each_other(shared_db: Database,
                                                                      racing: Rendezvous) -> None:
    """The lock is per committee name: both imports reach the rendezvous together."""
    docs = []
    for n in (1, 2):
        doc = demo_document()
        doc["committee"]["name"] = f"Udvalg {n}"
        docs.append(doc)
    waited = threading.Event()
    original = racing.meet

    def meet() -> None:
        with racing.cond:
            alone = racing.arrived == 0
        original()
        if alone and racing.arrived < 2:
            waited.set()

    racing.meet = meet  # type: ignore[method-assign]
    assert import_both(shared_db, docs) == []
    assert not waited.is_set()
    assert sorted(c.name for c in committees.list_committees(shared_db)) == ["Udvalg 1", "Udvalg 2"]
