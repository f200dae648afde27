"""Where an input came from, in the words every screen shows (``workshop/origins.py``, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from workshop import origins

from ui.qt_typed import QT_TRANSLATE_NOOP

_WORDS: dict[str, str] = {origins.PHONE: str(QT_TRANSLATE_NOOP("Origins", "telefon"))}


def input_origin(origin: str, member: str | None) -> str:
    """``"Anne Hansen · telefon"``, ``"Anne Hansen"``, ``"telefon"`` or ``""`` for a typed input."""
    word = QCoreApplication.translate("Origins", _WORDS[origin]) if origin in _WORDS else ""
    return " · ".join(part for part in (member or "", word) if part)


_PHONE_ICON: list[QIcon] = []


def phone_icon() -> QIcon:
    """A small phone drawn once: marks an input a member sent from their phone."""
    if not _PHONE_ICON:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#0b5cad"))
        painter.setBrush(QColor("#0b5cad"))
        painter.drawRoundedRect(4, 1, 8, 14, 2, 2)
        painter.setBrush(QColor("white"))
        painter.drawRect(5, 3, 6, 9)
        painter.end()
        _PHONE_ICON.append(QIcon(pixmap))
    return _PHONE_ICON[0]
