"""The navigator tree: committees, and under each its meetings, members, tasks and working groups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from workshop.services.committee_tree import Branch

from ui.models.meeting_labels import folder_title, meeting_label
from ui.qt_typed import QT_TRANSLATE_NOOP

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "committee", "meeting", "member", "task", "working_group", "folder"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COMMITTEE_ROLE = Qt.ItemDataRole.UserRole + 3
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 4  # which folder: "meetings", "members", "tasks", "working_groups"

_ROLES = {
    "formand": QT_TRANSLATE_NOOP("Navigator", "formand"),
    "næstformand": QT_TRANSLATE_NOOP("Navigator", "næstformand"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


@dataclass(frozen=True)
class NodeKey:
    kind: str
    id: int | None
    committee_id: int | None
    folder: str | None = None


def node_key(item: QStandardItem) -> NodeKey:
    return NodeKey(item.data(KIND_ROLE), item.data(ID_ROLE), item.data(COMMITTEE_ROLE),
                   item.data(FOLDER_ROLE))


class NavigatorModel(QStandardItemModel):
    """Rebuilt from ``committee_tree.read_tree`` on each relevant change; the view restores its selection."""

    def _node(self, text: str, kind: str, row_id: int | None, committee_id: int | None,
              folder: str | None = None, tooltip: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(row_id, ID_ROLE)
        item.setData(committee_id, COMMITTEE_ROLE)
        item.setData(folder, FOLDER_ROLE)
        if tooltip:
            item.setToolTip(tooltip)
        return item

    def reload(self, tree: list[Branch]) -> None:
        self.clear()
        root = self.invisibleRootItem()
        for branch in tree:
            committee = branch.committee
            cid = committee.pk
            c_item = self._node(committee.name, "committee", cid, cid, tooltip=committee.name)
            font = QFont(c_item.font())
            font.setBold(True)
            c_item.setFont(font)
            root.appendRow(c_item)

            folder = self._folder(c_item, "meetings", cid, len(branch.meetings))
            for m in branch.meetings:
                folder.appendRow(self._node(meeting_label(m), "meeting", m.id, cid, tooltip=m.title))

            folder = self._folder(c_item, "members", cid, len(branch.members))
            for member in branch.members:
                role = f" ({_tr(_ROLES[member.role])})" if member.role in _ROLES else ""
                folder.appendRow(self._node(member.name + role, "member", member.id, cid))

            folder = self._folder(c_item, "tasks", cid, len(branch.tasks))
            for task in branch.tasks:
                mark = " ✓" if task.status == "approved" else ""
                folder.appendRow(self._node(task.title + mark, "task", task.id, cid, tooltip=task.title))

            folder = self._folder(c_item, "working_groups", cid, len(branch.working_groups))
            for wg in branch.working_groups:
                folder.appendRow(self._node(wg.name, "working_group", wg.id, cid, tooltip=wg.mandate))

    def _folder(self, parent: QStandardItem, folder: str, committee_id: int | None,
                count: int) -> QStandardItem:
        item = self._node(f"{folder_title(folder)} ({count})", "folder", None, committee_id, folder)
        parent.appendRow(item)
        return item

    def find(self, key: NodeKey) -> QStandardItem | None:
        """The node with the same kind and id (or the same folder of the same committee)."""
        return self._first(lambda k: k == key)

    def find_meeting(self, meeting_id: int) -> NodeKey | None:
        """The meeting's node, under whichever committee the tree shows it."""
        item = self._first(lambda k: k.kind == "meeting" and k.id == meeting_id)
        return None if item is None else node_key(item)

    def _first(self, match: Callable[[NodeKey], bool]) -> QStandardItem | None:
        stack = [self.invisibleRootItem()]
        while stack:
            parent = stack.pop()
            for r in range(parent.rowCount()):
                child = parent.child(r)
                if match(node_key(child)):
                    return child
                stack.append(child)
        return None
