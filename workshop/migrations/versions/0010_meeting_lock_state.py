"""the meeting lock's state on the meeting row: the lock check is one primary-key read

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 19:30:00

Migration 0009's triggers looked up the newest referat version of the meeting on every
write (per statement on PostgreSQL, per row on SQLite). Now the meeting carries the answer:
``meeting.lock_state`` is "sent" or "approved" while its newest version is, else NULL.

- The database keeps it: triggers on ``referatversion`` (``workshop_meeting_lock_state*``)
  set it after every insert, update and delete of a version, and only when it changes.
- Nobody else may set it: a write to ``meeting.lock_state`` that disagrees with the newest
  version is refused (``workshop_lock_state*``, part of the lock, so ``tests/lock_bypass.py``
  switches it off with the others). A meeting is inserted with NULL.
- The lock's checks read it: on SQLite each row trigger reads the meeting's row; on
  PostgreSQL ``workshop_lock_check`` (called by 0009's per-table statement triggers, which
  stay) is one statement, ``SELECT ... FROM meeting ... FOR KEY SHARE``.

The send-vs-edit race stays closed on PostgreSQL, now in the database alone. An edit holds
``FOR KEY SHARE`` on its meeting until it commits; a writer that changes a meeting's lock
state takes ``FOR UPDATE`` on it first (``send_for_approval`` does so at its start, the
trigger again for any other writer, raw SQL too). So a send waits for the edits in flight,
and an edit that comes after the send's lock waits for the send and then reads the row as
the send left it (READ COMMITTED re-reads a row that changed while the statement waited):
sent, refused. The other deletes and checks of 0009 (a version or a meeting deleted, a new
version while one is sent, approvals) are unchanged: they are not on the hot path.

As with 0009, a later migration that recreates ``meeting`` or ``referatversion`` on SQLite
(``batch_alter_table``) drops their triggers and must create them again
(``_sqlite_lock_triggers``, ``_sqlite_state_triggers``);
``tests/domain/test_meeting_lock_state.py`` fails if the lock state stops following.
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _migration_0009() -> ModuleType:
    """0009's module (its per-table paths and SQLite triggers), loaded from its file."""
    spec = importlib.util.spec_from_file_location("workshop_migration_0009",
                                                  Path(__file__).with_name("0009_meeting_lock.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


M0009 = _migration_0009()
EVENTS = M0009.EVENTS


def _newest_locked(meeting: str) -> str:
    """The lock state a meeting should have: its newest version's status if sent or approved."""
    return (f"(SELECT s.status FROM (SELECT v.status FROM referatversion v WHERE v.meeting_id = {meeting}"
            " ORDER BY v.number DESC LIMIT 1) s WHERE s.status IN ('sent', 'approved'))")


_BACKFILL = f"UPDATE meeting SET lock_state = {_newest_locked('meeting.id')} WHERE {_newest_locked('meeting.id')} IS NOT NULL"


# --- SQLite ------------------------------------------------------------------------------


def _sqlite_state(meeting: str) -> str:
    return f"(SELECT m.lock_state FROM meeting m WHERE m.id = {meeting})"


def _sqlite_lock_triggers() -> list[tuple[str, str]]:
    """0009's per-row checks of the meeting's tables, reading ``meeting.lock_state``."""
    out = []
    for table, path in M0009.MEETING_OF.items():
        for short, event in EVENTS:
            rows = {"ins": ["NEW"], "upd": ["OLD", "NEW"], "del": ["OLD"]}[short]
            for r in rows:
                state = _sqlite_state(path.format(r=r))
                name = f"workshop_lock_{table}_{short}_{r.lower()}"
                out.append((name, f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW"
                                  f" WHEN {state} IS NOT NULL BEGIN {M0009._sqlite_refuse(state)} END"))
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("id", *M0009.MEETING_CONTENT))
    out.append(("workshop_lock_meeting_upd", "CREATE TRIGGER workshop_lock_meeting_upd BEFORE UPDATE ON meeting"
                f" FOR EACH ROW WHEN ({changed}) AND OLD.lock_state IS NOT NULL"
                f" BEGIN {M0009._sqlite_refuse('OLD.lock_state')} END"))
    return out


def _sqlite_state_triggers() -> list[tuple[str, str]]:
    """Keeping ``lock_state`` (after every change of a version) and guarding it (any other write)."""
    def keep(meeting: str) -> str:
        return (f"UPDATE meeting SET lock_state = {_newest_locked(meeting)} WHERE id = {meeting}"
                f" AND lock_state IS NOT {_newest_locked(meeting)};")

    out = [
        ("workshop_meeting_lock_state_ins", "CREATE TRIGGER workshop_meeting_lock_state_ins AFTER INSERT"
         f" ON referatversion FOR EACH ROW BEGIN {keep('NEW.meeting_id')} END"),
        ("workshop_meeting_lock_state_upd", "CREATE TRIGGER workshop_meeting_lock_state_upd AFTER UPDATE"
         f" ON referatversion FOR EACH ROW BEGIN {keep('OLD.meeting_id')} {keep('NEW.meeting_id')} END"),
        ("workshop_meeting_lock_state_del", "CREATE TRIGGER workshop_meeting_lock_state_del AFTER DELETE"
         f" ON referatversion FOR EACH ROW BEGIN {keep('OLD.meeting_id')} END"),
        ("workshop_lock_state_ins", "CREATE TRIGGER workshop_lock_state_ins BEFORE INSERT ON meeting FOR EACH ROW"
         f" WHEN NEW.lock_state IS NOT NULL BEGIN {M0009._sqlite_refuse('NEW.lock_state')} END"),
        ("workshop_lock_state_upd", "CREATE TRIGGER workshop_lock_state_upd BEFORE UPDATE OF lock_state ON meeting"
         f" FOR EACH ROW WHEN NEW.lock_state IS NOT {_newest_locked('NEW.id')}"
         f" BEGIN {M0009._sqlite_refuse('coalesce(OLD.lock_state, NEW.lock_state)')} END"),
    ]
    return out


# --- PostgreSQL --------------------------------------------------------------------------

_PG_NEWEST_LOCKED = f"""
CREATE FUNCTION workshop_lock_state_of(meeting int) RETURNS text LANGUAGE sql STABLE AS $$
  {_newest_locked('meeting')}
$$
"""


def _pg_locked_into(meetings: str) -> str:
    """One statement: the lock state of the meetings ``meetings`` (a query) selects, into ``locked``.

    FOR KEY SHARE, held to our commit: a change of a lock state (which takes FOR UPDATE first)
    waits for us, and we wait for one in flight; then READ COMMITTED hands us the row as it
    left it. min(): 'approved' before 'sent'.
    """
    return (f"SELECT min(s.lock_state) INTO locked FROM (SELECT m.lock_state FROM meeting m"
            f" WHERE m.id IN ({meetings}) ORDER BY m.id FOR KEY SHARE) s;")


def _pg_check() -> str:
    """0009's check of a list of meetings (the meeting's own trigger calls it), in one statement."""
    return f"""
CREATE OR REPLACE FUNCTION workshop_lock_check(meetings int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  locked text;
BEGIN
  IF meetings IS NULL OR cardinality(meetings) = 0 THEN
    RETURN;
  END IF;
  {_pg_locked_into("SELECT unnest(meetings)")}
  IF locked IS NOT NULL THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:%', locked;
  END IF;
END $$
"""


def _pg_row_function(table: str, path: str) -> str:
    """0009's check of one table in one statement per event: find the meetings, lock and read them."""
    new, old = f"SELECT {path.format(r='n')} FROM new_rows n", f"SELECT {path.format(r='o')} FROM old_rows o"
    return f"""
CREATE OR REPLACE FUNCTION workshop_lock_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  locked text;
BEGIN
  -- Nested IFs: a transition table the event lacks must not even be planned.
  IF TG_OP = 'INSERT' THEN
    {_pg_locked_into(new)}
  ELSIF TG_OP = 'UPDATE' THEN
    {_pg_locked_into(f"{new} UNION ALL {old}")}
  ELSE
    {_pg_locked_into(old)}
  END IF;
  IF locked IS NOT NULL THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:%', locked;
  END IF;
  RETURN NULL;
END $$
"""


_PG_KEEP = """
CREATE FUNCTION workshop_meeting_lock_state() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meetings int[];
BEGIN
  -- Nested IFs: a transition table the event lacks must not even be planned.
  IF TG_OP = 'INSERT' THEN
    meetings := ARRAY(SELECT DISTINCT n.meeting_id FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    meetings := ARRAY(SELECT DISTINCT o.meeting_id FROM old_rows o);
  ELSE
    meetings := ARRAY(SELECT n.meeting_id FROM new_rows n UNION SELECT o.meeting_id FROM old_rows o);
  END IF;
  -- FOR UPDATE before the state changes: waits for the edits in flight (FOR KEY SHARE).
  PERFORM 1 FROM meeting m WHERE m.id = ANY(meetings)
     AND m.lock_state IS DISTINCT FROM workshop_lock_state_of(m.id) ORDER BY m.id FOR UPDATE;
  UPDATE meeting m SET lock_state = workshop_lock_state_of(m.id)
   WHERE m.id = ANY(meetings) AND m.lock_state IS DISTINCT FROM workshop_lock_state_of(m.id);
  RETURN NULL;
END $$
"""

_PG_GUARD = """
CREATE FUNCTION workshop_lock_state_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was text;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    was := OLD.lock_state;
  END IF;
  IF NEW.lock_state IS DISTINCT FROM workshop_lock_state_of(NEW.id) THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:%', coalesce(was, NEW.lock_state);
  END IF;
  RETURN NEW;
END $$
"""


def _pg_keep_trigger(short: str) -> str:
    event = dict(EVENTS)[short]
    referencing = {"ins": "NEW TABLE AS new_rows", "upd": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   "del": "OLD TABLE AS old_rows"}[short]
    return (f"CREATE TRIGGER workshop_meeting_lock_state_{short} AFTER {event} ON referatversion"
            f" REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION workshop_meeting_lock_state()")


def upgrade() -> None:
    op.add_column('meeting', sa.Column('lock_state', sa.String(), nullable=True))
    op.execute(_BACKFILL)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(_PG_NEWEST_LOCKED)
        op.execute(_pg_check())
        for table, path in M0009.MEETING_OF.items():
            op.execute(_pg_row_function(table, path))
        op.execute(_PG_KEEP)
        op.execute(_PG_GUARD)
        for short, _event in EVENTS:
            op.execute(_pg_keep_trigger(short))
        op.execute("CREATE TRIGGER workshop_lock_state_ins BEFORE INSERT ON meeting FOR EACH ROW"
                   " WHEN (NEW.lock_state IS NOT NULL) EXECUTE FUNCTION workshop_lock_state_guard()")
        op.execute("CREATE TRIGGER workshop_lock_state_upd BEFORE UPDATE ON meeting FOR EACH ROW"
                   " WHEN (NEW.lock_state IS DISTINCT FROM OLD.lock_state) EXECUTE FUNCTION workshop_lock_state_guard()")
    else:
        for name, _statement in _sqlite_lock_triggers():
            op.execute(f"DROP TRIGGER {name}")
        for _name, statement in [*_sqlite_lock_triggers(), *_sqlite_state_triggers()]:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for short in ("ins", "upd"):
            op.execute(f"DROP TRIGGER workshop_lock_state_{short} ON meeting")
        for short, _event in EVENTS:
            op.execute(f"DROP TRIGGER workshop_meeting_lock_state_{short} ON referatversion")
        op.execute("DROP FUNCTION workshop_lock_state_guard()")
        op.execute("DROP FUNCTION workshop_meeting_lock_state()")
        op.execute(M0009._PG_CHECK.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
        for table, path in M0009.MEETING_OF.items():
            op.execute(M0009._pg_row_function(table, path).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
        op.execute("DROP FUNCTION workshop_lock_state_of(int)")
    else:
        for name, _statement in [*_sqlite_lock_triggers(), *_sqlite_state_triggers()]:
            op.execute(f"DROP TRIGGER {name}")
        new = {name for name, _statement in _sqlite_lock_triggers()}
        for name, statement in M0009._sqlite_triggers():
            if name in new:
                op.execute(statement)
    op.drop_column('meeting', 'lock_state')
