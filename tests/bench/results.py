"""A benchmark figure, its verdict against the target, and the printed table."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

UNITS = ("s", "ms", "MB", "x")


@dataclass
class Figure:
    """One measured number against its target (lower is better for every figure here).

    ``value`` is None only when the figure could not be measured; ``reason`` then says why.
    ``peer`` is the comparison or limit shown beside it (the floor, the peer's time, ...).
    """

    name: str
    value: float | None
    unit: str
    target: float
    peer: str = ""
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "n/a"
        return "ok" if self.value <= self.target else "MISS"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "unit": self.unit, "target": self.target,
                               "verdict": self.verdict}
        if self.peer:
            out["peer"] = self.peer
        if self.reason:
            out["reason"] = self.reason
        out.update(self.extra)
        return out


def missing(name: str, unit: str, target: float, reason: str) -> Figure:
    return Figure(name, None, unit, target, reason=reason)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    """The 95th percentile, nearest-rank (no interpolation below the sample)."""
    ordered = sorted(xs)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def alternate(runs: int, **measure: Callable[[], float]) -> dict[str, list[float]]:
    """Call each measurement ``runs`` times, interleaved and in alternating order.

    Round 0 runs A B C, round 1 C B A, ...: drift (a neighbour's build, a warming
    cache) falls on every side alike instead of on whichever ran last.
    """
    names = list(measure)
    out: dict[str, list[float]] = {n: [] for n in names}
    for r in range(runs):
        for name in names if r % 2 == 0 else reversed(names):
            out[name].append(measure[name]())
    return out


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        return f"{value:.2f} ms"
    return f"{value:.3f} s"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "target", "limit or peer", "verdict")]
    for f in figures:
        rows.append((f.name, _fmt(f.value, f.unit), "≤ " + _fmt(f.target, f.unit),
                     f.peer or f.reason, f.verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[j]) if j < 4 else c for j, c in enumerate(r)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  -------")
    return "\n".join(lines)


def markdown(figures: list[Figure]) -> str:
    lines = ["| figure | value | target | limit or peer | verdict |", "|---|---|---|---|---|"]
    for f in figures:
        peer = (f.peer or f.reason).replace("|", "/")
        lines.append(f"| {f.name} | {_fmt(f.value, f.unit)} | ≤ {_fmt(f.target, f.unit)} | {peer} | {f.verdict} |")
    return "\n".join(lines)
