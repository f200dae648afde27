"""Engine, migrations and transactions.

SQLite (the default) runs in WAL mode with ``synchronous=FULL`` so a committed
capture survives a kill or a power cut; foreign keys are on. SQLite files and
PostgreSQL (through psycopg 3) are supported. The schema is owned by Alembic and
brought up to date on open.

Before anything is written, or a SQLite file is switched to WAL, the database is
checked with reads only: a SQLite file must be a regular file, pass SQLite's
``integrity_check`` and hold no tables (a new database) or Workshop's, with one
row in ``alembic_version`` naming a revision this Workshop knows. A damaged file,
another program's, or one from a newer Workshop is refused with a Danish
message and left exactly as it was.

``Database.transaction()`` (and ``session()``, the same) is one transaction: every
``session()`` opened inside it, by any service, joins it, so several service calls
(one user action, one undo) commit together or not at all.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import stat
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from sqlalchemy import event, exc, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from workshop import network_share
from workshop.errors import ConflictError, LockedError, StorageError
from workshop.pg_connect import Client, connect_args, install_cheap_ping
from workshop.plain_text import escaped
from workshop.schema_revision import MIGRATIONS_DIR, head_revision

if TYPE_CHECKING:  # Alembic costs ~0.3 s to import; an up-to-date schema does not need it
    from alembic.config import Config

# The drivers Workshop ships and tests; a bare postgresql:// means psycopg 3.
_DRIVERS = {"sqlite": "sqlite", "sqlite+pysqlite": "sqlite", "postgresql": "postgresql+psycopg",
            "postgresql+psycopg": "postgresql+psycopg"}
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Workshop's revisions are numbered: "0004", or "0005_something" on a branch.
_NUMBERED_REVISION = re.compile(r"(\d{4,6})(?:_[\w-]*)?")
# Any fixed 64-bit number: the advisory lock that serialises migrations on one PostgreSQL database.
_SCHEMA_LOCK_KEY = 0x576F726B73686F70  # "Workshop"
# A table only Workshop's schema has: a foreign database with its own alembic_version has not.
_WORKSHOP_TABLE = "meeting"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # A read-only file keeps its journal; writes will be refused clearly later.
    with contextlib.suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def parse_url(url: str) -> URL:
    """``url`` as a SQLAlchemy URL for a driver Workshop ships, or a Danish refusal.

    Raises:
        StorageError: not a URL, a database type Workshop does not support, or a
            PostgreSQL URL without a database name (the server's default database
            would silently get Workshop's tables).
    """
    shown = _masked(url)
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError):
        raise StorageError(f'"{shown}" er ikke en gyldig database-URL. Angiv en fil (SQLite) eller'
                           " postgresql://bruger@vært/database.") from None
    driver = _DRIVERS.get(parsed.drivername)
    if driver is None:
        raise StorageError(f'Databasetypen "{escaped(parsed.drivername)}" understøttes ikke ({shown}).'
                           " Brug en fil (SQLite) eller postgresql://bruger@vært/database.")
    if driver.startswith("postgresql") and not parsed.database:
        raise StorageError(f"URL'en nævner ingen database ({shown}); Workshop ville ellers bruge serverens"
                           " standarddatabase. Angiv den, fx postgresql://bruger@vært/workshop.")
    return parsed.set(drivername=driver)


def _masked(url: str) -> str:
    return escaped(re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url))


def make_engine(url: str, client: Client | None = None) -> Engine:
    """An engine for ``url`` with the pragmas and pool Workshop relies on.

    A SQLite file is checked first (``check_sqlite_file``), reading only, so no
    pragma touches a file that is not a sound Workshop database; one on a network share
    is refused (``network_share``). On PostgreSQL ``client`` names the connections, which
    get Workshop's timeouts (``workshop/pg_connect.py``); a new client if not given.

    Raises:
        StorageError: a bad or unsupported URL, a missing folder, or a SQLite file
            that is on a network share, damaged, not a database, another program's or from a
            newer Workshop.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if parsed.database in (None, "", ":memory:"):
            kwargs["poolclass"] = StaticPool
        else:
            path = Path(parsed.database)
            if not path.parent.exists():
                raise StorageError(f"Mappen {escaped(str(path.parent))} findes ikke.")
            network_share.refuse(path)
            check_sqlite_file(path)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        application_name = (client or Client.new()).application_name()
        options = parsed.query.get("options")
        engine = create_engine(parsed, connect_args=connect_args(options, application_name))  # type: ignore[arg-type]
        install_cheap_ping(engine)  # instead of pool_pre_ping's round trip per transaction
        # executemany INSERTs (undo restoring a deleted meeting's rows, snapshots.restore) as
        # multi-row INSERTs, not one statement per row. The meeting-file import uses COPY (bulk_copy.py).
        engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def check_sqlite_file(path: Path) -> None:
    """Refuse a SQLite file Workshop must not use, reading it only.

    A missing or empty file is a new database. Anything else must be a regular file
    with SQLite's header that passes ``PRAGMA integrity_check`` and holds Workshop's
    schema at a revision this version knows (``check_schema``). Cost: one read-only
    connection and a scan of the file (~25 ms for the 3 MB benchmark database).

    Raises:
        StorageError: with what is wrong and that the file was not changed.
    """
    where = f" ({escaped(str(path))})"
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StorageError(f"Databasen kan ikke åbnes{where}: {escaped(error.strerror or str(error))}") from None
    if stat.S_ISDIR(info.st_mode):
        raise StorageError(f"Databasen{where} er en mappe; angiv en fil, fx workshop.db.")
    if not stat.S_ISREG(info.st_mode):
        raise StorageError(f"Databasen{where} er ikke en almindelig fil (men fx en enhed eller en navngivet"
                           " pipe). Den er ikke ændret.")
    if info.st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StorageError(f"Databasen kan ikke læses{where}: {escaped(error.strerror or str(error))}") from None
    if header != _SQLITE_MAGIC:
        raise StorageError(f"Filen er ikke en SQLite-database{where}; den er beskadiget eller ikke en"
                           " Workshop-database. Den er ikke ændret.")
    try:
        conn = _reading_connection(path)
        try:
            problem = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
            if problem != "ok":
                # SQLite's report spans lines under a "*** in database main ***" heading: one line here
                found = " ".join(str(problem).replace("*** in database main ***", " ").split())
                raise StorageError(f"Databasefilen er beskadiget{where}: SQLite fandt en fejl"
                                   f" ({escaped(found)[:120]}). Den er ikke ændret; brug en"
                                   " sikkerhedskopi.")
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
            versions = ([row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
                        if "alembic_version" in tables else [])
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise storage_error(error, f"sqlite:///{path}") from None
    check_schema(tables, versions, where)


def _reading_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: read-only, unless SQLite needs write access to read at all.

    A read-only connection cannot recover the WAL index a killed writer left, nor roll
    back its hot journal; a plain connection can, and, like any SQLite reader, does so.
    Neither changes the journal mode.
    """
    uri = f"file:{quote(str(path))}"
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=5)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        name = getattr(error, "sqlite_errorname", "")
        if not (name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN")):
            raise
    return sqlite3.connect(f"{uri}?mode=rw", uri=True, timeout=5)


def check_schema(tables: Collection[str], versions: Sequence[str], where: str = "") -> str | None:
    """Decide from its tables and ``alembic_version`` rows whether a database is Workshop's.

    Returns:
        The stored revision (one this Workshop knows), or None for an empty database.

    Raises:
        StorageError: another program's tables, a version table without exactly one row,
            a revision from a newer Workshop, or one no Workshop has.
    """
    if "alembic_version" not in tables or (not versions and set(tables) == {"alembic_version"}):
        if set(tables) - {"alembic_version"}:
            raise StorageError(f"Databasen indeholder andre tabeller end Workshops{where}."
                               " Den er ikke ændret; vælg en anden fil.")
        return None
    if len(versions) != 1:
        raise StorageError(f"Databasens versionstabel (alembic_version) har {len(versions)} rækker i stedet"
                           f" for én{where}; den er beskadiget eller ændret af et andet program."
                           " Den er ikke ændret.")
    revision = versions[0]
    if revision == head_revision() or revision in _known_revisions():
        return revision
    shown = escaped(str(revision))[:80]
    if _is_newer(revision) and _WORKSHOP_TABLE in tables:
        raise StorageError(f"Databasen er lavet af en nyere version af Workshop (skema {shown}){where}."
                           " Opdatér programmet; databasen er ikke ændret.")
    raise StorageError(f'Workshop kender ikke databasens skemaversion "{shown}"{where}: databasen er ikke'
                       " lavet af Workshop, eller dens versionstabel er beskadiget. Den er ikke ændret.")


@cache
def _known_revisions() -> frozenset[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions())


def _is_newer(revision: str) -> bool:
    """A numbered revision above this Workshop's head: written by a later release."""
    match = _NUMBERED_REVISION.fullmatch(revision)
    head = _NUMBERED_REVISION.fullmatch(head_revision() or "")
    return match is not None and head is not None and int(match.group(1)) > int(head.group(1))


def storage_error(error: BaseException, url: str = "") -> StorageError:
    """Turn a driver error into a Danish message that says what to do."""
    detail = escaped(str(getattr(error, "orig", error)))
    text = detail.lower()
    where = f" ({_display(url)})" if url else ""
    if "lock timeout" in text or "statement timeout" in text:  # workshop/pg_connect.py's limits
        msg = (f"Databasen svarede ikke i tide{where}: en anden computer arbejder måske i det samme."
               " Intet er gemt; prøv igen.")
    elif "locked" in text or "busy" in text:
        msg = f"Databasen er låst af et andet program{where}. Luk det andet program og prøv igen."
    elif "readonly" in text or "read-only" in text or "read only" in text:
        msg = f"Databasen er skrivebeskyttet{where}. Intet er gemt; vælg en fil, der kan skrives."
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        msg = f"Databasefilen er beskadiget eller ikke en Workshop-database{where}. Den er ikke ændret."
    elif "disk" in text and "full" in text or "no space" in text:
        msg = f"Disken er fuld{where}. Frigør plads; det seneste er ikke gemt."
    elif ("unable to open" in text or "could not connect" in text or "connection" in text
          or "resolve host" in text):
        reason = _connection_reason(text)
        # not known: the driver's own words, on one line
        msg = f"Databasen kan ikke åbnes{where}: {reason or escaped(' '.join(str(getattr(error, 'orig', error)).split()))}"
    else:
        msg = f"Databasefejl{where}: {detail}"
    return StorageError(msg)


# What PostgreSQL's client says when it cannot connect, and what to tell the user instead (its own
# words are English and span lines; the log keeps them).
_CONNECTION_REASONS = (
    ("connection refused", "serveren svarer ikke (forbindelsen blev afvist). Kører PostgreSQL på den adresse"
                           " og port, og lukker en firewall ikke for den?"),
    ("database", "databasen findes ikke på serveren. Ret navnet i URL'en, eller bed den, der passer serveren,"
                 " oprette den."),
    ("role", "brugeren findes ikke på serveren. Ret brugernavnet i URL'en."),
    ("password authentication failed", "serveren afviste brugernavnet eller adgangskoden."),
    ("no password supplied", "serveren kræver en adgangskode; skriv den i URL'en (postgresql://bruger:kode@…)."),
    ("invalid port number", "portnummeret i URL'en er ugyldigt (1-65535)."),
    ("could not translate host name", "serverens navn findes ikke. Ret adressen i URL'en."),
    ("failed to resolve host", "serverens navn findes ikke. Ret adressen i URL'en."),
    ("name or service not known", "serverens navn findes ikke. Ret adressen i URL'en."),
    ("timeout expired", "serveren svarede ikke i tide. Er adressen rigtig, og er netværket oppe?"),
    ("no route to host", "serveren kan ikke nås på netværket. Er adressen rigtig, og er netværket oppe?"),
    ("network is unreachable", "serveren kan ikke nås på netværket. Er adressen rigtig, og er netværket oppe?"),
    ("invalid response", "det, der svarer på den adresse og port, er ikke en PostgreSQL-server. Ret porten"
                         " i URL'en (PostgreSQL bruger normalt 5432)."),
    ("invalid", "URL'en har en ugyldig indstilling. Ret den (fx postgresql://bruger@vært/database)."),
)


def _connection_reason(text: str) -> str | None:
    """The Danish reason for a refused connection (``text``: the driver's message, lower case)."""
    for words, reason in _CONNECTION_REASONS:
        if words in ("database", "role"):
            if f"{words} \"" in text and "does not exist" in text:
                return reason
        elif words in text:
            return reason
    return None


def _display(url: str) -> str:
    # engine.url renders a non-ASCII path percent-encoded ("%C3%B8"); show it as the user wrote it.
    shown = unquote(url.split("///", 1)[1]) if url.startswith("sqlite:///") else url.split("@")[-1]
    return escaped(shown)


def _stored_revision(engine: Engine) -> str | None:
    """The one revision in ``alembic_version``; None when there is no such table or not one row."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except exc.DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _lock_schema(conn: Connection) -> None:
    """Make this connection's transaction the only one deciding on and changing the schema.

    Two processes opening a new (or older) database at once would otherwise both find it
    empty and both create the tables, and one would fail. The lock is held until commit:
    PostgreSQL's transaction-level advisory lock; on SQLite ``BEGIN IMMEDIATE`` (the write
    lock), which also makes the migration one transaction: the migrations only create
    tables and indexes and add columns, which SQLite runs inside a transaction.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _read_schema(conn: Connection) -> tuple[set[str], list[str]]:
    """The database's table names and the rows of its ``alembic_version``."""
    tables = set(inspect(conn).get_table_names())
    versions = ([row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
                if "alembic_version" in tables else [])
    return tables, versions


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; refuse databases this version does not know.

    Raises:
        StorageError: locked, read-only, corrupt, foreign or newer database.
    """
    if revision == "head" and (head := head_revision()) is not None and _stored_revision(engine) == head:
        return  # up to date: one SELECT, Alembic not even imported (start-up, bench figure 1b)
    from alembic import command

    url = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            _lock_schema(conn)
            tables, versions = _read_schema(conn)
            current = check_schema(tables, versions, f" ({_display(url)})")
            if current != head_revision() or revision != "head":
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn  # env.py migrates inside this locked transaction
                command.upgrade(cfg, revision)
            conn.commit()
    except StorageError:
        raise
    except (exc.DBAPIError, sqlite3.Error) as error:
        raise storage_error(error, url) from error


@dataclass
class _Transaction:
    """The open transaction of one thread or task: its session, and the first error raised in it."""

    database: Database
    session: Session
    failure: BaseException | None = None


# A ContextVar, not an attribute: each thread (the import worker, the tests' racing writers) has
# its own context and so its own transactions; only calls in the same context join.
_open: ContextVar[_Transaction | None] = ContextVar("workshop_transaction", default=None)

_STALE_TABLE = re.compile(r"on table '([^']+)'")
_LOCKED = re.compile(r"WORKSHOP_LOCKED:(\w+)")


def lock_refusal(error: BaseException) -> LockedError | None:
    """The meeting lock's refusal (migration 0009's triggers) as its Danish error, else None."""
    if isinstance(error, exc.DBAPIError) and (match := _LOCKED.search(str(error.orig))):
        return LockedError.meeting(match.group(1))
    return None


def lock_for_writing(session: Session) -> None:
    """From here on this transaction is the only writer, before it reads what it decides on.

    SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock now (waiting up to the busy
    timeout), unless the transaction has begun already: Python's sqlite3 begins one only
    at the first write, so reads before it would see a state another writer is changing.
    PostgreSQL: nothing here; the caller locks the rows it decides on (``FOR UPDATE``).
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """An open, migrated database; the only way services reach storage."""

    def __init__(self, url: str, *, migrate_schema: bool = True, client_name: str | None = None) -> None:
        self.url = url
        self.client = Client.new(client_name)  # origin of this Database's change notices (workshop/live)
        self.engine = make_engine(url, self.client)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            from workshop.atomic_file import protect

            protect(self.engine.url.database)  # an export chosen onto it would replace the database
        if migrate_schema:
            migrate(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction around the block: commit at its end, roll back on any error.

        Inside it every ``transaction()`` or ``session()`` of this database (in the same
        thread or task) joins it instead of committing on its own, so the service calls of
        one user action, or of one undo, are one transaction. An error in any of them rolls
        all of them back, even when a caller caught it: nothing half done is committed.

        Raises:
            ConflictError: a row was changed by someone else between its read and its write.
            StorageError: the database could not be written (locked, read-only, full, gone).
        """
        current = _open.get()
        if current is not None and current.database is self:
            with self._joined(current) as session:
                yield session
            return
        session = Session(self.engine, expire_on_commit=False)
        tx = _Transaction(self, session)
        token = _open.set(tx)
        try:
            yield session
            if tx.failure is not None:
                raise tx.failure  # a call inside failed and was caught: its half must not be committed
            session.commit()
        except BaseException as error:
            session.rollback()
            # The first failure is the cause: on PostgreSQL every later statement only says
            # "current transaction is aborted".
            first = tx.failure if isinstance(error, Exception) else None
            mapped = first or self._translate(error)
            if mapped is error:
                raise
            raise mapped from error
        finally:
            _open.reset(token)
            session.close()

    def session(self) -> contextlib.AbstractContextManager[Session]:
        """The services' way in: ``transaction()``, joining the one already open, if any."""
        return self.transaction()

    @contextmanager
    def _joined(self, tx: _Transaction) -> Iterator[Session]:
        """One call inside an open transaction: the shared session, flushed at the end of the call."""
        session = tx.session
        try:
            yield session
            session.flush()  # a stale row or a broken constraint belongs to this call, as on commit
        except BaseException as error:
            mapped = self._translate(error)
            if tx.failure is None:
                tx.failure = mapped
            if mapped is error:
                raise
            raise mapped from error
        finally:
            # As if the call had its own session: the next call reads afresh (a snapshot restore
            # writes with plain SQL, which no ORM object would see), and what this call returned
            # stays readable after the transaction ends.
            session.expunge_all()

    def _translate(self, error: BaseException) -> BaseException:
        """The one mapping of storage-level failures to the Danish errors the user sees."""
        if (locked := lock_refusal(error)) is not None:
            return locked
        if isinstance(error, StaleDataError):
            # the row's version moved between our read and our write (mapper version_id_col)
            match = _STALE_TABLE.search(str(error))
            return ConflictError.stale(match.group(1) if match else "")
        if isinstance(error, (exc.OperationalError, exc.InternalError)):
            return storage_error(error, self.url)
        return error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only, e.g. what a window re-reads after another laptop's notice.

        On PostgreSQL its statements run outside a transaction: each sees what was committed
        when it started, exactly as in the READ COMMITTED transactions ``session`` opens, but
        a read costs one round trip instead of three (BEGIN, the query, COMMIT; 30 ms each on
        a busy Wi-Fi). Elsewhere, and inside an open ``transaction()`` (whose own writes it
        must see), it is ``session``. Never write through it.
        """
        with self._autocommit() as session:
            yield session

    @contextmanager
    def alone(self) -> Iterator[Session]:
        """A session for one statement that is a whole transaction by itself, e.g. the INSERT
        of ``capture.add_input``, which checks, writes and returns all it needs at once.

        On PostgreSQL, when no transaction is open, it runs outside one (autocommit): the
        statement is its own transaction, committed when it returns, one round trip instead
        of three (BEGIN, the statement, COMMIT; 30 ms each on a busy Wi-Fi). Write at most
        one statement through it (reads after it, e.g. to say why it wrote nothing, are
        fine). Inside an open ``transaction()`` it joins it, and elsewhere it is ``session``.
        """
        with self._autocommit() as session:
            yield session

    @contextmanager
    def _autocommit(self) -> Iterator[Session]:
        """What ``reading`` and ``alone`` share: on PostgreSQL, with no transaction of this database
        open, a session whose statements each are their own transaction; else ``session``."""
        current = _open.get()
        if self.engine.dialect.name != "postgresql" or (current is not None and current.database is self):
            with self.session() as session:
                yield session
            return
        try:
            with self.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT")
                with Session(bind=conn, expire_on_commit=False) as session:
                    yield session
        except Exception as error:
            mapped = self._translate(error)
            if mapped is error:
                raise
            raise mapped from error

    @contextmanager
    def reads(self) -> Iterator[None]:
        """Reads only, joined: every ``session()``, ``transaction()`` and ``reading()`` of this
        database inside the block (in this thread) uses one session, e.g. a window's read of
        what a screen shows (``ui/context.py``: ``AppContext.read``), however many service calls
        it makes.

        On PostgreSQL it runs outside a transaction, as ``reading()``: each statement sees what
        was committed when it started, exactly as in the READ COMMITTED transactions ``session``
        opens, without their BEGIN and COMMIT (two round trips per service call). A service that
        fails inside it fails alone: nothing is rolled back, nothing is written. Writing through
        it is refused. Inside an open ``transaction()`` it is that transaction.
        """
        current = _open.get()
        if current is not None and current.database is self:
            yield
            return
        try:
            with contextlib.ExitStack() as stack:
                if self.engine.dialect.name == "postgresql":
                    conn = stack.enter_context(self.engine.connect())
                    conn.execution_options(isolation_level="AUTOCOMMIT")
                    session = stack.enter_context(Session(bind=conn, expire_on_commit=False))
                else:
                    session = stack.enter_context(Session(self.engine, expire_on_commit=False))
                event.listen(session, "before_flush", _refuse_write)
                token = _open.set(_Transaction(self, session))
                try:
                    yield
                finally:
                    _open.reset(token)
        except (exc.OperationalError, exc.InternalError) as error:
            raise storage_error(error, self.url) from error

    def close(self) -> None:
        self.engine.dispose()


def _refuse_write(session: Session, *_args: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("Database.reads() is for reads only: a write was flushed inside it")
