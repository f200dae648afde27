"""The token bucket behind the room's rate limits, on a fake clock."""

from __future__ import annotations

from workshop.room.limits import Limiter


def test_one_a_second_with_bursts_of_five_per_key_and_a_bounded_table() -> None:
    now = [0.0]
    limits = Limiter(1.0, 5, max_keys=3, clock=lambda: now[0])
    assert [limits.allow("anne") for _ in range(6)] == [True] * 5 + [False]
    assert limits.allow("bo")  # another phone has its own bucket
    now[0] += 1.0
    assert limits.allow("anne") and not limits.allow("anne")  # one token a second
    now[0] += 10.0
    assert [limits.allow("anne") for _ in range(6)] == [True] * 5 + [False]  # never more than the burst
    for key in ("c", "d", "e"):
        limits.allow(key)
    assert len(limits._buckets) == 3  # the oldest keys are forgotten
