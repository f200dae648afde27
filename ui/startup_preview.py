"""The last meeting's agenda, read-only, while the data layer loads (about a second).

The main window shows this right after its first paint, from
workshop/agenda_preview.py (plain ``sqlite3``); when SQLAlchemy and the screens
have loaded, ``MainWindow.open_database`` replaces it with the real navigator and
panels on the item the user selected here. It looks like the screens it stands in
for, so nothing jumps when they arrive. Its lists keep their rows in C++
(QTreeWidget/QListWidget): scrolling and painting need no Python, so they stay
smooth while the loader thread holds the interpreter.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.agenda_preview import AgendaPreview, PreviewItem

from ui.models.agenda_text import CASE_SECTIONS, agenda_row_text, schedule_summary
from ui.models.meeting_labels import folder_title, meeting_label
from ui.panels import PANELS
from ui.panels.agenda_templates import kind_label
from ui.qt_typed import QT_TRANSLATE_NOOP

AGENDA_TAB = next(i for i, spec in enumerate(PANELS) if spec.module == "ui.panels.agenda")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class AgendaPreviewView(QSplitter):
    """Navigator and agenda tab as they will look, read-only; ``current_item_id`` is the user's pick."""

    def __init__(self, preview: AgendaPreview, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("startupPreview")
        self.preview = preview
        self.addWidget(self._navigator())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for index, spec in enumerate(PANELS):
            page = self._agenda_tab() if index == AGENDA_TAB else QWidget(self.tabs)
            self.tabs.addTab(page, QCoreApplication.translate("Panels", spec.title))
            self.tabs.setTabEnabled(index, index == AGENDA_TAB)
        self.tabs.setCurrentIndex(AGENDA_TAB)
        self.addWidget(self.tabs)
        self.setStretchFactor(1, 1)
        self.setSizes([280, 1000])
        if preview.items:
            self.items.setCurrentRow(0)

    @property
    def current_item_id(self) -> int | None:
        row = self.items.currentRow()
        return self.preview.items[row].id if 0 <= row < len(self.preview.items) else None

    def _navigator(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("previewNavigator")
        tree.setHeaderHidden(True)
        tree.setMinimumWidth(220)
        current = None
        for committee in self.preview.committees:
            node = QTreeWidgetItem(tree, [committee.name])
            font = QFont(node.font(0))
            font.setBold(True)
            node.setFont(0, font)
            meetings = QTreeWidgetItem(node, [f"{folder_title('meetings')} ({len(committee.meetings)})"])
            for meeting in committee.meetings:
                leaf = QTreeWidgetItem(meetings, [meeting_label(meeting)])
                leaf.setToolTip(0, meeting.title)
                if meeting.id == self.preview.meeting.id:
                    current = leaf
            for folder in ("members", "tasks", "working_groups"):
                QTreeWidgetItem(node, [f"{folder_title(folder)} ({committee.folder_counts.get(folder, 0)})"])
        if current is not None:
            tree.setCurrentItem(current)
            tree.scrollToItem(current)
        return tree

    def _agenda_tab(self) -> QWidget:
        meeting = self.preview.meeting
        page = QWidget(self)
        header = QGridLayout()
        for row, column, label, value in (
                (0, 0, QT_TRANSLATE_NOOP("AgendaPanel", "Møde"), meeting.title),
                (0, 2, QT_TRANSLATE_NOOP("AgendaPanel", "Starter"), f"{meeting.starts_at:%d.%m.%Y %H:%M}"),
                (0, 4, QT_TRANSLATE_NOOP("AgendaPanel", "Sted"), meeting.location),
                (1, 0, QT_TRANSLATE_NOOP("AgendaPanel", "Formål"), meeting.purpose),
                (1, 4, QT_TRANSLATE_NOOP("AgendaPanel", "Sags ID"), meeting.case_id)):
            field = QLineEdit(value, page)
            field.setReadOnly(True)
            field.setCursorPosition(0)
            header.addWidget(QLabel(_tr("AgendaPanel", label), page), row, column)
            header.addWidget(field, row, column + 1, 1, 3 if (row, column) == (1, 0) else 1)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(5, 2)

        self.items = QListWidget(page)
        self.items.setObjectName("previewAgendaList")
        self.items.setSpacing(2)
        closed = _tr("AgendaPanel", "lukket")
        for number, item in enumerate(self.preview.items, start=1):
            entry = QListWidgetItem(agenda_row_text(number, item, item.planned_start, closed), self.items)
            entry.setToolTip(item.title)
        self.detail = QTextBrowser(page)
        self.detail.setObjectName("previewItem")
        self.items.currentRowChanged.connect(self._show_item)
        schedule = QLabel(schedule_summary(meeting.starts_at, [i.planned_minutes or 0 for i in self.preview.items]),
                          page)
        schedule.setWordWrap(True)

        items_column = QWidget(page)
        column_layout = QVBoxLayout(items_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(QLabel(_tr("AgendaPanel", "<b>Punkter og tidsplan</b>"), items_column))
        column_layout.addWidget(self.items, 1)
        column_layout.addWidget(schedule)
        body = QSplitter(Qt.Orientation.Horizontal, page)
        body.addWidget(items_column)
        body.addWidget(self.detail)
        body.setSizes([380, 600])
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        return page

    def _show_item(self, row: int) -> None:
        item = self.preview.items[row] if 0 <= row < len(self.preview.items) else None
        self.detail.setHtml(item_html(item) if item is not None else "")


def item_html(item: PreviewItem) -> str:
    """The item's heading facts and case sections as the agenda form lists them, read-only."""
    facts = [(_tr("AgendaPanel", "Type"), kind_label(item.kind))]
    if item.planned_minutes:
        facts.append((_tr("AgendaPanel", "Tidsramme"), f"{item.planned_minutes} min"))
    if item.case_id:
        facts.append((_tr("AgendaPanel", "Sags ID"), item.case_id))
    parts = [f"<h3>{escape(item.title)}</h3>",
             "<p>" + "<br>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in facts) + "</p>"]
    for field, label, _lines in CASE_SECTIONS:
        text = getattr(item, field)
        if text:
            parts.append(f"<p><b>{escape(_tr('AgendaPanel', label))}</b><br>{_paragraphs(text)}</p>")
    if item.recommendations or item.recommended_by:
        heading = _tr("AgendaPanel", "Indstilling")
        who = f" ({escape(item.recommended_by)})" if item.recommended_by else ""
        points = "".join(f"<li>{escape(p)}</li>" for p in item.recommendations)
        parts.append(f"<p><b>{escape(heading)}</b>{who}</p><ol>{points}</ol>")
    if item.decided_by:
        parts.append(f"<p><b>{escape(_tr('AgendaPanel', 'Beslutningen træffes af'))}</b><br>"
                     f"{escape(item.decided_by)}</p>")
    return "".join(parts)


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())
