"""The groups on the wall: a column per group with its members and its newest inputs as cards.

A view of the item's ``InputModel``: an input appended to a group adds one card (the
oldest that no longer fits becomes "+N flere"); any other change rebuilds the cards
from the model, never from the database. A column shows the newest inputs that fit:
1,250 cards would not fit anyway, and building them took 46 s (bench figure 3).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.models.input_model import HIDDEN_ROLE, ID_ROLE, MEMBERS_ROLE, ORIGIN_ROLE, InputModel

Index = QModelIndex | QPersistentModelIndex


def card_text(row: QStandardItem) -> str:
    """An input's card: its text, and under it who gave it when a member did (``Anne Hansen · telefon``)."""
    origin = row.data(ORIGIN_ROLE)
    return f"{row.text()}\n— {origin}" if origin else str(row.text())


def shown_rows(group: QStandardItem) -> list[QStandardItem]:
    """A group's inputs the wall shows: not the hidden ones (the referat still prints them)."""
    return [group.child(r) for r in range(group.rowCount()) if not group.child(r).data(HIDDEN_ROLE)]


def card_label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _Column:
    """One group: its name, members, "+N flere" and the cards of its newest inputs."""

    def __init__(self, layout: QVBoxLayout, title: QLabel, members: QLabel, more: QLabel) -> None:
        self.layout, self.title, self.members, self.more = layout, title, members, more
        self.cards: list[QLabel] = []
        self.hidden = 0


class InputCards(QWidget):
    """Renders an ``InputModel``; ``fit`` cards per column (set by the projector from its size)."""

    def __init__(self, more_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projector_groups")
        self.model: InputModel | None = None
        self.fit = 3
        self._more_text = more_text  # "+%1 flere", translated by the projector
        self.row = QHBoxLayout(self)
        self.columns: dict[int, _Column] = {}

    def set_model(self, model: InputModel | None) -> None:
        if model is not self.model:
            if self.model is not None:
                for signal in self._signals(self.model):
                    signal.disconnect(self.rebuild)
                self.model.rowsInserted.disconnect(self._inserted)
                self.model.dataChanged.disconnect(self._data_changed)
            self.model = model
            if model is not None:
                for signal in self._signals(model):
                    signal.connect(self.rebuild)
                model.rowsInserted.connect(self._inserted)
                model.dataChanged.connect(self._data_changed)
        self.rebuild()

    @staticmethod
    def _signals(model: InputModel) -> list:
        return [model.rowsRemoved, model.modelReset, model.layoutChanged, model.rowsMoved]

    def set_fit(self, fit: int) -> None:
        if fit != self.fit:
            self.fit = fit
            self.rebuild()

    # --- building ---------------------------------------------------------------------

    def _clear(self) -> None:
        while self.row.count():
            child = self.row.takeAt(0)
            layout = child.layout() if child is not None else None
            if layout is not None:
                while layout.count():
                    taken = layout.takeAt(0)
                    widget = taken.widget() if taken is not None else None
                    if widget is not None:
                        widget.hide()  # at once: deleteLater waits for the event loop, and a grab would still paint it
                        widget.deleteLater()
        self.columns = {}

    def rebuild(self, *_args: object) -> None:
        self._clear()
        model = self.model
        if model is None:
            return
        for r in range(model.rowCount()):
            group = model.item(r)
            layout = QVBoxLayout()
            layout.setSpacing(8)
            self.row.addLayout(layout, 1)  # first: its labels get a parent before show/hide
            title = card_label(group.text(), "card_title")
            members = card_label(", ".join(n.split(" ")[0] for n in group.data(MEMBERS_ROLE) or []), "card_small")
            more = card_label("", "card_small")
            for widget in (title, members, more):
                layout.addWidget(widget)
            column = _Column(layout, title, members, more)
            rows = shown_rows(group)
            column.hidden = max(0, len(rows) - self.fit)
            for row in rows[column.hidden:]:
                self._add_card(column, card_text(row))
            self._show_more(column)
            layout.addStretch(1)
            self.columns[group.data(ID_ROLE)] = column

    def _add_card(self, column: _Column, text: str) -> None:
        card = card_label(text, "card")
        column.layout.addWidget(card)  # while building: the stretch comes after the last card
        column.cards.append(card)

    def _show_more(self, column: _Column) -> None:
        column.more.setText(self._more_text.replace("%1", str(column.hidden)))
        column.more.setVisible(column.hidden > 0)

    def _inserted(self, parent: Index, first: int, last: int) -> None:
        """Inputs appended to a group: a card each, the oldest beyond ``fit`` counted; else rebuild."""
        model = self.model
        if model is None:
            return
        group = model.itemFromIndex(parent) if parent.isValid() else None
        column = self.columns.get(group.data(ID_ROLE)) if group is not None else None
        if group is None or column is None or last != group.rowCount() - 1:
            self.rebuild()
            return
        for n in range(first, last + 1):
            if group.child(n).data(HIDDEN_ROLE):
                continue
            card = card_label(card_text(group.child(n)), "card")
            column.layout.insertWidget(column.layout.count() - 1, card)  # above the stretch
            column.cards.append(card)
        while len(column.cards) > self.fit:
            oldest = column.cards.pop(0)
            column.layout.removeWidget(oldest)
            oldest.hide()
            oldest.deleteLater()
            column.hidden += 1
        self._show_more(column)

    def _data_changed(self, top: Index, bottom: Index, roles: list[int]) -> None:
        """Inputs whose text or origin changed (a pending row saved, an edit): their cards' text in
        place; a change to what is shown (hidden, groups, names) rebuilds."""
        model = self.model
        parent = top.parent()
        group = model.itemFromIndex(parent) if model is not None and parent.isValid() else None
        column = self.columns.get(group.data(ID_ROLE)) if group is not None else None
        if group is None or column is None or not roles or HIDDEN_ROLE in roles:
            self.rebuild()
            return
        card, r = len(column.cards), group.rowCount()  # the cards are the last shown rows
        while card > 0 and r > top.row():
            r -= 1
            if group.child(r).data(HIDDEN_ROLE):
                continue
            card -= 1
            if r <= bottom.row():
                column.cards[card].setText(card_text(group.child(r)))

    # --- what is shown (tests) -----------------------------------------------------------

    def cards(self) -> dict[str, list[str]]:
        """Group name -> the input cards shown under it, in order."""
        return {c.title.text(): [card.text() for card in c.cards] for c in self.columns.values()}

    def hidden(self) -> dict[str, int]:
        return {c.title.text(): c.hidden for c in self.columns.values()}
