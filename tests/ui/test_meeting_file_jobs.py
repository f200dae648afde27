"""The window's meeting-file import and export carry the referat like the command line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from workshop.db import Database
from workshop.demo import load_demo
from workshop.meetingfile import read_document
from workshop.services import attendance
from workshop.services import referat as service

from ui.context import AppContext
from ui.meeting_file_jobs import Imported, start_export, start_import


def _import(db: Database, path: Path, qtbot: QtBot) -> tuple[Imported | None, str]:
    """Through the window's import: on the database's lane, the outcome back on this thread."""
    ctx = AppContext(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[tuple[Any, str]] = []
    operation = start_import(ctx, path, parent)
    operation.finished.connect(lambda imported: got.append((imported, "")))
    operation.failed.connect(lambda message: got.append((None, message)))
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    return got[0]


def _export(db: Database, meeting_id: int, path: Path, qtbot: QtBot) -> str:
    """Through the window's export: on the database's lane; "" or the failure's message."""
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[str] = []
    operation = start_export(AppContext(db), meeting_id, path, parent)
    operation.finished.connect(lambda _path: got.append(""))
    operation.failed.connect(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    return got[0]


def test_a_failed_export_names_the_file_and_writes_nothing(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    m = load_demo(db)
    path = tmp_path / "mangler" / "m.workshop.json"  # its folder does not exist
    assert _export(db, m, path, qtbot) == f"mappen {path.parent} findes ikke; intet er skrevet"
    assert not path.parent.exists()


def test_window_export_and_import_keep_an_approved_referat(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    m = load_demo(db)
    service.send_for_approval(db, m)
    for member in attendance.present_members(db, m):
        service.approve(db, m, member.id, at=datetime(2017, 11, 20, 9, 0))  # type: ignore[arg-type]
    path = tmp_path / "a.workshop.json"
    assert _export(db, m, path, qtbot) == ""
    section = read_document(path)["referat"]
    assert {k: v for k, v in section.items() if k not in ("content", "document_sha256", "signature")} \
        == service.referat_state(db, m)
    assert section["content"] == service.list_versions(db, m)[-1].content["referat"]  # type: ignore[index]
    result, message = _import(db, path, qtbot)
    assert message == "" and result is not None
    changes = result.changes
    assert not result.new_committee
    assert service.referat_state(db, changes.meeting_id) == service.referat_state(db, m)
    assert service.verify(service.list_versions(db, changes.meeting_id)[-1])

    doc = read_document(path)
    doc["meeting"]["items"][0]["title"] = "Ændret efter godkendelsen"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result, message = _import(db, path, qtbot)  # the approved content stays approved, the edit is a correction
    assert message == "" and result is not None
    versions = service.list_versions(db, result.changes.meeting_id)
    assert [(v.number, v.status) for v in versions] == [(1, "approved"), (2, "draft")]
    assert "afveg fra det godkendte referat" in versions[1].note

    doc["referat"]["content"]["items"][0]["title"] = "Ændret efter godkendelsen"  # the approved text itself
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result, message = _import(db, path, qtbot)
    assert result is None and "fingeraftryk passer ikke" in message
