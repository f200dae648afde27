"""Per-member dots: a member × candidate table over the candidate model, the last column the dots left.

Typing a number in a cell is one ``set_votes`` command (the members' dots are the one
source of truth, ``services/voting.py``); the table itself never holds a value the
database does not: it re-reads after every change set that names candidates.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workshop.changes import ChangeSet
from workshop.models import Member
from workshop.services import agenda, attendance, voting

from ui.context import AppContext
from ui.models.candidate_model import ID_ROLE, VOTES_ROLE, CandidateModel
from ui.panels.meeting_edits import MeetingEdits

Index = QModelIndex | QPersistentModelIndex


class DotsModel(QAbstractTableModel):
    """Rows: the present members; columns: the candidates, then "Tilbage"."""

    def __init__(self, ctx: AppContext, candidates: CandidateModel, edits: MeetingEdits) -> None:
        super().__init__()
        self.ctx, self.candidates, self.edits = ctx, candidates, edits
        self.dots = voting.DEFAULT_DOTS  # the item's own number (AgendaItem.dots), read with the rest
        self.item_version: int | None = None  # the item's version read with it (set_dots saves on top of it)
        self.members: list[Member] = []
        self.cands: list[tuple[int, str, int]] = []  # (id, title, total) in the candidate model's order
        self.votes: dict[tuple[int, int], int] = {}
        self.refused = ""  # the last refusal, for the view to show
        self.reload()
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        # Only these change dots, totals or who votes; a typed input does not (bench figure 3).
        if changes.meeting_id in (None, self.candidates.meeting_id) and \
                changes.touches("candidates", "attendance", "members") or \
                changes.touches("items") and changes.id == self.candidates.item_id:
            self.reload()

    def reload(self) -> None:
        # Read everything before the reset: on PostgreSQL a read waits in an event loop, and a
        # header painted there must not see half-replaced lists (an IndexError in headerData).
        model = self.candidates
        members = self.ctx.read(attendance.present_members, model.meeting_id)
        rows = (model.item(r) for r in range(model.rowCount()))
        cands = [(i.data(ID_ROLE), i.text(), int(i.data(VOTES_ROLE))) for i in rows]
        votes = self.ctx.read(voting.member_votes, model.item_id)
        item = self.ctx.read(agenda.get_item, model.item_id)
        self.beginResetModel()
        self.members, self.cands, self.votes, self.dots = members, cands, votes, item.dots
        self.item_version = item.version
        self.endResetModel()

    def used(self, member_id: int) -> int:
        return sum(n for (_, m), n in self.votes.items() if m == member_id)

    # --- the table ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cands) + 1

    def cell(self, candidate_id: int, member_id: int) -> QModelIndex:
        r = next(n for n, m in enumerate(self.members) if m.id == member_id)
        c = next(n for n, (cid, _, _) in enumerate(self.cands) if cid == candidate_id)
        return self.index(r, c)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.members[index.row()]
        left_column = index.column() == len(self.cands)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if left_column:
                return str(self.dots - self.used(member.pk))
            n = self.votes.get((self.cands[index.column()][0], member.pk), 0)
            return str(n) if n or role == Qt.ItemDataRole.EditRole else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if left_column:
                return QCoreApplication.translate("DotsModel", "Prikker {name} har tilbage").format(name=member.name)
            return f"{member.name} → {self.cands[index.column()][1]}"
        if role == Qt.ItemDataRole.FontRole and left_column:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.members[section].name if section < len(self.members) else None
        if section == len(self.cands):
            return QCoreApplication.translate("DotsModel", "Tilbage")
        _, title, total = self.cands[section]
        return f"{textwrap.fill(title, 13, break_long_words=False)}\n= {total}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == len(self.cands):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed count becomes one command, based on the count shown; refused (not a number, too
        many dots, changed on another laptop since) nothing changes, and after a refusal for
        another laptop's count the grid shows that count."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= len(self.cands):
            return False
        member = self.members[index.row()]
        cid, title, _ = self.cands[index.column()]
        raw = str(value).strip()
        try:
            new = int(raw) if raw else 0
        except ValueError:
            self.refused = QCoreApplication.translate(
                "DotsModel", '"{raw}" er ikke et tal: skriv antallet af prikker {name} sætter på "{title}".').format(
                raw=raw, name=member.name, title=title)
            self.ctx.error.emit(self.refused)
            return False
        old = self.votes.get((cid, member.pk), 0)
        if new == old:
            return True
        self.refused = ""
        name = QCoreApplication.translate("DotsModel", "Prikker fra {name} på »{title}«").format(
            name=member.name, title=title)
        return self.edits.set_votes(cid, member.pk, old, new, self.dots, name)
