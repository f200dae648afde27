"""live changes: a change notice with every commit, a counter per meeting, presence

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:00:00

On PostgreSQL every table holding committee or meeting data gets three statement-level
triggers (insert, update, delete) with a transition table: one call per statement, so a
COPY of 5,000 rows costs one call, not 5,000. They note the meeting, the kind of data
(``workshop/changes.py`` KINDS) and up to 20 ids in a transaction-local setting and insert
one row into ``livecommit``, whose deferred trigger runs once at commit: it bumps each
meeting's counter in ``livecounter`` (locks taken in meeting order, at the end of the
transaction, so they cannot deadlock with the transaction's own row locks) and sends one
``pg_notify`` per meeting on the channel ``workshop.<schema>``:

    {"m": meeting, "c": committee, "n": counter, "k": {"inputs": [901]}, "o": application_name,
     "t": commit time}

``"k"`` maps each kind to the changed ids, or to null when there were more than 20. Rows
whose parent row went in the same transaction (ON DELETE CASCADE) are counted with every
meeting the transaction touched. Committee-level rows (committee, member, task) reach every
meeting of their committee; a committee without meetings gets one notice with ``"m": null``.
SQLite gets the tables but no triggers: one laptop, nobody to notify.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_IDS = 20  # ids per kind in a notice; more, and the kind is listed without ids

# table -> (how its meeting is found, the kind whose ids it gives, another kind it changes)
TABLES = {
    "committee": ("by_committee_row", "committees", None),
    "member": ("by_committee", "members", None),
    "task": ("by_committee", "tasks", None),
    "meeting": ("by_meeting_row", "meetings", None),
    "attendance": ("by_meeting", "attendance", None),
    "agendaitem": ("by_meeting", "items", None),
    "referatversion": ("by_meeting", "referat", None),
    "attachment": ("by_item_parent", "items", None),
    "itemabsence": ("by_item_parent", "items", "attendance"),
    "answer": ("by_item", "answers", None),
    "workgroup": ("by_item", "groups", None),
    "candidate": ("by_item", "candidates", None),
    "workinggroup": ("by_item", "working_groups", None),
    "remark": ("by_item", "remarks", None),
    "input": ("by_group", "inputs", None),
    "groupmember": ("by_group_member", "groups", None),
    "candidatevote": ("by_candidate_vote", "candidates", None),
    "workinggroupmember": ("by_working_group_member", "working_groups", None),
    "referatapproval": ("by_referat_approval", "referat", None),
}

# Each finds (key, ids, committee) for the statement's rows: key is the meeting id, 'c' + the
# committee id for committee-level rows, or '' when the parent is already gone.
PATHS = {
    "by_meeting": "SELECT r.meeting_id::text AS key, array_agg(r.id) AS ids, NULL::int AS committee"
                  " FROM changed_rows r GROUP BY r.meeting_id",
    "by_meeting_row": "SELECT r.id::text AS key, ARRAY[r.id] AS ids, r.committee_id AS committee"
                      " FROM changed_rows r",
    "by_committee": "SELECT 'c' || r.committee_id AS key, array_agg(r.id) AS ids, r.committee_id AS committee"
                    " FROM changed_rows r GROUP BY r.committee_id",
    "by_committee_row": "SELECT 'c' || r.id AS key, ARRAY[r.id] AS ids, r.id AS committee FROM changed_rows r",
    "by_item": "SELECT coalesce(a.meeting_id::text, '') AS key, array_agg(r.id) AS ids, NULL::int AS committee"
               " FROM changed_rows r LEFT JOIN agendaitem a ON a.id = r.item_id GROUP BY a.meeting_id",
    "by_item_parent": "SELECT coalesce(a.meeting_id::text, '') AS key, array_agg(DISTINCT r.item_id) AS ids,"
                      " NULL::int AS committee"
                      " FROM changed_rows r LEFT JOIN agendaitem a ON a.id = r.item_id GROUP BY a.meeting_id",
    "by_group": "SELECT coalesce(a.meeting_id::text, '') AS key, array_agg(r.id) AS ids, NULL::int AS committee"
                " FROM changed_rows r LEFT JOIN workgroup g ON g.id = r.group_id"
                " LEFT JOIN agendaitem a ON a.id = g.item_id GROUP BY a.meeting_id",
    "by_group_member": "SELECT coalesce(a.meeting_id::text, '') AS key, array_agg(DISTINCT r.group_id) AS ids,"
                       " NULL::int AS committee FROM changed_rows r LEFT JOIN workgroup g ON g.id = r.group_id"
                       " LEFT JOIN agendaitem a ON a.id = g.item_id GROUP BY a.meeting_id",
    "by_candidate_vote": "SELECT coalesce(a.meeting_id::text, '') AS key,"
                         " array_agg(DISTINCT r.candidate_id) AS ids, NULL::int AS committee"
                         " FROM changed_rows r LEFT JOIN candidate c ON c.id = r.candidate_id"
                         " LEFT JOIN agendaitem a ON a.id = c.item_id GROUP BY a.meeting_id",
    "by_working_group_member": "SELECT coalesce(a.meeting_id::text, '') AS key,"
                               " array_agg(DISTINCT r.working_group_id) AS ids, NULL::int AS committee"
                               " FROM changed_rows r LEFT JOIN workinggroup w ON w.id = r.working_group_id"
                               " LEFT JOIN agendaitem a ON a.id = w.item_id GROUP BY a.meeting_id",
    "by_referat_approval": "SELECT coalesce(v.meeting_id::text, '') AS key,"
                           " array_agg(DISTINCT r.referat_id) AS ids, NULL::int AS committee"
                           " FROM changed_rows r LEFT JOIN referatversion v ON v.id = r.referat_id"
                           " GROUP BY v.meeting_id",
}

EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))

FUNCTIONS = [
    # The channel: one per schema, so test runs and installations sharing a server never meet.
    """
CREATE FUNCTION workshop_live_channel() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT left('workshop.' || current_schema(), 63) $$
""",
    # Merge two {kind: [ids] | null} maps; "_c" carries the committee.
    f"""
CREATE FUNCTION workshop_live_merge(a jsonb, b jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k text;
  v jsonb;
  old jsonb;
  merged jsonb;
BEGIN
  IF a IS NULL THEN RETURN b; END IF;
  IF b IS NULL THEN RETURN a; END IF;
  FOR k, v IN SELECT e.key, e.value FROM jsonb_each(b) e LOOP
    old := a -> k;
    IF k = '_c' OR old IS NULL THEN
      merged := v;
    ELSIF jsonb_typeof(old) = 'null' OR jsonb_typeof(v) = 'null' THEN
      merged := 'null';
    ELSE
      SELECT coalesce(jsonb_agg(x.e ORDER BY x.e), '[]') INTO merged
        FROM (SELECT jsonb_array_elements(old) UNION SELECT jsonb_array_elements(v)) x(e);
      IF jsonb_array_length(merged) > {MAX_IDS} THEN merged := 'null'; END IF;
    END IF;
    a := a || jsonb_build_object(k, merged);
  END LOOP;
  RETURN a;
END $$
""",
    # Note one statement's change in the transaction; the first note arms the commit hook.
    f"""
CREATE FUNCTION workshop_live_note(p_key text, p_kind text, p_ids int[], p_extra text, p_committee int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pending jsonb := nullif(current_setting('workshop.live', true), '')::jsonb;
  change jsonb;
BEGIN
  change := jsonb_build_object(p_kind, CASE WHEN cardinality(p_ids) > {MAX_IDS} THEN 'null'::jsonb
                                            ELSE to_jsonb(p_ids) END);
  IF p_extra IS NOT NULL THEN change := change || jsonb_build_object(p_extra, NULL::int); END IF;
  IF p_committee IS NOT NULL THEN change := change || jsonb_build_object('_c', p_committee); END IF;
  IF pending IS NULL THEN
    pending := '{{}}';
    INSERT INTO livecommit (txid) VALUES (txid_current());
  END IF;
  pending := pending || jsonb_build_object(p_key, workshop_live_merge(pending -> p_key, change));
  PERFORM set_config('workshop.live', pending::text, true);
END $$
""",
    # One notice's text, always under pg_notify's 8,000-byte limit.
    """
CREATE FUNCTION workshop_live_payload(m int, c int, n bigint, kinds jsonb, origin text, at jsonb)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  payload text := jsonb_build_object('m', m, 'c', c, 'n', n, 'k', kinds, 'o', origin, 't', at)::text;
BEGIN
  IF octet_length(payload) > 7000 THEN
    payload := jsonb_build_object('m', m, 'c', c, 'n', n,
      'k', (SELECT jsonb_object_agg(e.key, NULL::int) FROM jsonb_each(kinds) e),
      'o', left(origin, 63), 't', at)::text;
  END IF;
  RETURN payload;
END $$
""",
    # At commit: bump each meeting's counter (in meeting order) and send its notice.
    """
CREATE FUNCTION workshop_live_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pending jsonb := nullif(current_setting('workshop.live', true), '')::jsonb;
  orphans jsonb;
  lonely jsonb := '{}';
  key text;
  entry jsonb;
  c int;
  m int;
  n bigint;
  origin text := coalesce(current_setting('application_name', true), '');
  channel text := workshop_live_channel();
  at jsonb := to_jsonb(clock_timestamp());
BEGIN
  DELETE FROM livecommit WHERE txid = NEW.txid;
  PERFORM set_config('workshop.live', '', true);
  IF pending IS NULL THEN
    RETURN NULL;
  END IF;
  orphans := pending -> '';
  pending := pending - '';
  FOR key, entry IN SELECT e.key, e.value FROM jsonb_each(pending) e WHERE e.key LIKE 'c%' LOOP
    pending := pending - key;
    c := substr(key, 2)::int;
    IF EXISTS (SELECT 1 FROM meeting WHERE committee_id = c) THEN
      FOR m IN SELECT id FROM meeting WHERE committee_id = c LOOP
        pending := pending || jsonb_build_object(m::text, workshop_live_merge(pending -> m::text, entry));
      END LOOP;
    ELSE
      lonely := lonely || jsonb_build_object(key, entry);
    END IF;
  END LOOP;
  IF pending = '{}' AND lonely = '{}' AND orphans IS NOT NULL THEN
    lonely := jsonb_build_object('', orphans);
  END IF;
  FOR key, entry IN SELECT e.key, e.value FROM jsonb_each(lonely) e LOOP
    IF pending = '{}' THEN entry := workshop_live_merge(entry, orphans); END IF;
    PERFORM pg_notify(channel, workshop_live_payload(NULL, (entry ->> '_c')::int, NULL, entry - '_c',
                                                     origin, at));
  END LOOP;
  FOR m IN SELECT k::int FROM jsonb_object_keys(pending) k ORDER BY 1 LOOP
    entry := workshop_live_merge(pending -> m::text, orphans);
    INSERT INTO livecounter AS lc (meeting_id, counter, changed_at) VALUES (m, 1, now())
      ON CONFLICT (meeting_id) DO UPDATE SET counter = lc.counter + 1, changed_at = now()
      RETURNING lc.counter INTO n;
    c := coalesce((entry ->> '_c')::int, (SELECT committee_id FROM meeting WHERE id = m));
    PERFORM pg_notify(channel, workshop_live_payload(m, c, n, entry - '_c', origin, at));
  END LOOP;
  RETURN NULL;
END $$
""",
]


def _path_function(name: str, query: str) -> str:
    return f"""
CREATE FUNCTION workshop_live_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hit record;
BEGIN
  FOR hit IN {query} LOOP
    PERFORM workshop_live_note(hit.key, TG_ARGV[0], hit.ids, TG_ARGV[1], hit.committee);
  END LOOP;
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        'livecounter',
        sa.Column('meeting_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('counter', sa.BigInteger(), nullable=False),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('meeting_id'),
    )
    op.create_table(
        'livepresence',
        sa.Column('client_id', sa.String(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('app', sa.String(), nullable=False),
        sa.Column('pid', sa.Integer(), nullable=False),
        sa.Column('since', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('client_id'),
    )
    postgres = op.get_bind().dialect.name == 'postgresql'
    op.create_table(
        'livecommit',
        sa.Column('txid', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint('txid'),
        prefixes=['UNLOGGED'] if postgres else [],  # a row lives for one commit: no WAL for it
    )
    if not postgres:
        return
    for sql in FUNCTIONS:
        op.execute(sql)
    for name, query in PATHS.items():
        op.execute(_path_function(name, query))
    op.execute("CREATE CONSTRAINT TRIGGER workshop_live_flush AFTER INSERT ON livecommit"
               " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION workshop_live_flush()")
    for table, (path, kind, extra) in TABLES.items():
        args = f"'{kind}'" + (f", '{extra}'" if extra else "")
        for suffix, event, which in EVENTS:
            op.execute(f'CREATE TRIGGER workshop_live_{suffix} AFTER {event} ON "{table}"'
                       f" REFERENCING {which} TABLE AS changed_rows FOR EACH STATEMENT"
                       f" EXECUTE FUNCTION workshop_live_{path}({args})")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in TABLES:
            for suffix, _, _ in EVENTS:
                op.execute(f'DROP TRIGGER IF EXISTS workshop_live_{suffix} ON "{table}"')
        op.execute("DROP TRIGGER IF EXISTS workshop_live_flush ON livecommit")
        for name in PATHS:
            op.execute(f"DROP FUNCTION IF EXISTS workshop_live_{name}()")
        for name in ("flush()", "payload(int, int, bigint, jsonb, text, jsonb)",
                     "note(text, text, int[], text, int)", "merge(jsonb, jsonb)", "channel()"):
            op.execute(f"DROP FUNCTION IF EXISTS workshop_live_{name}")
    op.drop_table('livecommit')
    op.drop_table('livepresence')
    op.drop_table('livecounter')
