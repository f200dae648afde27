"""Question round: the question, then one answer line per present member; Enter moves on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Member
from workshop.services import attendance, capture

from ui.autosave import AutosaveField
from ui.context import AppContext


class AnswerRow:
    """One member's name and answer field."""

    def __init__(self, member: Member, edit: QLineEdit, field: AutosaveField) -> None:
        self.member = member
        self.edit = edit
        self.field = field


class QuestionRoundView(QWidget):
    """The question round of one item: answers saved as typed, Enter goes to the next member."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self.rows: list[AnswerRow] = []

        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("question")
        self.question.setStyleSheet("QLabel#question { font-size: 15pt; font-weight: 600; padding: 6px 0; }")
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(mid);")
        self._grid_host = QWidget()
        self.grid = QGridLayout(self._grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def set_item(self, meeting_id: int, item: AgendaItem) -> None:
        self.flush()
        self.meeting_id, self.item_id = meeting_id, item.id
        self.show_item(item)
        self._rebuild()

    def show_item(self, item: AgendaItem) -> None:
        """Show the item's (possibly edited) question without touching the answer fields."""
        self.question.setText(f"»{item.question}«" if item.question else "Spørgsmålet er ikke skrevet ind"
                              " på dagsordenspunktet endnu.")

    def flush(self) -> None:
        for row in self.rows:
            row.field.flush()

    def _rebuild(self) -> None:
        """New rows for the present members; typed but unsaved text has been flushed first."""
        self.flush()
        for row in self.rows:
            row.edit.deleteLater()
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.rows = []
        if self.meeting_id is None or self.item_id is None:
            return
        members = attendance.present_members(self.ctx.db, self.meeting_id)
        answers = {a.member_id: a.text for a in capture.list_answers(self.ctx.db, self.item_id)}
        self.hint.setText("Enter gemmer og går til næste medlem. Svar gemmes også mens du skriver."
                          if members else "Ingen er markeret til stede. Registrér fremmødet først.")
        for i, member in enumerate(members):
            label = QLabel(member.name)
            edit = QLineEdit()
            edit.setPlaceholderText(f"Svar fra {member.name}")
            edit.setAccessibleName(f"Svar fra {member.name}")
            label.setBuddy(edit)
            field = AutosaveField(self.ctx, edit, f"answer:{self.item_id}", f"Svar fra {member.name}",
                                  self._store_for(self.item_id))
            field.bind(member.id, answers.get(member.id, ""))  # type: ignore[arg-type]
            edit.returnPressed.connect(lambda i=i: self._next(i))
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(edit, i, 1)
            self.rows.append(AnswerRow(member, edit, field))

    def _store_for(self, item_id: int) -> Callable[[int, str], ChangeSet]:
        return lambda member_id, text: capture.set_answer(self.ctx.db, item_id, member_id, text)

    def _next(self, i: int) -> None:
        self.rows[i].field.flush()
        if i + 1 < len(self.rows):
            self.rows[i + 1].edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.rows[i + 1].edit.selectAll()

    def focus_first_empty(self) -> None:
        for row in self.rows:
            if not row.edit.text():
                row.edit.setFocus()
                return
        if self.rows:
            self.rows[0].edit.setFocus()

    def refresh(self, changes: ChangeSet) -> None:
        if self.item_id is None:
            return
        if changes.touches("attendance", "members"):
            focused = next((r.member.id for r in self.rows if r.edit.hasFocus()), None)
            self._rebuild()
            for row in self.rows:
                if row.member.id == focused:
                    row.edit.setFocus()
        elif changes.touches("answers"):
            answers = {a.member_id: a.text for a in capture.list_answers(self.ctx.db, self.item_id)}
            for row in self.rows:
                row.field.bind(row.member.id, answers.get(row.member.id, ""))  # type: ignore[arg-type]
