"""The schema revision this Workshop expects, read from the migration files' text.

Standard library only: the start-up preview (workshop/agenda_preview.py) checks a
database's revision before SQLAlchemy and Alembic are imported.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)['\"]?\s*$", re.MULTILINE)


@cache
def head_revision() -> str | None:
    """The head revision named by the migration files, without importing Alembic.

    None when the files do not name exactly one head plainly; Alembic decides then.
    """
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {bool(m.group(1)): m.group(2) for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if False not in found:
            return None
        revisions.add(found[False])
        if found.get(True, "None") != "None":
            downs.add(found[True])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None
