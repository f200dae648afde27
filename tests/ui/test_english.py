"""The whole window in English (issue 13): the catalogue reaches every screen, the referat panel too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton

from tests.ui.shell import open_window
from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import ROW_NAMES, ConflictError
from workshop.errors import row_name as danish_row_name
from workshop.services import meetings

from ui.app import install_translators
from ui.row_names import row_name
from ui.versioned import changed_message

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    installed = install_translators(qapp, "en")
    assert installed, "the English catalogue did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def _texts(widget: Any) -> set[str]:
    found = [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]
    return {w.text() for w in found if w.isVisible() and w.text()}


@pytest.mark.usefixtures("english", "fresh_settings")
def test_the_window_speaks_english(sqlite_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    meeting_id = load_demo(sqlite_db)
    window = open_window(sqlite_db, qtbot, all_panels=True)
    window.resize(1280, 800)
    assert window.navigator is not None
    assert window.navigator.select_meeting(meeting_id, meetings.get_meeting(sqlite_db, meeting_id).committee_id)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Meeting", "&Help"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Committee", "Agenda", "Attendance", "Capture", "Minutes", "Run meeting"]
    window.show_panel("capture")
    qtbot.waitUntil(lambda: window.panels["capture"].isVisible())  # type: ignore[attr-defined]
    QApplication.processEvents()
    shown = _texts(window)
    titles = {box.title() for box in window.findChildren(QGroupBox) if box.isVisible()}
    assert {"Decision", "Additions to the minutes"} <= titles, titles
    assert {"Item", "Close the meeting…", "Delete"} <= shown, shown
    window.show_panel("referat")
    qtbot.waitUntil(lambda: window.panels["referat"].isVisible())  # type: ignore[attr-defined]
    QApplication.processEvents()
    shown = _texts(window)
    for english_text in ("Export PDF …", "Print …", "Decisions"):
        assert english_text in shown, english_text
    assert not [t for t in shown if t in ("Send til godkendelse", "Beslutninger", "Udskriv …")]
    referat = window.panels["referat"]
    qtbot.waitUntil(lambda: referat.render_job is None or not referat.render_job.running,  # type: ignore[attr-defined]
                    timeout=20000)
    qtbot.waitUntil(lambda: referat.preview.page_count() > 0, timeout=20000)  # type: ignore[attr-defined]
    qtbot.wait(200)
    out = DOCS if os.environ.get("WORKSHOP_UPDATE_SCREENSHOTS") == "1" else tmp_path
    assert window.grab().save(str(out / "referat-english.png"))
    window.close()


@pytest.mark.usefixtures("english")
def test_a_refused_row_edit_names_the_row_in_english() -> None:
    """The conflict messages name the row in the UI's language, not the domain's Danish."""
    error = ConflictError.stale("workinggroup", row_id=1, expected_version=1, version=2, current={"name": "Trafik"})
    assert changed_message(error, {"name": "Skoler"}, {"name": "Name"}) == (
        "The working group was changed by someone else meanwhile: Name is now »Trafik«. Your change is not saved.")
    assert changed_message(ConflictError.stale("input", row_id=1), {}, {}) == (
        "The input was deleted by someone else meanwhile; your change is not saved.")


@pytest.mark.usefixtures("english")
def test_every_row_name_of_the_domain_has_its_english_name() -> None:
    for table in [*ROW_NAMES, "a table without a name"]:
        assert row_name(table) not in ("", danish_row_name(table)), table
