"""Forming the groups of a group-work item: balanced automatically, or by hand (drag, Alt+digit).

One widget for both layouts: "Fordel automatisk" (balanced, mixed groups of the present
members), "+ Ny gruppe", a column per group with its name (typed, saved as typed), its
members and ✕ to delete it, and the present members without a group.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.models import AgendaItem, Member
from workshop.services import attendance, capture, grouping

from ui.autosave import AutosaveField, text_column
from ui.context import AppContext
from ui.panels.meeting_edits import MeetingEdits


class MemberList(QListWidget):
    """One group's members (or the ungrouped ones); members are dragged between these lists."""

    def __init__(self, view: GroupFormingView, group_id: int | None) -> None:
        super().__init__()
        self.view, self.group_id = view, group_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def member_ids(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, MemberList) or source is self:
            event.ignore()
            return
        ids = [row.data(Qt.ItemDataRole.UserRole) for row in source.selectedItems()]
        # The database decides; the lists follow the change, so Qt must not move rows itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        for member_id in ids:
            self.view.move_member(member_id, self.group_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+1..9 moves the selected member to that group, Alt+0 out of every group.
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            row = self.currentItem()
            if row is not None:
                self.view.move_to_number(row.data(Qt.ItemDataRole.UserRole), event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class GroupBox(QWidget):
    """One group's column: number, name (autosaved), ✕, members."""

    def __init__(self, view: GroupFormingView, group_id: int | None, name: str, version: int | None = None) -> None:
        super().__init__()
        self.group_id = group_id
        self.number = QLabel()
        self.count = QLabel()
        self.list = MemberList(view, group_id)
        head = QHBoxLayout()
        head.addWidget(self.number)
        if group_id is not None:
            self.name = QLineEdit(name)
            self.name.setAccessibleName(self.tr("Gruppens navn"))
            self.name.setStyleSheet("font-weight: 600;")
            db = view.ctx.db
            self.name_field = AutosaveField(
                view.ctx, self.name, "group-name", self.tr("Omdøb gruppe"),
                text_column("workgroup", lambda gid: capture.get_group(db, gid),
                            lambda gid, expected_version, name: capture.rename_group(
                                db, gid, name, expected_version=expected_version), "name"))
            self.name_field.bind(group_id, name, version)
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Slet gruppen og dens input"))
            remove.clicked.connect(lambda: view.edits.delete_group(group_id, self.name.text(),
                                                                   self.name_field.version))
            self.remove = remove
            head.addWidget(self.name, 1)
            head.addWidget(self.count)
            head.addWidget(remove)
        else:
            title = QLabel(f"<b>{name}</b>")
            head.addWidget(title, 1)
            head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)

    def show_members(self, number: int, ids: list[int], members: dict[int, Member], absent: str) -> None:
        self.number.setText(f"{number}." if number else "")
        self.count.setText(f"({len(ids)})")
        if self.list.member_ids() == ids:
            return
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for mid in ids:
            member = members.get(mid)
            name = member.name if member else absent
            row = QListWidgetItem(f"{name} · {member.group}" if member and member.group else name)
            row.setData(Qt.ItemDataRole.UserRole, mid)
            self.list.addItem(row)
            if mid == current:
                self.list.setCurrentItem(row)


class GroupFormingView(QWidget):
    """The groups step of a group-work item."""

    def __init__(self, ctx: AppContext, edits: MeetingEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.edits = ctx, edits
        self.item: AgendaItem | None = None
        self.members: dict[int, Member] = {}
        self.shown: dict[int, list[int]] = {}  # each group's members as shown, by group id
        self.seed = 1
        self.boxes: dict[int | None, GroupBox] = {}

        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 12)
        self.count_spin.setValue(3)
        self.count_spin.setAccessibleName(self.tr("Antal grupper"))
        self.auto_button = QPushButton(self.tr("Fordel automatisk"))
        self.auto_button.clicked.connect(self.distribute)
        self.add_button = QPushButton(self.tr("+ Ny gruppe"))
        self.add_button.clicked.connect(self.add_group)
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Antal grupper:")))
        top.addWidget(self.count_spin)
        top.addWidget(self.auto_button)
        top.addWidget(self.add_button)
        top.addWidget(self.message, 1)
        hint = QLabel(self.tr("Træk et medlem til en anden gruppe, eller markér det og tryk Alt+gruppens"
                              " nummer (Alt+0: uden gruppe)."))
        hint.setWordWrap(True)
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addLayout(self.grid, 1)
        ctx.changed.connect(self._on_changed)

    @property
    def lists(self) -> list[MemberList]:
        return [box.list for box in self.boxes.values()]

    def set_item(self, item: AgendaItem | None) -> None:
        if item is not None and self.item is not None and item.id == self.item.id:
            self.item = item
            return
        self.flush()
        self.item = item
        for box in self.boxes.values():
            box.hide()
            box.deleteLater()
        self.boxes = {}
        self.message.clear()
        self.refresh()

    def flush(self) -> None:
        for box in self.boxes.values():
            if box.group_id is not None:
                box.name_field.flush()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.item is not None and changes.meeting_id in (None, self.item.meeting_id) \
                and changes.touches("groups", "attendance", "members"):
            self.refresh()

    def refresh(self) -> None:
        """Columns updated in place (a name being typed and the focus stay), added and removed."""
        if self.item is None:
            return
        focused = next((b.list.currentItem().data(Qt.ItemDataRole.UserRole) for b in self.boxes.values()
                        if b.list.hasFocus() and b.list.currentItem()), None)
        present = self.ctx.read(attendance.present_members, self.item.meeting_id)
        self.members = {m.pk: m for m in present}
        groups = self.ctx.read(capture.list_groups, self.item.pk)
        membership = self.ctx.read(capture.group_members, self.item.pk)
        self.shown = membership  # what a move is based on: another laptop's change since is refused
        placed = {m for ids in membership.values() for m in ids}
        seat = {m: n for n, m in enumerate(self.members)}
        wanted: list[tuple[int | None, str, list[int], int | None]] = [
            (g.pk, g.name, sorted(membership.get(g.pk, []), key=lambda m: seat.get(m, 999)), g.version)
            for g in groups]
        wanted.append((None, self.tr("Uden gruppe"), [m for m in self.members if m not in placed], None))
        keep = {gid for gid, _, _, _ in wanted}
        for gid in [g for g in self.boxes if g not in keep]:
            box = self.boxes.pop(gid)
            box.hide()
            box.deleteLater()
        for n, (gid, name, ids, version) in enumerate(wanted):
            found = self.boxes.get(gid)
            if found is None:
                box = self.boxes[gid] = GroupBox(self, gid, name, version)
            else:
                box = found
                if gid is not None:
                    box.name_field.bind(gid, name, version)
            self.grid.addWidget(box, n // 4, n % 4)
            box.show_members(n + 1 if gid is not None else 0, ids, self.members, self.tr("(ikke til stede)"))
        # keep dict order = column order, for the Alt+digit numbers
        self.boxes = {gid: self.boxes[gid] for gid, _, _, _ in wanted}
        if focused is not None:
            for box in self.boxes.values():
                if focused in box.list.member_ids():
                    box.list.setFocus()
                    box.list.setCurrentRow(box.list.member_ids().index(focused))

    def group_ids(self) -> list[int]:
        return [gid for gid in self.boxes if gid is not None]

    # --- edits ---------------------------------------------------------------------------

    def add_group(self) -> int | None:
        if self.item is None:
            return None
        taken = {b.name.text() for b in self.boxes.values() if b.group_id is not None}
        n = len(taken) + 1
        while self.tr("Gruppe {n}").format(n=n) in taken:
            n += 1
        created = self.edits.add_group(self.item.pk, self.tr("Gruppe {n}").format(n=n), [])
        if created is not None and created in self.boxes:
            self.boxes[created].name.setFocus()
            self.boxes[created].name.selectAll()
        return created

    def move_member(self, member_id: int, group_id: int | None) -> None:
        if self.item is None:
            return
        membership = self.shown
        if group_id is None:
            old = next((g for g, ids in membership.items() if member_id in ids), None)
            if old is not None:
                self.edits.set_group_members(self.item.pk, old,
                                             [m for m in membership[old] if m != member_id], membership)
            return
        ids = membership.get(group_id, [])
        if member_id not in ids:
            self.edits.set_group_members(self.item.pk, group_id, ids + [member_id], membership)

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
        present = self.ctx.read(attendance.present_members, self.item.meeting_id)
        if not present:
            self.message.setText(self.tr("Ingen er registreret som til stede."))
            return
        wanted = self.count_spin.value()
        groups = grouping.balance(present, wanted, seed=self.seed)
        self.seed += 1  # another click gives another arrangement
        existing = self.ctx.read(capture.list_groups, self.item.pk)
        names = [existing[n].name if n < len(existing) else self.tr("Gruppe {n}").format(n=n + 1)
                 for n in range(len(groups))]
        if self.edits.distribute(self.item.pk, [[m.pk for m in g] for g in groups], names, self.shown):
            sizes = "+".join(str(len(g)) for g in groups)
            text = self.tr("{n} grupper ({sizes} personer).").format(n=len(groups), sizes=sizes)
            if len(groups) < wanted:
                text += self.tr(" Færre end ønsket, så ingen sidder alene.")
            self.message.setText(text)
