"""Engine, migrations and transactions.

SQLite (the default) runs in WAL mode with ``synchronous=FULL`` so a committed
capture survives a kill or a power cut; foreign keys are on. Any SQLAlchemy URL
works, PostgreSQL through psycopg 3. The schema is owned by Alembic and brought
up to date on open; a database from a newer Workshop is refused, never touched.

``Database.transaction()`` (and ``session()``, the same) is one transaction: every
``session()`` opened inside it, by any service, joins it, so several service calls
(one user action, one undo) commit together or not at all.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import event, exc, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from workshop.errors import ConflictError, StorageError
from workshop.schema_revision import MIGRATIONS_DIR, head_revision

if TYPE_CHECKING:  # Alembic costs ~0.3 s to import; an up-to-date schema does not need it
    from alembic.config import Config


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # A read-only file keeps its journal; writes will be refused clearly later.
    with contextlib.suppress(sqlite3.OperationalError):
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the pragmas and pool Workshop relies on."""
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool
        else:
            path = Path(url.split("///", 1)[1])
            if not path.parent.exists():
                raise StorageError(f"Mappen {path.parent} findes ikke.")
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        # executemany INSERTs (undo restoring a deleted meeting's rows, snapshots.restore) as
        # multi-row INSERTs, not one statement per row. The meeting-file import uses COPY (bulk_copy.py).
        engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def storage_error(error: BaseException, url: str = "") -> StorageError:
    """Turn a driver error into a Danish message that says what to do."""
    text = str(getattr(error, "orig", error)).lower()
    where = f" ({_display(url)})" if url else ""
    if "locked" in text or "busy" in text:
        msg = f"Databasen er låst af et andet program{where}. Luk det andet program og prøv igen."
    elif "readonly" in text or "read-only" in text or "read only" in text:
        msg = f"Databasen er skrivebeskyttet{where}. Intet er gemt; vælg en fil, der kan skrives."
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        msg = f"Databasefilen er beskadiget eller ikke en Workshop-database{where}. Den er ikke ændret."
    elif "disk" in text and "full" in text or "no space" in text:
        msg = f"Disken er fuld{where}. Frigør plads; det seneste er ikke gemt."
    elif "unable to open" in text or "could not connect" in text or "connection" in text:
        msg = f"Databasen kan ikke åbnes{where}: {getattr(error, 'orig', error)}"
    else:
        msg = f"Databasefejl{where}: {getattr(error, 'orig', error)}"
    return StorageError(msg)


def _display(url: str) -> str:
    # engine.url renders a non-ASCII path percent-encoded ("%C3%B8"); show it as the user wrote it.
    return unquote(url.split("///", 1)[1]) if url.startswith("sqlite:///") else url.split("@")[-1]


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


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; refuse databases this version does not know.

    Raises:
        StorageError: locked, read-only, corrupt, foreign or newer database.
    """
    if revision == "head" and (head := head_revision()) is not None and _stored_revision(engine) == head:
        return  # up to date: one SELECT, Alembic not even imported (start-up, bench figure 1b)
    from alembic import command
    from alembic.script import ScriptDirectory

    url = engine.url.render_as_string(hide_password=True)
    cfg = alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    try:
        current = current_revision(engine)
        if current is not None:
            try:
                script.get_revision(current)
            except Exception:
                raise StorageError(
                    f"Databasen er lavet af en nyere version af Workshop (skema {current})"
                    f" ({_display(url)}). Opdatér programmet; databasen er ikke ændret."
                ) from None
        elif inspect(engine).get_table_names() and "meeting" not in inspect(engine).get_table_names():
            raise StorageError(
                f"Databasen indeholder andre tabeller end Workshops ({_display(url)})."
                " Den er ikke ændret; vælg en anden fil."
            )
        if current != script.get_current_head() or revision != "head":
            command.upgrade(cfg, revision)
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


class Database:
    """An open, migrated database; the only way services reach storage."""

    def __init__(self, url: str, *, migrate_schema: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
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
        if isinstance(error, StaleDataError):
            # the row's version moved between our read and our write (mapper version_id_col)
            match = _STALE_TABLE.search(str(error))
            return ConflictError.stale(match.group(1) if match else "")
        if isinstance(error, (exc.OperationalError, exc.InternalError)):
            return storage_error(error, self.url)
        return error

    def close(self) -> None:
        self.engine.dispose()
