"""Bringing a QStandardItem's children in line with fresh rows, in place.

A model fed by change sets must not reset on every change: views would lose their
selection, scroll position, expanded rows and open editors. ``sync_children`` removes
the rows that are gone, inserts the new ones where they belong, moves the ones whose
place changed and sets only the data that differs, so each view sees the smallest
signals (rowsRemoved, rowsInserted, dataChanged).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # every synced row's key (a row id)


@dataclass
class Row:
    """One wanted row: its key, the data of each column by role, and its own children (if kept)."""

    key: Hashable
    columns: list[dict[int, Any]]
    children: Sequence[Row] | None = None  # None: leave the row's children alone
    flags: Qt.ItemFlag | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _new_items(row: Row, width: int) -> list[QStandardItem]:
    items = []
    for column in range(width):
        item = QStandardItem()
        item.setEditable(False)
        if row.flags is not None:
            item.setFlags(row.flags)
        data = row.columns[column] if column < len(row.columns) else {}
        for role, value in data.items():
            item.setData(value, role)
        items.append(item)
    items[0].setData(row.key, KEY_ROLE)
    if row.children:
        if width == 1:
            items[0].appendRows([_new_items(child, width)[0] for child in row.children])
        else:
            for child in row.children:
                items[0].appendRow(_new_items(child, width))
    return items


def _update(parent: QStandardItem, r: int, row: Row, width: int) -> None:
    for column in range(width):
        item = parent.child(r, column)
        if item is None:
            item = QStandardItem()
            item.setEditable(False)
            parent.setChild(r, column, item)
        if row.flags is not None and item.flags() != row.flags:
            item.setFlags(row.flags)
        data = row.columns[column] if column < len(row.columns) else {}
        for role, value in data.items():
            if item.data(role) != value:
                item.setData(value, role)
    if row.children is not None:
        sync_children(parent.child(r, 0), row.children, width)


def sync_children(parent: QStandardItem, rows: Sequence[Row], width: int = 1,
                  on_new: Callable[[QStandardItem], None] | None = None) -> None:
    """Make ``parent``'s children the ``rows``, in that order, touching only what differs."""
    wanted = {row.key for row in rows}
    if len(wanted) != len(rows):
        raise ValueError("rows with the same key")
    if parent.rowCount() == 0 and rows:  # first fill: one insertion, not one per row
        batch = [_new_items(row, width) for row in rows]
        if width == 1:
            parent.appendRows([items[0] for items in batch])
        else:
            for items in batch:
                parent.appendRow(items)
        return
    for r in range(parent.rowCount() - 1, -1, -1):  # gone, bottom up so indexes stay right
        if parent.child(r, 0).data(KEY_ROLE) not in wanted:
            parent.removeRow(r)
    for r, row in enumerate(rows):
        current = parent.child(r, 0).data(KEY_ROLE) if r < parent.rowCount() else None
        if current != row.key:
            found = next((i for i in range(r + 1, parent.rowCount())
                          if parent.child(i, 0).data(KEY_ROLE) == row.key), None)
            if found is not None:  # moved up from further down
                parent.insertRow(r, parent.takeRow(found))
            else:
                items = _new_items(row, width)
                parent.insertRow(r, items)
                if on_new is not None:
                    on_new(items[0])
                continue
        _update(parent, r, row, width)
