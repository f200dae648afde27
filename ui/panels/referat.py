"""The referat: edit the decisions, see the PDF as it will print, send, approve, correct, export, print."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError, WorkshopError
from workshop.models import AgendaItem
from workshop.referat.content import Block
from workshop.services import meetings
from workshop.services import referat as referat_service

from ui import autosave
from ui.autosave import AutosaveField, item_text
from ui.context import AppContext
from ui.operations import PDF, Operation, lane
from ui.panels.referat_dialogs import ApprovalDialog, CorrectionDialog
from ui.pdf_preview import PdfPreview
from ui.qt_typed import QT_TRANSLATE_NOOP
from ui.referat_results import ResultsView

T = TypeVar("T")

RENDER_DELAY_MS = 600  # re-render the preview this long after the last change
STATUS_TEXT = {"draft": QT_TRANSLATE_NOOP("ReferatPanel", "Udkast"),
               "sent": QT_TRANSLATE_NOOP("ReferatPanel", "Sendt til godkendelse"),
               "approved": QT_TRANSLATE_NOOP("ReferatPanel", "Godkendt")}


class DecisionEditor(QFrame):
    """One item: its results part read-only as it will print, and the Beslutning typed below it.

    Once the referat is sent or approved, the item as the frozen referat prints it, from
    its results or decision on, takes the place of both (never an empty box).
    """

    def __init__(self, panel: ReferatPanel, number: int, item: AgendaItem) -> None:
        super().__init__()
        self.item_id: int = item.pk
        title = QLabel(f"{number}. {item.title}")
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        self.results = ResultsView()
        self.results.setAccessibleName(self.tr("Resultater for punkt %1").replace("%1", str(number)))
        self.hint = QLabel(self.tr("Resultaterne udskrives altid før beslutningen. Skriv kun selve beslutningen."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b5b00; font-size: 9pt;")
        self.empty = QLabel(self.tr("Ingen beslutning ført til protokol under dette punkt."))
        self.empty.setStyleSheet("color: #555;")
        self.edit = autosave.plain_text_edit(lines=3)
        self.edit.setAccessibleName(self.tr("Beslutning for punkt {n}").format(n=number))
        self.edit.setPlaceholderText(self.tr("Beslutning"))
        self.field = AutosaveField(panel.ctx, self.edit, "decision", self.tr("Beslutning, punkt {n}").format(n=number),
                                   item_text(panel.ctx, "decision"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(title)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.empty)
        self.show_item(item, (), locked=False)

    def show_item(self, item: AgendaItem, blocks: tuple[Block, ...], *, locked: bool) -> None:
        """``blocks``: the results part (draft) or the printed item from its results on (locked)."""
        self.field.bind(self.item_id, item.decision, item.version)
        self.results.show_blocks(blocks)
        self.edit.setReadOnly(locked)
        self.edit.setVisible(not locked)
        self.hint.setVisible(not locked and bool(blocks))
        self.empty.setVisible(locked and not blocks)


class ReferatPanel(QWidget):
    """The referat of the selected meeting, its life from draft to approved, and its exports."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.state: dict[str, Any] = {"status": "draft", "version": 1}
        self.editors: dict[int, DecisionEditor] = {}
        self._tmp = Path(tempfile.mkdtemp(prefix="workshop-referat-"))
        self._renders = 0
        self._render_again = False
        self._stale = False
        # What the last reload() read, for the preview it starts (at once or after RENDER_DELAY_MS):
        # taken by the next render, replaced by every reload, so never older than the last change.
        self._for_preview: referat_service.ReferatReading | None = None
        self.render_job: Operation | None = None
        self.export_job: Operation | None = None
        self.destroyed.connect(lambda *_: shutil.rmtree(self._tmp, ignore_errors=True))

        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # An approved version's check (services/referat/seal.py): verified, not verified, or altered.
        self.verification: referat_service.Verification | None = None
        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(self.tr("Stol på nøglen …"))
        self.trust_button.setToolTip(self.tr("Vis referater, som denne nøgle har signeret, som verificerede"))
        self.trust_button.clicked.connect(lambda: self.trust_signing_key())
        self.send_button = QPushButton(self.tr("Send til godkendelse"))
        self.send_button.clicked.connect(self.send_for_approval)
        self.approve_button = QPushButton(self.tr("Godkendelser …"))
        self.approve_button.clicked.connect(self.open_approvals)
        self.correct_button = QPushButton(self.tr("Ny version (rettelse) …"))
        self.correct_button.clicked.connect(self.open_correction)
        self.pdf_button = QPushButton(self.tr("Eksportér PDF …"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.file_button = QPushButton(self.tr("Eksportér mødefil …"))
        self.file_button.clicked.connect(lambda: self.export_meeting_file())
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.clicked.connect(lambda: self.print_referat())  # not clicked(bool)'s checked
        head = QVBoxLayout()
        head.addWidget(self.status_label)
        head.addWidget(self.detail_label)
        trust = QHBoxLayout()
        trust.addWidget(self.trust_label, 1)
        trust.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(trust)
        buttons = QHBoxLayout()
        for b in (self.send_button, self.approve_button, self.correct_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.pdf_button, self.file_button, self.print_button):
            buttons.addWidget(b)
        head.addLayout(buttons)

        self._editors_host = QWidget()
        self._editors_layout = QVBoxLayout(self._editors_host)
        self._editors_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet("color: #6b5b00;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._editors_host)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Beslutninger"))
        heading.setStyleSheet("font-weight: 600;")
        ll.addWidget(heading)
        ll.addWidget(self.locked_note)
        ll.addWidget(scroll, 1)
        self.preview = PdfPreview()
        self.render_note = QLabel()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.preview, 1)
        rl.addWidget(self.render_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 720])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_preview)
        ctx.changed.connect(self.on_changed)
        self._show_state()

    # --- meeting --------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        for editor in self.editors.values():
            editor.field.flush()
        self.meeting_id = meeting_id
        self._for_preview = None
        for editor in self.editors.values():
            editor.deleteLater()
        self.editors = {}
        if not self.isVisible():
            # Hidden (another tab, or start-up): only the status the menu actions need. Drafting
            # and rendering the whole referat took seconds and ~45 MB at start-up (bench 1b, 6).
            self._stale = True
            self._read_state()
            self._show_state()
            return
        self._stale = False
        self.reload()
        self.render_preview()

    def menu_actions(self) -> list[QAction]:
        """None: its commands are the buttons on the panel."""
        return []

    def _read_state(self) -> None:
        if self.meeting_id is None:
            self.state = {"status": "draft", "version": 1}
        else:
            state = self.ctx.read(referat_service.referat_state, self.meeting_id)
            self.state = state or {"status": "draft", "version": 1, "approvals": []}
        self.verification = (self.ctx.read(referat_service.newest_verification, self.meeting_id)
                             if self.meeting_id is not None and self.state.get("status") == "approved" else None)

    def on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None:
            return
        if changes.meeting_id is not None and changes.meeting_id != self.meeting_id:
            return
        if changes.meeting_id is None and not changes.touches("committees", "members"):
            return
        if not self.isVisible():
            self._stale = True  # catch up when shown: typing in the capture panel stays quick
            return
        try:
            self.reload()
        except NotFoundError:
            self.set_meeting(None)
            return
        self._render_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            try:
                self.reload()
            except NotFoundError:
                self.set_meeting(None)
                return
            self.render_preview()

    def reload(self) -> None:
        """Status, and the decision editors (new items added, gone ones removed, texts updated),
        from one reading of the referat, which the preview drafts from next (``render_preview``)."""
        if self.meeting_id is None:
            self._read_state()
            self._show_state()
            return
        reading = self.ctx.read(referat_service.read_referat, self.meeting_id)
        if reading.left_sent:  # every approval recorded, still sent (an older Workshop's race)
            self._complete_left_sent()
        self._for_preview = reading
        self.state = reading.state or {"status": "draft", "version": 1, "approvals": []}
        self.verification = reading.verification
        items = reading.items
        try:
            locked, printed = referat_service.results_of(reading)
        except WorkshopError:  # a frozen referat edited out of shape: the preview says why
            locked, printed = True, {}
        for gone in set(self.editors) - {i.id for i in items}:
            self.editors.pop(gone).deleteLater()
        for number, item in enumerate(items, start=1):
            editor = self.editors.get(item.pk)
            if editor is None:
                editor = DecisionEditor(self, number, item)
                self.editors[item.pk] = editor
            self._editors_layout.insertWidget(number - 1, editor)
            editor.show_item(item, printed.get(item.pk, ()), locked=locked)
        self._show_state()

    def _show_state(self) -> None:
        status = self.state.get("status", "draft")
        has = self.meeting_id is not None
        version = self.state.get("version", 1)
        self.status_label.setText(
            self.tr("Referat, version {version}: {status}").format(version=version, status=self.tr(STATUS_TEXT[status]))
            if has else self.tr("Vælg et møde for at se referatet."))
        details = []
        given = self.state.get("approvals", [])
        if status in ("sent", "approved") and has:
            signers = len(self._signatories())
            details.append(self.tr("Godkendt af {n} af {all} fremmødte.").format(n=len(given), all=signers))
        if status == "approved" and self.state.get("sha256"):
            details.append(self.tr("Fingeraftryk (SHA-256): {sha}").format(sha=self.state["sha256"]))
        note = self._note()
        if note:
            details.append(self.tr("Rettelse: {note}").format(note=note))
        self.detail_label.setText("  ".join(details))
        self.detail_label.setVisible(bool(details))
        self._show_verification(has)
        self.send_button.setEnabled(has and status == "draft")
        self.approve_button.setEnabled(has and status == "sent")
        self.correct_button.setEnabled(has and status == "approved")
        for b in (self.pdf_button, self.file_button, self.print_button):
            b.setEnabled(has)
        editable = status == "draft"
        self.locked_note.setText("" if editable or not has else
                                 self.tr("Referatet er sendt til godkendelse og kan ikke ændres.") if status == "sent"
                                 else self.tr("Referatet er godkendt og låst. Ret det med en ny version."))
        self.locked_note.setVisible(bool(self.locked_note.text()))

    def _show_verification(self, has: bool) -> None:
        check = self.verification if has else None
        if check is None:
            self.trust_label.setVisible(False)
            self.trust_button.setVisible(False)
            return
        text, colour = {
            "verified": (self.tr("Verificeret. {reason}"), "#1b5e20"),
            "unverified": (self.tr("Godkendt andetsteds – ikke verificeret: {reason}"), "#8a5a00"),
            "altered": (self.tr("Ændret efter godkendelse: {reason} Det er ikke det godkendte referat;"
                                " PDF og udskrift mærkes ÆNDRET."), "#b00020"),
        }[check.state]
        text = text.format(reason=check.reason)
        self.trust_label.setText(text)
        self.trust_label.setStyleSheet(f"color: {colour};" + (" font-weight: 600;" if check.state != "verified"
                                                                else ""))
        self.trust_label.setVisible(True)
        self.trust_button.setVisible(check.can_trust)

    def trust_signing_key(self) -> bool:
        """Trust the key that signed the shown version, after the user has seen its key id."""
        check = self.verification
        if check is None or not check.can_trust or check.key is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Stol på nøglen"),
            self.tr("Referatet er signeret af en anden installation med nøgle-id\n\n    {key_id}\n\n"
                    "Stol kun på nøglen, hvis du har sammenlignet nøgle-id'et med den installation, der"
                    " godkendte referatet (Workshop viser det med »workshop key« dér). Derefter vises"
                    " referater, den har signeret, som verificerede. Stol på nøglen?").format(key_id=check.key_id))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from workshop import signing

        try:
            signing.trust_key(check.key)
        except (WorkshopError, OSError) as error:
            self.ctx.error.emit(error.message if isinstance(error, WorkshopError)
                                else self.tr("Nøglen kunne ikke gemmes: {error}").format(error=error))
            return False
        self.reload()  # the check again, now with the key trusted
        self.render_preview()
        return True

    def _go_on_if_altered(self, what: str) -> bool:
        """Warn before exporting or printing a version changed after approval; True to go on."""
        if self.verification is None or self.verification.state != "altered":
            return True
        answer = QMessageBox.warning(
            self, self.tr("Ændret efter godkendelse"),
            self.tr("Referatet er ændret efter godkendelse: {reason}\n\nDet er ikke det"
                    " godkendte referat. {what} alligevel? Hver side mærkes ÆNDRET EFTER GODKENDELSE.")
            .format(reason=self.verification.reason, what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _note(self) -> str:
        # The newest version's note, read with the state it belongs to (no second read of the versions).
        return str(self.state.get("note", "")) if self.meeting_id is not None else ""

    def _signatories(self) -> list[dict[str, Any]]:
        assert self.meeting_id is not None
        version = self.ctx.read(referat_service.list_versions, self.meeting_id)[-1]
        return list((version.content or {}).get("signatories", []))

    # --- preview ------------------------------------------------------------------

    def render_preview(self) -> None:
        """Draft on this thread (database), render the PDF in the PDF worker; never twice at once."""
        if self.meeting_id is None:
            return
        if self.render_job is not None and self.render_job.running:
            self._render_again = True
            return
        reading, self._for_preview = self._for_preview, None
        try:
            if reading is None:  # no reload since the last render: read now
                reading = self.ctx.read(referat_service.read_referat, self.meeting_id)
            referat, meta = referat_service.referat_of(reading)
        except WorkshopError as error:
            self.render_note.setText(self.tr("Forhåndsvisningen kan ikke laves: {error}").format(error=error.message))
            return
        from workshop.referat.pdf import render_pdf

        self._renders += 1
        path = self._tmp / f"preview-{self._renders}.pdf"
        self.render_note.setText(self.tr("Opdaterer forhåndsvisningen …"))
        def render(_progress: Any) -> Path:
            render_pdf(referat, path, **meta)
            return path

        job = Operation(self.tr("Forhåndsvisningen"), render, self, lane=lane(PDF))
        job.finished.connect(self._preview_ready)
        job.failed.connect(self._preview_failed)
        self.render_job = job
        job.start()

    def _preview_ready(self, path: Path) -> None:
        old = self.preview.path
        if self.preview.show_pdf(path):
            self.render_note.setText("")
            if old is not None and old != path:
                old.unlink(missing_ok=True)
        self._next_render()

    def _preview_failed(self, message: str) -> None:
        self.render_note.setText(message)
        self._next_render()

    def _next_render(self) -> None:
        if self._render_again:
            self._render_again = False
            self.render_preview()

    # --- the referat's life ---------------------------------------------------------

    def _complete_left_sent(self) -> None:
        """Approve a referat found sent with every approval (``complete_if_stuck``): nothing in the
        approval dialog could, and "Ny version" needs it approved. The screens re-read after this
        reading is shown (the announcement waits for the event loop, not inside ``reload``)."""
        assert self.meeting_id is not None
        meeting_id = self.meeting_id
        changes = self._run(lambda: referat_service.complete_if_stuck(self.ctx.db, meeting_id))
        if changes is not None:
            self.ctx.undo_stack.clear()  # approval is the point of no return, as in _approved
            QTimer.singleShot(0, lambda: self.ctx.broadcast(changes))

    def _run(self, step: Callable[[], T]) -> T | None:
        """One step of the referat's life, run as every user action is (``run_db``: on a shared
        server on the database's lane); None when it is refused, which is said."""
        try:
            return self.ctx.run_db(step)
        except WorkshopError as error:
            self.ctx.error.emit(error.message)
            return None

    def send_for_approval(self) -> bool:
        if self.meeting_id is None:
            return False
        autosave.flush_all()  # what was typed a moment ago belongs in what is sent
        text = self.tr("Referatet fastlåses, som det står nu, og sendes til de fremmødte medlemmer til godkendelse."
                       " Mødet kan derefter ikke ændres. Fortsæt?")
        meeting_id = self.meeting_id
        default = QMessageBox.StandardButton.NoButton
        if not self.ctx.read(meetings.get_meeting, meeting_id).ended_at:
            # Once sent, "hævet kl." can no longer be set: the signed referat would lack its closing line.
            text = self.tr("Mødet er ikke hævet, så referatet får intet »mødet hævet kl.«, og det kan ikke"
                           " tilføjes, når referatet er sendt (hæv mødet først: Møde → Hæv mødet…).") + "\n\n" + text
            default = QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, self.tr("Send til godkendelse"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        changes = self._run(lambda: referat_service.send_for_approval(self.ctx.db, meeting_id))
        if changes is None:
            return False
        # Undoing an edit of a frozen referat's meeting is refused anyway: start a clean history.
        self.ctx.undo_stack.clear()
        self.ctx.broadcast(changes)
        return True

    def open_approvals(self) -> ApprovalDialog | None:
        if self.meeting_id is None:
            return None
        given = {a["member_id"]: a["at"] for a in self.ctx.read(referat_service.approvals, self.meeting_id)}
        dialog = ApprovalDialog(self._signatories(), given, self, approve_all=self.approve_all_present)
        dialog.accepted.connect(lambda: self.record_approvals(dialog.newly_checked()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def record_approvals(self, member_ids: list[int]) -> None:
        """Each member's "Godkendt", with the time it was given; the last one approves the referat.

        One transaction: if one approval is refused, none of them is recorded.
        """
        assert self.meeting_id is not None
        db, meeting_id = self.ctx.db, self.meeting_id

        def approve_each() -> ChangeSet:
            changes = ChangeSet()
            with db.transaction():
                for member_id in member_ids:
                    changes = changes | referat_service.approve(db, meeting_id, member_id)
            return changes

        self._approved(self._run(approve_each) or ChangeSet())

    def approve_all_present(self) -> dict[int, datetime] | None:
        """The dialog's "Godkend for alle til stede": every missing approval in one transaction.

        Returns the approvals as they now stand (member id -> when), or None if refused.
        """
        assert self.meeting_id is not None
        meeting_id = self.meeting_id
        changes = self._run(lambda: referat_service.approve_all_present(self.ctx.db, meeting_id))
        if changes is None:
            return None
        self._approved(changes)
        return {a["member_id"]: a["at"] for a in self.ctx.read(referat_service.approvals, self.meeting_id)}

    def _approved(self, changes: ChangeSet) -> None:
        assert self.meeting_id is not None
        state = self.ctx.read(referat_service.referat_state, self.meeting_id) or {}
        if state.get("status") == "approved":
            # Approval is the point of no return: nothing before it may be undone.
            self.ctx.undo_stack.clear()
        if changes.kinds:
            self.ctx.broadcast(changes)

    def open_correction(self) -> CorrectionDialog | None:
        if self.meeting_id is None:
            return None
        dialog = CorrectionDialog(int(self.state.get("version", 1)) + 1, self)
        dialog.accepted.connect(lambda: self.start_correction(dialog.note()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_correction(self, note: str) -> bool:
        assert self.meeting_id is not None
        meeting_id = self.meeting_id
        changes = self._run(lambda: referat_service.start_correction(self.ctx.db, meeting_id, note))
        if changes is None:
            return False
        self.ctx.broadcast(changes)
        return True

    # --- export and print ---------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        from workshop.services import meetings

        assert self.meeting_id is not None
        meeting = self.ctx.read(meetings.get_meeting, self.meeting_id)
        version = self.state.get("version", 1)
        return self.tr("Referat {date} v{version}").format(date=f"{meeting.starts_at:%Y-%m-%d}", version=version) + suffix

    def export_pdf(self, path: str | None = None) -> Operation | None:
        """Write the PDF in the background with a progress dialog; the window stays responsive."""
        if self.meeting_id is None or not self._go_on_if_altered(self.tr("Eksportér")):
            return None
        autosave.flush_all()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér referat som PDF"),
                                                  self._file_name(".pdf"), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        try:
            referat, meta = self.ctx.read(referat_service.current_referat, self.meeting_id)
        except WorkshopError as error:
            self.ctx.error.emit(error.message)
            return None
        from workshop.referat.pdf import render_pdf

        progress = QProgressDialog(self.tr("Skriver {name} …").format(name=target.name), "", 0, 100, self)
        progress.setWindowTitle(self.tr("Eksportér PDF"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def write(report: Any) -> Path:
            # render_pdf writes beside the target and moves it in place (a link's target is written):
            # a half-written PDF never replaces a good one.
            render_pdf(referat, target, progress=report, **meta)
            return target

        job = Operation(self.tr("Eksport af PDF"), write, self, lane=lane(PDF))
        job.progressed.connect(progress.setValue)
        altered = meta.get("verification", ("",))[0] == "altered"

        def saved(written: Path) -> None:
            progress.reset()
            self.render_note.setText(self.tr("Gemt: {path}").format(path=written)
                                     + (self.tr(" – mærket ÆNDRET EFTER GODKENDELSE") if altered else ""))

        def failed(message: str) -> None:
            progress.reset()
            self.ctx.error.emit(message)

        job.finished.connect(saved)
        job.failed.connect(failed)
        self.export_job = job
        progress.setValue(0)
        job.start()
        return job

    def export_meeting_file(self) -> Operation | None:
        """The meeting file (an approved version's frozen meeting, content and seal), written on the
        database's lane like the window's export; "Gemt: …" or the error when it is done."""
        from ui.meeting_file_jobs import start_export

        if self.meeting_id is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér mødefil"), self._file_name(".json"),
                                              self.tr("Mødefil (*.json)"))
        if not path:
            return None
        job = start_export(self.ctx, self.meeting_id, Path(path), self)
        job.finished.connect(lambda written: self.render_note.setText(self.tr("Gemt: {path}").format(path=written)))
        job.failed.connect(self.ctx.error.emit)
        return job

    def print_referat(self, printer: QPrinter | None = None) -> int:
        """Print the pages shown in the preview; without a printer given, ask in the print dialog."""
        if self.preview.page_count() == 0:
            self.ctx.error.emit(self.tr("Forhåndsvisningen er ikke klar endnu; prøv igen om et øjeblik."))
            return 0
        if not self._go_on_if_altered(self.tr("Udskriv")):
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Udskriv referat"))
            dialog.setMinMax(1, self.preview.page_count())
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return 0
        return self.preview.print_pages(printer)
