"""Writing past the meeting lock, as someone with direct access to the database could.

For tests that tamper with stored rows on purpose (an approved version edited in the
database): the lock's triggers (migration 0009) are switched off for the block and on again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from workshop.db import Database

_PG_TRIGGERS = ("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname LIKE 'workshop_lock_%' AND c.relnamespace = current_schema()::regnamespace")
_SQLITE_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'workshop_lock_%'"


@contextmanager
def lock_bypassed(db: Database) -> Iterator[None]:
    """Inside the block the meeting lock refuses nothing (the other triggers stay on)."""
    with db.engine.begin() as conn:
        postgres = conn.dialect.name == "postgresql"
        triggers = [tuple(row) for row in conn.execute(text(_PG_TRIGGERS if postgres else _SQLITE_TRIGGERS))]
        for first, second in triggers:
            conn.execute(text(f'ALTER TABLE "{first}" DISABLE TRIGGER "{second}"' if postgres
                              else f'DROP TRIGGER "{first}"'))
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            for first, second in triggers:
                conn.execute(text(f'ALTER TABLE "{first}" ENABLE TRIGGER "{second}"' if postgres else second))
