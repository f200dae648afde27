"""The steps of an agenda item while the meeting runs.

A meeting has one current item and step, stored on ``Meeting`` (``current_item_id``,
``current_step``), so every screen, the projector, a second laptop and the members'
phones show and set the same one. Most items have one step (``""``); group work
has three: forming the groups, inputs and candidate pejlemærker, dot voting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

GROUP_STEPS = ("groups", "inputs", "votes")

_STEPS: dict[str, tuple[str, ...]] = {"group_work": GROUP_STEPS}


def steps_of(kind: str) -> tuple[str, ...]:
    """The steps of an item of ``kind``, in order; ``("",)`` for a one-step item."""
    return _STEPS.get(kind, ("",))


def first_step(kind: str) -> str:
    return steps_of(kind)[0]


class ItemLike(Protocol):
    id: int | None
    kind: str


def sequence(items: Sequence[ItemLike]) -> list[tuple[int, str]]:
    """Every (item id, step) of an agenda in the order the meeting runs through them."""
    return [(item.id, step) for item in items if item.id is not None for step in steps_of(item.kind)]


def neighbour(items: Sequence[ItemLike], item_id: int | None, step: str, offset: int) -> tuple[int, str] | None:
    """The step ``offset`` places from (``item_id``, ``step``); before the start (None) the first step.

    None past either end. A step the item no longer has (its kind changed) counts from the item's first.
    """
    order = sequence(items)
    if not order:
        return None
    if item_id is None:
        return order[0] if offset > 0 else None
    here = next((n for n, key in enumerate(order) if key == (item_id, step)), None)
    if here is None:
        here = next((n for n, (i, _) in enumerate(order) if i == item_id), None)
    if here is None:
        return order[0] if offset > 0 else None
    target = here + offset
    return order[target] if 0 <= target < len(order) else None
