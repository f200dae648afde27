"""How Workshop connects to PostgreSQL: timeouts, keepalives, and who is connecting.

Every PostgreSQL connection the app makes (the engine's pool and the live listener) gets:

- ``connect_timeout`` 5 s: an unreachable server is reported instead of waited for;
- ``statement_timeout`` 10 s, ``lock_timeout`` 5 s: a user action's statements take
  milliseconds; one stuck behind another laptop's lock fails clearly instead of hanging;
- ``idle_in_transaction_session_timeout`` 15 s: the server ends a session whose laptop
  vanished in the middle of a transaction, so its row locks do not block the others;
- TCP keepalives (idle 10 s, every 5 s, 3 probes) and ``tcp_user_timeout`` 15 s: a
  dead network is noticed within ~25 s, on both ends of the socket;
- ``application_name`` ``workshop <client id> <name>`` (``Client``): the database triggers
  put it into every change notice as its origin, so a window can skip its own echo.
"""

from __future__ import annotations

import secrets
import select
import socket
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 10_000
LOCK_TIMEOUT_MS = 5_000
IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
TCP_USER_TIMEOUT_MS = 15_000
# A pooled connection unused for longer than this is pinged before use; a younger one only
# has its socket looked at (free), so a live meeting's writes pay no extra round trip.
PING_AFTER_IDLE_S = 10.0

_APP_NAME_MAX = 63  # PostgreSQL's NAMEDATALEN - 1; longer names are cut by the server
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ß": "ss"})


def ascii_name(name: str) -> str:
    """``name`` in the printable ASCII PostgreSQL keeps in ``application_name`` ("Søren" -> "Soeren")."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD)).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() or c in "._-" else " " for c in folded).split()) or "?"


@dataclass(frozen=True)
class Client:
    """One open ``Database`` (one window, the CLI, a phone server): a fresh id and the laptop's name.

    Attributes:
        id: 8 hex digits, new for every ``Database``; a notice whose origin has it is our own echo.
        name: the laptop's name as the user set it (the UI's settings, ``WORKSHOP_NAME``,
            or the host name).
    """

    id: str
    name: str

    @classmethod
    def new(cls, name: str | None = None) -> Client:
        import os

        chosen = (name or os.environ.get("WORKSHOP_NAME") or socket.gethostname() or "?").strip()
        return cls(secrets.token_hex(4), chosen)

    def application_name(self, role: str = "workshop") -> str:
        return f"{role} {self.id} {ascii_name(self.name)}"[:_APP_NAME_MAX]


@dataclass(frozen=True)
class Origin:
    """Who wrote a change: parsed from the writer's ``application_name``.

    ``client_id`` is None for a writer that is not Workshop (psql, a script).
    """

    client_id: str | None
    name: str
    application_name: str

    @classmethod
    def parse(cls, application_name: str) -> Origin:
        parts = application_name.split(" ", 2)
        if len(parts) >= 2 and parts[0] in ("workshop", "workshop-live") and len(parts[1]) == 8:
            return cls(parts[1], parts[2] if len(parts) == 3 else "", application_name)
        return cls(None, application_name, application_name)


def server_options() -> str:
    """The libpq ``options`` that set the server-side timeouts of a session."""
    return (f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}"
            f" -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT_MS}")


def connect_args(url_options: str | None, application_name: str) -> dict[str, Any]:
    """psycopg connection keywords for every Workshop connection.

    Args:
        url_options: the ``options`` the URL itself carries (e.g. a ``search_path``), kept first.
        application_name: ``Client.application_name(...)``.
    """
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": " ".join(filter(None, [url_options, server_options()])),
        "application_name": application_name,
        "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
        **KEEPALIVES,
    }


def install_cheap_ping(engine: Any) -> None:
    """Check a pooled connection before use without a round trip when it was used lately.

    SQLAlchemy's ``pool_pre_ping`` costs one round trip per transaction (30 ms on a busy
    Wi-Fi). An idle PostgreSQL connection never receives anything unasked, so if its socket
    is readable the server has closed it or said why it will (restart,
    ``pg_terminate_backend``, a keepalive failure): then, and after ``PING_AFTER_IDLE_S``
    unused, it is pinged, and a failed ping makes the pool take a fresh connection.
    """
    from sqlalchemy import event, exc

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["workshop_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("workshop_used")
        if used is None:
            return  # fresh from connect
        if time.monotonic() - used < PING_AFTER_IDLE_S and not _readable(dbapi_conn):
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
            dbapi_conn.rollback()
        except Exception as error:  # any failure: the pool retries with a new connection
            raise exc.DisconnectionError(str(error)) from error


def _readable(dbapi_conn: Any) -> bool:
    try:
        fd = dbapi_conn.pgconn.socket
        return bool(select.select([fd], [], [], 0)[0])
    except Exception:  # a closed or broken connection: let the ping decide
        return True
