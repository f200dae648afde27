"""The hostile meeting files of issue 11, imported through the window (Ctrl+I) instead of the command
line: each gives one Danish message in the refusal dialog, the database is as it was, and nothing
is left to undo. The window runs the import on the database's lane, where an exception that is no
``WorkshopError`` would otherwise end as a traceback dialog."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.dbdump import diff, dump
from tests.ui.shell import Dialogs, open_window
from workshop.db import Database
from workshop.demo import demo_document, load_demo

from ui.main_window import MainWindow


def _doc(change: Callable[[dict[str, Any]], None]) -> str:
    doc = demo_document()
    change(doc)
    return json.dumps(doc, ensure_ascii=False)


def _item(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["meeting"]["items"][0].__setitem__(key, value)


def _meeting(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["meeting"].__setitem__(key, value)


FILES: dict[str, Callable[[Path], object]] = {
    "nested 5,000 deep": lambda p: p.write_text("[" * 5000 + "]" * 5000, encoding="utf-8"),
    "an integer of 4,400 digits": lambda p: p.write_text(
        _doc(_item("planned_minutes", 0)).replace('"planned_minutes": 0', '"planned_minutes": ' + "9" * 4400, 1),
        encoding="utf-8"),
    "a title of a zero-width space": lambda p: p.write_text(_doc(_meeting("title", "\u200b")), encoding="utf-8"),
    "a duplicate key with an escape": lambda p: p.write_text(
        '{"\\u001b[31mX": 1, "\\u001b[31mX": 2}', encoding="utf-8"),
    "planned_minutes 2147483647": lambda p: p.write_text(_doc(_item("planned_minutes", 2147483647)),
                                                         encoding="utf-8"),
    "starts_at 9999-12-31T23:59": lambda p: p.write_text(_doc(_meeting("starts_at", "9999-12-31T23:59")),
                                                         encoding="utf-8"),
    "a link to /dev/zero": lambda p: p.symlink_to("/dev/zero"),
    "a named pipe": lambda p: os.mkfifo(p),
    "not UTF-8": lambda p: p.write_bytes(b'{"format": "\xff\xfe"}'),
}


@pytest.mark.parametrize("name", list(FILES))
def test_a_hostile_file_imported_in_the_window_is_one_danish_message_and_no_write(
        db: Database, qtbot: QtBot, dialogs: Dialogs, fresh_settings: None, tmp_path: Path, name: str) -> None:
    load_demo(db)
    window: MainWindow = open_window(db, qtbot)
    before = dump(db)
    path = tmp_path / "fjendtlig.workshop.json"
    FILES[name](path)
    window.import_path(path)
    qtbot.waitUntil(lambda: not window._import_job.running, timeout=20000)
    assert len(dialogs.critical) == 1, dialogs.critical
    message = dialogs.critical[0]
    assert "intet er ændret" in message and "Traceback" not in message and "Error" not in message
    assert all(ch in "\n\t" or (ch >= " " and not "\x7f" <= ch <= "\x9f") for ch in message), repr(message)
    assert dump(db) == before, diff(before, dump(db))
    assert window.ctx is not None and not window.ctx.undo_stack.canUndo()
