"""The steps of an agenda item while the meeting runs.

A meeting has one current item and step, stored on ``Meeting`` (``current_item_id``,
``current_step``), so every screen, the projector, a second laptop and the members'
phones show and set the same one. Most items have one step (``""``); group work
has three: forming the groups, inputs and candidate pejlemærker, dot voting.
"""

from __future__ import annotations

GROUP_STEPS = ("groups", "inputs", "votes")

_STEPS: dict[str, tuple[str, ...]] = {"group_work": GROUP_STEPS}


def steps_of(kind: str) -> tuple[str, ...]:
    """The steps of an item of ``kind``, in order; ``("",)`` for a one-step item."""
    return _STEPS.get(kind, ("",))


def first_step(kind: str) -> str:
    return steps_of(kind)[0]
