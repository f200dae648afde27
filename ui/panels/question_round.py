"""The question round: the question, the speaking order, and one answer field per present member.

One widget for both layouts. Enter saves the answer and gives the word to the next
speaker; Shift+Enter starts a new line in the answer; Ctrl+S skips the speaker, who
comes back at the end of the round. Answers are saved as they are typed (autosave), so
a correction later in the round is just typing in that member's field again.
"""

from __future__ import annotations

import random
import weakref

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Member
from workshop.services import attendance, capture

from ui import shortcuts
from ui.autosave import AutosaveField, VersionedText
from ui.context import AppContext


def next_speaker(order: list[int], current: int | None, answered: set[int],
                 skipped: set[int]) -> int | None:
    """Who speaks next: the next in order who has neither answered nor been skipped;
    at the end of the round, the skipped ones in order; None when all have answered."""
    start = order.index(current) + 1 if current in order else 0
    for member_id in order[start:] + order[:start]:
        if member_id not in answered and member_id not in skipped:
            return member_id
    for member_id in order:
        if member_id not in answered and member_id != current:
            return member_id
    return current if current is not None and current not in answered else None


class SpeakingOrder(QObject):
    """Who has the word in one item's question round: the speaking order, the current speaker and
    who was skipped. One per item and context (``speaking_order``), shared by every layout showing
    the round, so the secretary's and the chair's say the same ("Ordet har: …", "Alle har svaret")."""

    changed = Signal(object)  # the view that changed it

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.order: list[int] = []
        self.current: int | None = None
        self.skipped: set[int] = set()
        self.viewers: weakref.WeakSet[QObject] = weakref.WeakSet()  # the views showing this round now


def speaking_order(ctx: AppContext, item_id: int) -> SpeakingOrder:
    """The one ``SpeakingOrder`` of ``item_id`` in ``ctx``."""
    rounds: dict[int, SpeakingOrder] | None = getattr(ctx, "_speaking_orders", None)
    if rounds is None:
        rounds = {}
        ctx._speaking_orders = rounds  # type: ignore[attr-defined]
    found = rounds.get(item_id)
    if found is None:
        found = rounds[item_id] = SpeakingOrder(ctx)
    return found


class AnswerEdit(QPlainTextEdit):
    """An answer: as tall as its lines (up to six), Enter submits, Shift+Enter a new line."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit_height())
        self._fit_height()

    def _fit_height(self) -> None:
        lines = max(1, min(6, int(self.document().size().height())))
        line = self.fontMetrics().lineSpacing()
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 2
        self.setFixedHeight(lines * line + margins)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class AnswerRow:
    """One member's place in the round: the label and the answer field."""

    def __init__(self, member: Member, label: QLabel, edit: AnswerEdit, field: AutosaveField) -> None:
        self.member, self.label, self.edit, self.field = member, label, edit, field


class QuestionRoundView(QWidget):
    """The question round of one item; both layouts show this one widget."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: AgendaItem | None = None
        self.members: dict[int, Member] = {}
        self.round: SpeakingOrder | None = None  # who has the word, shared with the other layout
        self._own = SpeakingOrder(self)  # while no item is shown
        self.rows: list[AnswerRow] = []

        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("question")
        self.question.setStyleSheet("QLabel#question { font-size: 15pt; font-weight: 600; padding: 4px 0; }")
        self.seat_button = QPushButton(self.tr("Pladsorden"))
        self.shuffle_button = QPushButton(self.tr("Bland"))
        self.skip_button = QPushButton(self.tr("Spring over (Ctrl+S)"))
        self.seat_button.clicked.connect(lambda: self.set_order(shuffled=False))
        self.shuffle_button.clicked.connect(lambda: self.set_order(shuffled=True))
        self.skip_button.clicked.connect(self.skip)
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("speaker")
        font = QFont(self.speaker_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.speaker_label.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        self._grid_host = QWidget()
        self.grid = QGridLayout(self._grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        self.scroll_area = scroll

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Taleorden:")))
        buttons.addWidget(self.seat_button)
        buttons.addWidget(self.shuffle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        layout.addWidget(self.speaker_label)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        shortcuts.on_key("question_round.skip", self, self.skip)
        ctx.changed.connect(self._on_changed)

    # --- who has the word (shared by the layouts) -------------------------------------------

    @property
    def _state(self) -> SpeakingOrder:
        return self.round if self.round is not None else self._own

    @property
    def order(self) -> list[int]:
        return self._state.order

    @order.setter
    def order(self, order: list[int]) -> None:
        self._state.order = list(order)

    @property
    def current(self) -> int | None:
        return self._state.current

    @current.setter
    def current(self, member_id: int | None) -> None:
        self._state.current = member_id

    @property
    def skipped(self) -> set[int]:
        return self._state.skipped

    def _announce(self) -> None:
        """The word moved here: the other layout showing the round follows."""
        if self.round is not None:
            self.round.changed.emit(self)

    def _round_changed(self, by: object) -> None:
        if by is self:
            return
        if [r.member.id for r in self.rows] != [m for m in self.order if m in self.members]:
            self._build_rows()  # another order ("Bland")
        else:
            self._show_speaker()

    def _follow(self, item: AgendaItem | None) -> None:
        """Share ``item``'s speaking order; the first layout to show the round starts it afresh."""
        if self.round is not None:
            self.round.viewers.discard(self)
            self.round.changed.disconnect(self._round_changed)
        self.round = speaking_order(self.ctx, item.pk) if item is not None else None
        if self.round is not None:
            fresh = not len(self.round.viewers)
            self.round.viewers.add(self)
            self.round.changed.connect(self._round_changed)
            if fresh:
                self.round.skipped.clear()
                self.round.current = None
                self.round.order = list(self.members)

    # --- the item ------------------------------------------------------------------

    def set_item(self, item: AgendaItem | None) -> None:
        """Show ``item`` (None: nothing); the same item again only updates its question."""
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same:
            self.flush()
        self.item = item
        self.show_question()
        if same:
            return
        self._read_members()
        self._follow(item)
        self._build_rows()

    def show_question(self) -> None:
        item = self.item
        self.question.setText(self.tr("»{question}«").format(question=item.question) if item and item.question
                              else self.tr("Spørgsmålet er ikke skrevet ind på dagsordenspunktet endnu."))

    def _read_members(self) -> None:
        present = self.ctx.read(attendance.present_members, self.item.meeting_id) if self.item else []
        self.members = {m.pk: m for m in present}

    def flush(self) -> None:
        for row in self.rows:
            row.field.flush()

    def _answers(self) -> dict[int, tuple[str, int]]:
        """Each member's answer with its version (0: no answer yet), by member id."""
        if self.item is None:
            return {}
        return {a.member_id: (a.text, a.version) for a in self.ctx.read(capture.list_answers, self.item.pk)}

    def answered(self) -> set[int]:
        return {r.member.pk for r in self.rows if r.field.text().strip()}

    def _build_rows(self) -> None:
        """One row per present member in speaking order; typed but unsaved text is saved first."""
        self.flush()
        focused = next((r.member.id for r in self.rows if r.edit.hasFocus()), None)
        for row in self.rows:
            row.label.deleteLater()
            row.edit.deleteLater()
        while self.grid.count():
            self.grid.takeAt(0)
        self.rows = []
        if self.item is None:
            self._show_speaker()
            return
        answers = self._answers()
        self.hint.setText(self.tr("Enter gemmer svaret og giver ordet videre; Shift+Enter giver en ny linje."
                                  " Svar gemmes også, mens du skriver.")
                          if self.members else self.tr("Ingen er markeret til stede. Registrér fremmødet først."))
        for n, member_id in enumerate(self.order):
            member = self.members[member_id]
            label = QLabel(f"{n + 1}. {member.name}" + (f" ({member.group})" if member.group else ""))
            label.setMinimumWidth(180)
            edit = AnswerEdit()
            edit.setPlaceholderText(self.tr("Svar fra {name}").format(name=member.name))
            edit.setAccessibleName(self.tr("Svar fra {name}").format(name=member.name))
            label.setBuddy(edit)
            item_id: int = self.item.pk
            field = AutosaveField(self.ctx, edit, f"answer:{item_id}", self.tr("Svar fra {name}").format(
                name=member.name), self._store_for(item_id))
            field.bind(member_id, *answers.get(member_id, ("", 0)))
            edit.submitted.connect(lambda m=member_id: self.save_and_next(m))
            edit.installEventFilter(self)
            self.grid.addWidget(label, n, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(edit, n, 1)
            label.show()  # now, not after the event loop: the focus may go to this field at once
            edit.show()
            self.rows.append(AnswerRow(member, label, edit, field))
        if self.current not in self.members:
            self.current = next_speaker(self.order, None, self.answered(), self.skipped)
        self._show_speaker()
        again = self.row(focused) if focused is not None else None
        if again is not None:
            again.edit.setFocus()

    def _store_for(self, item_id: int) -> VersionedText:
        """The answers of the item, by member: saved on top of the version shown (0: none yet)."""
        db = self.ctx.db

        def read(member_id: int) -> tuple[str, int]:
            answer = capture.get_answer(db, item_id, member_id)
            return (answer.text, answer.version) if answer is not None else ("", 0)

        return VersionedText("answer", read, lambda member_id, text, version: capture.set_answer(
            db, item_id, member_id, text, expected_version=version))

    def row(self, member_id: int | None) -> AnswerRow | None:
        return next((r for r in self.rows if r.member.id == member_id), None)

    # --- the round ---------------------------------------------------------------------

    def set_order(self, shuffled: bool, seed: int | None = None) -> None:
        """Seat order, or a shuffled order ("Bland"); the word goes to the first who has not answered."""
        ids = list(self.members)  # present_members is in seat order
        if shuffled:
            random.Random(seed).shuffle(ids)
        self.order = ids
        self.current = next_speaker(self.order, None, self.answered(), self.skipped)
        self._build_rows()
        self._announce()
        self.focus_current()

    def focus_current(self) -> None:
        row = self.row(self.current)
        if row is not None:
            row.edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll_area.ensureWidgetVisible(row.edit)

    def save_and_next(self, member_id: int) -> None:
        """Enter in a member's field: save it, and give the word to the next speaker."""
        row = self.row(member_id)
        if row is None or not row.field.flush():
            return  # refused: the text stays, the message is shown
        if row.field.text().strip():
            self.skipped.discard(member_id)
        self.current = next_speaker(self.order, member_id, self.answered(), self.skipped)
        self._show_speaker()
        self._announce()
        self.focus_current()

    def skip(self) -> None:
        """Ctrl+S: this speaker later; the round comes back to them at the end."""
        if self.current is None:
            return
        self.skipped.add(self.current)
        self.current = next_speaker(self.order, self.current, self.answered(), self.skipped)
        self._show_speaker()
        self._announce()
        self.focus_current()

    def current_name(self) -> str | None:
        return self.members[self.current].name if self.current in self.members else None

    def _show_speaker(self) -> None:
        answered = self.answered()
        done = sum(1 for m in self.order if m in answered)
        if self.current is None or (self.order and done == len(self.order)):  # answered elsewhere too (phones)
            self.speaker_label.setText(self.tr("Alle har svaret ({done} af {all})").format(
                done=done, all=len(self.order)) if self.order else "")
        else:
            self.speaker_label.setText(self.tr("Ordet har: {name}   ({done} af {all} har svaret)").format(
                name=self.members[self.current].name, done=done, all=len(self.order)))
        for row in self.rows:
            member_id = row.member.id
            is_current = member_id == self.current
            grey = member_id in self.skipped and member_id not in answered
            row.label.setStyleSheet("background: #fff3c4; font-weight: 600;" if is_current
                                    else "color: #888888;" if grey else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            row = next((r for r in self.rows if r.edit is watched), None)
            if row is not None and row.member.id != self.current:
                self.current = row.member.id  # clicking a member gives them the word (a correction, too)
                self._show_speaker()
                self._announce()
        return False

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.item is None or changes.meeting_id not in (None, self.item.meeting_id):
            return
        if changes.touches("attendance", "members"):
            self._read_members()
            self.order = [m for m in self.order if m in self.members] + [m for m in self.members if m not in self.order]
            self._build_rows()
        elif changes.touches("answers"):
            answers = self._answers()
            for row in self.rows:
                row.field.bind(row.member.pk, *answers.get(row.member.pk, ("", 0)))
            self._show_speaker()
