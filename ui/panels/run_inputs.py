"""Group inputs typed fast into each group's column, then gathered into candidate pejlemærker."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Candidate, Input
from workshop.services import candidates, capture

from ui.input_origin import input_origin
from ui.panels import run_state
from ui.panels.run_edits import RunEdits
from ui.panels.run_entry import EntryLine

INPUT_MIME = "application/x-workshop-input-ids"


class InputList(QListWidget):
    """One group's inputs; drag them onto a candidate."""

    def __init__(self, group_id: int) -> None:
        super().__init__()
        self.group_id = group_id
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's name
        mime = QMimeData()
        ids = [str(i.data(Qt.ItemDataRole.UserRole)) for i in items]
        mime.setData(INPUT_MIME, ",".join(ids).encode())
        mime.setText("\n".join(i.text() for i in items))
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [INPUT_MIME]


class CandidateTree(QTreeWidget):
    """Candidates with their inputs underneath; a drop puts the dragged inputs under one."""

    def __init__(self, page: InputsPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("run_candidates")
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(INPUT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        row = self.itemAt(event.position().toPoint())
        if event.mimeData().hasFormat(INPUT_MIME) and row is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        row = self.itemAt(event.position().toPoint())
        raw = bytes(event.mimeData().data(INPUT_MIME).data()).decode()
        if row is None or not raw:
            event.ignore()
            return
        if row.parent() is not None:
            row = row.parent()
        event.acceptProposedAction()
        self.page.assign([int(x) for x in raw.split(",")], row.data(0, Qt.ItemDataRole.UserRole))


class InputsPage(QWidget):
    def __init__(self, edits: RunEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.db = edits.db
        self.item: AgendaItem | None = None
        self.input_lists: list[InputList] = []
        self.entries: list[EntryLine] = []
        self.cands: list[Candidate] = []
        self.inputs: list[Input] = []
        self._names: dict[int, str] = {}

        self.columns = QHBoxLayout()
        columns_box = QWidget()
        columns_box.setLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(columns_box)

        self.tree = CandidateTree(self)
        self.title_edit = EntryLine(self.tr("Nyt pejlemærke af de markerede input (Enter)"))
        self.title_edit.setObjectName("run_candidate_title")
        self.title_edit.returnPressed.connect(self.new_candidate)
        self.assign_button = QPushButton(self.tr("Markerede input → pejlemærke"))
        self.assign_button.setObjectName("run_assign")
        self.assign_button.clicked.connect(self.assign_selected)
        self.merge_button = QPushButton(self.tr("Slå markerede sammen"))
        self.merge_button.setObjectName("run_merge")
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QLabel()
        self.message.setObjectName("run_inputs_message")
        self.message.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("run_inputs_counts")

        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Pejlemærker</b> – træk input hertil")))
        side.addWidget(self.title_edit)
        side.addWidget(self.tree, 1)
        side.addWidget(self.assign_button)
        side.addWidget(self.merge_button)
        side.addWidget(self.message)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(250)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.counts)
        left.addWidget(scroll, 1)
        layout.addLayout(left, 3)
        layout.addWidget(side_box, 2)

    def set_item(self, item: AgendaItem | None) -> None:
        self.item = item
        self._names = run_state.member_names(self.db, item.meeting_id) if item is not None else {}
        self._build_columns()
        self._refresh_candidates()

    def on_changed(self, changes: ChangeSet) -> None:
        if self.item is None:
            return
        if changes.touches("groups", "members", "attendance"):
            self._build_columns()
        elif self._append_input(changes):
            return  # one row appended; under no pejlemærke yet, so the candidates are as they were
        elif changes.touches("inputs", "candidates"):
            self._fill_inputs()
        if changes.touches("inputs", "candidates", "groups"):
            self._refresh_candidates()

    def _append_input(self, changes: ChangeSet) -> bool:
        """Append a just-added input as its group's last row; False when the page must reload.

        5,000 inputs are not re-read and rebuilt per key press (bench figure 3).
        """
        if self.item is None or changes.kinds != {"inputs"} or changes.id is None \
                or any(i.id == changes.id for i in self.inputs):
            return False
        inp = capture.get_input(self.db, changes.id)
        lst = next((x for x in self.input_lists if inp is not None and x.group_id == inp.group_id), None)
        if inp is None or lst is None or inp.candidate_id is not None:
            return False
        last = max(((i.position, i.id) for i in self.inputs if i.group_id == inp.group_id), default=None)
        if last is not None and (inp.position, inp.id) < last:
            return False
        lst.addItem(self._row(inp, {}))
        self.inputs.append(inp)
        self._show_counts()
        return True

    def _row(self, inp: Input, titles: dict[int, str]) -> QListWidgetItem:
        row = QListWidgetItem(inp.text)
        row.setData(Qt.ItemDataRole.UserRole, inp.id)
        if inp.candidate_id is not None:
            row.setForeground(QBrush(QColor("#7f8c8d")))
            row.setToolTip(self.tr("Under pejlemærket: %1").replace("%1", titles.get(inp.candidate_id, "")))
            row.setText(f"✓ {inp.text}")
        origin = input_origin(inp.origin, self._names.get(inp.member_id) if inp.member_id is not None else None)
        if origin:  # given by a member from a phone: who and how, under the text
            row.setText(f"{row.text()}\n    — {origin}")
        if inp.hidden:
            row.setForeground(QBrush(QColor("#9a9a9a")))
            row.setText(self.tr("%1 (skjult for projektor og telefoner)").replace("%1", row.text()))
        return row

    def _show_counts(self) -> None:
        loose = sum(1 for i in self.inputs if i.candidate_id is None)
        self.counts.setText(self.tr("%1 input, heraf %2 uden pejlemærke")
                            .replace("%1", str(len(self.inputs))).replace("%2", str(loose)))

    # --- group columns --------------------------------------------------------

    def _build_columns(self) -> None:
        focused = next((n for n, e in enumerate(self.entries) if e.hasFocus()), None)
        while self.columns.count():
            w = self.columns.takeAt(0).widget()
            if w is not None:
                w.hide()  # now: deleteLater waits for the event loop and a grab would still paint it
                w.deleteLater()
        self.input_lists, self.entries = [], []
        if self.item is None:
            return
        for n, group in enumerate(capture.list_groups(self.db, self.item.id)):  # type: ignore[arg-type]
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(QLabel(f"<b>{group.name}</b>"))
            entry = EntryLine(self.tr("Input (Enter)"))
            entry.setObjectName(f"run_input_entry_{n + 1}")
            entry.returnPressed.connect(lambda e=entry, g=group.id: self._add_input(e, g))
            lst = InputList(group.id)  # type: ignore[arg-type]
            lst.setObjectName(f"run_inputs_{n + 1}")
            col.addWidget(entry)
            col.addWidget(lst, 1)
            box.setMinimumWidth(130)
            self.columns.addWidget(box)
            self.input_lists.append(lst)
            self.entries.append(entry)
        if not self.entries:
            self.columns.addWidget(QLabel(self.tr("Dan grupperne først (fanen Grupper).")))
        self._fill_inputs()
        if focused is not None and focused < len(self.entries):
            self.entries[focused].setFocus()

    def _fill_inputs(self) -> None:
        if self.item is None:
            return
        self.inputs = capture.list_inputs(self.db, self.item.id)  # type: ignore[arg-type]
        titles = {c.id: c.title for c in candidates.list_candidates(self.db, self.item.id)}  # type: ignore[arg-type]
        for lst in self.input_lists:
            selected = {r.data(Qt.ItemDataRole.UserRole) for r in lst.selectedItems()}
            lst.clear()
            for inp in self.inputs:
                if inp.group_id != lst.group_id:
                    continue
                row = self._row(inp, titles)  # type: ignore[arg-type]
                lst.addItem(row)
                row.setSelected(inp.id in selected)
        self._show_counts()

    def _add_input(self, entry: EntryLine, group_id: int) -> None:
        text = entry.text().strip()
        if not text:
            return
        if self.edits.add_input(group_id, text) is not None:
            entry.clear()

    def selected_input_ids(self) -> list[int]:
        return [r.data(Qt.ItemDataRole.UserRole) for lst in self.input_lists for r in lst.selectedItems()]

    # --- candidates ---------------------------------------------------------------

    def _refresh_candidates(self) -> None:
        self.tree.clear()
        if self.item is None:
            self.cands = []
            return
        self.cands = candidates.list_candidates(self.db, self.item.id)  # type: ignore[arg-type]
        by_candidate: dict[int | None, list[Input]] = {}
        for inp in self.inputs:  # one pass: 300 candidates x 5,000 inputs took seconds (bench figure 1b)
            by_candidate.setdefault(inp.candidate_id, []).append(inp)
        for cand in self.cands:
            under = by_candidate.get(cand.id, [])
            top = QTreeWidgetItem([f"{cand.title}  ({len(under)} input)"])
            top.setData(0, Qt.ItemDataRole.UserRole, cand.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for inp in under:
                child = QTreeWidgetItem([inp.text])
                child.setData(0, Qt.ItemDataRole.UserRole, cand.id)
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

    def selected_candidate_ids(self) -> list[int]:
        order = {c.id: n for n, c in enumerate(self.cands)}
        ids = {r.data(0, Qt.ItemDataRole.UserRole) for r in self.tree.selectedItems() if r.parent() is None}
        return sorted(ids, key=lambda i: order.get(i, 0))

    def select_candidates(self, ids: list[int]) -> None:
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            top.setSelected(top.data(0, Qt.ItemDataRole.UserRole) in ids)

    def new_candidate(self) -> None:
        """Enter in the title field: a new pejlemærke of the marked inputs (or none)."""
        if self.item is None:
            return
        title = self.title_edit.text().strip()
        ids = self.selected_input_ids()
        if not title and ids:
            title = next(i.text for i in self.inputs if i.id == ids[0])
        if not title:
            self.message.setText(self.tr("Skriv pejlemærkets titel, eller markér input først."))
            return
        if self.edits.add_candidate(self.item.id, title, ids) is not None:  # type: ignore[arg-type]
            self.title_edit.clear()
            for lst in self.input_lists:
                lst.clearSelection()
            self.message.setText(self.tr('"%1" oprettet med %2 input.').replace("%1", title)
                                 .replace("%2", str(len(ids))))

    def assign(self, input_ids: list[int], candidate_id: int) -> None:
        if self.item is not None and input_ids:
            self.edits.assign_inputs(self.item.id, input_ids, candidate_id)  # type: ignore[arg-type]

    def assign_selected(self) -> None:
        cands = self.selected_candidate_ids()
        ids = self.selected_input_ids()
        if len(cands) != 1 or not ids:
            self.message.setText(self.tr("Markér input i kolonnerne og ét pejlemærke."))
            return
        self.assign(ids, cands[0])

    def merge_selected(self) -> None:
        """Merge the marked candidates into the first of them; inputs and votes follow."""
        ids = self.selected_candidate_ids()
        if self.item is None or len(ids) < 2:
            self.message.setText(self.tr("Markér mindst to pejlemærker, der skal slås sammen."))
            return
        keep = next(c for c in self.cands if c.id == ids[0])
        if self.edits.merge_candidates(ids[0], ids[1:], keep.title):
            self.message.setText(self.tr('Slået sammen i "%1".').replace("%1", keep.title))
