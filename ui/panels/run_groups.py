"""Forming groups from the present members: by hand (drag, or Alt+digit) or balanced automatically."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Member
from workshop.services import attendance, capture, grouping

from ui.panels.run_edits import RunEdits


class MemberList(QListWidget):
    """One group's members (or the ungrouped ones); members are dragged between these lists."""

    def __init__(self, page: GroupFormingPage, group_id: int | None) -> None:
        super().__init__()
        self.page, self.group_id = page, group_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def member_ids(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        source = event.source()
        if not isinstance(source, MemberList) or source is self:
            event.ignore()
            return
        ids = [row.data(Qt.ItemDataRole.UserRole) for row in source.selectedItems()]
        # The database decides; the lists are rebuilt from it, so Qt must not move rows itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for member_id in ids:
            self.page.move_member(member_id, self.group_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Alt+1..9 moves the selected member to that group, Alt+0 out of every group.
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            row = self.currentItem()
            if row is not None:
                self.page.move_to_number(row.data(Qt.ItemDataRole.UserRole), event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class GroupFormingPage(QWidget):
    def __init__(self, edits: RunEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.db = edits.db
        self.item: AgendaItem | None = None
        self.members: dict[int, Member] = {}
        self.seed = 1
        self.lists: list[MemberList] = []

        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("run_group_count")
        self.count_spin.setRange(1, 12)
        self.count_spin.setValue(3)
        self.auto_button = QPushButton(self.tr("Fordel automatisk"))
        self.auto_button.setObjectName("run_auto_groups")
        self.auto_button.clicked.connect(self.distribute)
        self.message = QLabel()
        self.message.setObjectName("run_groups_message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Antal grupper:")))
        top.addWidget(self.count_spin)
        top.addWidget(self.auto_button)
        top.addWidget(self.message, 1)

        self.grid = QGridLayout()
        hint = QLabel(self.tr("Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens"
                              " nummer (Alt+0: uden gruppe)."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(self.grid, 1)

    def set_item(self, item: AgendaItem | None) -> None:
        self.item = item
        self.refresh()

    def on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.touches("groups", "attendance", "members"):
            self.refresh()

    def refresh(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.hide()  # now: deleteLater waits for the event loop and a grab would still paint it
                w.deleteLater()
        self.lists = []
        if self.item is None:
            return
        present = attendance.present_members(self.db, self.item.meeting_id)
        self.members = {m.id: m for m in present}  # type: ignore[misc]
        groups = capture.list_groups(self.db, self.item.id)  # type: ignore[arg-type]
        membership = capture.group_members(self.db, self.item.id)  # type: ignore[arg-type]
        placed = {m for ids in membership.values() for m in ids}
        columns = [(f"{n}. {g.name}", g.id, membership.get(g.id, []))  # type: ignore[arg-type]
                   for n, g in enumerate(groups, start=1)]
        columns.append((self.tr("Uden gruppe"), None, [m for m in self.members if m not in placed]))
        for col, (title, group_id, ids) in enumerate(columns):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b> ({len(ids)})"))
            lst = MemberList(self, group_id)
            lst.setObjectName(f"run_group_{col + 1}" if group_id is not None else "run_group_none")
            for mid in sorted(ids, key=lambda m: (self.members[m].position if m in self.members else 0)):
                member = self.members.get(mid)
                name = member.name if member else self.tr("(ikke til stede)")
                row = QListWidgetItem(f"{name} · {member.group}" if member and member.group else name)
                row.setData(Qt.ItemDataRole.UserRole, mid)
                lst.addItem(row)
            box_layout.addWidget(lst)
            self.lists.append(lst)
            self.grid.addWidget(box, col // 4, col % 4)

    def group_ids(self) -> list[int]:
        return [lst.group_id for lst in self.lists if lst.group_id is not None]

    def move_member(self, member_id: int, group_id: int | None) -> None:
        if self.item is None:
            return
        membership = capture.group_members(self.db, self.item.id)  # type: ignore[arg-type]
        if group_id is None:
            old = next((g for g, ids in membership.items() if member_id in ids), None)
            if old is not None:
                self.edits.set_group_members(self.item.id, old,  # type: ignore[arg-type]
                                             [m for m in membership[old] if m != member_id])
            return
        ids = membership.get(group_id, [])
        if member_id not in ids:
            self.edits.set_group_members(self.item.id, group_id, ids + [member_id])  # type: ignore[arg-type]

    def move_to_number(self, member_id: int, number: int) -> None:
        groups = self.group_ids()
        if number == 0:
            self.move_member(member_id, None)
        elif number <= len(groups):
            self.move_member(member_id, groups[number - 1])

    def distribute(self) -> None:
        """"Fordel automatisk": balanced, mixed groups of the present members."""
        if self.item is None:
            return
        present = attendance.present_members(self.db, self.item.meeting_id)
        if not present:
            self.message.setText(self.tr("Ingen er registreret som til stede."))
            return
        wanted = self.count_spin.value()
        groups = grouping.balance(present, wanted, seed=self.seed)
        self.seed += 1  # another click gives another arrangement
        existing = capture.list_groups(self.db, self.item.id)  # type: ignore[arg-type]
        names = [existing[n].name if n < len(existing) else f"Gruppe {n + 1}" for n in range(len(groups))]
        if self.edits.distribute(self.item.id, [[m.id for m in g] for g in groups], names):  # type: ignore[arg-type, misc]
            sizes = "+".join(str(len(g)) for g in groups)
            text = self.tr("%1 grupper (%2 personer).").replace("%1", str(len(groups))).replace("%2", sizes)
            if len(groups) < wanted:
                text += self.tr(" Færre end ønsket, så ingen sidder alene.")
            self.message.setText(text)
