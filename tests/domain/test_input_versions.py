"""An input's row edits (hide, move, put under a pejlemærke) say which version they were based on:
one made on a version another laptop has changed since is refused, with what is stored now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from workshop.db import Database
from workshop.errors import ConflictError
from workshop.services import agenda, candidates, capture, committees, meetings


def _item(db: Database) -> dict[str, int]:
    cid = committees.create_committee(db, name="Udvalg").id
    mid = meetings.create_meeting(db, cid, title="Møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    item = agenda.add_item(db, mid, title="Punkt", kind="group_work").id  # type: ignore[arg-type]
    one = capture.add_group(db, item, name="Gruppe 1").id  # type: ignore[arg-type]
    two = capture.add_group(db, item, name="Gruppe 2").id  # type: ignore[arg-type]
    inp = capture.add_input(db, one, "Tryghed i hverdagen").id  # type: ignore[arg-type]
    cand = candidates.add_candidate(db, item, title="Tryghed").id  # type: ignore[arg-type]
    return {"item": item, "one": one, "two": two, "input": inp, "candidate": cand}  # type: ignore[dict-item]


EDITS: dict[str, Callable[[Database, dict[str, int], int | None], Any]] = {
    "hide": lambda db, ids, v: capture.set_input_hidden(db, ids["input"], True, expected_version=v),
    "move": lambda db, ids, v: capture.move_input(db, ids["input"], ids["two"], expected_version=v),
    "assign": lambda db, ids, v: candidates.assign_input(db, ids["input"], ids["candidate"], expected_version=v),
    "new candidate": lambda db, ids, v: candidates.add_candidate(db, ids["item"], title="Nærhed",
                                                                 input_ids=[ids["input"]],
                                                                 expected_versions={ids["input"]: v}),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_input_edit_on_a_stale_version_is_refused_and_writes_nothing(db: Database, edit: str) -> None:
    ids = _item(db)
    shown = capture.get_input(db, ids["input"]).version  # type: ignore[union-attr]
    capture.update_input(db, ids["input"], "Tryghed om aftenen")  # the other laptop, since
    before = capture.get_input(db, ids["input"])
    with pytest.raises(ConflictError, match="Inputtet er ændret af en anden") as caught:
        EDITS[edit](db, ids, shown)
    assert caught.value.current["text"] == "Tryghed om aftenen"  # what is stored now, for the message
    after = capture.get_input(db, ids["input"])
    assert after == before and after.version == before.version  # type: ignore[union-attr]
    assert [c.title for c in candidates.list_candidates(db, ids["item"])] == ["Tryghed"]


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_input_edit_on_the_version_shown_or_unchecked_is_saved(db: Database, edit: str) -> None:
    ids = _item(db)
    shown = capture.get_input(db, ids["input"]).version  # type: ignore[union-attr]
    EDITS[edit](db, ids, shown)
    assert capture.get_input(db, ids["input"]).version == shown + 1  # type: ignore[union-attr]
    EDITS["hide"](db, ids, None)  # None: not checked (the room, imports)
    assert capture.get_input(db, ids["input"]).hidden  # type: ignore[union-attr]
