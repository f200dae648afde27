"""``QT_TRANSLATE_NOOP`` with the type it has.

PySide6's stub says it returns ``object``; it returns its message unchanged, a ``str``
that ``QCoreApplication.translate`` later looks up. ``pyside6-lupdate`` finds the call by
its name, so modules import this one instead of PySide6's and their strings stay marked.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """Mark ``message`` for translation in ``context`` and return it as it is."""
    return message
