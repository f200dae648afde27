"""grouping.balance: even sizes, mixed kinds, nobody alone, deterministic per seed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from workshop.services.grouping import balance, group_count


@dataclass(frozen=True)
class Person:
    id: int
    group: str


def _room(politicians: int, citizens: int) -> list[Person]:
    return ([Person(i, "politiker") for i in range(politicians)]
            + [Person(100 + i, "borger") for i in range(citizens)])


rooms = st.tuples(st.integers(0, 15), st.integers(0, 15))
wanted = st.integers(1, 8)
seeds = st.integers(0, 10_000)


@given(rooms, wanted, seeds)
def test_everyone_placed_once_and_sizes_differ_by_at_most_one(room: tuple[int, int], n: int, seed: int) -> None:
    people = _room(*room)
    groups = balance(people, n, seed=seed)
    placed = [p for g in groups for p in g]
    assert sorted(p.id for p in placed) == sorted(p.id for p in people)
    if people:
        sizes = [len(g) for g in groups]
        assert max(sizes) - min(sizes) <= 1
        assert len(groups) <= n
    else:
        assert groups == []


@given(rooms, wanted, seeds)
def test_each_kind_spread_evenly_so_groups_mix(room: tuple[int, int], n: int, seed: int) -> None:
    politicians, citizens = room
    groups = balance(_room(politicians, citizens), n, seed=seed)
    for kind in ("politiker", "borger"):
        per_group = [Counter(p.group for p in g)[kind] for g in groups]
        if per_group:
            assert max(per_group) - min(per_group) <= 1
    if groups and politicians >= len(groups) and citizens >= len(groups):
        assert all({p.group for p in g} == {"politiker", "borger"} for g in groups)


@given(rooms, wanted, seeds)
def test_nobody_alone_when_avoidable(room: tuple[int, int], n: int, seed: int) -> None:
    people = _room(*room)
    groups = balance(people, n, seed=seed)
    if len(people) >= 2:
        assert all(len(g) >= 2 for g in groups)
    if len(people) >= 2 * n:
        assert len(groups) == n


@given(rooms, wanted, seeds)
def test_same_seed_same_groups(room: tuple[int, int], n: int, seed: int) -> None:
    people = _room(*room)
    assert balance(people, n, seed=seed) == balance(list(people), n, seed=seed)


def test_eleven_members_three_groups_of_four_four_three() -> None:
    groups = balance(_room(4, 7), 3, seed=1)
    assert sorted(len(g) for g in groups) == [3, 4, 4]
    assert all({p.group for p in g} == {"politiker", "borger"} for g in groups)


def test_group_count_shrinks_only_to_avoid_lonely_members() -> None:
    assert group_count(11, 3) == 3
    assert group_count(5, 3) == 2
    assert group_count(3, 3) == 1
    assert group_count(1, 3) == 1
    assert group_count(0, 3) == 0


def test_different_seeds_can_give_different_groups() -> None:
    people = _room(5, 7)
    assert len({tuple(tuple(p.id for p in g) for g in balance(people, 3, seed=s)) for s in range(10)}) > 1
