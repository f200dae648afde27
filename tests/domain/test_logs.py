"""Logging (workshop/logs.py): a rotating file in the data folder, stderr with --verbose; the CLI uses it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop import logs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of its own; Workshop's handlers are taken off again afterwards."""
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path))
    yield tmp_path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, logs._OURS, False):
            root.removeHandler(handler)
            handler.close()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_the_log_goes_to_a_file_in_the_data_folder_and_only_once(data_folder: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = logs.configure()
    assert path == data_folder / "logs" / "workshop.log" == logs.log_path() and logs.configured()
    logs.configure()  # again: replaces, does not add a second file handler
    logging.getLogger("workshop.services.agenda").info("Punkt 3 flyttet")
    logging.getLogger("ui.panels").warning("Panel mangler")
    logging.getLogger("sqlalchemy.engine").info("SELECT 1")  # libraries: WARNING and up only
    lines = _lines(path)
    assert len(lines) == 2
    assert lines[0].endswith("INFO workshop.services.agenda [MainThread] Punkt 3 flyttet")
    assert "WARNING ui.panels" in lines[1]
    assert capsys.readouterr().err == ""  # without --verbose nothing reaches stderr


def test_verbose_mirrors_the_log_to_stderr(data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = logs.configure(verbose=True)
    assert path is not None
    logging.getLogger("workshop.cli").info("Kommando list")
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].endswith("INFO workshop.cli [MainThread] Kommando list")
    assert _lines(path) == err
    logs.configure(verbose=False)  # and off again
    logging.getLogger("workshop.cli").info("Stille")
    assert capsys.readouterr().err == "" and _lines(path)[-1].endswith("Stille")


def test_the_file_rotates(data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.configure()
    assert path is not None
    for n in range(200):
        logging.getLogger("workshop").info("linje %d %s", n, "x" * 40)
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "workshop.log", *(f"workshop.log.{n}" for n in range(1, logs.BACKUPS + 1))]
    assert path.stat().st_size <= 2000 and _lines(path)[-1].endswith("linje 199 " + "x" * 40)


def test_an_unwritable_log_folder_does_not_stop_workshop(data_folder: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (data_folder / "logs").write_text("a file where the folder should be")
    assert logs.configure() is None
    err = capsys.readouterr().err
    assert err.startswith("workshop: logfilen kan ikke skrives (") and "logs" in err
    logging.getLogger("workshop").warning("Stadig synlig")
    assert "Stadig synlig" in capsys.readouterr().err  # on stderr instead


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKSHOP_DATA_DIR": str(data)}
    env.pop("WORKSHOP_DB", None)
    return subprocess.run([sys.executable, "-m", "workshop.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_a_command_line_error_is_in_the_log_file_and_verbose_mirrors_it(tmp_path: Path) -> None:
    """A real process: the exit status and the one-line stderr contract are what is checked."""
    done = _cli(tmp_path, "--db", str(tmp_path / "w.db"), "import", str(tmp_path / "mangler.json"))
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and "mangler.json" in done.stderr  # still one line
    log_file = tmp_path / "logs" / "workshop.log"
    refused = [line for line in _lines(log_file) if "WARNING workshop.cli" in line]
    assert len(refused) == 1 and "Refused:" in refused[0] and "mangler.json" in refused[0]

    bad_argument = _cli(tmp_path, "--db", str(tmp_path / "w.db"), "frobnicate")
    assert bad_argument.returncode == 2 and "frobnicate" in _lines(log_file)[-1]

    verbose = _cli(tmp_path, "--verbose", "--db", str(tmp_path / "w.db"), "import", str(tmp_path / "mangler.json"))
    assert verbose.returncode == 2
    err = verbose.stderr.splitlines()
    assert any(line.startswith("workshop: ") for line in err)
    assert any("WARNING workshop.cli [MainThread] Refused:" in line for line in err)
    assert _lines(log_file)[-1].split(" ", 2)[2] in verbose.stderr  # the same record in both
