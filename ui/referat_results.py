"""An item's results part (or, locked, its printed decision) shown read-only as it will print.

The blocks come from ``referat_service.printed_results``, which takes them from the same
function the PDF is drafted with (``workshop.referat.results.results_part``) or, once the
referat is sent, from the frozen referat itself; this module only lays them out as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from workshop.referat.content import Block


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _block(block: Block) -> str:
    if block.kind == "heading":
        return f"<h3>{_text(block.text)}</h3>"
    if block.kind == "subheading":
        return f"<h4>{_text(block.text)}</h4>"
    if block.kind == "field":
        return f"<p><b>{_text(block.label)}:</b> {_text(block.text)}</p>"
    if block.kind in ("numbered", "bullets"):
        tag = "ol" if block.kind == "numbered" else "ul"
        return f"<{tag}>" + "".join(f"<li>{_text(i)}</li>" for i in block.items) + f"</{tag}>"
    if block.kind == "table":
        rows = []
        for r, row in enumerate(block.rows):
            cell = "th" if r == 0 else "td"
            rows.append("<tr>" + "".join(f"<{cell}>{_text(c)}</{cell}>" for c in row) + "</tr>")
        return '<table border="1" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"
    if block.kind == "meta":
        return f'<p style="color:#555">{_text(block.text)}</p>'
    return f"<p>{_text(block.text)}</p>"


def blocks_html(blocks: Sequence[Block]) -> str:
    """The blocks as simple HTML, in the order and wording the PDF prints them (all text escaped)."""
    return "".join(_block(b) for b in blocks)


class ResultsView(QTextBrowser):
    """Read-only, selectable, as tall as its text up to ``max_lines`` lines (then it scrolls)."""

    def __init__(self, max_lines: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: tuple[Block, ...] = ()
        self.max_lines = max_lines
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QTextBrowser { background: #f6f6f2; }")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(6)
        self.hide()

    def show_blocks(self, blocks: Sequence[Block]) -> None:
        """Show the blocks (hidden when there are none); unchanged blocks keep the scroll position."""
        blocks = tuple(blocks)
        self.setVisible(bool(blocks))
        if blocks == self.blocks:
            return
        self.blocks = blocks
        scroll = self.verticalScrollBar().value()
        self.setHtml(blocks_html(blocks))  # none: empty, so nothing of another item stays behind
        self._fit()
        self.verticalScrollBar().setValue(scroll)

    def _fit(self) -> None:
        """As tall as the text at the current width, at most ``max_lines`` lines."""
        self.document().setTextWidth(max(200, self.viewport().width()))
        limit = self.fontMetrics().lineSpacing() * self.max_lines
        height = min(int(self.document().size().height()) + 2 * self.frameWidth() + 2, limit)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
