"""Question round: speaking order, the current speaker, Enter saves and moves on, skip and return."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Member
from workshop.services import attendance, capture

from ui.panels.run_edits import RunEdits
from ui.panels.run_entry import EntryLine


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


class QuestionRoundPage(QWidget):
    """The secretary's view of a question round; run mode hands it the item."""

    def __init__(self, edits: RunEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.db = edits.db
        self.item: AgendaItem | None = None
        self.members: dict[int, Member] = {}
        self.order: list[int] = []
        self.answers: dict[int, str] = {}
        self.skipped: set[int] = set()
        self.current: int | None = None
        self._shuffle_seed: int | None = None

        self.seat_button = QPushButton(self.tr("Pladsorden"))
        self.seat_button.setObjectName("run_seat_order")
        self.shuffle_button = QPushButton(self.tr("Bland"))
        self.shuffle_button.setObjectName("run_shuffle")
        self.skip_button = QPushButton(self.tr("Spring over (Ctrl+S)"))
        self.skip_button.setObjectName("run_skip")
        self.seat_button.clicked.connect(lambda: self.set_order(shuffled=False))
        self.shuffle_button.clicked.connect(lambda: self.set_order(shuffled=True))
        self.skip_button.clicked.connect(self.skip)

        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("run_speaker")
        font = QFont(self.speaker_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.speaker_label.setFont(font)
        self.answer_edit = EntryLine(self.tr("Skriv svaret og tryk Enter"))
        self.answer_edit.setObjectName("run_answer")
        self.answer_edit.returnPressed.connect(self.save_answer)
        self.speakers = QListWidget()
        self.speakers.setObjectName("run_speakers")
        self.speakers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.speakers.setWordWrap(True)
        self.speakers.itemActivated.connect(self._pick)
        self.speakers.itemClicked.connect(self._pick)
        self.status = QLabel()
        self.status.setObjectName("run_question_status")

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Taleorden:")))
        buttons.addWidget(self.seat_button)
        buttons.addWidget(self.shuffle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.speaker_label)
        layout.addWidget(self.answer_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.speakers, 1)

        skip = QShortcut(QKeySequence("Ctrl+S"), self, self.skip)
        skip.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- state ---------------------------------------------------------------

    def set_item(self, item: AgendaItem | None) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        if item is None:
            self.order, self.members, self.answers, self.current = [], {}, {}, None
            self._render()
            return
        present = attendance.present_members(self.db, item.meeting_id)
        self.members = {m.id: m for m in present}  # type: ignore[misc]
        self._read_answers()
        if not same:
            self.skipped.clear()
            self.set_order(shuffled=False)
        else:
            self.order = [m for m in self.order if m in self.members] + [
                m for m in self.members if m not in self.order]
            self._render()

    def set_order(self, shuffled: bool, seed: int | None = None) -> None:
        """Seat order, or a shuffled order ("Bland"); the current speaker starts again from the top."""
        ids = list(self.members)  # present_members is in seat order
        if shuffled:
            random.Random(seed).shuffle(ids)
        self.order = ids
        self.current = next_speaker(self.order, None, set(self.answers), self.skipped)
        self._render()
        self.answer_edit.setFocus()

    def _read_answers(self) -> None:
        if self.item is None:
            return
        self.answers = {a.member_id: a.text for a in capture.list_answers(self.db, self.item.id)}  # type: ignore[arg-type]

    def on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.touches("answers", "attendance", "members"):
            if changes.touches("attendance", "members"):
                self.set_item(self.item)
            else:
                self._read_answers()
                self._render()

    # --- actions -----------------------------------------------------------------

    def save_answer(self) -> None:
        """Enter: save what is typed as the current speaker's answer and move on."""
        if self.item is None or self.current is None:
            return
        text = self.answer_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Skriv svaret, eller spring over med Ctrl+S."))
            return
        member = self.members[self.current]
        old = self.answers.get(self.current, "")
        if not self.edits.set_answer(self.item.id, self.current, member.name, old, text):  # type: ignore[arg-type]
            return  # the error was shown; the text stays in the field
        self.answers[self.current] = text
        self.skipped.discard(self.current)
        self.answer_edit.clear()
        self.status.clear()
        self.current = next_speaker(self.order, self.current, set(self.answers), self.skipped)
        self._render()

    def skip(self) -> None:
        """Ctrl+S: this speaker later; the round comes back to them at the end."""
        if self.current is None:
            return
        self.skipped.add(self.current)
        self.current = next_speaker(self.order, self.current, set(self.answers), self.skipped)
        self._render()
        self.answer_edit.setFocus()

    def _pick(self, row: QListWidgetItem) -> None:
        member_id = row.data(Qt.ItemDataRole.UserRole)
        self.current = member_id
        self.answer_edit.setText(self.answers.get(member_id, ""))
        self._render()
        self.answer_edit.setFocus()

    # --- display -----------------------------------------------------------------

    def _render(self) -> None:
        # Rows are updated in place when the order is unchanged: this also runs from the
        # list's own itemClicked, and deleting the clicked row inside it is unsafe.
        shown = [self.speakers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.speakers.count())]
        if shown != self.order:
            self.speakers.clear()
            for member_id in self.order:
                row = QListWidgetItem()
                row.setData(Qt.ItemDataRole.UserRole, member_id)
                self.speakers.addItem(row)
        bold = QFont(self.speakers.font())
        bold.setBold(True)
        for n, member_id in enumerate(self.order, start=1):
            row = self.speakers.item(n - 1)
            member = self.members[member_id]
            answer = self.answers.get(member_id)
            text = f"{n}. {member.name}"
            if member.group:
                text += f" ({member.group})"
            if answer:
                text += f" — {answer}"
            elif member_id in self.skipped:
                text += self.tr(" — sprunget over")
            row.setText(text)
            current = member_id == self.current
            row.setFont(bold if current else self.speakers.font())
            row.setData(Qt.ItemDataRole.BackgroundRole, QBrush(QColor("#fff3c4")) if current else None)
            grey = member_id in self.skipped and not answer and not current
            row.setData(Qt.ItemDataRole.ForegroundRole, QBrush(QColor("#888888")) if grey else None)
            if current:
                self.speakers.setCurrentItem(row)
        if self.current is None:
            self.speakers.clearSelection()
        done = sum(1 for m in self.order if m in self.answers)
        if self.current is None:
            self.speaker_label.setText(self.tr("Alle har svaret (%1 af %2)")
                                       .replace("%1", str(done)).replace("%2", str(len(self.order))))
        else:
            member = self.members[self.current]
            self.speaker_label.setText(self.tr("Ordet har: %1").replace("%1", member.name)
                                       + f"   ({done} af {len(self.order)} har svaret)")

    def current_name(self) -> str | None:
        return self.members[self.current].name if self.current is not None else None
