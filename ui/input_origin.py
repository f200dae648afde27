"""Where an input came from, in the words every screen shows (``workshop/origins.py``, translated)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop import origins

_WORDS: dict[str, str] = {origins.PHONE: str(QT_TRANSLATE_NOOP("Origins", "telefon"))}


def input_origin(origin: str, member: str | None) -> str:
    """``"Anne Hansen · telefon"``, ``"Anne Hansen"``, ``"telefon"`` or ``""`` for a typed input."""
    word = QCoreApplication.translate("Origins", _WORDS[origin]) if origin in _WORDS else ""
    return " · ".join(part for part in (member or "", word) if part)
