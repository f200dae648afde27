"""``rows.locked`` and ``rows.check_values``: the compare-and-set of what has no version of its own."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from workshop.db import Database
from workshop.errors import ConflictError, NotFoundError
from workshop.models import Committee
from workshop.services import committees
from workshop.services.rows import check_values, locked


def test_check_values_refuses_a_change_made_since_and_carries_what_is_stored() -> None:
    check_values("workinggroup", 3, {"members": [1, 2]}, None)  # no expectation: nothing checked
    check_values("workinggroup", 3, {"members": [1, 2], "convener": 1}, {"members": [1, 2]})
    with pytest.raises(ConflictError) as caught:
        check_values("workinggroup", 3, {"members": [1, 2, 5]}, {"members": [1, 2]})
    assert caught.value.table == "workinggroup" and caught.value.row_id == 3
    assert caught.value.current == {"members": [1, 2, 5]}
    assert "Arbejdsgruppen" in caught.value.message


def test_locked_reads_under_a_row_lock_on_postgresql(db: Database) -> None:
    cid = committees.create_committee(db, name="Udvalg").id
    assert cid is not None
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.transaction() as s:
            assert locked(s, Committee, cid).name == "Udvalg"
            with pytest.raises(NotFoundError):
                locked(s, Committee, cid + 1000)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    locking = [st for st in statements if "FOR NO KEY UPDATE" in st]
    assert len(locking) == (2 if db.engine.dialect.name == "postgresql" else 0)
