"""What a mutating service changed, so views refresh only that (Anki's change flags)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tables need SQLAlchemy; a change set is made and read without it
    from sqlmodel import SQLModel

# The kinds of data a change can touch; views subscribe to the ones they show.
KINDS = frozenset(
    {
        "committees",
        "members",
        "tasks",
        "meetings",
        "attendance",
        "items",
        "answers",
        "groups",
        "inputs",
        "candidates",
        "working_groups",
        "remarks",
        "referat",
    }
)

# The kind whose views show a table's rows (what a restored snapshot, or a refused write of a
# row, makes the views re-read).
KIND_OF_TABLE = {
    "committee": "committees", "member": "members", "task": "tasks", "meeting": "meetings",
    "attendance": "attendance", "agendaitem": "items", "agenda": "items", "attachment": "items",
    "itemabsence": "attendance", "answer": "answers", "workgroup": "groups", "groupmember": "groups",
    "input": "inputs", "candidate": "candidates", "workinggroup": "working_groups",
    "workinggroupmember": "working_groups", "workinggroupguest": "working_groups",
    "remark": "remarks", "referatversion": "referat", "referatapproval": "referat",
    "candidatevote": "candidates",
}


@dataclass
class ChangeSet:
    """Returned by every service that writes.

    Attributes:
        kinds: which kinds of data changed (see ``KINDS``).
        meeting_id: the meeting concerned, if any.
        committee_id: the committee concerned, if any.
        id: the id of the row created or changed, when there is one.
        row: that row as stored, when the writer has it at hand (``capture.add_input``'s INSERT
            returns it), so a screen need not read it back; never in another laptop's notice.
    """

    kinds: frozenset[str] = field(default_factory=frozenset)
    meeting_id: int | None = None
    committee_id: int | None = None
    id: int | None = None
    row: SQLModel | None = field(default=None, compare=False, repr=False)

    def touches(self, *kinds: str) -> bool:
        return any(k in self.kinds for k in kinds)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            self.kinds | other.kinds,
            self.meeting_id or other.meeting_id,
            self.committee_id or other.committee_id,
            self.id if self.id is not None else other.id,
            self.row if self.id is not None else other.row,
        )


def changed(*kinds: str, meeting_id: int | None = None, committee_id: int | None = None,
            id: int | None = None) -> ChangeSet:
    unknown = set(kinds) - KINDS
    assert not unknown, unknown
    return ChangeSet(frozenset(kinds), meeting_id, committee_id, id)
