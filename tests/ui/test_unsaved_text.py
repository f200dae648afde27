"""Text whose save was refused survives a kill: it is on disk, put back in its field and saved.

The real app in a child process types into a case section while the database refuses every save
(as a locked file or a lost server does); the child is killed with SIGKILL. A new window on the
same database shows the text in its field again, saves it, and the disk copy is gone.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from tests.ui.shell import Dialogs, open_window
from workshop.db import Database
from workshop.services import agenda, committees, meetings
from workshop.unsaved import UnsavedTexts

from ui.panels.navigator import NodeKey

TYPED = "Sagen udsættes – teksten må ikke gå tabt"

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    import ui.app
    import workshop.services.agenda as agenda
    from workshop.errors import StorageError

    def refused(*_args, **_kwargs):
        raise StorageError("Databasen er låst af et andet program.")

    agenda.update_item = refused  # every save is refused, as by a locked file or a lost server
    import ui.errors
    ui.errors.show_storage_error = lambda *_a: None  # the storage alarm's dialog would wait for a click
    db_url, meeting_id, committee_id, text = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = ui.app.application(["workshop"])

    def type_into_summary():
        from ui.main_window import MainWindow
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if window.ctx is None:
            QTimer.singleShot(50, type_into_summary)
            return
        window.navigator.select_meeting(meeting_id, committee_id)
        window.show_panel("agenda")
        QTimer.singleShot(0, lambda: type_when_shown(window))

    def type_when_shown(window):
        panel = window.panels["agenda"]
        if panel.item_fields["summary"].row_id is None:  # the item is not shown yet
            QTimer.singleShot(50, lambda: type_when_shown(window))
            return
        summary = panel.edits["summary"]
        summary.setFocus()
        summary.insertPlainText(text)

        def kept():
            if window.ctx.unsaved.all():
                print("KEPT", flush=True)
            else:
                QTimer.singleShot(50, kept)
        kept()

    QTimer.singleShot(0, type_into_summary)
    sys.exit(ui.app.main(db_url, ["workshop"], crash_dialog=False))
""")


@pytest.mark.slow
def test_a_refused_text_survives_a_kill_and_is_saved_when_its_field_shows_again(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fresh_settings: None) -> None:
    url = f"sqlite:///{tmp_path / 'workshop.db'}"
    db = Database(url)
    cid = committees.create_committee(db, name="Opgaveudvalg").id
    mid = meetings.create_meeting(db, cid, title="1. møde", starts_at=datetime(2024, 3, 1, 17)).id  # type: ignore[arg-type]
    item = agenda.add_item(db, mid, title="Pejlemærker").id  # type: ignore[arg-type]
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_DATA_DIR": str(data),
           "WORKSHOP_NO_CRASH_DIALOG": "1", "PYTHONUNBUFFERED": "1"}
    env.pop("WORKSHOP_BENCH_EXIT", None)
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(mid), str(cid), TYPED],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             cwd=Path(__file__).resolve().parents[2], text=True)
    try:
        deadline, line = time.monotonic() + 60, ""
        while time.monotonic() < deadline and child.poll() is None and not line.startswith("KEPT"):
            if select.select([child.stdout], [], [], 0.5)[0]:
                line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("KEPT"), child.stderr.read() if child.poll() is not None else "no answer"  # type: ignore[union-attr]
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert agenda.get_item(db, item).summary == ""  # the database never had it
    assert [(u.field, u.row_id, u.text) for u in UnsavedTexts(url, data / "unsaved").all()] == [
        ("item.summary", item, TYPED)]

    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(data))  # the same laptop, started again
    window = open_window(db, qtbot)  # no last meeting (fresh settings): the field is not shown yet
    assert window.statusBar().currentMessage() == (  # said at once, also where the field is not shown
        "Tekst, der ikke blev gemt sidst, sættes ind igen og gemmes, når feltet vises: Resumé")
    window.navigator.select(NodeKey("meeting", mid, cid))
    window.show_panel("agenda")
    summary = window.panels["agenda"].edits["summary"]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: agenda.get_item(db, item).summary == TYPED, timeout=5000)
    assert summary.toPlainText() == TYPED
    assert "sat ind igen" in window.statusBar().currentMessage()
    assert window.ctx is not None and window.ctx.unsaved.all() == []
    assert not list((data / "unsaved").glob("*.json"))
    window.close()
    db.close()


def test_on_a_shared_server_the_text_is_on_disk_before_its_save_goes_out(
        pg_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.autosave import AutosaveField, text_column
    from ui.context import AppContext

    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path))
    ctx = AppContext(pg_db)
    committee = committees.create_committee(pg_db, name="Udvalg").id
    assert committee is not None
    edit = QLineEdit()
    qtbot.addWidget(edit)
    on_disk_while_saving: list[str | None] = []

    def update(row_id: int, **fields: Any) -> Any:
        kept = UnsavedTexts(pg_db.url, tmp_path / "unsaved").get("committee.name", row_id)  # as after a kill
        on_disk_while_saving.append(kept.text if kept else None)
        return committees.update_committee(pg_db, row_id, **fields)

    store = text_column("committee", lambda row_id: committees.get_committee(pg_db, row_id), update, "name")
    field = AutosaveField(ctx, edit, "committee.name", "Udvalgets navn", store)
    field.bind(committee, "Udvalg", committees.get_committee(pg_db, committee).version)
    edit.end(False)
    qtbot.keyClicks(edit, " for trafik")
    assert field.flush()
    assert on_disk_while_saving == ["Udvalg for trafik"]  # a network that hangs now loses nothing
    assert committees.get_committee(pg_db, committee).name == "Udvalg for trafik"
    assert ctx.unsaved.all() == [] and not list((tmp_path / "unsaved").glob("*.json"))  # stored: forgotten


def test_a_kept_text_put_back_after_another_laptop_changed_the_row_is_a_conflict_not_an_overwrite(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fresh_settings: None,
        dialogs: Dialogs) -> None:
    from ui.conflict_dialog import ConflictDialog

    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'workshop.db'}"
    db = Database(url)
    committee = committees.create_committee(db, name="Udvalg").id
    assert committee is not None
    typed_on = committees.get_committee(db, committee).version
    UnsavedTexts(url).keep("committee.name", committee, "Udvalg for trafik", "Udvalg", typed_on,
                           "Udvalgets navn")  # then killed
    committees.update_committee(db, committee, name="Udvalg for veje")  # another laptop, meanwhile
    window = open_window(db, qtbot)
    window.navigator.select(NodeKey("committee", committee, committee))
    window.show_panel("committee")
    panel = window.panels["committee"]
    field = next(f for f in panel.fields if f.key == "committee.name")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(field.conflict, ConflictDialog), timeout=5000)
    assert field.text() == "Udvalg for trafik"  # put back in the field ...
    assert committees.get_committee(db, committee).name == "Udvalg for veje"  # ... and nothing overwritten
    field.conflict.reject()  # postponed: the text stays, on disk too, until a person chooses
    assert field.ctx.unsaved.get("committee.name", committee) is not None
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    window.close()  # "Luk alligevel?": yes; the text is still kept for the next start
    assert dialogs.warnings == ["Noget af det, du har skrevet, kunne ikke gemmes. Luk alligevel?"]
    assert [u.text for u in UnsavedTexts(url).all()] == ["Udvalg for trafik"]
    db.close()
