"""Helpers for the live tests: a small meeting, a callback that collects, a subprocess that writes."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from workshop.db import Database
from workshop.services import agenda, attendance, capture, committees, meetings

T = TypeVar("T")


@dataclass
class SmallMeeting:
    committee: int
    meeting: int
    members: list[int]
    case_item: int
    question_item: int
    group_item: int
    group: int


def small_meeting(db: Database, title: str = "3. møde") -> SmallMeeting:
    """A committee with three members present and a meeting with a case, a question round and a group."""
    c = committees.create_committee(db, name=f"Opgaveudvalg {title}", kind="opgaveudvalg").id
    assert c is not None
    members = [committees.add_member(db, c, name=n).id for n in ("Mikael Fenger", "Anne Hjorth", "Søren Kızılkaya")]
    m = meetings.create_meeting(db, c, title=title, starts_at=datetime(2017, 11, 15, 18)).id
    assert m is not None
    for member in members:
        attendance.set_attendance(db, m, member, "present")  # type: ignore[arg-type]
    case = agenda.add_item(db, m, title="Sag om digital borgerservice", kind="case").id
    question = agenda.add_item(db, m, title="Spørgerunde", kind="question_round").id
    work = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    group = capture.add_group(db, work, name="Gruppe A").id  # type: ignore[arg-type]
    return SmallMeeting(c, m, members, case, question, work, group)  # type: ignore[arg-type]


class Collector:
    """A callback that keeps what it is called with; ``wait`` for the first item that matches."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Any] = queue.Queue()
        self.seen: list[Any] = []

    def __call__(self, item: Any) -> None:
        self._queue.put(item)

    def wait(self, match: Callable[[Any], bool] = lambda _: True, timeout: float = 5.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"nothing matching within {timeout} s; seen {self.seen!r}")
            try:
                item = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(item)
            if match(item):
                return item

    def drain(self, quiet: float = 0.3) -> list[Any]:
        """Everything that arrives until nothing more comes for ``quiet`` seconds."""
        got = []
        while True:
            try:
                item = self._queue.get(timeout=quiet)
            except queue.Empty:
                return got
            self.seen.append(item)
            got.append(item)
