"""Live capture during the meeting: the selected item's answers, groups or working groups,
and for every item its decision, remarks and who was away.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.changes import ChangeSet
from workshop.errors import NotFoundError
from workshop.models import AgendaItem
from workshop.services import agenda, meetings
from workshop.services import referat as referat_service

from ui.context import AppContext
from ui.panels.agenda_templates import kind_label
from ui.panels.capture_answers import QuestionRoundView
from ui.panels.capture_decision import DecisionView
from ui.panels.capture_groups import GroupWorkView
from ui.panels.capture_keys import on_key
from ui.panels.capture_working_groups import WorkingGroupsView


class ItemSummary(QTextBrowser):
    """What an item without live capture of its own is about: resumé and indstilling."""

    def show_item(self, item: AgendaItem) -> None:
        parts = []
        if item.summary:
            parts.append(f"<h3>Resumé</h3><p>{escape(item.summary)}</p>")
        if item.recommendations:
            who = escape(item.recommended_by) + " indstiller" if item.recommended_by else "Indstilling"
            rows = "".join(f"<li>{escape(r)}</li>" for r in item.recommendations)
            parts.append(f"<h3>{who}</h3><ol>{rows}</ol>")
        if not parts:
            parts.append("<p>Skriv beslutningen og eventuelle tilførsler nedenfor.</p>")
        self.setHtml("".join(parts))


class CapturePanel(QWidget):
    """The secretary's screen while the meeting runs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.item: AgendaItem | None = None
        self._unbuilt: AgendaItem | None = None  # a group-work item chosen while hidden, built when shown
        self.items: list[AgendaItem] = []

        self.selector = QComboBox()
        self.selector.setAccessibleName("Dagsordenspunkt")
        self.selector.setMinimumWidth(360)
        self.selector.currentIndexChanged.connect(self._selector_changed)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip("Forrige punkt (Ctrl+PgUp)")
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip("Næste punkt (Ctrl+PgDown)")
        self.next_button.clicked.connect(self.next_item)
        self.kind_label = QLabel()
        self.kind_label.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(QLabel("Punkt"))
        top.addWidget(self.prev_button)
        top.addWidget(self.selector, 1)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.kind_label)

        self.answers = QuestionRoundView(ctx)
        self.groups = GroupWorkView(ctx)
        self.working_groups = WorkingGroupsView(ctx)
        self.summary = ItemSummary()
        self.empty = QLabel("Vælg et møde med en dagsorden for at registrere.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.empty, self.summary, self.answers, self.groups, self.working_groups):
            self.stack.addWidget(page)
        self.decision = DecisionView(ctx)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stack)
        split.addWidget(self.decision)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([560, 200])
        self.splitter = split

        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet("background: #fff4c2; color: #4d3d00; padding: 6px; border-radius: 3px;")
        self.locked.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(split, 1)

        for keys, slot in (("Ctrl+PgUp", self.previous_item), ("Ctrl+PgDown", self.next_item)):
            on_key(self, keys, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.changed.connect(self.on_changed)
        self._show_item(None)

    # --- meeting and item -----------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.item = None
        current = None
        if meeting_id is not None:
            try:
                current = meetings.get_meeting(self.ctx.db, meeting_id).current_item_id
            except NotFoundError:
                self.meeting_id = None
        self._load_items(select=current)
        self._show_lock()

    def _show_lock(self) -> None:
        """Once the referat is sent or approved the services refuse changes: say so, and offer none."""
        state = referat_service.referat_state(self.ctx.db, self.meeting_id) if self.meeting_id else None
        status = (state or {}).get("status", "draft")
        version = (state or {}).get("version", 1)
        text = {"sent": f"Referatet (version {version}) er sendt til godkendelse, så mødet kan ikke ændres.",
                "approved": f"Referatet (version {version}) er godkendt og låst. Start en rettelse under"
                            " Referat for at ændre noget."}.get(status, "")
        self.locked.setText(text)
        self.locked.setVisible(bool(text))
        self.stack.setEnabled(not text)
        self.decision.setEnabled(not text)

    def _load_items(self, select: int | None = None) -> None:
        self.items = agenda.list_items(self.ctx.db, self.meeting_id) if self.meeting_id is not None else []
        self.selector.blockSignals(True)
        self.selector.clear()
        for n, item in enumerate(self.items, start=1):
            self.selector.addItem(f"{n}. {item.title}", item.id)
        index = self.selector.findData(select) if select is not None else -1
        if index < 0 and self.items:
            index = 0
        self.selector.setCurrentIndex(index)
        self.selector.blockSignals(False)
        self._show_item(self.items[index] if index >= 0 else None)

    def select_item(self, item_id: int) -> None:
        index = self.selector.findData(item_id)
        if index >= 0:
            self.selector.setCurrentIndex(index)

    def previous_item(self) -> None:
        if self.selector.currentIndex() > 0:
            self.selector.setCurrentIndex(self.selector.currentIndex() - 1)

    def next_item(self) -> None:
        if self.selector.currentIndex() + 1 < self.selector.count():
            self.selector.setCurrentIndex(self.selector.currentIndex() + 1)

    def _selector_changed(self, index: int) -> None:
        self.flush()
        self._show_item(self.items[index] if 0 <= index < len(self.items) else None)

    def _show_item(self, item: AgendaItem | None) -> None:
        same = (item is not None and self.item is not None and item.id == self.item.id
                and item.kind == self.item.kind)
        self.item = item
        self._unbuilt = None
        self.prev_button.setEnabled(self.selector.currentIndex() > 0)
        self.next_button.setEnabled(0 <= self.selector.currentIndex() < self.selector.count() - 1)
        self.decision.setVisible(item is not None)
        if item is None or self.meeting_id is None:
            self.kind_label.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        self.kind_label.setText(kind_label(item.kind))
        page = self._page_for(item)
        if page is self.groups and not self.isVisible():
            # A column per group with every input (5,000 on a large meeting): not before the
            # panel is shown, e.g. at start-up behind the agenda (bench figure 1b).
            self._unbuilt = item
            self.decision.set_item(self.meeting_id, item)
            self.stack.setCurrentWidget(self.empty)
            return
        if same:
            page.show_item(item)  # type: ignore[attr-defined]
        else:
            if page is not self.summary:
                page.set_item(self.meeting_id, item)  # type: ignore[attr-defined]
            self.decision.set_item(self.meeting_id, item)
        if page is self.summary:
            self.summary.show_item(item)
        self.stack.setCurrentWidget(page)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._unbuilt is not None:
            item, self.item = self._unbuilt, None  # None: built afresh, not refreshed
            self._show_item(item)

    def _page_for(self, item: AgendaItem) -> QWidget:
        return {"question_round": self.answers, "group_work": self.groups,
                "working_groups": self.working_groups}.get(item.kind, self.summary)

    def flush(self) -> None:
        """Save every field the user has typed into but not yet left."""
        for view in (self.answers, self.groups, self.working_groups, self.decision):
            view.flush()

    # --- changes ----------------------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        if self.meeting_id is None:
            return
        if changes.meeting_id is not None and changes.meeting_id != self.meeting_id:
            return
        if changes.touches("meetings") and changes.meeting_id == self.meeting_id:
            try:
                meetings.get_meeting(self.ctx.db, self.meeting_id)
            except NotFoundError:
                self.set_meeting(None)
                return
        if changes.touches("items"):
            keep = self.item.id if self.item else None
            fresh = agenda.list_items(self.ctx.db, self.meeting_id)
            if [(i.id, i.title, i.kind) for i in fresh] != [(i.id, i.title, i.kind) for i in self.items]:
                self._load_items(select=keep)  # the same item stays on screen, its fields untouched
            else:
                self.items = fresh
                item = next((i for i in fresh if i.id == keep), None)
                if item is not None:
                    self.item = item
                    page = self._page_for(item)
                    if page is self.summary:
                        self.summary.show_item(item)
                    else:
                        page.show_item(item)  # type: ignore[attr-defined]
        if changes.touches("referat"):
            self._show_lock()
        if self.item is None:
            return
        page = self.stack.currentWidget()
        if page in (self.answers, self.groups, self.working_groups):
            page.refresh(changes)  # type: ignore[attr-defined]
        self.decision.refresh(changes)
