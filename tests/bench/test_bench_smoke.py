"""The benchmark at tiny scale, so it cannot rot: every figure must produce a number.

Runs ``tests/bench/run.py --scale tiny`` as a user would and checks the printed
table and the JSON: one entry per figure of issues 6, 14 and 15, each with a numeric
value, a known unit and a numeric target. Only a few figures may lack a value, and
only for the reason they report: no LibreOffice (figure 8), no PostgreSQL (figures 7
and 10) or no throwaway PostgreSQL cluster for the restart (figure 10).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent / "run.py"
UNITS = {"s", "ms", "MB", "x"}
PG_URL = os.environ.get("WORKSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def test_tiny_benchmark_prints_table_and_json_with_a_number_per_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ)
    env.pop("WORKSHOP_BENCH_EXIT", None)
    done = subprocess.run(
        [sys.executable, str(RUN), "--scale", "tiny", "--json", str(out), "--workdir", str(tmp_path / "work"),
         "--pg-url", PG_URL],
        capture_output=True, text=True, timeout=420, env=env)
    assert done.returncode == 0, done.stderr[-2000:]

    figures = json.loads(out.read_text(encoding="utf-8"))
    numbers = {name.split(".", 1)[0] for name in figures}
    assert numbers == {str(n) for n in range(1, 12)}, sorted(figures)
    assert sum(name.startswith("1.") for name in figures) == 4  # a and b, warm and cold
    assert sum(name.startswith("7.") for name in figures) == 5  # figures 2 and 5 again, notices off
    assert sum(name.startswith("9. room:") for name in figures) == 3  # 30 phones, memory, key press
    assert sum(name.startswith("10.") for name in figures) == 2  # laptop to laptop, restart
    assert sum(name.startswith("11.") for name in figures) == 4  # own column, other window, catch-up, lost updates

    for name, fig in figures.items():
        assert fig["unit"] in UNITS, name
        counted = "lost updates" in name  # a count whose target is zero
        assert isinstance(fig["target"], (int, float)) and (fig["target"] > 0 or counted), name
        value = fig["value"]
        if value is None:
            reason = fig.get("reason", "")
            # The peer needs LibreOffice and python-docx (the bench extra), which a
            # plain test install does not have.
            peer_missing = shutil.which("libreoffice") is None or "python-docx" in reason
            allowed = (name.startswith("8.") and peer_missing
                       or name.startswith(("7.", "10.", "11.")) and "not reachable" in reason
                       or name.startswith("10.") and "no throwaway PostgreSQL cluster" in reason)
            assert allowed, f"{name} has no value: {reason}"
            continue
        assert isinstance(value, (int, float)) and (value > 0 or counted and value == 0), (name, value)
        assert fig["verdict"] == ("ok" if value <= fig["target"] else "MISS"), name

    lines = done.stdout.splitlines()
    assert lines[0].split() == ["figure", "value", "target", "limit", "or", "peer", "verdict"]
    assert set(lines[1]) <= {"-", " "}
    rows = lines[2:2 + len(figures)]
    assert [r.split("  ")[0] for r in rows] == list(figures)
    assert all(r.rstrip().endswith(("ok", "MISS", "n/a")) for r in rows)


def test_unknown_figure_is_refused() -> None:
    done = subprocess.run([sys.executable, str(RUN), "--scale", "tiny", "--only", "nonsense"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "unknown figure" in done.stderr


@pytest.mark.parametrize("factor", [1, 3])
def test_scaled_meeting_repeats_the_agenda(factor: int) -> None:
    sys.path.insert(0, str(RUN.parent))
    import generate
    from referat_bench import scaled

    doc = generate.meetings(sizes=generate.SCALES["tiny"])[-1]
    items = doc["meeting"]["items"]
    more = scaled(doc, factor)["meeting"]["items"]
    assert len(more) == factor * len(items)
    assert len({i["title"] for i in more}) == len(more)


def test_generator_is_deterministic_and_has_the_asked_sizes() -> None:
    sys.path.insert(0, str(RUN.parent))
    import generate

    sizes = generate.SCALES["tiny"]
    a, b = generate.meetings(sizes=sizes), generate.meetings(sizes=sizes)
    assert a == b
    assert len(a) == sizes.meetings
    large = a[-1]["meeting"]
    assert len(large["items"]) == sizes.large_items
    group_work = next(i for i in large["items"] if i["kind"] == "group_work")
    assert sum(len(g["inputs"]) for g in group_work["groups"]) == sizes.inputs
    assert len(group_work["candidates"]) == sizes.candidates
    working = next(i for i in large["items"] if i["kind"] == "working_groups")
    assert len(working["working_groups"]) == sizes.working_groups
    assert len(a[0]["committee"]["members"]) == sizes.members
