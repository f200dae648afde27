"""Fuzzing the meeting-file import through ``workshop import``: a seeded corpus of mutated files.

Every file is imported with ``cli.main`` into a SQLite database that holds the demo meeting.
A rejected file must leave the database byte for byte as it was and print exactly one
Danish line (``workshop: …``, exit status 2, no traceback); an accepted one exits 0 and the
database is put back for the next file. The corpus is deterministic (seeded), so a failure
names the mutation that caused it and reproduces.

Mutations: values replaced at random paths by hostile ones (deep nesting, huge or fractional
numbers, invisible or over-long names, control characters, dates out of range, wrong types),
keys added and removed, names duplicated, and the file's bytes truncated, flipped, inserted,
re-encoded; plus files that are not regular files at all.
"""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli_run import run_cli
from workshop.db import Database
from workshop.demo import demo_document, load_demo
from workshop.meetingfile.export import document_json

CORPUS_SIZE = 420
SEED = 11

# A message is Danish when it uses Danish words and none of the English ones a traceback or
# an untranslated library message would bring.
_DANISH = (" ikke ", " er ", " skal ", "mangler", " må ", " står ", "ugyldig", " tom", "tegn", "findes",
           "højst", "mindst", "for ", "indlejret", "ukendt", "tilladt", " kan ")
_ENGLISH = ("Traceback", "Error", "error:", "invalid", "Expecting", "must be", "should be", "is not",
            "Exceeds", "maximum recursion", "object has no")


def _paths(node: Any, base: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    return [p for key, child in children for p in [(*base, key), *_paths(child, (*base, key))]]


def _deep(levels: int) -> Any:
    value: Any = "x"
    for i in range(levels):
        value = [value] if i % 2 else {"k": value}
    return value


HOSTILE_VALUES: list[Any] = [
    None, True, 0, -1, 1.5, 5.0, 1441, 2**31, 2**63, -(2**63), 10**30, 1e300, "", " ", "\u200b", "\u3164",
    "\u202e\u2066", "a\x07b", "a\x1b[31mb", "a\x9bb", "x" * 1001, "y" * 100_001, "2017-02-30",
    "9999-12-31", "0001-01-01T00:00", "1899-12-31T23:59", "24:00", "18:00", "candidate", "boss",
    [], [1, 2], {}, {"foo": 1},
    # built fresh per use (deepcopy recurses); 600 levels parse, but are far beyond the limit of 32
    lambda: _deep(40), lambda: _deep(600),
]


def _set(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _remove(doc: dict[str, Any], path: tuple[Any, ...]) -> None:
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]


def _structural(rng: random.Random, doc: dict[str, Any]) -> tuple[str, str]:
    """Mutate ``doc`` in place; returns (label, file text)."""
    paths = _paths(doc)
    kind = rng.choice(["value", "value", "value", "remove", "unknown key", "duplicate member", "duplicate title",
                       "stranger", "referat"])
    if kind == "value":
        path, value = rng.choice(paths), rng.choice(HOSTILE_VALUES)
        value = value() if callable(value) else copy.deepcopy(value)
        _set(doc, path, value)
        label = f"{path} = {str(value)[:40]!r}"
    elif kind == "remove":
        path = rng.choice(paths)
        _remove(doc, path)
        label = f"del {path}"
    elif kind == "unknown key":
        objects = [p for p in paths if isinstance(_get(doc, p), dict)]
        path = rng.choice(objects)
        _get(doc, path)["\x1b[2J" if rng.random() < 0.3 else "ukendt"] = 1
        label = f"unknown key in {path}"
    elif kind == "duplicate member":
        doc["committee"]["members"].append(copy.deepcopy(rng.choice(doc["committee"]["members"])))
        label = "duplicate member"
    elif kind == "duplicate title":
        item = rng.choice([i for i in doc["meeting"]["items"] if i.get("candidates")])
        item["candidates"].append({"title": item["candidates"][0]["title"]})
        label = "duplicate candidate"
    elif kind == "stranger":
        refs = [p for p in paths if p[-1] == "member" or (len(p) > 1 and p[-2] in ("members", "absent", "conflicts")
                                                              and p[0] == "meeting")]
        path = rng.choice(refs)
        _set(doc, path, "Fremmed Person")
        label = f"stranger at {path}"
    else:
        doc["referat"] = rng.choice([
            {"status": "approved", "version": 1},
            {"status": "approved", "version": 1, "sha256": "0" * 64},
            {"status": "sent", "version": 1, "approvals": [{"member": "Mikael Fenger", "at": "2017-11-16T09:00"}]},
            {"status": "draft", "version": 0},
            {"status": "draft", "version": 1, "approvals": [{"member": "Fremmed", "at": "2017-11-16T09:00"}]},
        ])
        label = f"referat {doc['referat']}"
    return label, json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def _get(doc: dict[str, Any], path: tuple[Any, ...]) -> Any:
    node: Any = doc
    for key in path:
        node = node[key]
    return node


def _textual(rng: random.Random, text: str) -> tuple[str, bytes]:
    """A byte-level mutation of valid file text."""
    data = text.encode("utf-8")
    kind = rng.choice(["truncate", "flip", "insert", "delete", "duplicate key", "huge number", "deep", "constant",
                       "latin-1", "utf-16", "bom + garbage", "not an object"])
    at = rng.randrange(len(data))
    if kind == "truncate":
        return f"truncate at {at}", data[:at]
    if kind == "flip":
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        return "flip bytes", bytes(mutated)
    if kind == "insert":
        return f"insert at {at}", data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 6))) + data[at:]
    if kind == "delete":
        return f"delete at {at}", data[:at] + data[at + rng.randint(1, 20):]
    if kind == "duplicate key":
        key = rng.choice(['"title"', '"name"', '"format"', '"members"'])
        return f"duplicate {key}", data.replace(f"{key}:".encode(), f"{key}: 1, {key}:".encode(), 1)
    if kind == "huge number":
        return "5000-digit number", data.replace(b'"format"', b'"n": ' + b"9" * 5000 + b', "format"', 1)
    if kind == "deep":
        depth = rng.choice([100, 2000, 100_000])
        return f"nesting {depth}", data.replace(b'"format"', b'"n": ' + b"[" * depth + b"]" * depth + b', "format"', 1)
    if kind == "constant":
        return "NaN", data.replace(b'"format"', b'"n": ' + rng.choice([b"NaN", b"Infinity", b"-Infinity"])
                                    + b', "format"', 1)
    if kind == "latin-1":
        return "latin-1", text.encode("latin-1", errors="replace")
    if kind == "utf-16":
        return "utf-16", text.encode("utf-16")
    if kind == "bom + garbage":
        return "bom + garbage", b"\xef\xbb\xbf" + bytes(rng.randrange(256) for _ in range(64))
    return "not an object", rng.choice([b"[]", b"null", b"42", b'"tekst"', b""])


def corpus() -> Iterator[tuple[str, bytes]]:
    rng = random.Random(SEED)
    valid = document_json(demo_document())
    for n in range(CORPUS_SIZE):
        if n % 3 == 2:
            label, data = _textual(rng, valid)
        else:
            label, text = _structural(rng, demo_document())
            data = text.encode("utf-8")
        yield f"{n}: {label}", data


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz-baseline") / "workshop.db"
    db = Database(f"sqlite:///{path}")
    load_demo(db)
    db.close()
    return path


def _database_bytes(path: Path) -> dict[str, bytes]:
    """The database file and any journal beside it."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name)}


def _check(capsys: pytest.CaptureFixture[str], db: Path, baseline: Path, file: Path,
           label: str) -> bool:
    """Import ``file``; True when it was rejected as required, False when accepted."""
    before = _database_bytes(db)
    result = run_cli(capsys, "--db", str(db), "import", str(file))
    if result.code == 0:
        assert result.err == "", label
        for name in os.listdir(db.parent):  # put the demo-only database back
            if name.startswith(db.name):
                os.remove(db.parent / name)
        shutil.copy(baseline, db)
        return False
    assert result.code == 2, (label, result)
    lines = result.err.splitlines()
    assert len(lines) == 1, (label, result.err[:2000])
    line = lines[0]
    assert line.startswith("workshop: "), (label, line)
    assert not any(word in line for word in _ENGLISH), (label, line)
    assert any(word in line for word in _DANISH), (label, line)
    assert all(ch >= " " and not "\x7f" <= ch <= "\x9f" for ch in line), (label, line)
    assert _database_bytes(db) == before, label
    return True


def test_every_rejected_meeting_file_leaves_the_database_and_prints_one_danish_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, baseline: Path) -> None:
    db = tmp_path / "workshop.db"
    shutil.copy(baseline, db)
    file = tmp_path / "fuzz.workshop.json"
    rejected = 0
    for label, data in corpus():
        file.write_bytes(data)
        rejected += _check(capsys, db, baseline, file, label)
    assert rejected >= 300, rejected


@pytest.mark.parametrize(("name", "make"), [
    ("folder", lambda p: p.mkdir()),
    ("missing", lambda p: None),
    ("fifo", lambda p: os.mkfifo(p)),
    ("link to /dev/zero", lambda p: p.symlink_to("/dev/zero")),
    ("link to /dev/null", lambda p: p.symlink_to("/dev/null")),
    ("sparse 60 MB", lambda p: os.truncate(p, 60 * 1024 * 1024) if p.touch() is None else None),
    ("unreadable", lambda p: (p.write_text("{}"), p.chmod(0)) if os.geteuid() != 0 else pytest.skip("root reads all")),
])
def test_files_that_are_not_meeting_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, baseline: Path,
                                          name: str, make: Callable[[Path], Any]) -> None:
    db = tmp_path / "workshop.db"
    shutil.copy(baseline, db)
    file = tmp_path / "ikke-en-fil.json"
    make(file)
    assert _check(capsys, db, baseline, file, name)
