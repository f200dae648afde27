"""Typed text the database has refused or not yet stored, kept on this laptop's disk until it has.

A text field saves itself within a second of the last keystroke. When a save is refused (a
shared server that cannot be reached, a conflict waiting for a person to choose, a database
file that is locked or read-only) the text stays in the field, and this keeps it on disk too:
a crash, a kill or a power cut while it waits loses nothing. When the field shows that row
again, also after a restart, the text is put back and saved on top of the version it was typed
on, so a change another laptop made meanwhile is shown as a conflict, never overwritten.

One JSON file per database and process in the data folder's ``unsaved/`` (a process writes
only its own file, so two windows on one laptop never overwrite each other's); written whole,
atomically (``atomic_file.replace_file``) and fsynced, and only when an entry comes or goes: a
save that succeeds at once touches no file. A new process adopts the files other processes
left for the same database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy.engine import make_url

from workshop.atomic_file import replace_file
from workshop.paths import data_dir

log = logging.getLogger(__name__)

FORMAT = 1


@dataclass(frozen=True)
class Unsaved:
    """One field's text that is not stored.

    Attributes:
        field: the field's key (``"item.decision"``, ``"answer:12"``); with ``row_id`` it names the text.
        row_id: the row the text belongs to.
        text: what was typed.
        base: the text the field showed when the typing began (what a change made since is told by).
        version: the row's version the text was typed on (None: the field saves without one).
        label: the field's Danish name, for messages ("Beslutning, punkt 3").
        at: when it was kept (ISO time).
    """

    field: str
    row_id: int
    text: str
    base: str
    version: int | None
    label: str
    at: str


def database_key(url: str) -> str:
    """A file-name-safe name of a database, the same whatever its password."""
    plain = make_url(url).render_as_string(hide_password=True)  # the password as ***
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:16]


class UnsavedTexts:
    """The unsaved texts of one database, on this laptop.

    Args:
        url: the database's URL.
        folder: where the files are (default: the data folder's ``unsaved/``).
    """

    def __init__(self, url: str, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / "unsaved"
        self.key = database_key(url)
        self.path = self.folder / f"{self.key}.{os.getpid()}.json"
        self._entries: dict[tuple[str, int], Unsaved] = {}
        # A database in memory ends with this process: there is nothing to put back into later.
        self.on_disk = make_url(url).get_backend_name() != "sqlite" or make_url(url).database not in (None, "", ":memory:")
        if self.on_disk:
            self._adopt()

    def _adopt(self) -> None:
        """Take over what earlier processes left for this database (the newest file's text wins)."""
        if not self.folder.is_dir():
            return
        # Its own file too: a process id is used again after a restart.
        found = sorted(self.folder.glob(f"{self.key}.*.json"), key=lambda p: p.stat().st_mtime)
        for path in found:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                entries = [Unsaved(**e) for e in data["entries"]]
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("unsaved texts in %s could not be read (%s); set aside as .bad", path, error)
                path.replace(path.with_suffix(".bad"))
                continue
            for entry in entries:
                self._entries[(entry.field, entry.row_id)] = entry
            log.info("adopted %d unsaved text(s) from %s", len(entries), path.name)
        if self._entries:
            self._write()
        for path in found:  # only once they are safe in this process's own file
            if path != self.path and path.exists():
                path.unlink()

    def keep(self, field: str, row_id: int, text: str, base: str, version: int | None, label: str) -> None:
        """Keep ``text`` (typed on ``base`` at ``version``) until ``stored`` is called for it (on
        disk before this returns)."""
        entry = Unsaved(field, row_id, text, base, version, label, datetime.now().isoformat(timespec="seconds"))
        old = self._entries.get((field, row_id))
        if old is not None and (old.text, old.base, old.version) == (text, base, version):
            return
        self._entries[(field, row_id)] = entry
        self._write()

    def stored(self, field: str, row_id: int) -> None:
        """The database has the text (or a person chose another one): forget it."""
        if self._entries.pop((field, row_id), None) is not None:
            self._write()

    def get(self, field: str, row_id: int) -> Unsaved | None:
        return self._entries.get((field, row_id))

    def all(self) -> list[Unsaved]:
        """Every unsaved text, oldest first."""
        return sorted(self._entries.values(), key=lambda e: e.at)

    def _write(self) -> None:
        if not self.on_disk:
            return
        if not self._entries:
            self.path.unlink(missing_ok=True)
            return
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # typed protocol text: the user's alone
        data = json.dumps({"format": FORMAT, "entries": [asdict(e) for e in self.all()]}, ensure_ascii=False)

        def write(out: IO[bytes]) -> None:
            out.write(data.encode("utf-8"))

        replace_file(self.path, write)
