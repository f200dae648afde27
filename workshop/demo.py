"""The demo meeting: the 15 November 2017 meeting of Gentofte's Opgaveudvalg for digitalisering og teknologi.

It is a meeting file shipped in the package and loaded through the importer, so the
demo exercises the same path as any file a user imports. Members, agenda, the
question and the working groups follow the real referat; answers, groups,
inputs, candidates and the members' groups and parties are illustrative.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop.db import Database
from workshop.meetingfile.import_ import import_document

DEMO_FILE = Path(__file__).parent / "meetingfile" / "demo_meeting.json"


def demo_document() -> dict[str, Any]:
    """The demo as a meeting-file dict (a fresh copy each call)."""
    doc: dict[str, Any] = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return doc


def load_demo(db: Database) -> int:
    """Import the demo meeting and return its id (the committee is reused if it exists)."""
    meeting_id = import_document(db, demo_document()).id
    assert meeting_id is not None
    return meeting_id
