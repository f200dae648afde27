"""The drafted referat as plain data: what the PDF shows and the fingerprint covers.

All text here is the users' text as typed (no markup, no escaping); the PDF
renderer escapes it. ``as_dict`` is the canonical form frozen on sending.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

FORMAT = "workshop-referat/1"

BlockKind = Literal["heading", "subheading", "paragraph", "field", "numbered", "bullets", "table", "meta"]


@dataclass(frozen=True)
class Block:
    """One piece of an item section.

    Attributes:
        kind: ``heading`` (text), ``subheading`` (text: a smaller heading inside a
            part, e.g. a working group's name), ``paragraph`` (text), ``field`` (label + text on
            one line, e.g. "Sags ID: …"), ``numbered`` / ``bullets`` (items),
            ``table`` (rows, the first row is the header), ``meta`` (a small line
            under the item heading, e.g. "Planlagt kl. 18:10 · startede kl. 18:14").
        text: the heading, paragraph or field text.
        label: a field's label.
        items: list entries.
        rows: table cells.
    """

    kind: BlockKind
    text: str = ""
    label: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ItemSection:
    number: int
    title: str
    open: bool
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> str:
        """``Punkt 3: Titel (Åben)``: the heading and its table-of-contents entry."""
        return f"Punkt {self.number}: {self.title} ({'Åben' if self.open else 'Lukket'})"


@dataclass(frozen=True)
class Appendix:
    """A *Bilag* at the end of the referat (every group input in full), listed in the TOC."""

    number: int
    title: str
    blocks: tuple[Block, ...]

    @property
    def heading(self) -> str:
        """``Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker``: heading and TOC entry."""
        return f"Bilag {self.number}: {self.title}"


def _blocks(data: list[dict[str, Any]]) -> tuple[Block, ...]:
    return tuple(Block(kind=b["kind"], text=b["text"], label=b["label"], items=tuple(b["items"]),
                       rows=tuple(tuple(r) for r in b["rows"])) for b in data)


@dataclass(frozen=True)
class LeaderPage:
    header: str  # "REFERAT <udvalg> (<periode>) d. 15-11-2017"
    committee: str
    title: str
    date_line: str  # "Onsdag d. 15. november 2017 kl. 18:00"
    short_date: str  # "15-11-2017", for page headers
    location: str
    case_id: str
    purpose: str
    present: tuple[str, ...]  # as shown: "Mikael Fenger (formand)"
    away: tuple[str, ...]  # absent and afbud: "Poul V. Jensen (afbud)"
    closing: str  # "Protokollen blev læst og mødet hævet kl.: 21:00", or "" while open
    # "Tidsplan": header ("Punkt", ["Planlagt",] "Faktisk") and one row per item; () when no
    # item has an actual start. Left out of ``as_dict`` when empty, so referats drafted
    # before it existed keep their fingerprints.
    schedule: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Referat:
    leader: LeaderPage
    items: tuple[ItemSection, ...]
    signatories: tuple[str, ...] = field(default=())  # present members' names, who approve
    correction: str = ""  # a corrected version's note of what changed (printed and fingerprinted)
    # The Bilag after the items; left out of ``as_dict`` when empty, like the schedule.
    appendices: tuple[Appendix, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Canonical plain-data form (tuples become lists), tagged with the format."""
        data = asdict(self)
        if not data["leader"]["schedule"]:
            del data["leader"]["schedule"]
        if not data["appendices"]:
            del data["appendices"]
        return {"format": FORMAT, **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Referat:
        items = tuple(ItemSection(number=s["number"], title=s["title"], open=s["open"], blocks=_blocks(s["blocks"]))
                      for s in data["items"])
        appendices = tuple(Appendix(number=a["number"], title=a["title"], blocks=_blocks(a["blocks"]))
                           for a in data.get("appendices", ()))
        leader = dict(data["leader"])
        leader["present"] = tuple(leader["present"])
        leader["away"] = tuple(leader["away"])
        leader["schedule"] = tuple(tuple(r) for r in leader.get("schedule", ()))
        return cls(leader=LeaderPage(**leader), items=items, signatories=tuple(data["signatories"]),
                   correction=data.get("correction", ""), appendices=appendices)
