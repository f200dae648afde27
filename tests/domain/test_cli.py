"""The ``workshop`` command, run as a real process: output, exit status, one-line Danish errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from workshop import cli
from workshop.demo import demo_document

VENV_SCRIPT = Path(sys.executable).with_name("workshop")


def run(*args: str, env: dict[str, str] | None = None, tmp: Path | None = None,
        script: bool = False) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DB"}
    if tmp is not None:
        environ["WORKSHOP_DATA_DIR"] = str(tmp / "data")
    environ.update(env or {})
    command = [str(VENV_SCRIPT)] if script else [sys.executable, "-m", "workshop.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=environ, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("workshop: ")
    return lines[0]


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    return tmp_path / "workshop.db"


def test_demo_list_export_import(tmp_path: Path, dbfile: Path) -> None:
    demo = run("--db", str(dbfile), "demo", tmp=tmp_path)
    assert demo.returncode == 0, demo.stderr
    first = demo.stdout.splitlines()[-1]
    assert first == "1"
    listed = run("--db", str(dbfile), "list", tmp=tmp_path)
    assert listed.stdout.splitlines() == [
        "1\t2017-11-15 18:00\tOpgaveudvalg for digitalisering og teknologi"
        "\t3. møde i Opgaveudvalg for digitalisering og teknologi"]
    out = tmp_path / "ud.workshop.json"
    exported = run("--db", str(dbfile), "export", first, "--json", str(out), tmp=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["meeting"]["case_id"] == "EMN-2017-05405"
    imported = run("--db", str(dbfile), "import", str(out), tmp=tmp_path, script=VENV_SCRIPT.exists())
    assert imported.returncode == 0, imported.stderr
    second = imported.stdout.splitlines()[-1]
    assert second == "2"
    again = tmp_path / "igen.workshop.json"
    run("--db", str(dbfile), "export", second, "--json", str(again), tmp=tmp_path)
    assert again.read_bytes() == out.read_bytes()
    assert [line.split("\t")[0] for line in run("--db", str(dbfile), "list").stdout.splitlines()] == ["1", "2"]


def test_rejected_file_exits_2_and_writes_nothing(tmp_path: Path, dbfile: Path) -> None:
    run("--db", str(dbfile), "demo", tmp=tmp_path)
    doc = demo_document()
    doc["meeting"]["items"][2]["groups"][0]["members"][1] = "Anne Hjort"
    bad = tmp_path / "forkert.workshop.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    line = one_line_error(run("--db", str(dbfile), "import", str(bad), tmp=tmp_path))
    assert line == ('workshop: meeting.items[2].groups[0].members[1]: "Anne Hjort" er ikke medlem af'
                    " udvalget")
    assert len(run("--db", str(dbfile), "list", tmp=tmp_path).stdout.splitlines()) == 1
    bad.write_text('{"format": ', encoding="utf-8")
    assert "linje 1, kolonne 12" in one_line_error(run("--db", str(dbfile), "import", str(bad), tmp=tmp_path))


def test_unknown_meeting_and_bad_arguments(tmp_path: Path, dbfile: Path) -> None:
    out = tmp_path / "x.json"
    assert one_line_error(run("--db", str(dbfile), "export", "7", "--json", str(out), tmp=tmp_path)) == \
        "workshop: mødet (id 7) findes ikke."
    assert not out.exists()
    assert "møde-id" in one_line_error(run("--db", str(dbfile), "export", "syv", "--json", str(out)))
    assert "--json" in one_line_error(run("--db", str(dbfile), "export", "7", tmp=tmp_path))
    assert "ukendt kommando" in one_line_error(run("--db", str(dbfile), "frobniker", tmp=tmp_path))
    assert "filen findes ikke" in one_line_error(run("--db", str(dbfile), "import", str(tmp_path / "nej.json")))
    assert "mangler" in one_line_error(run("--db", str(dbfile), "import"))


def test_corrupt_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    corrupt = tmp_path / "ødelagt.db"
    garbage = bytes(range(256)) * 64
    corrupt.write_bytes(garbage)
    line = one_line_error(run("--db", str(corrupt), "list", tmp=tmp_path))
    assert "beskadiget" in line and "ødelagt.db" in line
    one_line_error(run("--db", str(corrupt), "demo", tmp=tmp_path))
    assert corrupt.read_bytes() == garbage


def test_newer_database_is_refused_and_left_alone(tmp_path: Path, dbfile: Path) -> None:
    assert run("--db", str(dbfile), "demo", tmp=tmp_path).returncode == 0
    with sqlite3.connect(dbfile) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = dbfile.read_bytes()
    line = one_line_error(run("--db", str(dbfile), "list", tmp=tmp_path))
    assert "nyere version" in line and "9999_from_the_future" in line
    assert dbfile.read_bytes() == before


def test_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    assert "findes ikke" in one_line_error(run("--db", str(tmp_path / "nej" / "x.db"), "list"))


def test_workshop_db_environment_is_honoured(tmp_path: Path) -> None:
    target = tmp_path / "fra-miljø.db"
    assert run("demo", tmp=tmp_path, env={"WORKSHOP_DB": str(target)}).returncode == 0
    assert target.exists()
    assert len(run("--db", str(target), "list").stdout.splitlines()) == 1
    assert not (tmp_path / "data" / "workshop.db").exists()


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert run("demo", tmp=tmp_path).returncode == 0
    assert (tmp_path / "data" / "workshop.db").exists()


def test_help_is_danish(tmp_path: Path) -> None:
    result = run("--help", tmp=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Brug: workshop")
    for word in ("kommandoer", "indlæs en mødefil", "vis denne hjælp"):
        assert word in result.stdout


def test_cli_never_loads_qt(tmp_path: Path, dbfile: Path) -> None:
    code = (
        "import sys\n"
        "from workshop import cli\n"
        "import workshop.meetingfile, workshop.demo\n"
        f"assert cli.main(['--db', {str(dbfile)!r}, 'demo']) == 0\n"
        f"assert cli.main(['--db', {str(dbfile)!r}, 'list']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print('QT:', loaded)\n"
    )
    env = {**os.environ, "WORKSHOP_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "QT: []"


def test_no_command_starts_the_app_with_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[str, list[str], bool]] = []
    fake = types.ModuleType("ui.app")
    fake.main = lambda url, argv=None, verbose=False: calls.append((url, argv, verbose)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", fake)
    assert cli.main(["--db", str(tmp_path / "a.db"), "--no-crash-dialog"]) == 0
    assert cli.main(["--verbose", "--db", str(tmp_path / "a.db")]) == 0
    assert calls == [(f"sqlite:///{tmp_path / 'a.db'}", [sys.argv[0], "--no-crash-dialog"], False),
                     (f"sqlite:///{tmp_path / 'a.db'}", [sys.argv[0]], True)]


def test_no_command_without_the_app_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    def missing(name: str) -> None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(cli.importlib, "import_module", missing)
    assert cli.main(["--db", str(tmp_path / "a.db")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "grafiske program er ikke installeret" in err[0]
