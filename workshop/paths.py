"""Where Workshop keeps user data; no Qt needed, so the command line can use it."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "workshop"


def data_dir(*, create: bool = True) -> Path:
    """The user's data folder, or ``WORKSHOP_DATA_DIR`` when set (tests, portable use); made
    unless ``create`` is False."""
    override = os.environ.get("WORKSHOP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # ~10 ms of imports; only when the folder is not given

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    """``WORKSHOP_DB`` if set, else the SQLite file in the data folder."""
    env = os.environ.get("WORKSHOP_DB")
    if env:
        return db_url(env)
    return f"sqlite:///{data_dir() / 'workshop.db'}"


def db_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (its ``%`` and ``?`` quoted for the URL).

    Which URLs Workshop can use is decided where the database is opened (``db.parse_url``).

    Raises:
        StorageError: ``value`` is empty (``--db ''`` must not quietly mean the default file).
    """
    if not value.strip():
        from workshop.errors import StorageError

        raise StorageError("--db er tom; angiv en fil eller en URL som postgresql://bruger@vært/database.")
    if "://" in value:
        if re.fullmatch(r"\s*sqlite(\+\w+)?:///?(:memory:)?\s*", value, re.IGNORECASE):
            from workshop.errors import StorageError
            from workshop.plain_text import escaped

            raise StorageError(f"URL'en nævner ingen fil ({escaped(value.strip())}): databasen ville kun være i"
                               " hukommelsen, og alt gik tabt, når programmet slutter. Angiv en fil, fx --db"
                               " workshop.db.")
        return value
    path = str(Path(value).expanduser().resolve())
    # A SQLAlchemy URL decodes %XX and ends the path at "?"; other characters (ø) stay readable.
    return "sqlite:///" + path.replace("%", "%25").replace("?", "%3F")
