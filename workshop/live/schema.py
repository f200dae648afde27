"""The live module's own tables: change counters, who is present, and the commit hook.

Kept out of ``SQLModel.metadata`` on purpose: they are not meeting content, so snapshots,
undo, dumps and meeting files never see them, and a restored meeting's counter never goes
back. Created by migration 0007 (``workshop/migrations/versions/0007_live_changes.py``),
maintained on PostgreSQL only (SQLite has one laptop and needs no notices).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Integer, MetaData, String, Table

metadata = MetaData()

# One row per meeting that ever changed: how many committed transactions changed it. Bumped
# by the triggers at commit, under the row's lock, so it counts in commit order. No foreign
# key: a deleted meeting's counter stays, so an undone delete continues where it was.
livecounter = Table(
    "livecounter", metadata,
    Column("meeting_id", Integer, primary_key=True, autoincrement=False),
    Column("counter", BigInteger, nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
)

# Who has which meeting open: one row per running listener, written only on join and leave.
# A row counts only while its listener's backend (pid + application_name) is alive, so a
# crashed laptop disappears with its connection, without heartbeats.
livepresence = Table(
    "livepresence", metadata,
    Column("client_id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("meeting_id", Integer, nullable=True),
    Column("app", String, nullable=False),
    Column("pid", Integer, nullable=False),
    Column("since", DateTime(timezone=True), nullable=False),
)

# A transaction that changed something inserts one row here; the row's deferred trigger
# sends the transaction's notices at commit and deletes it (UNLOGGED on PostgreSQL).
livecommit = Table(
    "livecommit", metadata,
    Column("txid", BigInteger, primary_key=True, autoincrement=False),
)
