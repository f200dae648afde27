"""Replace a file so that an interrupted write never destroys the file that was there.

One implementation for every file Workshop writes for the user (the meeting file,
the referat PDF): the new content goes to a temporary file in the target's own
folder, is flushed to disk, and only then takes the target's place with
``os.replace`` (atomic on one file system). A kill at any moment leaves either the
old file or the new one, never a half-written one.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from workshop.errors import ValidationError
from workshop.plain_text import escaped

# The files of the SQLite databases this process has open (and their -wal, -shm and
# -journal files): an export chosen onto one of them would replace the whole database.
_protected: set[str] = set()
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def protect(database_file: str | Path) -> None:
    """Never write a user's file over ``database_file`` or its SQLite companion files."""
    real = os.path.realpath(database_file)
    _protected.update(real + suffix for suffix in _SQLITE_COMPANIONS)


def _in_key_folder(real: str) -> bool:
    """Inside the data folder's ``keys`` (signing.py): the installation's private key has no copy."""
    from workshop.paths import data_dir

    try:
        keys = os.path.realpath(data_dir(create=False) / "keys")
    except OSError:
        return False
    return real.startswith(keys + os.sep)


def _is_protected(target: Path) -> bool:
    real = os.path.realpath(target)
    if real in _protected or _in_key_folder(real):
        return True
    try:  # a hard link, or a path the realpath spelling does not catch (case-insensitive file systems)
        return target.exists() and any(os.path.exists(p) and os.path.samefile(target, p) for p in _protected)
    except OSError:
        return False


def real_target(path: str | Path, *, own: bool = False) -> Path:
    """Where a write to ``path`` belongs: a symbolic link's target (the link stays a link).

    ``os.replace`` onto the link itself would put the new file where the link was.

    Raises:
        ValidationError: ``path`` is a folder, a pipe or a device, its folder does not exist,
            or it is the open database (or one of its SQLite files).
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    if target.is_dir():
        raise ValidationError("", f"{escaped(str(given))} er en mappe; angiv et filnavn")
    if not target.parent.is_dir():
        raise ValidationError("", f"mappen {escaped(str(target.parent))} findes ikke; intet er skrevet")
    if target.exists() and not target.is_file():  # a pipe, socket or device: replacing it would remove it
        raise ValidationError("", f"{escaped(str(given))} er ikke en almindelig fil (men fx en enhed eller en"
                                  " navngivet pipe); angiv et filnavn. Intet er skrevet")
    if not own and _is_protected(target):
        raise ValidationError("", f"{escaped(str(given))} er Workshops database eller signaturnøgle (eller en af deres filer);"
                                  " vælg et andet filnavn. Intet er skrevet")
    return target


def replace_file(path: str | Path, write: Callable[[IO[bytes]], object], *, own: bool = False) -> Path:
    """Call ``write`` with a binary file beside ``path``'s target, then move it into place.

    The old file keeps its permissions; a new one gets the usual 0644. If ``write``
    raises (or the process is killed), the target is untouched and the temporary
    file is removed (after a kill, a hidden ``.<name>.*.tmp`` may be left beside it;
    the next successful write of the same file removes those older than ten minutes).

    ``own``: a file Workshop keeps for itself (the trusted keys), which the guard against
    exporting onto the database or the signing keys must let through.

    Returns:
        ``path`` as given.

    Raises:
        ValidationError: as ``real_target``.
        OSError: the folder cannot be written (no permission, disk full).
    """
    target = real_target(path, own=own)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); keep the old file's mode, else a normal one.
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _remove_left_behind(target)
    return Path(path)


LEFT_BEHIND_AFTER = 600  # seconds: a temporary file this old belongs to no write under way


def _remove_left_behind(target: Path) -> None:
    """Remove what killed writes of ``target`` left beside it: ``.<name>.<8 chars>.tmp`` (as
    ``mkstemp`` names them above), unchanged for ``LEFT_BEHIND_AFTER`` seconds. Best effort."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")
    now = time.time()
    try:
        for entry in os.scandir(target.parent):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) \
                    and now - entry.stat(follow_symlinks=False).st_mtime > LEFT_BEHIND_AFTER:
                os.unlink(entry.path)
    except OSError:
        pass  # not ours to fail over: the file itself is written
