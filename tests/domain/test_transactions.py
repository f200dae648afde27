"""Database.transaction(): several service calls as one transaction (one user action, one undo)."""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime

import pytest
from sqlalchemy import event

from workshop.db import Database
from workshop.errors import NotFoundError, ValidationError
from workshop.services import agenda, capture, committees, meetings, snapshots


def _item(db: Database) -> tuple[int, int]:
    cid = committees.create_committee(db, name="Udvalg").id
    mid = meetings.create_meeting(db, cid, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    return mid, agenda.add_item(db, mid, title="Punkt", kind="group_work").id  # type: ignore[arg-type, return-value]


def _commits(db: Database) -> list[int]:
    count = [0]
    event.listen(db.engine, "commit", lambda _c: count.__setitem__(0, count[0] + 1))
    return count


def test_service_calls_inside_one_transaction_commit_once_and_see_each_others_writes(db: Database) -> None:
    mid, item = _item(db)
    count = _commits(db)
    with db.transaction():
        group = capture.add_group(db, item, name="Gruppe 1").id
        capture.add_input(db, group, "Første")  # type: ignore[arg-type]
        assert [i.text for i in capture.list_inputs(db, item)] == ["Første"]
        assert count[0] == 0
    assert count[0] == 1
    assert [i.text for i in capture.list_inputs(db, item)] == ["Første"]


def test_an_error_in_a_later_call_rolls_back_the_earlier_ones(db: Database) -> None:
    mid, item = _item(db)
    with pytest.raises(ValidationError), db.transaction():
        capture.add_group(db, item, name="Gruppe 1")
        agenda.update_item(db, item, title="Nyt")
        agenda.update_item(db, item, title="   ")  # refused
    assert capture.list_groups(db, item) == []
    assert agenda.get_item(db, item).title == "Punkt"


def test_an_error_a_caller_catches_still_rolls_back_everything(db: Database) -> None:
    mid, item = _item(db)
    with pytest.raises(NotFoundError), db.transaction():
        agenda.update_item(db, item, title="Nyt")
        with contextlib.suppress(NotFoundError):
            agenda.update_item(db, item + 1000, title="Andet")
    assert agenda.get_item(db, item).title == "Punkt"


def test_a_snapshot_and_the_delete_in_one_transaction_and_rows_returned_inside_stay_readable(db: Database) -> None:
    mid, item = _item(db)
    group = capture.add_group(db, item, name="Gruppe 1").id
    capture.add_input(db, group, "Første")  # type: ignore[arg-type]
    count = _commits(db)
    with db.transaction():
        snap = snapshots.take(db, "agendaitem", item)
        read = agenda.get_item(db, item)
        agenda.delete_item(db, item)
    assert count[0] == 1
    assert read.title == "Punkt" and snap.count("input") == 1  # usable after the transaction ended
    snapshots.restore(db, snap)
    assert [i.text for i in capture.list_inputs(db, item)] == ["Første"]


def test_a_nested_transaction_joins_the_outer_one(db: Database) -> None:
    mid, item = _item(db)
    with pytest.raises(ValidationError), db.transaction():
        with db.transaction():
            agenda.update_item(db, item, title="Nyt")
        agenda.update_item(db, item, kind="ukendt")
    assert agenda.get_item(db, item).title == "Punkt"


def test_another_thread_does_not_join(shared_db: Database) -> None:
    """Each thread has its own transactions: the import worker's commit is its own."""
    mid, item = _item(shared_db)
    with pytest.raises(ValidationError), shared_db.transaction():
        worker = threading.Thread(target=agenda.update_item, args=(shared_db, item), kwargs={"decision": "Fra tråden"})
        worker.start()
        worker.join()
        agenda.update_item(shared_db, item, title="")
    assert agenda.get_item(shared_db, item).decision == "Fra tråden"


def test_the_first_failure_is_what_the_transaction_raises(db: Database) -> None:
    """PostgreSQL refuses every statement after a failed one; the message must say why it failed."""
    from workshop.errors import ConflictError

    mid, item = _item(db)
    group = capture.add_group(db, item, name="Gruppe 1").id
    capture.add_input(db, group, "Første")  # type: ignore[arg-type]
    snap = snapshots.take(db, "agendaitem", item)  # the item is still there: its id is taken
    with pytest.raises(ConflictError, match="kan ikke sættes tilbage"), db.transaction():
        with contextlib.suppress(ConflictError):
            snapshots.restore(db, snap)
        agenda.update_item(db, item, title="Nyt")
    assert agenda.get_item(db, item).title == "Punkt"
