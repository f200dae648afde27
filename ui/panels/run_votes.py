"""Prioritising: dots per member on a candidate × member grid, ranking, and the choice of 3–5."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Candidate, Member
from workshop.services import attendance, candidates, voting

from ui.panels.run_edits import RunEdits
from ui.panels.run_state import CHOSEN_TARGET

STATUS_LABELS = {"candidate": "", "shortlisted": "på kortlisten", "chosen": "valgt", "rejected": "fravalgt"}


def chosen_text(chosen: int) -> str:
    low, high = CHOSEN_TARGET
    return f"{chosen} af {low}–{high} valgt"


class VotesPage(QWidget):
    def __init__(self, edits: RunEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.db = edits.db
        self.item: AgendaItem | None = None
        self.cands: list[Candidate] = []
        self.members: list[Member] = []
        self.votes: dict[tuple[int, int], int] = {}
        self._filling = False

        self.dots_spin = QSpinBox()
        self.dots_spin.setObjectName("run_dots")
        self.dots_spin.setRange(1, 20)
        self.dots_spin.setValue(voting.DEFAULT_DOTS)
        self.dots_spin.valueChanged.connect(self._dots_chosen)
        self.message = QLabel()
        self.message.setObjectName("run_votes_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stemmer pr. medlem:")))
        top.addWidget(self.dots_spin)
        top.addWidget(self.message, 1)

        self.grid = QTableWidget()
        self.grid.setObjectName("run_vote_grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.itemChanged.connect(self._cell_changed)

        self.ranking = QListWidget()
        self.ranking.setObjectName("run_ranking")
        self.ranking.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ranking.setWordWrap(True)
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("run_chosen_count")
        font = QFont(self.chosen_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.chosen_label.setFont(font)
        buttons = QGridLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        for n, (status, label, keys) in enumerate((("chosen", "Vælg", "Alt+V"),
                                                   ("shortlisted", "Kortliste", "Alt+K"),
                                                   ("rejected", "Fravælg", "Alt+F"),
                                                   ("candidate", "Nulstil", "Alt+N"))):
            button = QPushButton(f"{self.tr(label)} ({keys})")
            button.setObjectName(f"run_status_{status}")
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=status: self.set_status(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            buttons.addWidget(button, n // 2, n % 2)
            self.status_buttons[status] = button
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Rangordning</b>")))
        right.addWidget(self.chosen_label)
        right.addWidget(self.ranking, 1)
        right.addLayout(buttons)

        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMaximumWidth(320)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(right_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Skriv hvert medlems prikker i medlemmets række under pejlemærket"
                                        " (tal og Enter; 0 tager dem tilbage).")))
        layout.addLayout(body, 1)

    @property
    def dots(self) -> int:
        return self.dots_spin.value()

    def set_item(self, item: AgendaItem | None) -> None:
        self.item = item
        if item is not None:  # the item keeps its dots: the phones and the services use them too
            self.dots_spin.blockSignals(True)
            self.dots_spin.setValue(item.dots)
            self.dots_spin.blockSignals(False)
        self.refresh()

    def _dots_chosen(self, dots: int) -> None:
        if self.item is not None and dots != self.item.dots:
            old = self.item.dots
            if self.edits.set_dots(self.item.id, old, dots):  # type: ignore[arg-type]
                self.item.dots = dots
            else:
                self.dots_spin.blockSignals(True)
                self.dots_spin.setValue(old)
                self.dots_spin.blockSignals(False)
        self._fill_grid()

    def on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.touches("candidates", "attendance", "members"):
            self.refresh()

    def refresh(self) -> None:
        if self.item is None:
            self.cands, self.members, self.votes = [], [], {}
        else:
            self.cands = candidates.list_candidates(self.db, self.item.id)  # type: ignore[arg-type]
            self.members = attendance.present_members(self.db, self.item.meeting_id)
            self.votes = voting.member_votes(self.db, self.item.id)  # type: ignore[arg-type]
        self._fill_grid()
        self._fill_ranking()

    # --- the grid ---------------------------------------------------------------

    def _used(self, member_id: int) -> int:
        return sum(n for (_, m), n in self.votes.items() if m == member_id)

    def _fill_grid(self) -> None:
        # One row per member (so dots are entered member by member), one column per candidate.
        # Cells are updated in place: this runs inside the grid's own itemChanged when a
        # vote is saved, and deleting the cell being edited there would crash.
        self._filling = True
        grid = self.grid
        grid.setRowCount(len(self.members))
        grid.setColumnCount(len(self.cands) + 1)
        grid.setHorizontalHeaderLabels([f"{textwrap.fill(c.title, 13, break_long_words=False)}\n= {c.votes}" for c in self.cands]
                                       + [self.tr("Tilbage")])
        grid.setVerticalHeaderLabels([m.name for m in self.members])
        for r, m in enumerate(self.members):
            for c, cand in enumerate(self.cands):
                n = self.votes.get((cand.id, m.id), 0)  # type: ignore[arg-type]
                self._cell(r, c, str(n) if n else "", f"{m.name} → {cand.title}", editable=True)
            left = self.dots - self._used(m.id)  # type: ignore[arg-type]
            self._cell(r, len(self.cands), str(left), self.tr("Prikker %1 har tilbage").replace("%1", m.name),
                       editable=False)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(self.cands), QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False

    def _cell(self, row: int, column: int, text: str, tip: str, editable: bool) -> None:
        cell = self.grid.item(row, column)
        if cell is None:
            cell = QTableWidgetItem()
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setItem(row, column, cell)
        cell.setText(text)
        cell.setToolTip(tip)
        if editable:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
        else:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or self.item is None or cell.column() >= len(self.cands):
            return
        member, cand = self.members[cell.row()], self.cands[cell.column()]
        old = self.votes.get((cand.id, member.id), 0)  # type: ignore[arg-type]
        raw = cell.text().strip()
        try:
            new = int(raw) if raw else 0
        except ValueError:
            self.message.setText(self.tr('"%1" er ikke et tal: skriv antallet af prikker %2 sætter på "%3".')
                                 .replace("%1", raw).replace("%2", member.name).replace("%3", cand.title))
            self._fill_grid()
            return
        if new == old:
            return
        self.message.clear()
        if not self.edits.set_votes(cand.id, member.id, old, new, self.dots):  # type: ignore[arg-type]
            self._fill_grid()  # the refusal is shown by run mode; show the stored count again

    def cell(self, candidate_id: int, member_id: int) -> tuple[int, int]:
        """(row, column) of a member's dots on a candidate."""
        r = next(n for n, m in enumerate(self.members) if m.id == member_id)
        c = next(n for n, cand in enumerate(self.cands) if cand.id == candidate_id)
        return r, c

    def set_votes(self, candidate_id: int, member_id: int, count: int) -> bool:
        """Type ``count`` into the grid cell (for the keyboard and for tests)."""
        self.grid.item(*self.cell(candidate_id, member_id)).setText(str(count))
        return self.votes.get((candidate_id, member_id), 0) == count

    # --- ranking and choice ---------------------------------------------------------

    def _fill_ranking(self) -> None:
        selected = {r.data(Qt.ItemDataRole.UserRole) for r in self.ranking.selectedItems()}
        self.ranking.clear()
        ranked = sorted(self.cands, key=lambda c: (-c.votes, c.position, c.id))
        for n, cand in enumerate(ranked, start=1):
            status = STATUS_LABELS[cand.status]
            row = QListWidgetItem(f"{n}. {cand.title} — {cand.votes}" + (f"  [{status}]" if status else ""))
            row.setData(Qt.ItemDataRole.UserRole, cand.id)
            if cand.status == "chosen":
                row.setBackground(QBrush(QColor("#d5f5e3")))
                f = row.font()
                f.setBold(True)
                row.setFont(f)
            elif cand.status == "rejected":
                row.setForeground(QBrush(QColor("#95a5a6")))
            self.ranking.addItem(row)
            row.setSelected(cand.id in selected)
        chosen = sum(1 for c in self.cands if c.status == "chosen")
        low, high = CHOSEN_TARGET
        self.chosen_label.setText(chosen_text(chosen))
        colour = "#1e8449" if low <= chosen <= high else "#b9770e"
        self.chosen_label.setStyleSheet(f"color: {colour};")

    def ranked_ids(self) -> list[int]:
        return [self.ranking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ranking.count())]

    def select_ranked(self, candidate_ids: list[int]) -> None:
        for i in range(self.ranking.count()):
            row = self.ranking.item(i)
            row.setSelected(row.data(Qt.ItemDataRole.UserRole) in candidate_ids)

    def set_status(self, status: str) -> None:
        ids = [r.data(Qt.ItemDataRole.UserRole) for r in self.ranking.selectedItems()]
        if not ids:
            self.message.setText(self.tr("Markér et eller flere pejlemærker i rangordningen."))
            return
        label = {"chosen": "Vælg", "shortlisted": "Kortliste", "rejected": "Fravælg", "candidate": "Nulstil"}
        for cid in ids:
            cand = next(c for c in self.cands if c.id == cid)
            if cand.status != status:
                self.edits.update_candidate(cid, f"{label[status]} {cand.title}",
                                            {"status": cand.status}, {"status": status})
