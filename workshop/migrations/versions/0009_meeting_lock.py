"""the meeting lock: triggers refuse every write to a meeting whose referat is sent or approved

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 16:30:00

The lock lives in the database, on SQLite and PostgreSQL alike, so no writer can forget
it: not a service, not an undo, not a cascade (deleting a committee or a member), not raw
SQL. A write is refused with the message ``WORKSHOP_LOCKED:<kind>``, which
``Database._translate`` turns into ``LockedError.meeting(kind)`` with its Danish text:

- ``sent`` / ``approved``: a row of a meeting whose newest referat version is sent or
  approved is inserted, changed or deleted (the meeting's own row too, except
  ``current_item_id``/``current_step``, which only say where the room's screens are);
  a new version is added while one is sent; an approved version or its approvals change.
- ``deleting``: a sent or approved version is deleted (with its meeting);
  ``deleting_committee``: so is a committee with such a meeting.

SQLite gets BEFORE ... FOR EACH ROW triggers. A later migration that recreates one of these
tables on SQLite (``batch_alter_table``) drops its triggers and must create them again
(``_sqlite_triggers``); ``tests/domain/test_meeting_lock.py`` checks every table has them. PostgreSQL gets AFTER ... FOR EACH STATEMENT
triggers with transition tables (as migration 0007: one call per statement, so a COPY of
5,000 rows is checked once). There the check first takes ``FOR KEY SHARE`` on the meetings
written to, and reads their newest version in a later statement: ``send_for_approval`` locks
its meeting ``FOR UPDATE``, so a send waits for edits in flight, and an edit after a send
sees the version as sent.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# How a row's meeting is found, with {r} the row (NEW, OLD, or a transition-table alias).
_BY_ITEM = "(SELECT a.meeting_id FROM agendaitem a WHERE a.id = {r}.item_id)"
MEETING_OF = {
    "attendance": "{r}.meeting_id",
    "agendaitem": "{r}.meeting_id",
    "attachment": _BY_ITEM,
    "itemabsence": _BY_ITEM,
    "answer": _BY_ITEM,
    "workgroup": _BY_ITEM,
    "candidate": _BY_ITEM,
    "workinggroup": _BY_ITEM,
    "remark": _BY_ITEM,
    "input": "(SELECT a.meeting_id FROM workgroup g JOIN agendaitem a ON a.id = g.item_id WHERE g.id = {r}.group_id)",
    "groupmember": "(SELECT a.meeting_id FROM workgroup g JOIN agendaitem a ON a.id = g.item_id"
                   " WHERE g.id = {r}.group_id)",
    "candidatevote": "(SELECT a.meeting_id FROM candidate c JOIN agendaitem a ON a.id = c.item_id"
                     " WHERE c.id = {r}.candidate_id)",
    "workinggroupmember": "(SELECT a.meeting_id FROM workinggroup w JOIN agendaitem a ON a.id = w.item_id"
                          " WHERE w.id = {r}.working_group_id)",
    "workinggroupguest": "(SELECT a.meeting_id FROM workinggroup w JOIN agendaitem a ON a.id = w.item_id"
                         " WHERE w.id = {r}.working_group_id)",
}
# The meeting's columns that a locked meeting keeps; where the room is may still move.
MEETING_CONTENT = ("committee_id", "number", "title", "starts_at", "location", "case_id", "purpose", "ended_at")
# An approved version's columns that never change again (columns added later are not frozen here).
VERSION_FROZEN = ("meeting_id", "number", "status", "content", "sha256", "note", "created_at", "sent_at",
                  "approved_at")
# A committee with a meeting whose referat is sent or approved, with {r} the committee row.
_COMMITTEE_LOCKED = ("EXISTS (SELECT 1 FROM meeting m JOIN referatversion v ON v.meeting_id = m.id"
                     " WHERE m.committee_id = {r}.id AND v.status IN ('sent', 'approved'))")
EVENTS = (("ins", "INSERT"), ("upd", "UPDATE"), ("del", "DELETE"))


def _newest_status(meeting: str) -> str:
    return (f"(SELECT v.status FROM referatversion v WHERE v.meeting_id = {meeting}"
            " ORDER BY v.number DESC LIMIT 1)")


# --- SQLite ------------------------------------------------------------------------------


def _sqlite_refuse(status: str) -> str:
    return (f"SELECT CASE {status} WHEN 'sent' THEN RAISE(ABORT, 'WORKSHOP_LOCKED:sent')"
            " ELSE RAISE(ABORT, 'WORKSHOP_LOCKED:approved') END;")


def _sqlite_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) for SQLite."""
    out = []
    for table, path in MEETING_OF.items():
        for short, event in EVENTS:
            rows = {"ins": ["NEW"], "upd": ["OLD", "NEW"], "del": ["OLD"]}[short]
            for r in rows:
                status = _newest_status(path.format(r=r))
                name = f"workshop_lock_{table}_{short}_{r.lower()}"
                out.append((name, f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW"
                                  f" WHEN {status} IN ('sent', 'approved') BEGIN {_sqlite_refuse(status)} END"))
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("id", *MEETING_CONTENT))
    status = _newest_status("OLD.id")
    out.append(("workshop_lock_meeting_upd", "CREATE TRIGGER workshop_lock_meeting_upd BEFORE UPDATE ON meeting"
                f" FOR EACH ROW WHEN ({changed}) AND {status} IN ('sent', 'approved')"
                f" BEGIN {_sqlite_refuse(status)} END"))
    frozen = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in VERSION_FROZEN)
    out += [
        # Before the cascade reaches the meeting's rows, so the refusal says why: it is a delete.
        ("workshop_lock_committee_del", "CREATE TRIGGER workshop_lock_committee_del BEFORE DELETE ON committee"
         f" FOR EACH ROW WHEN {_COMMITTEE_LOCKED.format(r='OLD')}"
         " BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:deleting_committee'); END"),
        ("workshop_lock_meeting_del", "CREATE TRIGGER workshop_lock_meeting_del BEFORE DELETE ON meeting"
         " FOR EACH ROW WHEN EXISTS (SELECT 1 FROM referatversion v WHERE v.meeting_id = OLD.id"
         " AND v.status IN ('sent', 'approved')) BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:deleting'); END"),
        ("workshop_lock_referatversion_del", "CREATE TRIGGER workshop_lock_referatversion_del BEFORE DELETE"
         " ON referatversion FOR EACH ROW WHEN OLD.status IN ('sent', 'approved')"
         " BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:deleting'); END"),
        ("workshop_lock_referatversion_upd", "CREATE TRIGGER workshop_lock_referatversion_upd BEFORE UPDATE"
         f" ON referatversion FOR EACH ROW WHEN OLD.status = 'approved' AND ({frozen})"
         " BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:approved'); END"),
        ("workshop_lock_referatversion_ins", "CREATE TRIGGER workshop_lock_referatversion_ins BEFORE INSERT"
         " ON referatversion FOR EACH ROW WHEN EXISTS (SELECT 1 FROM referatversion v"
         " WHERE v.meeting_id = NEW.meeting_id AND v.status = 'sent')"
         " BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:sent'); END"),
    ]
    for short, event in EVENTS:
        r = "NEW" if short == "ins" else "OLD"
        name = f"workshop_lock_referatapproval_{short}"
        out.append((name, f"CREATE TRIGGER {name} BEFORE {event} ON referatapproval FOR EACH ROW"
                          f" WHEN (SELECT v.status FROM referatversion v WHERE v.id = {r}.referat_id) = 'approved'"
                          " BEGIN SELECT RAISE(ABORT, 'WORKSHOP_LOCKED:approved'); END"))
    return out


# --- PostgreSQL --------------------------------------------------------------------------

_PG_CHECK = """
CREATE FUNCTION workshop_lock_check(meetings int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  locked text;
BEGIN
  IF meetings IS NULL OR cardinality(meetings) = 0 THEN
    RETURN;
  END IF;
  -- Waits for a send in flight (it holds FOR UPDATE); a send waits for us. The next
  -- statement takes a new snapshot, so it sees a send committed while we waited.
  PERFORM 1 FROM meeting WHERE id = ANY(meetings) ORDER BY id FOR KEY SHARE;
  SELECT s.status INTO locked
    FROM unnest(meetings) AS m(id)
    CROSS JOIN LATERAL (SELECT v.status FROM referatversion v WHERE v.meeting_id = m.id
                        ORDER BY v.number DESC LIMIT 1) s
   WHERE s.status IN ('sent', 'approved')
   ORDER BY s.status = 'approved' DESC LIMIT 1;
  IF locked IS NOT NULL THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:%', locked;
  END IF;
END $$
"""


def _pg_row_function(table: str, path: str) -> str:
    new, old = path.format(r="n"), path.format(r="o")
    return f"""
CREATE FUNCTION workshop_lock_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meetings int[] := '{{}}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    meetings := meetings || ARRAY(SELECT DISTINCT {new} FROM new_rows n);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    meetings := meetings || ARRAY(SELECT DISTINCT {old} FROM old_rows o);
  END IF;
  PERFORM workshop_lock_check(ARRAY(SELECT DISTINCT x FROM unnest(meetings) x WHERE x IS NOT NULL));
  RETURN NULL;
END $$
"""


def _pg_meeting_function() -> str:
    changed = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in MEETING_CONTENT)
    return f"""
CREATE FUNCTION workshop_lock_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM workshop_lock_check(ARRAY(SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                                    WHERE {changed}));
  RETURN NULL;
END $$
"""


def _pg_version_function() -> str:
    frozen = " OR ".join(f"n.{c}::text IS DISTINCT FROM o.{c}::text" for c in VERSION_FROZEN)
    return f"""
CREATE FUNCTION workshop_lock_referatversion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nested IFs: a transition table the event lacks must not even be planned.
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows o WHERE o.status IN ('sent', 'approved')) THEN
      RAISE EXCEPTION 'WORKSHOP_LOCKED:deleting';
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE o.status = 'approved' AND ({frozen})) THEN
      RAISE EXCEPTION 'WORKSHOP_LOCKED:approved';
    END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN referatversion v ON v.meeting_id = n.meeting_id AND v.id <> n.id
                WHERE v.status = 'sent') THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:sent';
  END IF;
  RETURN NULL;
END $$
"""


_PG_APPROVAL = """
CREATE FUNCTION workshop_lock_referatapproval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN referatversion v ON v.id = n.referat_id
               WHERE v.status = 'approved') THEN
      RAISE EXCEPTION 'WORKSHOP_LOCKED:approved';
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN referatversion v ON v.id = o.referat_id
               WHERE v.status = 'approved') THEN
      RAISE EXCEPTION 'WORKSHOP_LOCKED:approved';
    END IF;
  END IF;
  RETURN NULL;
END $$
"""


# Row-level BEFORE DELETE on the parents, so deleting a meeting or a committee is refused as a
# delete before its cascade reaches the meeting's rows.
_PG_DELETES = f"""
CREATE FUNCTION workshop_lock_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'committee' THEN
    IF {_COMMITTEE_LOCKED.format(r='OLD')} THEN
      RAISE EXCEPTION 'WORKSHOP_LOCKED:deleting_committee';
    END IF;
  ELSIF EXISTS (SELECT 1 FROM referatversion v WHERE v.meeting_id = OLD.id AND v.status IN ('sent', 'approved')) THEN
    RAISE EXCEPTION 'WORKSHOP_LOCKED:deleting';
  END IF;
  RETURN OLD;
END $$
"""


def _pg_tables() -> dict[str, tuple[str, ...]]:
    """table -> the events its lock trigger fires on."""
    tables = {table: ("ins", "upd", "del") for table in MEETING_OF}
    tables.update({"meeting": ("upd",), "referatversion": ("ins", "upd", "del"),
                   "referatapproval": ("ins", "upd", "del")})
    return tables


def _pg_trigger(table: str, short: str) -> str:
    event = dict(EVENTS)[short]
    referencing = {"ins": "NEW TABLE AS new_rows", "upd": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   "del": "OLD TABLE AS old_rows"}[short]
    return (f"CREATE TRIGGER workshop_lock_{short} AFTER {event} ON {table} REFERENCING {referencing}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION workshop_lock_{table}()")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(_PG_CHECK)
        for table, path in MEETING_OF.items():
            op.execute(_pg_row_function(table, path))
        op.execute(_pg_meeting_function())
        op.execute(_pg_version_function())
        op.execute(_PG_APPROVAL)
        op.execute(_PG_DELETES)
        for table in ("committee", "meeting"):
            op.execute(f"CREATE TRIGGER workshop_lock_delete BEFORE DELETE ON {table} FOR EACH ROW"
                       " EXECUTE FUNCTION workshop_lock_delete()")
        for table, events in _pg_tables().items():
            for short in events:
                op.execute(_pg_trigger(table, short))
    else:
        for _name, statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in ("committee", "meeting"):
            op.execute(f"DROP TRIGGER workshop_lock_delete ON {table}")
        op.execute("DROP FUNCTION workshop_lock_delete()")
        for table, events in _pg_tables().items():
            for short in events:
                op.execute(f"DROP TRIGGER workshop_lock_{short} ON {table}")
            op.execute(f"DROP FUNCTION workshop_lock_{table}()")
        op.execute("DROP FUNCTION workshop_lock_check(int[])")
    else:
        for name, _statement in _sqlite_triggers():
            op.execute(f"DROP TRIGGER {name}")
