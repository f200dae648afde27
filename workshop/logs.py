"""Where Workshop's log goes: a rotating file in the user's data folder, and stderr on request.

No Qt: the command line and the desktop app configure logging the same way. Workshop's
own loggers (``workshop.*``, ``ui.*``) write from INFO up; other libraries from WARNING
up (SQLAlchemy would log every statement at INFO).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from workshop.paths import data_dir

LOG_FILE = "workshop.log"
MAX_BYTES = 1_000_000  # then workshop.log.1 … .5: a few days of meetings, never a full disk
BACKUPS = 5
OWN_LOGGERS = ("workshop", "ui")
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_OURS = "_workshop_handler"  # marks the handlers configure() added, so a second call replaces them


def log_path() -> Path:
    """The current log file (in ``WORKSHOP_DATA_DIR`` when set)."""
    return data_dir() / "logs" / LOG_FILE


def configure(*, verbose: bool = False, quiet: bool = False) -> Path | None:
    """Log to the rotating file, and with ``verbose`` to stderr as well; returns the file.

    Called again, it replaces what the last call set up (another data folder, verbose on
    or off). When the file cannot be opened the log goes to stderr and None is returned:
    a read-only data folder must not keep Workshop from starting. ``quiet``: say nothing about
    a file that cannot be opened (a refusal's one line says what is wrong).
    """
    import logging.handlers  # ~10 ms of imports: not before the window has painted

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = []
    path: Path | None = None
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                             encoding="utf-8"))
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        if not quiet:
            print(f"workshop: logfilen kan ikke skrives{where}: {error.strerror or error}", file=sys.stderr)
        path = None
    if verbose or path is None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    for name in OWN_LOGGERS:  # other libraries keep the root's WARNING
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)  # warnings.warn() from libraries lands in the log too
    return path


def writes_file() -> bool:
    """Whether the log goes to its file (not only to stderr, as when the file cannot be opened)."""
    import logging.handlers

    return any(getattr(handler, _OURS, False) and isinstance(handler, logging.handlers.RotatingFileHandler)
               for handler in logging.getLogger().handlers)


def configured() -> bool:
    """Whether ``configure`` has set up the log in this process."""
    return any(getattr(handler, _OURS, False) for handler in logging.getLogger().handlers)
