"""Figures 1 and 6: start-up of the real ``workshop`` against an empty PySide6 window, and its memory.

The app is started as the user starts it (the ``workshop`` console script on the
large database) with ``WORKSHOP_BENCH_EXIT=editable``: ui/app.py then prints
``WORKSHOP_BENCH painted`` at (a) the first paint of the main window,
``WORKSHOP_BENCH agenda`` at (b), when the last meeting's agenda (the read-only
start-up preview, ui/startup_preview.py) has painted and the event loop is idle, and
``WORKSHOP_BENCH editable`` when the real screens have replaced it, and exits; one
launch gives all three moments. The floor (floor_window.py) paints an empty window of the same size. Time is
wall clock from ``Popen`` to the marker line; memory is the child's ``ru_maxrss``.

Cold: the kernel page cache is dropped (``echo 3 > /proc/sys/vm/drop_caches``, root)
before each launch; when that is not allowed the cold figures say so.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import generate
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, alternate, median, missing
from workshop.db import Database
from workshop.services.meetings import get_meeting

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
APP_SOURCE = REPO / "ui" / "app.py"
HOOK_ENV = "WORKSHOP_BENCH_EXIT"
MARKER = "WORKSHOP_BENCH "
TIMEOUT_S = 120.0
TARGETS = {"painted": 1.5, "agenda": 3.0}
MEMORY_TARGET_MB = 250.0


class LaunchError(RuntimeError):
    pass


def workshop_command(db_path: Path) -> list[str]:
    script = Path(sys.executable).parent / "workshop"
    if script.exists():  # the console script, as installed
        return [str(script), "--db", str(db_path)]
    return [sys.executable, "-m", "workshop", "--db", str(db_path)]


def floor_command() -> list[str]:
    return [sys.executable, str(HERE / "floor_window.py")]


def launch(cmd: list[str], env: dict[str, str], moment: str) -> tuple[dict[str, float], float]:
    """Start ``cmd``; seconds until each marker up to ``moment`` was printed, and the peak RSS in MB."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, cwd=REPO)
        assert proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        buffer, elapsed, seen = b"", None, {}
        deadline = t0 + TIMEOUT_S
        while elapsed is None and time.perf_counter() < deadline:
            if not sel.select(timeout=deadline - time.perf_counter()):
                break
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            now = time.perf_counter() - t0
            buffer += chunk
            for line in buffer.decode(errors="replace").splitlines():
                if line.startswith(MARKER):
                    seen.setdefault(line[len(MARKER):].strip(), now)
            elapsed = seen.get(moment)
        if elapsed is None:
            proc.kill()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        if elapsed is None:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip().splitlines()[-3:]
            raise LaunchError(f"no '{MARKER}{moment}' from {Path(cmd[0]).name} (exit {proc.returncode}):"
                              f" {' | '.join(tail)}")
    return seen, usage.ru_maxrss / 1024  # Linux reports KiB


def drop_caches() -> str | None:
    """Empty the page cache; None on success, else why not."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as error:
        return f"cannot drop the page cache ({error.strerror})"
    return None


def app_env(bench: Bench, moment: str) -> dict[str, str]:
    """The environment of one app launch: offscreen, own settings with the large meeting last open."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WORKSHOP_NO_CRASH_DIALOG="1", XDG_CONFIG_HOME=str(bench.workdir / "config"),
               WORKSHOP_DATA_DIR=str(bench.workdir / "data"))
    env[HOOK_ENV] = moment
    env.pop("WORKSHOP_DB", None)
    return env


def write_settings(bench: Bench) -> None:
    """QSettings (org and app "Workshop") remembering the large meeting, as after a day's work."""
    db = Database(bench.sqlite_url)
    try:
        meeting_id = generate.large_meeting_id(db)
        committee_id = get_meeting(db, meeting_id).committee_id
    finally:
        db.close()
    conf = bench.workdir / "config" / "Workshop" / "Workshop.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[session]\nlast_meeting={meeting_id}\nlast_committee={committee_id}\n", encoding="utf-8")
    (bench.workdir / "data").mkdir(exist_ok=True)


def hook_missing() -> str | None:
    if not APP_SOURCE.exists():
        return "ui/app.py not there yet"
    if HOOK_ENV not in APP_SOURCE.read_text(encoding="utf-8"):
        return f"ui/app.py has no {HOOK_ENV} hook"
    return None


Samples = dict[str, list[tuple[float, float]]]  # moment -> (seconds, peak MB) per launch


def _measure(bench: Bench, cold: bool, runs: int, warm_up: bool = False) -> Samples:
    """Floor and app launches, alternating; one app launch gives both moments."""
    assert bench.sqlite_path is not None
    app = workshop_command(bench.sqlite_path)
    floor_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples: Samples = {"floor": [], "painted": [], "agenda": [], "editable": []}

    def floor() -> float:
        if cold:
            drop_caches()
        seen, peak = launch(floor_command(), floor_env, "painted")
        samples["floor"].append((seen["painted"], peak))
        return seen["painted"]

    def workshop() -> float:
        if cold:
            drop_caches()
        seen, peak = launch(app, app_env(bench, "editable"), "editable")
        for moment in ("painted", "agenda"):
            if moment not in seen:
                raise LaunchError(f"the app printed 'editable' but never '{moment}'")
        for moment in ("painted", "agenda", "editable"):
            samples[moment].append((seen[moment], peak))
        return seen["editable"]

    if warm_up:  # page cache, compiled translations, bytecode
        floor()
        workshop()
        for xs in samples.values():
            xs.clear()
    alternate(runs, floor=floor, workshop=workshop)
    return samples


def _figures(samples: Samples, label: str, note: str = "") -> list[Figure]:
    floor = median([t for t, _ in samples["floor"]])
    out = []
    for moment, what in (("painted", "main window painted"), ("agenda", "last meeting's agenda usable")):
        app = median([t for t, _ in samples[moment]])
        extra = {"app_seconds": round(app, 3), "floor_seconds": round(floor, 3)}
        peer = f"app {app:.2f} s / floor {floor:.2f} s"
        if moment == "agenda":
            # The agenda is first the read-only preview; say when the editing screens replaced it.
            editable = median([t for t, _ in samples["editable"]])
            extra["editable_seconds"] = round(editable, 3)
            peer += f"; editable at {editable:.2f} s ({editable / floor:.1f}x)"
        out.append(Figure(f"start-up to {what}, {label}", app / floor, "x", TARGETS[moment],
                          peer=f"{peer}, n={len(samples[moment])}{note}", extra=extra))
    return out


def _memory(samples: list[tuple[float, float]], floor: list[tuple[float, float]]) -> Figure:
    return Figure("6. peak memory, large meeting open", median([m for _, m in samples]), "MB", MEMORY_TARGET_MB,
                  peer=f"ru_maxrss of 1b, screens editable; empty window {median([m for _, m in floor]):.0f} MB")


def _names() -> list[tuple[str, str, float]]:
    return [(f"start-up to {w}, {c}", "x", TARGETS[m]) for c in ("warm", "cold")
            for m, w in (("painted", "main window painted"), ("agenda", "last meeting's agenda usable"))]


def run(bench: Bench) -> list[Figure]:
    reason = hook_missing()
    if reason:
        return [missing(n, u, t, reason) for n, u, t in _names()] + [
            missing("6. peak memory, large meeting open", "MB", MEMORY_TARGET_MB, reason)]
    write_settings(bench)
    if bench.scale == "tiny":
        # Smoke-test size: the first launches (fresh data, page cache kept) double as the warm-up.
        cold, cold_note = _measure(bench, cold=False, runs=1), "; tiny scale: first launch, cache kept"
        warm = _measure(bench, cold=False, runs=bench.runs)
    else:
        warm = _measure(bench, cold=False, runs=bench.runs, warm_up=True)
        why = drop_caches()
        cold_note = f"; {why}, so not cold" if why else "; page cache dropped before each"
        cold = _measure(bench, cold=why is None, runs=bench.runs)
    figures = _figures(warm, "warm") + _figures(cold, "cold", cold_note)
    figures.append(_memory(warm["editable"], warm["floor"]))
    return figures


def run_memory_only(bench: Bench) -> list[Figure]:
    reason = hook_missing()
    if reason:
        return [missing("6. peak memory, large meeting open", "MB", MEMORY_TARGET_MB, reason)]
    write_settings(bench)
    warm = _measure(bench, cold=False, runs=bench.runs, warm_up=bench.scale != "tiny")
    return [_memory(warm["editable"], warm["floor"])]
