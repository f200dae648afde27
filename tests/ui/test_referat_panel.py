"""The referat panel: decisions edited, preview rendered, sent, approved by every present member,
exported and printed; then the database and the PDF text are checked."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from workshop.db import Database
from workshop.errors import ValidationError
from workshop.meetingfile import read_document
from workshop.services import agenda, attendance, capture, committees, meetings
from workshop.services import referat as referat_service

from ui.context import AppContext
from ui.panels.referat import ReferatPanel
from ui.panels.referat_dialogs import ApprovalDialog, CorrectionDialog

PRESENT = ["Mikael Fenger", "Anne Hjorth", "Brian Mühdorff"]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def setup(db: Database, qtbot: QtBot) -> tuple[AppContext, ReferatPanel, int, list[int], list[int]]:
    c = committees.create_committee(db, name="Opgaveudvalg for digitalisering og teknologi",
                                    kind="opgaveudvalg").id
    members = [committees.add_member(db, c, name=n).id for n in [*PRESENT, "Poul V. Jensen"]]  # type: ignore[arg-type]
    m = meetings.create_meeting(db, c, title="3. møde", number=3, starts_at=datetime(2017, 11, 15, 18),  # type: ignore[arg-type]
                                location="Udvalgsværelse G").id
    for mid in members[:3]:
        attendance.set_attendance(db, m, mid, "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, m, members[3], "excused")  # type: ignore[arg-type]
    items = [agenda.add_item(db, m, title="Velkomst", kind="welcome").id,  # type: ignore[arg-type]
             agenda.add_item(db, m, title="Opsamling", kind="question_round",  # type: ignore[arg-type]
                             question="Hvilke teknologier får størst betydning?").id]
    capture.set_answer(db, items[1], members[0], "Kunstig intelligens")  # type: ignore[arg-type]
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = ReferatPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.set_meeting(m)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.errors = errors  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=15000)
    return ctx, panel, m, members, items  # type: ignore[return-value]


def test_decisions_send_approve_export_print(setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]],
                                             qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, panel, m, members, items = setup
    welcome, question = (panel.editors[i] for i in items)

    # The question round's results show read-only above its empty decision, as they print.
    assert question.results.isVisible() and question.hint.isVisible()
    shown = question.results.toPlainText()
    assert "Resultater" in shown and "Her blev blandt andre nævnt:" in shown
    assert "Mikael Fenger: Kunstig intelligens" in shown
    assert question.edit.toPlainText() == "" and question.edit.isVisible()
    assert not welcome.results.isVisible() and not welcome.hint.isVisible()  # nothing captured there

    # Typing a decision saves it (debounced) and the preview follows a moment later.
    welcome.edit.setFocus()
    qtbot.keyClicks(welcome.edit, "Formanden bød velkommen. Dagsordenen blev godkendt.")
    qtbot.waitUntil(lambda: agenda.get_item(ctx.db, items[0]).decision
                    == "Formanden bød velkommen. Dagsordenen blev godkendt.", timeout=3000)
    first_preview = panel.preview.path
    qtbot.waitUntil(lambda: panel.preview.path != first_preview, timeout=15000)
    assert panel.preview.path is not None
    assert "Dagsordenen blev godkendt" in _pdf_text(panel.preview.path)
    assert panel.status_label.text() == "Referat, version 1: Udkast"
    assert not panel.approve_button.isEnabled() and not panel.correct_button.isEnabled()

    # Send for approval (confirmed), then the history before it is gone.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert ctx.undo_stack.count() > 0
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert referat_service.referat_state(ctx.db, m)["status"] == "sent"  # type: ignore[index]
    assert ctx.undo_stack.count() == 0
    assert panel.status_label.text() == "Referat, version 1: Sendt til godkendelse"
    assert welcome.edit.isReadOnly()
    assert not panel.send_button.isEnabled() and panel.approve_button.isEnabled()
    # Locked: each item as the frozen referat prints it, never an empty box (issue 12).
    assert not welcome.edit.isVisible() and not question.edit.isVisible()
    assert welcome.results.toPlainText().split("\n") == ["Beslutning",
                                                         "Formanden bød velkommen. Dagsordenen blev godkendt.",
                                                         "Afbud: Poul V. Jensen"]
    assert "Mikael Fenger: Kunstig intelligens" in question.results.toPlainText()
    assert not question.empty.isVisible()

    # The approval dialog: one checkbox per present member; the absent one is not there.
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ApprovalDialog)
    assert dialog is not None and dialog.isVisible()
    assert [b.text() for b in dialog.boxes.values()] == PRESENT
    first = dialog.boxes[members[0]]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [a["member"] for a in referat_service.approvals(ctx.db, m)] == ["Mikael Fenger"]
    assert referat_service.referat_state(ctx.db, m)["status"] == "sent"  # type: ignore[index]
    assert "Godkendt af 1 af 3" in panel.detail_label.text()

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in panel.findChildren(ApprovalDialog) if d.isVisible())
    assert not dialog.boxes[members[0]].isEnabled()  # given approvals cannot be taken back
    assert dialog.times[members[0]].text().startswith("godkendt ")
    for mid in members[1:3]:
        qtbot.mouseClick(dialog.boxes[mid], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    state = referat_service.referat_state(ctx.db, m)
    assert state is not None and state["status"] == "approved"
    assert [a["member"] for a in state["approvals"]] == PRESENT
    assert all(a["at"] for a in state["approvals"])
    assert panel.status_label.text() == "Referat, version 1: Godkendt"
    assert state["sha256"] in panel.detail_label.text()
    assert ctx.undo_stack.count() == 0 and panel.correct_button.isEnabled()

    # Export the PDF through the button (the file dialog answers with a path).
    target = tmp_path / "referat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    assert panel.export_job is not None
    qtbot.waitUntil(lambda: target.exists() and not panel.export_job.running, timeout=15000)  # type: ignore[union-attr]
    text = _pdf_text(target)
    assert "Formanden bød velkommen. Dagsordenen blev godkendt." in text
    assert "Kunstig intelligens" in text
    for name in PRESENT:
        assert name in text
    assert "UDKAST" not in text
    assert state["sha256"] in text.replace("\n", "")

    # The meeting file carries the approved state.
    meeting_file = tmp_path / "møde.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(meeting_file), ""))
    qtbot.mouseClick(panel.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.render_note.text() == f"Gemt: {meeting_file}", timeout=20000)  # on the lane
    doc = read_document(meeting_file)
    assert doc["referat"]["status"] == "approved" and doc["referat"]["sha256"] == state["sha256"]

    # Print the previewed pages to a PDF printer: as many pages as the preview.
    qtbot.waitUntil(lambda: "UDKAST" not in _pdf_text(panel.preview.path), timeout=15000)  # type: ignore[arg-type]
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert panel.print_referat(printer) == panel.preview.page_count()
    assert len(PdfReader(str(printed)).pages) == panel.preview.page_count()

    # A correction: version 2 as a new draft with its note; version 1 stays approved.
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    correction = panel.findChild(CorrectionDialog)
    assert correction is not None
    ok = correction.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(correction.text, "Stavefejl i punkt 1 rettet")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    versions = referat_service.list_versions(ctx.db, m)
    assert [(v.number, v.status) for v in versions] == [(1, "approved"), (2, "draft")]
    assert versions[1].note == "Stavefejl i punkt 1 rettet"
    assert panel.status_label.text() == "Referat, version 2: Udkast"
    assert "Stavefejl i punkt 1 rettet" in panel.detail_label.text()
    assert not welcome.edit.isReadOnly()
    assert not panel.errors  # type: ignore[attr-defined]


def test_results_follow_captures_and_the_written_decision_prints_after_them(
        setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, panel, m, members, items = setup
    question = panel.editors[items[1]]
    question.edit.setFocus()
    qtbot.keyClicks(question.edit, "Udvalget drøftede teknologierne.")
    question.field.flush()
    assert agenda.get_item(ctx.db, items[1]).decision == "Udvalget drøftede teknologierne."
    assert "Kunstig intelligens" in question.results.toPlainText()  # the results stay
    panel.send_button.setFocus()
    ctx.undo_stack.undo()
    assert agenda.get_item(ctx.db, items[1]).decision == ""
    assert question.edit.toPlainText() == ""
    # A later capture reaches the results at once, whatever the decision says.
    ctx.broadcast(capture.set_answer(ctx.db, items[1], members[1], "Robotter i ældreplejen"))
    assert "Anne Hjorth: Robotter i ældreplejen" in question.results.toPlainText()
    ctx.broadcast(agenda.update_item(ctx.db, items[1], decision="Drøftet."))
    # Sent: the printed item shows results, then the decision, then who was away.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.send_for_approval()
    printed = question.results.toPlainText()
    assert printed.index("Robotter i ældreplejen") < printed.index("Beslutning") < printed.index("Drøftet.")
    assert printed.index("Drøftet.") < printed.index("Afbud: Poul V. Jensen")
    qtbot.waitUntil(lambda: "Drøftet." in _pdf_text(panel.preview.path), timeout=15000)  # type: ignore[arg-type]
    pdf = " ".join(_pdf_text(panel.preview.path).split())  # type: ignore[arg-type]
    assert pdf.index("Anne Hjorth: Robotter i ældreplejen") < pdf.index("Beslutning Drøftet.")


def test_send_without_anyone_present_is_refused(db: Database, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    c = committees.create_committee(db, name="Udvalg").id
    m = meetings.create_meeting(db, c, title="1. møde", starts_at=datetime(2024, 1, 10, 17)).id  # type: ignore[arg-type]
    agenda.add_item(db, m, title="Velkomst", kind="welcome")  # type: ignore[arg-type]
    ctx = AppContext(db)
    errors: list[str] = []
    ctx.error.connect(errors.append)
    panel = ReferatPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_meeting(m)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert errors and "til stede" in errors[0]
    assert referat_service.referat_state(db, m) in (None, {"status": "draft", "version": 1, "approvals": []})  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: panel.render_job is None or not panel.render_job.running, timeout=15000)


def test_large_export_shows_progress_and_keeps_the_window_responsive(db: Database, qtbot: QtBot,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    c = committees.create_committee(db, name="Økonomiudvalget").id
    people = [committees.add_member(db, c, name=f"Medlem {n}").id for n in range(1, 16)]  # type: ignore[arg-type]
    m = meetings.create_meeting(db, c, title="Budgetmøde", starts_at=datetime(2024, 9, 3, 16)).id  # type: ignore[arg-type]
    for mid in people:
        attendance.set_attendance(db, m, mid, "present")  # type: ignore[arg-type]
    background = " ".join(["Sagen beskriver budgettets forudsætninger og de økonomiske konsekvenser."] * 40)
    for n in range(1, 61):
        agenda.add_item(db, m, title=f"Sag {n}: Budgetområde {n}", background=background,  # type: ignore[arg-type]
                        recommended_by="Administrationen", recommendations=["at sagen godkendes."],
                        decision="Godkendt.")
    ctx = AppContext(db)
    panel = ReferatPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()  # a hidden panel defers drafting and rendering until it is shown
    qtbot.waitExposed(panel)
    panel.set_meeting(m)
    qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=60000)

    # The writer waits at its start for a gate that only the GUI thread's event loop opens: the
    # export finishes only if the window kept running its events while the PDF was being written.
    import workshop.referat.pdf as pdf_module

    real_render = pdf_module.render_pdf
    gate, writer_threads = threading.Event(), []

    def gated_render(*args: object, **kwargs: object) -> object:
        writer_threads.append(threading.get_ident())
        assert gate.wait(30), "the GUI thread never ran its event loop during the export"
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_module, "render_pdf", gated_render)
    target = tmp_path / "budget.pdf"
    job = panel.export_pdf(str(target))
    assert job is not None
    progress: list[int] = []
    job.progressed.connect(progress.append)
    QTimer.singleShot(0, gate.set)
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    assert writer_threads and writer_threads[0] != threading.get_ident()  # written off the GUI thread
    assert len(set(progress)) >= 3 and progress == sorted(progress) and progress[-1] == 100
    reader = PdfReader(str(target))
    assert len(reader.pages) > 60
    assert "Sag 60: Budgetområde 60" in "".join(p.extract_text() or "" for p in reader.pages[-5:])
    assert not list(tmp_path.glob(".*.part"))  # written beside the target and moved in place


def test_approve_for_everyone_present_records_each_missing_approval_at_once(
        setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]], qtbot: QtBot) -> None:
    ctx, panel, m, members, _items = setup
    referat_service.send_for_approval(ctx.db, m)
    referat_service.approve(ctx.db, m, members[0], at=datetime(2017, 11, 20, 9, 30))
    panel.set_meeting(m)
    dialog = panel.open_approvals()
    assert dialog is not None and dialog.all_button.isVisible() and dialog.all_button.isEnabled()
    assert dialog.all_button.text() == "Godkend for alle til stede"
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    state = referat_service.referat_state(ctx.db, m)
    assert state is not None and state["status"] == "approved"
    assert [a["member"] for a in state["approvals"]] == PRESENT  # one each, the first kept its time
    assert state["approvals"][0]["at"] == "2017-11-20T09:30"
    for member_id in members[:3]:  # each shown in the dialog, given and fixed
        assert dialog.boxes[member_id].isChecked() and not dialog.boxes[member_id].isEnabled()
        assert dialog.times[member_id].text().startswith("godkendt ")
    assert dialog.times[members[0]].text() == "godkendt 20.11.2017 kl. 09.30"
    assert not dialog.all_button.isEnabled()
    assert panel.status_label.text() == "Referat, version 1: Godkendt"
    assert ctx.undo_stack.count() == 0 and not panel.errors  # type: ignore[attr-defined]
    dialog.reject()


def test_approve_for_everyone_present_is_one_transaction(
        setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, panel, m, members, _items = setup
    referat_service.send_for_approval(ctx.db, m)
    panel.set_meeting(m)
    dialog = panel.open_approvals()
    assert dialog is not None
    real = referat_service.approve
    calls: list[int] = []

    def approve_then_fail(db: Database, meeting_id: int, member_id: int, **kw: object) -> object:
        calls.append(member_id)
        if len(calls) == 2:
            raise ValidationError("member", "forbindelsen blev afbrudt")
        return real(db, meeting_id, member_id, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr("workshop.services.referat.approval.approve", approve_then_fail)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert referat_service.approvals(ctx.db, m) == []  # the first one went back with the second
    assert panel.errors == ["Forbindelsen blev afbrudt"]  # type: ignore[attr-defined]
    assert all(box.isEnabled() and not box.isChecked() for box in dialog.boxes.values())
    dialog.reject()


def test_print_button_prints_through_the_print_dialog(
        setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]], qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11: clicking "Udskriv …" crashed: clicked(bool)'s False reached print_referat's printer."""
    from PySide6.QtPrintSupport import QPrintDialog

    import ui.panels.referat as referat_module

    ctx, panel, m, members, items = setup
    printed = tmp_path / "udskrevet.pdf"
    asked: list[QPrinter] = []

    class PrintToFile:
        """The print dialog as a user who picks "Print to PDF" and presses Udskriv."""

        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, parent: object) -> None:
            asked.append(printer)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def setWindowTitle(self, title: str) -> None:
            assert title == "Udskriv referat"

        def setMinMax(self, low: int, high: int) -> None:
            assert (low, high) == (1, panel.preview.page_count())

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(referat_module, "QPrintDialog", PrintToFile)
    assert panel.print_button.isEnabled()
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and isinstance(asked[0], QPrinter)
    assert len(PdfReader(str(printed)).pages) == panel.preview.page_count()
    assert not panel.errors  # type: ignore[attr-defined]


def test_the_referats_writes_run_where_every_user_action_runs(
        setup: tuple[AppContext, ReferatPanel, int, list[int], list[int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Send, approve one, approve the rest and a correction go through ``run_db`` like every other
    edit: on a shared server on the database's lane (the window keeps painting while the server
    answers), on a local SQLite file here."""
    import threading

    ctx, panel, m, members, _items = setup
    on_gui_thread: dict[str, bool] = {}
    for name in ("send_for_approval", "approve", "approve_all_present", "start_correction"):
        def recording(*args: object, _name: str = name, _real: object = getattr(referat_service, name),
                      **kwargs: object) -> object:
            on_gui_thread[_name] = threading.current_thread() is threading.main_thread()
            return _real(*args, **kwargs)  # type: ignore[operator]
        monkeypatch.setattr(referat_service, name, recording)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.send_for_approval()
    panel.record_approvals([members[0]])
    assert panel.approve_all_present() is not None
    assert panel.start_correction("Et navn var stavet forkert.")
    assert referat_service.referat_state(ctx.db, m)["version"] == 2  # type: ignore[index]
    local = ctx.db.engine.dialect.name != "postgresql"
    assert on_gui_thread == dict.fromkeys(
        ("send_for_approval", "approve", "approve_all_present", "start_correction"), local)
    assert not panel.errors  # type: ignore[attr-defined]
