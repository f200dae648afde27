"""The one model of a group-work item's candidate pejlemærker, with the inputs under each.

Columns: title (the inputs under a candidate are its children), votes (the total of the
members' dots), status (the one Danish word, ``workshop/candidate_status.py``) and, for
an input, its group. Every rendering of candidates is a view of this model: the
candidate tree of the inputs step, the ranking of the dot-voting step (a proxy sorted by
``RANK_ROLE``), the dot grid's columns and the projector's bars and chosen list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel

from workshop import candidate_status
from workshop.changes import ChangeSet
from workshop.models import Input
from workshop.services import agenda, candidates, capture

from ui.context import AppContext
from ui.models.input_model import changed_input, item_gone
from ui.models.standard_rows import KEY_ROLE, Row, sync_children
from ui.qt_typed import QT_TRANSLATE_NOOP

ID_ROLE = KEY_ROLE
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "candidate" or "input"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the stable value: candidate, shortlisted, chosen, rejected
VOTES_ROLE = Qt.ItemDataRole.UserRole + 4  # the total of the members' dots
RANK_ROLE = Qt.ItemDataRole.UserRole + 5  # 0 for the most votes; ties keep their order of creation
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 6
GROUP_ROLE = Qt.ItemDataRole.UserRole + 7  # an input's group
VERSION_ROLE = Qt.ItemDataRole.UserRole + 8  # the candidate's (an input's) version as shown (an edit is based on it)

TITLE, VOTES, STATUS, GROUP = range(4)

# The words of workshop/candidate_status.py, marked for translation (context "CandidateStatus").
_MARKED = (QT_TRANSLATE_NOOP("CandidateStatus", "kandidat"), QT_TRANSLATE_NOOP("CandidateStatus", "kortliste"),
           QT_TRANSLATE_NOOP("CandidateStatus", "valgt"), QT_TRANSLATE_NOOP("CandidateStatus", "fravalgt"))

_CANDIDATE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsDropEnabled)
_INPUT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def status_text(status: str) -> str:
    """The status in the UI's language: the one Danish word, translated."""
    return QCoreApplication.translate("CandidateStatus", candidate_status.label(status))


class CandidateModel(QStandardItemModel):
    """The candidates of one group-work item; follows ``ctx.changed``."""

    def __init__(self, ctx: AppContext, item_id: int) -> None:
        super().__init__(0, 4)
        self.ctx = ctx
        self.item_id = item_id
        self.meeting_id = ctx.read(agenda.get_item, item_id).meeting_id
        self._rows: dict[int, int] = {}  # candidate id -> row, after each sync
        self._shown: set[int] = set()  # the inputs under some candidate
        self.setHorizontalHeaderLabels([QCoreApplication.translate("CandidateModel", "Pejlemærke"),
                                        QCoreApplication.translate("CandidateModel", "Stemmer"),
                                        QCoreApplication.translate("CandidateModel", "Status"),
                                        QCoreApplication.translate("CandidateModel", "Gruppe")])
        self.reload()
        ctx.changed.connect(self.apply)

    def reload(self) -> None:
        cands = self.ctx.read(candidates.list_candidates, self.item_id)
        groups = {g.id: g.name for g in self.ctx.read(capture.list_groups, self.item_id)}
        under: dict[int, list[Input]] = {}
        for inp in self.ctx.read(capture.list_inputs, self.item_id):  # one pass: not 300 scans of 5,000
            if inp.candidate_id is not None:
                under.setdefault(inp.candidate_id, []).append(inp)
        rank = {c.id: n for n, c in enumerate(sorted(cands, key=lambda c: (-c.votes, c.position, c.id)))}
        rows = []
        for cand in cands:
            children = [Row(inp.id, [{Qt.ItemDataRole.DisplayRole: inp.text, KIND_ROLE: "input",
                                      VERSION_ROLE: inp.version}, {}, {},
                                     {Qt.ItemDataRole.DisplayRole: groups.get(inp.group_id, ""),
                                      GROUP_ROLE: inp.group_id}], flags=_INPUT_FLAGS)
                        for inp in under.get(cand.pk, [])]
            rows.append(Row(cand.id, [
                {Qt.ItemDataRole.DisplayRole: cand.title, KIND_ROLE: "candidate", STATUS_ROLE: cand.status,
                 VOTES_ROLE: cand.votes, RANK_ROLE: rank[cand.id], DESCRIPTION_ROLE: cand.description,
                 VERSION_ROLE: cand.version},
                {Qt.ItemDataRole.DisplayRole: str(cand.votes), VOTES_ROLE: cand.votes},
                {Qt.ItemDataRole.DisplayRole: status_text(cand.status), STATUS_ROLE: cand.status},
                {Qt.ItemDataRole.DisplayRole: ""}], children=children, flags=_CANDIDATE_FLAGS))
        sync_children(self.invisibleRootItem(), rows, width=4)
        self._rows = {self.item(r).data(ID_ROLE): r for r in range(self.rowCount())}
        self._shown = {i.pk for inputs in under.values() for i in inputs}

    def apply(self, changes: ChangeSet) -> None:
        if changes.meeting_id not in (None, self.meeting_id):
            return
        if item_gone(self.ctx, changes, self.item_id):
            self.removeRows(0, self.rowCount())
            return
        if changes.kinds == {"inputs"} and changes.id is not None:
            inp = changed_input(self.ctx, changes)
            if inp is not None and inp.candidate_id is None and changes.id not in self._shown:
                return  # a new loose input: nothing here changes (bench figure 3)
        if changes.touches("candidates", "inputs", "groups"):
            self.reload()

    # --- lookups ------------------------------------------------------------------

    def ids(self) -> list[int]:
        return [self.item(r).data(ID_ROLE) for r in range(self.rowCount())]

    def row_of(self, candidate_id: int) -> int:
        return self._rows.get(candidate_id, -1)

    def title(self, candidate_id: int) -> str:
        r = self.row_of(candidate_id)
        return str(self.item(r).text()) if r >= 0 else ""

    def status(self, candidate_id: int) -> str:
        r = self.row_of(candidate_id)
        return str(self.item(r).data(STATUS_ROLE)) if r >= 0 else ""

    def version(self, candidate_id: int) -> int | None:
        """The candidate's version as shown (an edit of it is based on it)."""
        r = self.row_of(candidate_id)
        return self.item(r).data(VERSION_ROLE) if r >= 0 else None

    def votes(self, candidate_id: int) -> int:
        r = self.row_of(candidate_id)
        return int(self.item(r).data(VOTES_ROLE)) if r >= 0 else 0

    def ranked_ids(self) -> list[int]:
        return [self.item(r).data(ID_ROLE) for r in sorted(range(self.rowCount()),
                                                           key=lambda r: self.item(r).data(RANK_ROLE))]


class RankedCandidates(QSortFilterProxyModel):
    """The candidates most votes first (the ranking's and the projector's order), top level only."""

    def __init__(self, source: CandidateModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(RANK_ROLE)
        self.setDynamicSortFilter(True)
        self.sort(0, Qt.SortOrder.AscendingOrder)
