"""The ``workshop`` command: output, exit status, one-line Danish errors.

Most tests call ``cli.main(argv)`` in-process (tests/cli_run.py). A real process is
started only where one matters: the installed script's exit status and output, and a
fresh interpreter to show the command line never loads Qt.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tests.cli_run import one_line_error, run_cli
from workshop import cli
from workshop.demo import demo_document

VENV_SCRIPT = Path(sys.executable).with_name("workshop")


@pytest.fixture(autouse=True)
def _own_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKSHOP_DB", raising=False)
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    return tmp_path / "workshop.db"


# --- real processes ----------------------------------------------------------------

def process(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "WORKSHOP_DB"}
    environ["WORKSHOP_DATA_DIR"] = str(tmp / "data")
    command = [str(VENV_SCRIPT)] if VENV_SCRIPT.exists() else [sys.executable, "-m", "workshop.cli"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=environ, timeout=120)


def test_the_installed_command_exits_0_and_2(tmp_path: Path, dbfile: Path) -> None:
    done = process("--db", str(dbfile), "demo", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "1"
    refused = process("--db", str(dbfile), "export", "7", "--json", str(tmp_path / "x.json"), tmp=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr == "workshop: mødet (id 7) findes ikke.\n"
    bad_id = process("--db", str(dbfile), "export", "9" * 30, "--json", str(tmp_path / "x.json"), tmp=tmp_path)
    assert bad_id.returncode == 2 and bad_id.stderr.count("\n") == 1 and "Traceback" not in bad_id.stderr


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


# --- in-process ---------------------------------------------------------------------

def test_demo_list_export_import(capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: Path) -> None:
    db = str(dbfile)
    demo = run_cli(capsys, "--db", db, "demo")
    assert demo.code == 0, demo.err
    assert demo.last == "1"
    listed = run_cli(capsys, "--db", db, "list")
    assert listed.out.splitlines() == [
        "1\t2017-11-15 18:00\tOpgaveudvalg for digitalisering og teknologi"
        "\t3. møde i Opgaveudvalg for digitalisering og teknologi"]
    out = tmp_path / "ud.workshop.json"
    exported = run_cli(capsys, "--db", db, "export", "1", "--json", str(out))
    assert exported.code == 0, exported.err
    assert json.loads(out.read_text(encoding="utf-8"))["meeting"]["case_id"] == "EMN-2017-05405"
    imported = run_cli(capsys, "--db", db, "import", str(out))
    assert imported.code == 0, imported.err
    assert imported.last == "2"
    again = tmp_path / "igen.workshop.json"
    assert run_cli(capsys, "--db", db, "export", "2", "--json", str(again)).code == 0
    assert again.read_bytes() == out.read_bytes()
    assert [line.split("\t")[0] for line in run_cli(capsys, "--db", db, "list").out.splitlines()] == ["1", "2"]


def test_rejected_file_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  dbfile: Path) -> None:
    run_cli(capsys, "--db", str(dbfile), "demo")
    doc = demo_document()
    doc["meeting"]["items"][2]["groups"][0]["members"][1] = "Anne Hjort"
    bad = tmp_path / "forkert.workshop.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = dbfile.read_bytes()
    line = one_line_error(run_cli(capsys, "--db", str(dbfile), "import", str(bad)))
    assert line == ('workshop: meeting.items[2].groups[0].members[1]: "Anne Hjort" er ikke medlem af'
                    " udvalget")
    assert dbfile.read_bytes() == before
    bad.write_text('{"format": ', encoding="utf-8")
    assert "linje 1, kolonne 12" in one_line_error(run_cli(capsys, "--db", str(dbfile), "import", str(bad)))


def test_unknown_meeting_and_bad_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: Path) -> None:
    db = str(dbfile)
    out = tmp_path / "x.json"
    assert one_line_error(run_cli(capsys, "--db", db, "export", "7", "--json", str(out))) == \
        "workshop: mødet (id 7) findes ikke."
    assert not out.exists()
    assert "møde-id" in one_line_error(run_cli(capsys, "--db", db, "export", "syv", "--json", str(out)))
    assert "--json" in one_line_error(run_cli(capsys, "--db", db, "export", "7"))
    assert "ukendt kommando" in one_line_error(run_cli(capsys, "--db", db, "frobniker"))
    assert "filen findes ikke" in one_line_error(run_cli(capsys, "--db", db, "import", str(tmp_path / "nej.json")))
    assert "mangler" in one_line_error(run_cli(capsys, "--db", db, "import"))


@pytest.mark.parametrize("value", ["99999999999999999999", "9223372036854775808", "1" * 5000, "²", "٣", "0", "-1",
                                   " 1", "1e3", "0x10"])
def test_a_meeting_id_must_be_a_plain_64_bit_number(capsys: pytest.CaptureFixture[str], dbfile: Path,
                                                    value: str) -> None:
    for command in (["export", value, "--json", str(dbfile.with_suffix(".json"))],
                    ["approve", value, "--member", "X"]):
        line = one_line_error(run_cli(capsys, "--db", str(dbfile), *command))
        assert "er ikke et møde-id" in line and "invalid" not in line, line


def test_the_largest_64_bit_id_is_looked_up(capsys: pytest.CaptureFixture[str], dbfile: Path) -> None:
    line = one_line_error(run_cli(capsys, "--db", str(dbfile), "export", "9223372036854775807",
                                  "--json", str(dbfile.with_suffix(".json"))))
    assert line == "workshop: mødet (id 9223372036854775807) findes ikke."


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql://postgres@[::1:5432/x", "ikke en gyldig database-URL"),
    ("postgresql://u:hemmelig@vært:abc/x", "ikke en gyldig database-URL"),
    ("foo://bar", 'Databasetypen "foo" understøttes ikke'),
    ("mysql://u@h/db", 'Databasetypen "mysql" understøttes ikke'),
    ("postgresql+psycopg2://u@h/db", "understøttes ikke"),
    # port 1: should the check ever be lost, nothing listens there to get Workshop's tables
    ("postgresql://postgres@127.0.0.1:1", "nævner ingen database"),
    ("postgresql://postgres@127.0.0.1:1/", "nævner ingen database"),
    ("", "--db er tom"),
    ("  ", "--db er tom"),
    # in memory only: everything imported would be gone when the command ends, with "Indlæst" said
    ("sqlite://", "nævner ingen fil"),
    ("sqlite:///", "nævner ingen fil"),
    ("sqlite:///:memory:", "nævner ingen fil"),
])
def test_bad_database_urls_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, url: str,
                                       words: str) -> None:
    line = one_line_error(run_cli(capsys, "--db", url, "list"))
    assert words in line, line
    assert "hemmelig" not in line
    assert not (tmp_path / "data" / "workshop.db").exists()


@pytest.mark.parametrize("url", ["postgresql://", "postgresql:///", "postgresql+psycopg://u@h",
                                 "postgresql://postgres@127.0.0.1:5432/"])
def test_a_postgresql_url_without_a_database_is_refused_before_connecting(url: str) -> None:
    """Checked on the URL alone: the server's default database must never get Workshop's tables."""
    from workshop.db import parse_url
    from workshop.errors import StorageError

    with pytest.raises(StorageError, match="nævner ingen database"):
        parse_url(url)


def test_a_bad_workshop_db_environment_is_refused(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_DB", "mysql://u@h/db")
    assert "understøttes ikke" in one_line_error(run_cli(capsys, "list"))


def test_json_onto_a_symlink_writes_its_target(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               dbfile: Path) -> None:
    run_cli(capsys, "--db", str(dbfile), "demo")
    (tmp_path / "ud").mkdir()
    target = tmp_path / "ud" / "rigtig.workshop.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "genvej.json"
    link.symlink_to(target)
    assert run_cli(capsys, "--db", str(dbfile), "export", "1", "--json", str(link)).code == 0
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "workshop-meeting/1"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in (tmp_path / "ud").iterdir()) == ["rigtig.workshop.json"]
    dangling = tmp_path / "peger-på-ny.json"
    dangling.symlink_to(tmp_path / "ud" / "ny.workshop.json")
    assert run_cli(capsys, "--db", str(dbfile), "export", "1", "--json", str(dangling)).code == 0
    assert dangling.is_symlink() and (tmp_path / "ud" / "ny.workshop.json").is_file()


def test_a_path_with_url_characters_is_that_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "50% af møder?.db"
    assert run_cli(capsys, "--db", str(path), "demo").code == 0
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["50% af møder?.db"]


def test_control_characters_in_a_message_are_escaped(capsys: pytest.CaptureFixture[str], dbfile: Path) -> None:
    run_cli(capsys, "--db", str(dbfile), "demo")
    line = one_line_error(run_cli(capsys, "--db", str(dbfile), "approve", "1", "--member", "Ond\x1b[2J\x9b\u202e"))
    assert "\x1b" not in line and "\x9b" not in line and "\u202e" not in line
    assert "Ond\\u001b[2J\\u009b\\u202e" in line


def test_corrupt_database_is_refused_and_left_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corrupt = tmp_path / "ødelagt.db"
    garbage = bytes(range(256)) * 64
    corrupt.write_bytes(garbage)
    line = one_line_error(run_cli(capsys, "--db", str(corrupt), "list"))
    assert "beskadiget" in line and "ødelagt.db" in line
    one_line_error(run_cli(capsys, "--db", str(corrupt), "demo"))
    assert corrupt.read_bytes() == garbage


def test_newer_database_is_refused_and_left_alone(capsys: pytest.CaptureFixture[str], dbfile: Path) -> None:
    assert run_cli(capsys, "--db", str(dbfile), "demo").code == 0
    with sqlite3.connect(dbfile) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = dbfile.read_bytes()
    line = one_line_error(run_cli(capsys, "--db", str(dbfile), "list"))
    assert "nyere version" in line and "9999_from_the_future" in line
    assert dbfile.read_bytes() == before


def test_missing_folder_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert "findes ikke" in one_line_error(run_cli(capsys, "--db", str(tmp_path / "nej" / "x.db"), "list"))


def test_workshop_db_environment_is_honoured(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    target = tmp_path / "fra-miljø.db"
    monkeypatch.setenv("WORKSHOP_DB", str(target))
    assert run_cli(capsys, "demo").code == 0
    assert target.exists()
    monkeypatch.delenv("WORKSHOP_DB")
    assert len(run_cli(capsys, "--db", str(target), "list").out.splitlines()) == 1
    assert not (tmp_path / "data" / "workshop.db").exists()


def test_default_database_lives_in_the_data_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "demo").code == 0
    assert (tmp_path / "data" / "workshop.db").exists()


def test_help_is_danish(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--help")
    assert result.code == 0
    assert result.out.startswith("Brug: workshop")
    for word in ("kommandoer", "indlæs en mødefil", "vis denne hjælp"):
        assert word in result.out


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


def test_list_shows_one_line_per_meeting_whatever_the_titles_hold(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path, dbfile: Path) -> None:
    doc = demo_document()
    doc["meeting"]["title"] = "Første linje\nanden\tlinje \u202eomvendt"
    path = tmp_path / "m.workshop.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    imported = run_cli(capsys, "--db", str(dbfile), "import", str(path))
    assert imported.code == 0, imported.err
    assert imported.out.splitlines()[0] == 'Indlæst "Første linje\\u000aanden\\u0009linje \\u202eomvendt" som møde 1.'
    listed = run_cli(capsys, "--db", str(dbfile), "list").out.splitlines()
    assert len(listed) == 1
    assert listed[0].split("\t")[3] == "Første linje\\u000aanden\\u0009linje \\u202eomvendt"


@pytest.mark.parametrize("value", ["²", "99999", "1" * 5000, "-1", "0x50"])
def test_a_port_must_be_a_plain_number(capsys: pytest.CaptureFixture[str], dbfile: Path, value: str) -> None:
    line = one_line_error(run_cli(capsys, "--db", str(dbfile), "serve", "1", "--port", value))
    assert "er ikke et portnummer" in line, line


def _closed_port() -> int:
    """A port nothing listens on (a fixed one may be taken on a shared machine)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(("url", "words"), [
    ("postgresql://postgres@127.0.0.1:{closed}/workshop", "serveren svarer ikke (forbindelsen blev afvist)"),
    ("postgresql://postgres@127.0.0.1:99999/workshop", "portnummeret i URL'en er ugyldigt"),
    ("postgresql://postgres@ingen-server.invalid/workshop", "serverens navn findes ikke"),
    ("postgresql://postgres@127.0.0.1/workshop?sslmode=forkert", "ugyldig indstilling"),
])
def test_a_server_that_cannot_be_reached_is_said_in_danish(capsys: pytest.CaptureFixture[str], url: str,
                                                           words: str) -> None:
    """The driver's reasons are English and span lines ("Is the server running on that host …",
    escaped as \\u000a on the one line); the user reads what is wrong in Danish."""
    line = one_line_error(run_cli(capsys, "--db", url.format(closed=_closed_port()), "list"))
    assert words in line, line
    assert "\\u000a" not in line and "failed" not in line and "Is the server" not in line


def test_something_else_on_the_port_is_said_to_be_no_postgresql_server(capsys: pytest.CaptureFixture[str]) -> None:
    """A web server where PostgreSQL was expected ("received invalid response to SSL negotiation")."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(20)

    def answer_as_http() -> None:
        for _ in range(2):  # the driver may try twice (with and without SSL)
            try:
                conn, _addr = listener.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=answer_as_http, daemon=True)
    thread.start()
    try:
        url = f"postgresql://postgres@127.0.0.1:{listener.getsockname()[1]}/workshop"
        line = one_line_error(run_cli(capsys, "--db", url, "list"))
    finally:
        listener.close()
    assert "er ikke en PostgreSQL-server" in line, line


@pytest.mark.parametrize(("part", "words"), [("database", "databasen findes ikke på serveren"),
                                             ("user", "brugeren findes ikke på serveren")])
def test_a_database_or_user_the_server_does_not_have_is_said_in_danish(
        capsys: pytest.CaptureFixture[str], part: str, words: str) -> None:
    from sqlalchemy.engine import make_url

    from tests.databases import pg_url_or_skip

    url = make_url(pg_url_or_skip()).set(drivername="postgresql", query={})
    url = url.set(database="ingen_saadan_database") if part == "database" else url.set(username="ingen_saadan_bruger")
    line = one_line_error(run_cli(capsys, "--db", url.render_as_string(hide_password=False), "list"))
    assert words in line, line
    assert "does not exist" not in line


def test_a_rejected_file_does_not_even_create_the_database(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    """First use: the file is checked before the database is opened, so a refused import writes nothing."""
    (tmp_path / "mappe").mkdir()
    db = tmp_path / "mappe" / "ny.db"
    bad = tmp_path / "dyb.workshop.json"
    bad.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    assert "indlejret for dybt" in one_line_error(run_cli(capsys, "--db", str(db), "import", str(bad)))
    assert list(db.parent.iterdir()) == []
    good = tmp_path / "demo.workshop.json"
    good.write_text(json.dumps(demo_document(), ensure_ascii=False), encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", str(good)).code == 0 and db.exists()
