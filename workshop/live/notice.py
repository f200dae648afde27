"""A change notice as the database triggers send it, decoded (migration 0007 writes them).

The payload is small JSON: ``{"m": meeting, "c": committee, "n": counter, "k": {kind: [ids] |
null}, "o": application_name, "t": commit time}``. A notice is a wake-up call naming what to
re-read, never the data itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workshop.changes import KINDS, ChangeSet
from workshop.pg_connect import Origin


@dataclass(frozen=True)
class Notice:
    """One committed transaction's changes to one meeting (or to a committee without meetings).

    Attributes:
        meeting_id: the meeting, or None for a committee-level change with no meeting to name.
        committee_id: the meeting's committee, when known.
        counter: the meeting's change counter after this transaction (None without a meeting).
        kinds: what changed (``workshop.changes.KINDS``).
        ids: per kind the changed rows' ids, or None when there were too many to list.
        origin: who wrote it (``Origin.client_id`` is the writing ``Database``'s ``client.id``).
        at: the commit time by the server's clock.
        received: ``time.time()`` when the listener received it.
        missed: the counter jumped past the last one seen: notices were lost, so the whole
            meeting must be re-read, not only what this notice names.
    """

    meeting_id: int | None
    committee_id: int | None
    counter: int | None
    kinds: frozenset[str]
    ids: Mapping[str, tuple[int, ...] | None]
    origin: Origin
    at: datetime | None
    received: float
    missed: bool = False

    @property
    def changes(self) -> ChangeSet:
        """The notice as the ``ChangeSet`` a local write of the same change would have returned.

        ``id`` is set only when the notice names exactly one row of exactly one kind.
        """
        single = None
        if len(self.ids) == 1:
            only = next(iter(self.ids.values()))
            if only is not None and len(only) == 1:
                single = only[0]
        return ChangeSet(self.kinds, self.meeting_id, self.committee_id, single)

    def is_from(self, client_id: str) -> bool:
        """Did the ``Database`` with this ``client.id`` write it (the window's own echo)?"""
        return self.origin.client_id == client_id

    def as_json(self) -> dict[str, Any]:
        """One line of ``workshop watch``."""
        return {
            "event": "change",
            "meeting": self.meeting_id,
            "committee": self.committee_id,
            "counter": self.counter,
            "kinds": sorted(self.kinds),
            "ids": {k: (list(v) if v is not None else None) for k, v in sorted(self.ids.items())},
            "origin": {"client": self.origin.client_id, "name": self.origin.name,
                       "application_name": self.origin.application_name},
            "time": self.at.isoformat() if self.at else None,
            "missed": self.missed,
        }


@dataclass(frozen=True)
class PresenceSignal:
    """Someone joined, moved to another meeting or left: re-read who is present."""

    client_id: str
    meeting_id: int | None = None


def decode(payload: str, received: float) -> Notice | PresenceSignal | None:
    """The notice in ``payload``; None for text that is not one of ours (ignored, never fatal)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if "presence" in data:
        return PresenceSignal(str(data["presence"]), _int(data.get("m")))
    raw = data.get("k")
    if not isinstance(raw, dict):
        return None
    ids: dict[str, tuple[int, ...] | None] = {}
    for kind, values in raw.items():
        if kind not in KINDS:
            continue  # a kind this version does not know (a newer Workshop wrote it)
        ids[kind] = tuple(int(v) for v in values) if isinstance(values, list) else None
    at = None
    if isinstance(data.get("t"), str):
        try:
            at = datetime.fromisoformat(data["t"])
        except ValueError:
            at = None
    return Notice(
        meeting_id=_int(data.get("m")),
        committee_id=_int(data.get("c")),
        counter=_int(data.get("n")),
        kinds=frozenset(ids),
        ids=ids,
        origin=Origin.parse(str(data.get("o") or "")),
        at=at,
        received=received,
    )


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
