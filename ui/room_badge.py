"""The join address on the projector: its QR code (segno) painted square by square, and the address in text."""

from __future__ import annotations

import segno

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class QrCode(QWidget):
    """A QR code drawn from segno's module matrix: sharp at any size, no image files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: tuple[bytearray, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(240, 240)

    def set_text(self, text: str) -> None:
        self.matrix = tuple(segno.make_qr(text, error="m").matrix) if text else ()
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.matrix:
            return
        quiet = 4  # the quiet zone QR readers need, in modules
        n = len(self.matrix) + 2 * quiet
        side = min(self.width(), self.height())
        cell = side / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF((x + quiet) * cell, (y + quiet) * cell, cell + 0.01, cell + 0.01))


class RoomBadge(QWidget):
    """QR code above the short address and a line saying what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room_badge")
        self.qr = QrCode(self)
        self.address = QLabel(self)
        self.address.setObjectName("room_address")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(self.tr("Skan koden med telefonen for at deltage"), self)
        self.hint.setObjectName("room_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.hint)
        self.hide()

    def set_url(self, url: str | None) -> None:
        self.qr.set_text(url or "")
        self.address.setText(url or "")
        self.setVisible(bool(url))
