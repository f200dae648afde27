"""Engine, migrations and transactions.

SQLite (the default) runs in WAL mode with ``synchronous=FULL`` so a committed
capture survives a kill or a power cut; foreign keys are on. Any SQLAlchemy URL
works, PostgreSQL through psycopg 3. The schema is owned by Alembic and brought
up to date on open; a database from a newer Workshop is refused, never touched.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import event, exc, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from workshop import network_share
from workshop.errors import StorageError
from workshop.pg_connect import Client, connect_args, install_cheap_ping
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


def make_engine(url: str, client: Client | None = None) -> Engine:
    """An engine for ``url`` with the pragmas and pool Workshop relies on.

    ``client`` names the connections on PostgreSQL (``workshop/pg_connect.py``); a new one if not given.
    """
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool
        else:
            path = Path(url.split("///", 1)[1])
            if not path.parent.exists():
                raise StorageError(f"Mappen {path.parent} findes ikke.")
            network_share.refuse(path)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        parsed = make_url(url)
        application_name = (client or Client.new()).application_name()
        engine = create_engine(url, connect_args=connect_args(parsed.query.get("options"), application_name))  # type: ignore[arg-type]
        install_cheap_ping(engine)  # instead of pool_pre_ping's round trip per transaction
        # executemany INSERTs (undo restoring a deleted meeting's rows, snapshots.restore) as
        # multi-row INSERTs, not one statement per row. The meeting-file import uses COPY (bulk_copy.py).
        engine.dialect.use_insertmanyvalues_wo_returning = True
    return engine


def storage_error(error: BaseException, url: str = "") -> StorageError:
    """Turn a driver error into a Danish message that says what to do."""
    text = str(getattr(error, "orig", error)).lower()
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


class Database:
    """An open, migrated database; the only way services reach storage."""

    def __init__(self, url: str, *, migrate_schema: bool = True, client_name: str | None = None) -> None:
        self.url = url
        self.client = Client.new(client_name)  # origin of this Database's change notices (workshop/live)
        self.engine = make_engine(url, self.client)
        if migrate_schema:
            migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except (exc.OperationalError, exc.InternalError) as error:
            session.rollback()
            raise storage_error(error, self.url) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only, e.g. what a window re-reads after another laptop's notice.

        On PostgreSQL its statements run outside a transaction: each sees what was committed
        when it started, exactly as in the READ COMMITTED transactions ``session`` opens, but
        a read costs one round trip instead of three (BEGIN, the query, COMMIT; 30 ms each on
        a busy Wi-Fi). Elsewhere it is ``session``. Never write through it.
        """
        if self.engine.dialect.name != "postgresql":
            with self.session() as session:
                yield session
            return
        try:
            with self.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT")
                with Session(bind=conn, expire_on_commit=False) as session:
                    yield session
        except (exc.OperationalError, exc.InternalError) as error:
            raise storage_error(error, self.url) from error

    def close(self) -> None:
        self.engine.dispose()
