"""Cards of text that fit the wall: the type shrinks until all cards fit, down to a minimum, then pages.

A question round of fifteen long answers must be readable at 1920×1080 without anyone
pressing Ctrl+-: the cards are laid out in one or two columns at the largest size that
fits (from the projector's body size down to ``MIN_PX``); what does not fit at the
minimum is split into pages that turn by themselves every ``PAGE_SECONDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_PX = 20  # the smallest body text, at scale 1, that reads across a meeting room on a 1080p projector
PAGE_SECONDS = 12
PAD, GAP = 10, 10


@dataclass(frozen=True)
class Card:
    heading: str  # a member's name, in the accent colour
    text: str


@dataclass
class _Placed:
    card: Card
    rect: QRect


class FittedCards(QWidget):
    """Paints ``cards``; ``font_px`` and ``pages`` say how they fitted (for tests and the status line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cards: list[Card] = []
        self.base_px = 30
        self.scale = 1.0
        self.font_px = self.base_px
        self.pages: list[list[_Placed]] = []
        self.page = 0
        self.card_color = QColor("#22303c")
        self.heading_color = QColor("#7fc4ff")
        self.text_color = QColor("white")
        self._flip = QTimer(self)
        self._flip.setInterval(PAGE_SECONDS * 1000)
        self._flip.timeout.connect(self.next_page)

    def sizeHint(self) -> QSize:
        return QSize(1600, 800)

    def set_cards(self, cards: list[Card]) -> None:
        if cards != self.cards:
            self.cards = list(cards)
            self.page = 0
            self._fit()

    def set_scale(self, base_px: int, scale: float) -> None:
        self.base_px, self.scale = base_px, scale
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def texts(self) -> list[str]:
        return [f"{c.heading}: {c.text}" if c.heading else c.text for c in self.cards]

    def next_page(self) -> None:
        if len(self.pages) > 1:
            self.page = (self.page + 1) % len(self.pages)
            self.update()

    # --- fitting -------------------------------------------------------------------

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def _document(self, card: Card, px: int, width: int) -> QTextDocument:
        """The card's text, its heading (a member's name) in bold accent colour at the start."""
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._font(px))
        doc.setTextWidth(width)
        body = escape(card.text).replace("\n", "<br>")
        head = (f'<span style="color: {self.heading_color.name()}; font-weight: bold;">'
                f"{escape(card.heading)}:</span> ") if card.heading else ""
        doc.setHtml(f'<div style="color: {self.text_color.name()};">{head}{body}</div>')
        return doc

    def _layout(self, px: int, height_limit: int | None) -> list[list[_Placed]]:
        """Cards placed row by row in one or two columns at ``px``; a new page whenever the height is used up."""
        width = max(200, self.width())
        columns = 2 if len(self.cards) > 4 else 1
        col_w = (width - GAP * (columns - 1)) // columns
        pages: list[list[_Placed]] = [[]]
        y = 0
        for start in range(0, len(self.cards), columns):
            row = self.cards[start:start + columns]
            heights = [int(self._document(card, px, col_w - 2 * PAD).size().height()) + 2 * PAD for card in row]
            row_h = max(heights)
            if height_limit is not None and pages[-1] and y + row_h > height_limit:
                pages.append([])
                y = 0
            for n, card in enumerate(row):
                pages[-1].append(_Placed(card, QRect(n * (col_w + GAP), y, col_w, heights[n])))
            y += row_h + GAP
        return pages

    def _fit(self) -> None:
        self._flip.stop()
        if not self.cards:
            self.pages, self.font_px = [], round(self.base_px * self.scale)
            self.update()
            return
        footer = round(MIN_PX * self.scale) * 2  # room for "Side 1 af 2"
        top, low = round(self.base_px * self.scale), round(MIN_PX * self.scale)
        for px in range(top, low - 1, -1):
            placed = self._layout(px, None)[0]
            bottom = max(p.rect.bottom() for p in placed)
            if bottom <= self.height():
                self.pages, self.font_px = [placed], px
                break
        else:
            self.font_px = low
            self.pages = self._layout(low, max(1, self.height() - footer))
        self.page = min(self.page, len(self.pages) - 1)
        if len(self.pages) > 1:
            self._flip.start()
        self.update()

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.pages:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for placed in self.pages[self.page]:
            r = placed.rect
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.card_color)
            p.drawRoundedRect(QRectF(r), 8, 8)
            p.save()
            p.translate(r.left() + PAD, r.top() + PAD)
            self._document(placed.card, self.font_px, r.width() - 2 * PAD).drawContents(p)
            p.restore()
        if len(self.pages) > 1:
            p.setFont(self._font(round(MIN_PX * self.scale)))
            p.setPen(QColor("#b8c4d0"))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                       self.tr("Side {page} af {pages}").format(page=self.page + 1, pages=len(self.pages)))
        p.end()
