"""The referat panel shows an approved version's check: verified, not verified (with "Stol på nøglen …"),
or changed after approval (red, and export and print warn first). The PDFs are read back.

WORKSHOP_UPDATE_SCREENSHOTS=1 writes docs/screenshots/referat-approval.png (the approval page of
the approved demo), referat-unverified.png (the panel with a file signed elsewhere) and
referat-approval-altered.png (the approval page of a version edited after approval).
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.export import pdfread
from tests.lock_bypass import lock_bypassed
from workshop import signing
from workshop.db import Database
from workshop.demo import load_demo
from workshop.models import ReferatVersion
from workshop.services import attendance
from workshop.services import referat as service

from ui.context import AppContext
from ui.panels.referat import ReferatPanel

AT = datetime(2017, 11, 20, 9, 30)


@pytest.fixture(autouse=True)
def _installation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "here"))


def _approved(db: Database) -> int:
    m = load_demo(db)
    service.send_for_approval(db, m, at=AT.replace(hour=8))
    for i, member in enumerate(attendance.present_members(db, m)):
        service.approve(db, m, member.id, at=AT.replace(minute=i))  # type: ignore[arg-type]
    return m


def _panel(db: Database, qtbot: QtBot, m: int) -> tuple[ReferatPanel, list[str]]:
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = ReferatPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_meeting(m)
    qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=20000)
    return panel, errors


def _screenshot(name: str, tmp_path: Path) -> Path:
    """Where a screenshot goes: docs/screenshots/ with WORKSHOP_UPDATE_SCREENSHOTS=1, else ``tmp_path``."""
    docs = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    return (docs if os.environ.get("WORKSHOP_UPDATE_SCREENSHOTS") == "1" else tmp_path) / name


def _last_page_png(pdf: Path, out: Path) -> None:
    """The PDF's last page as the docs show pages: 60 dpi, one PNG."""
    last = pdfread.page_count(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(last), "-l", str(last), "-singlefile",
                    str(pdf), str(out.with_suffix(""))], check=True)
    assert out.stat().st_size > 0


def _preview_text(panel: ReferatPanel) -> str:
    assert panel.preview.path is not None
    return "\n".join(pdfread.pages(panel.preview.path))


def test_own_approval_shows_verified(db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    m = _approved(db)
    panel, errors = _panel(db, qtbot, m)
    assert panel.trust_label.isVisible() and panel.trust_label.text().startswith("Verificeret.")
    assert signing.key_id(signing.own_public_key()) in panel.trust_label.text()
    assert not panel.trust_button.isVisible()
    assert "Signeret af denne installation" in _preview_text(panel)
    assert panel.preview.path is not None
    _last_page_png(panel.preview.path, _screenshot("referat-approval.png", tmp_path))
    assert not errors


def test_a_file_from_another_installation_is_unverified_until_its_key_is_trusted(
        db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "elsewhere"))
    m = _approved(db)
    service.export_meeting_file(db, m, tmp_path / "signed.json")
    their_key = signing.own_public_key()
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "here"))
    new = service.import_meeting_file(db, tmp_path / "signed.json").id
    assert new is not None
    panel, errors = _panel(db, qtbot, new)
    assert panel.trust_label.text().startswith("Godkendt andetsteds – ikke verificeret")
    assert signing.key_id(their_key) in panel.trust_label.text()
    assert panel.trust_button.isVisible()
    text = _preview_text(panel)
    assert "REFERAT – IKKE VERIFICERET" in text and "Godkendt andetsteds – ikke verificeret" in text
    panel.preview.go_to_page(panel.preview.page_count() - 1)  # the approval page says why
    qtbot.wait(300)
    assert panel.grab().save(str(_screenshot("referat-unverified.png", tmp_path)))

    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    old_preview = panel.preview.path
    qtbot.mouseClick(panel.trust_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and signing.key_id(their_key) in asked[0]  # the user sees the key id first
    assert their_key in signing.trusted_keys()
    assert panel.trust_label.text().startswith("Verificeret.") and not panel.trust_button.isVisible()
    qtbot.waitUntil(lambda: panel.preview.path != old_preview, timeout=20000)
    text = _preview_text(panel)
    assert "IKKE VERIFICERET" not in text and "du har valgt at stole på" in text
    assert not errors


def test_changed_after_approval_is_red_and_export_and_print_warn(
        db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    m = _approved(db)
    with lock_bypassed(db), db.session() as s:  # past the meeting lock, as with an SQL tool
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == m)).one()
        content = json.loads(json.dumps(row.content))
        content["referat"]["items"][0]["title"] = "Forfalsket punkt"
        row.content = content
    panel, errors = _panel(db, qtbot, m)
    assert panel.trust_label.text().startswith("Ændret efter godkendelse")
    assert "#b00020" in panel.trust_label.styleSheet()
    assert "REFERAT – ÆNDRET EFTER GODKENDELSE" in _preview_text(panel)

    warned: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]

    def warn(_parent: object, _title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        warned.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)  # No: nothing written
    assert len(warned) == 1 and "ikke det godkendte referat" in warned[0] and not target.exists()
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)  # Yes: written, marked
    assert panel.export_job is not None
    qtbot.waitUntil(lambda: target.exists() and not panel.export_job.running, timeout=20000)  # type: ignore[union-attr]
    pages = pdfread.pages(target)
    assert "REFERAT – ÆNDRET EFTER GODKENDELSE" in pages[0] and "Ændret efter godkendelse" in pages[-1]
    _last_page_png(target, _screenshot("referat-approval-altered.png", tmp_path))
    assert "mærket ÆNDRET" in panel.render_note.text()
    assert panel.print_referat() == 0 and len(warned) == 3  # print asks too; No prints nothing
    assert not errors


def test_a_referat_left_sent_with_every_approval_is_approved_when_the_panel_finds_it(
        db: Database, qtbot: QtBot) -> None:
    """An older Workshop's race left it "sent" with every approval recorded: the approval dialog has
    nobody left to approve and "Ny version" needs an approved referat, so the panel completes it."""
    from sqlalchemy import text

    m = load_demo(db)
    service.send_for_approval(db, m, at=AT.replace(hour=8))
    present = attendance.present_members(db, m)
    for i, member in enumerate(present[:-1]):
        service.approve(db, m, member.id, at=AT.replace(minute=i))  # type: ignore[arg-type]
    version = service.list_versions(db, m)[-1]
    with db.transaction() as s:  # the last approval recorded, the version never approved
        s.connection().execute(text("INSERT INTO referatapproval (referat_id, member_id, at) VALUES (:v, :m, :at)"),
                               {"v": version.id, "m": present[-1].id, "at": AT.replace(minute=20)})
    assert service.referat_state(db, m)["status"] == "sent"  # type: ignore[index]
    panel, errors = _panel(db, qtbot, m)
    qtbot.waitUntil(lambda: panel.state.get("status") == "approved", timeout=10000)
    assert panel.status_label.text() == "Referat, version 1: Godkendt"
    assert panel.trust_label.text().startswith("Verificeret.")
    assert panel.correct_button.isEnabled() and not panel.approve_button.isEnabled()
    qtbot.waitUntil(lambda: "Status: Godkendt" in _preview_text(panel), timeout=20000)
    state = service.referat_state(db, m)
    assert state is not None and state["status"] == "approved" and len(state["approvals"]) == len(present)
    assert service.verify(service.list_versions(db, m)[-1])
    assert not errors
