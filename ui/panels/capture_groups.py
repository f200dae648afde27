"""Group work: one column per group (name, members, inputs, an entry line) beside the pejlemærker."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QMimeData, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import Group, Input, Member
from workshop.services import attendance, candidates, capture

from ui import shortcuts
from ui.autosave import AutosaveField
from ui.context import AppContext
from ui.input_origin import input_origin
from ui.panels.capture_candidates import INPUT_MIME, CandidatesView, input_mime, read_input_mime
from ui.panels.capture_commands import CaptureEdits
from ui.panels.capture_keys import on_key

ROLE_ID = Qt.ItemDataRole.UserRole
shortcuts.register("Ctrl+H", "Indfangning", "Skjul valgt input for projektor og telefoner (eller vis det igen)")
ROLE_ORIGIN = Qt.ItemDataRole.UserRole + 2  # "Anne Hansen · telefon": who gave the input and how
ROLE_HIDDEN = Qt.ItemDataRole.UserRole + 3  # kept off the projector and the phones
_PHONE_ICON: list[QIcon] = []


def phone_icon() -> QIcon:
    """A small phone drawn once: marks an input a member sent from their phone."""
    if not _PHONE_ICON:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#0b5cad"))
        painter.setBrush(QColor("#0b5cad"))
        painter.drawRoundedRect(4, 1, 8, 14, 2, 2)
        painter.setBrush(QColor("white"))
        painter.drawRect(5, 3, 6, 9)
        painter.end()
        _PHONE_ICON.append(QIcon(pixmap))
    return _PHONE_ICON[0]


class MemberPicker(QDialog):
    """A checkable list of the present members."""

    def __init__(self, title: str, members: list[Member], checked: list[int],
                 parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        for m in members:
            row = QListWidgetItem(m.name + (f"  ({m.group})" if m.group else ""))
            row.setData(ROLE_ID, m.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if m.id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(ROLE_ID) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class InputList(QListWidget):
    """A group's inputs: drag them onto a pejlemærke or another group; edit with F2; Delete."""

    def __init__(self, column: GroupColumn) -> None:
        super().__init__()
        self.column = column
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setWordWrap(True)
        self._sized_width = -1  # the viewport width all rows' stored sizes were measured for
        self._measure_pending = False
        self._sizes: dict[tuple[str, int, float], QSize] = {}  # reloads show the same texts again
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListWidget::item { border-bottom: 1px solid #d6d6d6; padding: 3px 2px; }"
                           " QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)

    # Each row stores its wrapped size (QListWidgetItem.setSizeHint): every added row makes Qt
    # lay out all rows, and asking a Python delegate for 1,250 sizes cost ~10 ms per key press
    # (bench figure 3); measuring them anew in C++ ~35 ms. A row is measured when it is added
    # to a list already measured at its width; all rows when the list is shown or resized.
    def size_rows(self, rows: list[QListWidgetItem] | None = None) -> None:
        """Store the word-wrapped size of ``rows`` (default: all) for the current width."""
        if rows is None:
            rows = [self.item(i) for i in range(self.count())]
            self._sized_width = self.viewport().width()
        base = QStyleOptionViewItem()
        self.initViewItemOption(base)
        base.rect = self.viewport().rect()  # the bounds QListView lays its rows out in
        width, points = base.rect.width(), base.font.pointSizeF()
        delegate = self.itemDelegate()
        assert isinstance(delegate, QStyledItemDelegate)
        style = self.style()
        # A changed row makes the view reload an open editor from the row: what is being
        # typed would be lost. That row is measured when its editor closes.
        editing = self.currentItem() if self.state() == QAbstractItemView.State.EditingState else None
        blocked = self.blockSignals(True)  # setSizeHint emits itemChanged: not an edit
        try:
            for row in rows:
                if row is editing:
                    self._sized_width = -1
                    continue
                key = (row.text(), width, points)
                size = self._sizes.get(key)
                if size is None:
                    if len(self._sizes) > 20_000:  # old widths and edited texts
                        self._sizes.clear()
                    option = QStyleOptionViewItem(base)
                    # the delegate's own measure, minus its shortcut to the size stored on the row
                    delegate.initStyleOption(option, self.indexFromItem(row))
                    size = self._sizes[key] = style.sizeFromContents(
                        QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self)
                row.setSizeHint(size)
        finally:
            self.blockSignals(blocked)

    def rows_added(self, rows: list[QListWidgetItem]) -> None:
        """Measure new rows now if the list is measured and on screen, else all rows when shown."""
        if self.isVisible() and self._sized_width == self.viewport().width():
            self.size_rows(rows)
        else:
            self._sized_width = -1
            self._measure_later()

    def _measure_later(self) -> None:
        # Resizes come in bursts (the scroll bar appearing changes the width again): measure once.
        if not self._measure_pending:
            self._measure_pending = True
            QTimer.singleShot(0, self, self._measure_all)

    def _measure_all(self) -> None:
        self._measure_pending = False
        if self.isVisible() and self._sized_width != self.viewport().width():
            self.size_rows()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802 - Qt's name
        super().closeEditor(editor, hint)
        if self._sized_width != self.viewport().width():
            self._measure_later()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.viewport().width() != self._sized_width:
            self._measure_later()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.viewport().width() != self._sized_width:
            self._measure_later()

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [INPUT_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt's name
        return input_mime(self.column.group_id, [it.data(ROLE_ID) for it in items])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(INPUT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        payload = read_input_mime(event.mimeData())
        if payload is not None and payload[0] != self.column.group_id:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        payload = read_input_mime(event.mimeData())
        if payload is None or payload[0] == self.column.group_id:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # rows come back from the database
        event.accept()
        self.column.view.move_inputs(payload[1], payload[0], self.column.group_id)


class GroupColumn(QFrame):
    """One group: name, members, its inputs and a line that adds an input on Enter."""

    def __init__(self, view: GroupWorkView, group: Group) -> None:
        super().__init__()
        self.view = view
        self.group_id: int = group.id  # type: ignore[assignment]
        self._loading = False
        self.rows: dict[int, QListWidgetItem] = {}  # input id -> its row, so an add need not rebuild
        self._last: tuple[int, int] | None = None  # (position, id) of the last row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(230)
        self.name = QLineEdit(group.name)
        self.name.setAccessibleName("Gruppens navn")
        self.name.setStyleSheet("font-weight: 600;")
        self.name_field = AutosaveField(view.ctx, self.name, "group-name", "Omdøb gruppe",
                                        lambda gid, text: capture.rename_group(view.ctx.db, gid, text))
        self.name_field.bind(self.group_id, group.name)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip("Slet gruppen og dens input")
        remove.clicked.connect(lambda: view.edits.delete_group(self.group_id, self.name.text()))
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setStyleSheet("color: palette(dark);")
        self.members_button = QPushButton("Medlemmer …")
        self.members_button.setToolTip("Vælg gruppens medlemmer blandt de fremmødte")
        self.members_button.clicked.connect(self.pick_members)
        self.inputs = InputList(self)
        self.inputs.itemChanged.connect(self._input_edited)
        on_key(self.inputs, QKeySequence.StandardKey.Delete, self.delete_selected)
        on_key(self.inputs, "Ctrl+H", self.toggle_hidden_selected)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Nyt input – Enter tilføjer")
        self.entry.setAccessibleName(f"Nyt input til {group.name}")
        self.entry.returnPressed.connect(self.add_input)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.members_button)
        head.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.members)
        layout.addWidget(self.inputs, 1)
        layout.addWidget(self.entry)

    def show_group(self, group: Group, member_names: list[str]) -> None:
        self.name_field.bind(self.group_id, group.name)
        self.members.setText(", ".join(member_names) if member_names else "Ingen medlemmer valgt endnu")

    def show_inputs(self, inputs: list[Input], titles: dict[int, str]) -> None:
        selected = {it.data(ROLE_ID) for it in self.inputs.selectedItems()}
        current = self.inputs.currentItem().data(ROLE_ID) if self.inputs.currentItem() else None
        self._loading = True
        try:
            self.inputs.clear()
            self.rows, self._last = {}, None
            for inp in inputs:
                row = self._new_row(inp, titles)
                self.inputs.addItem(row)
                row.setSelected(inp.id in selected)
                if inp.id == current:
                    self.inputs.setCurrentItem(row, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.inputs.rows_added([self.inputs.item(i) for i in range(self.inputs.count())])
        finally:
            self._loading = False

    def append_input(self, inp: Input, titles: dict[int, str]) -> bool:
        """Add one just-added input as the last row; False when it does not belong last (reload instead)."""
        if inp.id in self.rows or (self._last is not None and (inp.position, inp.id) < self._last):
            return False
        self._loading = True
        try:
            row = self._new_row(inp, titles)
            self.inputs.addItem(row)
            self.inputs.rows_added([row])
        finally:
            self._loading = False
        return True

    def _new_row(self, inp: Input, titles: dict[int, str]) -> QListWidgetItem:
        row = QListWidgetItem(inp.text)
        row.setData(ROLE_ID, inp.id)
        row.setData(ROLE_ID + 1, (inp.text, inp.candidate_id))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        tips = []
        if inp.candidate_id is not None:
            row.setForeground(QColor("#2f6f3e"))
            tips.append(f"Under pejlemærket »{titles.get(inp.candidate_id, '')}«")
        origin = input_origin(inp.origin, self.view.member_names.get(inp.member_id)
                              if inp.member_id is not None else None)
        row.setData(ROLE_ORIGIN, origin)
        if origin:  # given by a member: a phone mark before the text, who and how in the tooltip
            row.setIcon(phone_icon() if inp.origin else QIcon())
            tips.append(f"Fra {origin}")
        row.setData(ROLE_HIDDEN, inp.hidden)
        if inp.hidden:
            row.setForeground(QColor("#8a8a8a"))
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
            tips.append("Skjult for projektor og telefoner (Ctrl+H viser det igen); referatet medtager det")
        if tips:
            row.setToolTip("\n".join(tips))
        self.rows[inp.id] = row  # type: ignore[index]
        self._last = (inp.position, inp.id)  # type: ignore[assignment]
        return row

    def selected_ids(self) -> list[int]:
        rows = sorted(self.inputs.selectedItems(), key=self.inputs.row)
        return [r.data(ROLE_ID) for r in rows]

    def add_input(self) -> None:
        text = self.entry.text()
        if not text.strip():
            return
        if self.view.edits.add_input(self.group_id, text) is not None:
            self.entry.clear()  # focus stays here for the next input
            self.inputs.scrollToBottom()

    def toggle_hidden_selected(self) -> None:
        """Ctrl+H: hide the selected inputs from the projector and the phones, or show them again."""
        rows = [self.rows[i] for i in self.selected_ids() if i in self.rows]
        if rows:
            hide = not all(r.data(ROLE_HIDDEN) for r in rows)
            self.view.edits.set_inputs_hidden([r.data(ROLE_ID) for r in rows], hide)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.view.edits.delete_inputs(ids)

    def _input_edited(self, row: QListWidgetItem) -> None:
        if self._loading:
            return
        old = row.data(ROLE_ID + 1)[0]
        if row.text() == old:
            return
        self.inputs.size_rows([row])  # the edited text wraps anew until the change reloads the rows
        if not self.view.edits.update_input(row.data(ROLE_ID), old, row.text()):
            self.view.reload_inputs()

    def pick_members(self) -> MemberPicker:
        """Open the member picker (window-modal, non-blocking); OK saves the choice."""
        view = self.view
        assert view.item_id is not None
        current = capture.group_members(view.ctx.db, view.item_id).get(self.group_id, [])
        dialog = MemberPicker(f"Medlemmer af {self.name.text()}", view.present, current, self,
                              note="Et medlem, der vælges her, flyttes ud af sin hidtidige gruppe.")
        dialog.accepted.connect(lambda: view.edits.set_group_members(
            view.item_id, self.group_id, dialog.checked_ids()))  # type: ignore[arg-type]
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class GroupWorkView(QWidget):
    """Groups as columns with their inputs, and the candidate pejlemærker beside them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edits = CaptureEdits(ctx)
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self.present: list[Member] = []
        self.columns: dict[int, GroupColumn] = {}

        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setStyleSheet("font-size: 12pt;")
        add = QPushButton("+ Ny gruppe")
        add.clicked.connect(self.add_group)
        self.add_button = add
        top = QHBoxLayout()
        top.addWidget(self.questions, 1)
        top.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)

        self._columns_host = QWidget()
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._columns_host)
        self.candidates = CandidatesView(ctx, self.selected_input_ids)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.candidates)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([720, 480])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    @property
    def member_names(self) -> dict[int, str]:
        """Present members by id, for an input's origin."""
        return {m.id: m.name for m in self.present}  # type: ignore[misc]

    def set_item(self, meeting_id: int, item: object) -> None:
        self.flush()
        self.meeting_id, self.item_id = meeting_id, item.id  # type: ignore[attr-defined]
        for column in self.columns.values():
            column.deleteLater()
        self.columns = {}
        self.show_item(item)
        self.present = attendance.present_members(self.ctx.db, meeting_id)
        self.reload_groups()
        self.candidates.set_item(self.item_id)  # type: ignore[arg-type]

    def show_item(self, item: object) -> None:
        qs = [q for q in getattr(item, "discussion_questions", []) if q]
        self.questions.setText("\n".join(f"• {q}" for q in qs) if qs else "")
        self.questions.setVisible(bool(qs))

    def flush(self) -> None:
        """Save names being typed, and add inputs typed without Enter: leaving the item loses nothing."""
        for column in self.columns.values():
            column.name_field.flush()
            column.add_input()

    def refresh(self, changes: ChangeSet) -> None:
        if self.item_id is None or self.meeting_id is None:
            return
        if changes.touches("attendance", "members"):
            self.present = attendance.present_members(self.ctx.db, self.meeting_id)
        added = None
        if changes.touches("groups", "members"):
            self.reload_groups()
        elif (added := self._added_input(changes)) is not None:
            pass  # appended as one row: 5,000 inputs are not re-read per key press (bench figure 3)
        elif changes.touches("inputs", "candidates"):
            self.reload_inputs()
        self.candidates.refresh(changes, added)

    def _added_input(self, changes: ChangeSet) -> Input | None:
        """The input a change only added, now shown as its group's last row; None: reload as before."""
        if changes.kinds != {"inputs"} or changes.id is None \
                or any(changes.id in c.rows for c in self.columns.values()):
            return None
        inp = capture.get_input(self.ctx.db, changes.id)
        column = self.columns.get(inp.group_id) if inp is not None else None
        if inp is None or column is None:
            return None
        titles: dict[int, str] = {}
        if inp.candidate_id is not None:
            titles = {c.id: c.title for c in candidates.list_candidates(self.ctx.db, self.item_id)}  # type: ignore[misc, arg-type]
        return inp if column.append_input(inp, titles) else None

    def reload_groups(self) -> None:
        """Add, update and remove columns in place so entry lines keep their text and focus."""
        assert self.item_id is not None
        groups = capture.list_groups(self.ctx.db, self.item_id)
        members = capture.group_members(self.ctx.db, self.item_id)
        names = {m.id: m.name for m in self.present}
        for gid in [g for g in self.columns if g not in {x.id for x in groups}]:
            self.columns.pop(gid).deleteLater()
        for i, group in enumerate(groups):
            column = self.columns.get(group.id)  # type: ignore[arg-type]
            if column is None:
                column = GroupColumn(self, group)
                self.columns[group.id] = column  # type: ignore[index]
            self._columns_layout.insertWidget(i, column)
            column.show_group(group, [names.get(mid, "(ikke til stede)") for mid in members.get(group.id, [])])  # type: ignore[arg-type]
        self.reload_inputs()

    def reload_inputs(self) -> None:
        assert self.item_id is not None
        inputs = capture.list_inputs(self.ctx.db, self.item_id)
        titles = {c.id: c.title for c in candidates.list_candidates(self.ctx.db, self.item_id)}
        for gid, column in self.columns.items():
            column.show_inputs([i for i in inputs if i.group_id == gid], titles)  # type: ignore[arg-type]

    def selected_input_ids(self) -> list[int]:
        return [i for gid in self.columns for i in self.columns[gid].selected_ids()]

    def add_group(self) -> int | None:
        assert self.item_id is not None
        taken = {c.name.text() for c in self.columns.values()}
        n = len(self.columns) + 1
        while f"Gruppe {n}" in taken:
            n += 1
        created = self.edits.add_group(self.item_id, f"Gruppe {n}", [])
        if created is not None and created in self.columns:
            self.columns[created].entry.setFocus()
        return created

    def move_inputs(self, input_ids: list[int], from_group: int, to_group: int) -> None:
        self.edits.move_inputs(input_ids, from_group, to_group)
