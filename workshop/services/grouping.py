"""Balanced groups for group work: sizes even, kinds (politician/citizen) mixed, nobody alone."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def _member_kind(member: Any) -> str:
    return str(getattr(member, "group", "") or "").strip().lower()


def group_count(people: int, wanted: int) -> int:
    """How many groups to form: ``wanted``, fewer if that would leave someone alone.

    Args:
        people: how many are to be placed.
        wanted: the number of groups asked for (at least 1).

    Returns:
        ``wanted`` when every group can get two people; otherwise ``people // 2``
        (at least 1, and 0 only when there is nobody to place).
    """
    if people <= 0:
        return 0
    wanted = max(1, wanted)
    if people >= 2 * wanted:
        return wanted
    return max(1, people // 2)


def balance(members: Sequence[T], n: int, *, seed: int = 0,
            kind: Callable[[T], str] = _member_kind) -> list[list[T]]:
    """Split ``members`` into balanced groups (a pure function; deterministic for a seed).

    Members are shuffled within their kind (``kind(member)``, by default
    ``Member.group`` such as "politiker" or "borger") and dealt round-robin, one
    kind after the other. So group sizes differ by at most one, and so do the
    numbers of each kind per group: a kind with at least as many members as
    there are groups is in every group, and when the room holds both kinds every
    group gets a mix as far as numbers allow.

    Args:
        members: the people to place (present members, in seat order).
        n: the number of groups wanted; fewer are formed when ``n`` groups would
            leave someone alone (see ``group_count``).
        seed: the shuffle seed; the same seed gives the same groups.
        kind: what a member counts as when mixing.

    Returns:
        The groups, each a list of members; every member is in exactly one.
    """
    groups_n = group_count(len(members), n)
    if groups_n == 0:
        return []
    rng = random.Random(seed)
    by_kind: dict[str, list[T]] = {}
    for member in members:
        by_kind.setdefault(kind(member), []).append(member)
    # Largest kind first, so the smaller kinds fill the groups the large one left short.
    order = sorted(by_kind, key=lambda k: (-len(by_kind[k]), k))
    groups: list[list[T]] = [[] for _ in range(groups_n)]
    slot = 0
    for k in order:
        people = list(by_kind[k])
        rng.shuffle(people)
        for person in people:
            groups[slot % groups_n].append(person)
            slot += 1
    return groups
