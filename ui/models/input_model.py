"""The one model of a group-work item's inputs: groups as rows, each group's inputs as its children.

Every rendering of inputs is a view of this model: the group columns of both layouts
(a view rooted at a group's row) and the projector's cards. It is fed by change sets:
a just-added input is appended as one row (one query, nothing re-read: bench figure 3),
any other change to groups, inputs or candidates is synced in place
(``standard_rows.sync_children``), so views keep their selection and scroll position.

An input typed here is shown before it is saved (``add_input``): a pending row, last in its
group, in every view at once (greyed in the columns once it is late, ``LATE_MS``); when the commit returns the same row becomes the stored input
(its data set in place: no row moves, selections stay), and when it is refused the row is
taken out again and the caller gets the text back. Pending rows have negative keys and
``PENDING_ROLE`` set; a re-read keeps them last in their groups.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError
from workshop.models import Input
from workshop.services import agenda, candidates, capture, committees, meetings

from ui.context import AppContext
from ui.input_origin import input_origin, phone_icon
from ui.models.standard_rows import KEY_ROLE, Row, sync_children

if TYPE_CHECKING:
    from ui.commands import ServiceCommand

ID_ROLE = KEY_ROLE  # the group's or the input's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "group" or "input"
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the group an input is in
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 4  # the pejlemærke an input is under, or None
CANDIDATE_TITLE_ROLE = Qt.ItemDataRole.UserRole + 5
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 6  # who gave it: "Anne Hansen · telefon", "" when typed here
ORDER_ROLE = Qt.ItemDataRole.UserRole + 7  # (position, id): where an input belongs in its group
MEMBERS_ROLE = Qt.ItemDataRole.UserRole + 8  # a group's member names, in seat order
MEMBER_IDS_ROLE = Qt.ItemDataRole.UserRole + 9
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 10  # kept off the projector and the phones (the referat prints it)
PENDING_ROLE = Qt.ItemDataRole.UserRole + 11  # typed here, shown at once, its commit not back yet
VERSION_ROLE = Qt.ItemDataRole.UserRole + 12  # the input's version as shown (an edit is based on it)

_UNDER = QBrush(QColor("#2f6f3e"))
_HIDDEN = QBrush(QColor("#8a8a8a"))


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font

INPUT_MIME = "application/x-workshop-inputs"  # JSON: {"group": id, "inputs": [ShownInput as a dict]}

_INPUT_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled)
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
# No id yet: selectable (the selection stays when it is saved), not edited or dragged until then.
_PENDING_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

_pending_keys = itertools.count(-1, -1)  # a pending row's key: negative, never a row id
# A pending row looks like any other (its commit is back within ~0.2 s on a busy Wi-Fi: a mark
# shown and taken off again would flicker); still out after this long, it is greyed in the columns.
LATE_MS = 400
_LATE = QBrush(QColor("#8a8a8a"))


@dataclass(frozen=True)
class ShownInput:
    """An input as a screen showed it: what an edit of it (hide, move, put under a pejlemærke) is
    based on. ``version`` None: not known (the edit then counts on the values shown)."""

    id: int
    version: int | None
    text: str = ""
    group_id: int | None = None
    candidate_id: int | None = None
    hidden: bool = False


def shown_input(index: QModelIndex | QPersistentModelIndex) -> ShownInput:
    """The input row ``index`` of an ``InputModel`` as it is shown now."""
    return ShownInput(int(index.data(ID_ROLE)), index.data(VERSION_ROLE), str(index.data() or ""),
                      index.data(GROUP_ROLE), index.data(CANDIDATE_ROLE), bool(index.data(HIDDEN_ROLE)))


def input_mime(group_id: int, inputs: list[ShownInput]) -> QMimeData:
    """Dragged inputs travel as they were shown, so the drop is based on the versions the user saw."""
    data = QMimeData()
    data.setData(INPUT_MIME, json.dumps({"group": group_id, "inputs": [asdict(i) for i in inputs]}).encode())
    return data


def read_input_mime(data: QMimeData) -> tuple[int, list[ShownInput]] | None:
    if not data.hasFormat(INPUT_MIME):
        return None
    payload = json.loads(bytes(data.data(INPUT_MIME).data()).decode())
    return int(payload["group"]), [ShownInput(**i) for i in payload["inputs"]]


def changed_input(ctx: AppContext, changes: ChangeSet) -> Input | None:
    """The input a one-input change set names, read once for every model that asks (the input
    and candidate models both look at a typed input: one query per key press, not two: the read is
    shared while the change set is announced, ``AppContext.read``), or not at all when the change
    set carries the row its INSERT returned (``ChangeSet.row``)."""
    if isinstance(changes.row, Input) and changes.row.id == changes.id:
        return changes.row
    return ctx.read(capture.get_input, changes.id) if changes.id is not None else None


def item_gone(ctx: AppContext, changes: ChangeSet, item_id: int) -> bool:
    """Whether ``changes`` took item ``item_id`` away (deleted, or its creation undone): the
    item's models then empty themselves instead of reading it."""
    if not changes.touches("items"):
        return False
    try:
        ctx.read(agenda.get_item, item_id)
    except NotFoundError:
        return True
    return False


def origin(inp: Input, names: dict[int, str]) -> str:
    """Who gave an input and how: "Anne Hansen · telefon", "Anne Hansen", or "" when typed here."""
    return input_origin(inp.origin, names.get(inp.member_id) if inp.member_id is not None else None)


def _pending_data(text: str, group_id: int) -> dict[int, Any]:
    return {Qt.ItemDataRole.DisplayRole: text, KIND_ROLE: "input", GROUP_ROLE: group_id, PENDING_ROLE: True,
            HIDDEN_ROLE: False, Qt.ItemDataRole.ToolTipRole: QCoreApplication.translate("InputModel", "Gemmes …")}


class InputModel(QStandardItemModel):
    """Groups of one group-work item with their inputs; follows ``ctx.changed``."""

    def __init__(self, ctx: AppContext, item_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.item_id = item_id
        self.meeting_id = ctx.read(agenda.get_item, item_id).meeting_id
        self._input_ids: set[int] = set()
        self._names: dict[int, str] = {}  # the committee's members, for an input's origin
        self._settled: ChangeSet | None = None  # the last change set a pending row became (``_settle``)
        self.reload()
        ctx.changed.connect(self.apply)

    # --- reading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the item's groups and inputs and sync the rows in place."""
        people = self.ctx.read(committees.list_members, self.ctx.read(meetings.get_meeting, self.meeting_id).committee_id)
        names = self._names = {m.pk: m.name for m in people}
        seat = {m.pk: n for n, m in enumerate(people)}
        groups = self.ctx.read(capture.list_groups, self.item_id)
        members = self.ctx.read(capture.group_members, self.item_id)
        titles = {c.pk: c.title for c in self.ctx.read(candidates.list_candidates, self.item_id)}
        by_group: dict[int, list[Input]] = {}
        for inp in self.ctx.read(capture.list_inputs, self.item_id):
            by_group.setdefault(inp.group_id, []).append(inp)
        self._input_ids = {i.pk for rows in by_group.values() for i in rows}
        rows = []
        for group in groups:
            ids = sorted(members.get(group.pk, []), key=lambda m: seat.get(m, 0))
            rows.append(Row(group.id, [{
                Qt.ItemDataRole.DisplayRole: group.name, KIND_ROLE: "group", GROUP_ROLE: group.id,
                MEMBERS_ROLE: [names.get(m, "?") for m in ids], MEMBER_IDS_ROLE: ids}],
                children=[*(self._row(inp, titles, names) for inp in by_group.get(group.pk, [])),
                          *self._pending_rows(group.pk)],
                flags=_GROUP_FLAGS))
        sync_children(self.invisibleRootItem(), rows)

    def _pending_rows(self, group_id: int) -> list[Row]:
        """The group's pending rows as they are: a re-read keeps them, last in the group."""
        group = self.group_item(group_id)
        if group is None:
            return []
        pending = [group.child(r) for r in range(group.rowCount()) if group.child(r).data(PENDING_ROLE)]
        return [Row(item.data(KEY_ROLE), [{**_pending_data(item.text(), group_id),
                                           Qt.ItemDataRole.ForegroundRole: item.data(Qt.ItemDataRole.ForegroundRole),
                                           Qt.ItemDataRole.ToolTipRole: item.data(Qt.ItemDataRole.ToolTipRole)}],
                    flags=_PENDING_FLAGS)
                for item in pending]

    @staticmethod
    def _row(inp: Input, titles: dict[int, str], names: dict[int, str]) -> Row:
        title = titles.get(inp.candidate_id, "") if inp.candidate_id is not None else ""
        source = origin(inp, names)
        tip = [QCoreApplication.translate("InputModel", "Fra {origin}").format(origin=source)] if source else []
        if inp.candidate_id is not None:
            tip.append(QCoreApplication.translate("InputModel", "Under pejlemærket »{title}«").format(title=title))
        if inp.hidden:
            tip.append(QCoreApplication.translate(
                "InputModel", "Skjult for projektor og telefoner (Ctrl+H viser det igen); referatet medtager det"))
        data: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: inp.text, KIND_ROLE: "input", GROUP_ROLE: inp.group_id,
            CANDIDATE_ROLE: inp.candidate_id, CANDIDATE_TITLE_ROLE: title, ORIGIN_ROLE: source,
            HIDDEN_ROLE: inp.hidden, ORDER_ROLE: (inp.position, inp.id), VERSION_ROLE: inp.version,
            Qt.ItemDataRole.ToolTipRole: "\n".join(tip) or None,
            # a member's own input, from their phone: a phone mark before the text
            Qt.ItemDataRole.DecorationRole: phone_icon() if inp.origin else None,
            # hidden: grey italics; under a pejlemærke: green, so the loose ones stand out
            Qt.ItemDataRole.ForegroundRole: _HIDDEN if inp.hidden else _UNDER if inp.candidate_id is not None else None,
            Qt.ItemDataRole.FontRole: _italic() if inp.hidden else None}
        return Row(inp.id, [data], flags=_INPUT_FLAGS)

    def apply(self, changes: ChangeSet) -> None:
        """Follow one change set: append a just-added input, else sync what it names."""
        if changes.meeting_id not in (None, self.meeting_id):
            return
        if item_gone(self.ctx, changes, self.item_id):
            self.clear()
            return
        if self._append(changes):
            return
        if changes.touches("groups", "inputs", "candidates", "members", "attendance"):
            self.reload()

    def _append(self, changes: ChangeSet) -> bool:
        """A change that only added one input, shown last in its group: append it. False: sync instead."""
        if changes is self._settled:
            return True  # a pending row of this model already became this input (``_settle``)
        if changes.kinds != {"inputs"} or changes.id is None or changes.id in self._input_ids:
            return False
        inp = changed_input(self.ctx, changes)
        group = self.group_item(inp.group_id) if inp is not None else None
        if inp is None or group is None or inp.candidate_id is not None or inp.hidden \
                or (inp.member_id is not None and inp.member_id not in self._names):
            return False
        stored = self._stored_count(group)  # pending rows stay last, after it
        if stored and tuple(group.child(stored - 1).data(ORDER_ROLE)) > (inp.position, inp.id):
            return False
        row = self._row(inp, {}, self._names)
        item = QStandardItem()
        item.setFlags(_INPUT_FLAGS)
        for role, value in row.columns[0].items():
            if value is not None:
                item.setData(value, role)
        item.setData(inp.id, KEY_ROLE)
        group.insertRow(stored, [item])
        self._input_ids.add(inp.pk)
        return True

    @staticmethod
    def _stored_count(group: QStandardItem) -> int:
        """How many of the group's rows are stored inputs (the pending ones come after them)."""
        n = group.rowCount()
        while n and group.child(n - 1).data(PENDING_ROLE):
            n -= 1
        return n

    # --- typed here: shown at once, saved on the database's lane -------------------------

    def add_input(self, group_id: int, text: str, command: ServiceCommand,
                  failed: Callable[[str, str], str]) -> bool:
        """Show ``text`` at once as a pending row last in its group (every view of this model: the
        columns and the projector) and run ``command``, which adds it, without waiting
        (``AppContext.submit``). When the commit returns the pending row becomes the stored input
        in place; when it is refused the row is taken out and ``failed(text, reason)`` gives the
        message to show (the caller puts the text back). False when nothing was started (the
        server is known to be unreachable; said already)."""
        group = self.group_item(group_id)
        if group is None:
            return False
        key = next(_pending_keys)
        item = QStandardItem()
        item.setFlags(_PENDING_FLAGS)
        for role, value in _pending_data(text, group_id).items():
            item.setData(value, role)
        item.setData(key, KEY_ROLE)
        group.appendRow(item)
        QTimer.singleShot(LATE_MS, self, lambda: self._late(group_id, key))

        def done(changes: ChangeSet) -> None:
            self._settle(group_id, key, changes, changes.row if isinstance(changes.row, Input) else None)

        def refused(reason: str) -> str:
            self._drop(group_id, key)
            return failed(text, reason)

        started = self.ctx.submit(command, done=done, failed=refused)
        if not started:
            self._drop(group_id, key)
        return started

    def _pending_item(self, group_id: int, key: int) -> QStandardItem | None:
        group = self.group_item(group_id)
        if group is None:
            return None
        return next((group.child(r) for r in range(group.rowCount() - 1, -1, -1)
                     if group.child(r).data(KEY_ROLE) == key), None)

    def _late(self, group_id: int, key: int) -> None:
        """Still not saved after ``LATE_MS``: grey in the columns, and its tooltip says why."""
        item = self._pending_item(group_id, key)
        if item is not None and item.data(PENDING_ROLE):
            self.setItemData(item.index(), {
                Qt.ItemDataRole.ForegroundRole: _LATE,
                Qt.ItemDataRole.ToolTipRole: QCoreApplication.translate(
                    "InputModel", "Gemmes … (serveren har ikke svaret endnu)")})

    def _drop(self, group_id: int, key: int) -> None:
        item = self._pending_item(group_id, key)
        if item is not None:
            item.parent().removeRow(item.row())

    def _settle(self, group_id: int, key: int, changes: ChangeSet, inp: Input | None) -> None:
        """The commit of a pending row returned: the same row becomes the stored input (one
        ``dataChanged``), so it keeps its place and every view its selection and scroll position."""
        item = self._pending_item(group_id, key)
        if item is None or changes.id is None:
            return  # re-read or emptied meanwhile: the change set's broadcast brings it
        if inp is None or inp.group_id != group_id or changes.id in self._input_ids:
            item.parent().removeRow(item.row())  # already shown by a re-read, or unread: the broadcast syncs
            return
        data = self._row(inp, {}, self._names).columns[0]
        data[KEY_ROLE] = inp.id
        data[PENDING_ROLE] = None
        data = {role: value for role, value in data.items() if item.data(role) != value}  # what views must redo
        self.blockSignals(True)  # the flags with the data: one dataChanged for the views
        try:
            item.setFlags(_INPUT_FLAGS)
        finally:
            self.blockSignals(False)
        self.setItemData(item.index(), data)
        self._input_ids.add(inp.pk)
        self._settled = changes

    # --- lookups --------------------------------------------------------------------

    def group_item(self, group_id: int) -> QStandardItem | None:
        root = self.invisibleRootItem()
        return next((root.child(r) for r in range(root.rowCount()) if root.child(r).data(ID_ROLE) == group_id), None)

    def group_index(self, group_id: int) -> QModelIndex:
        item = self.group_item(group_id)
        return item.index() if item is not None else QModelIndex()

    def group_ids(self) -> list[int]:
        root = self.invisibleRootItem()
        return [root.child(r).data(ID_ROLE) for r in range(root.rowCount())]

    def texts(self, group_id: int) -> list[str]:
        group = self.group_item(group_id)
        return [] if group is None else [group.child(r).text() for r in range(group.rowCount())]

    def shown(self, input_id: int) -> ShownInput | None:
        """The input as this model shows it (None: not here, or not saved yet)."""
        for gid in self.group_ids():
            group = self.group_item(gid)
            assert group is not None
            for r in range(group.rowCount()):
                if group.child(r).data(ID_ROLE) == input_id and not group.child(r).data(PENDING_ROLE):
                    return shown_input(group.child(r).index())
        return None

    def input_text(self, input_id: int) -> str:
        for gid in self.group_ids():
            group = self.group_item(gid)
            assert group is not None
            for r in range(group.rowCount()):
                if group.child(r).data(ID_ROLE) == input_id:
                    return str(group.child(r).text())
        return ""

    # --- drag and drop: ids travel, the database decides -------------------------------

    def mimeTypes(self) -> list[str]:
        return [INPUT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [i for i in indexes if i.isValid() and i.data(KIND_ROLE) == "input"]
        rows.sort(key=lambda i: i.row())
        group = rows[0].data(GROUP_ROLE) if rows else 0
        return input_mime(group, [shown_input(i) for i in rows])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dropMimeData(self, *_args: object) -> bool:
        return False  # views turn drops into commands; the change set then moves the rows
