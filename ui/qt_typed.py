"""PySide6 calls with the types they have, where its stubs say less.

- ``QT_TRANSLATE_NOOP``: the stub says it returns ``object``; it returns its message
  unchanged, the ``str`` that ``QCoreApplication.translate`` later looks up.
  ``pyside6-lupdate`` finds the call by its name, so modules import this one instead of
  PySide6's and their strings stay marked.
- ``qdatetime`` / ``pydatetime``: PySide6 converts between ``datetime`` and ``QDateTime``
  (a naive ``datetime`` is local time), but the stubs have no ``QDateTime(datetime)``
  overload and type ``toPython()`` as ``object``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """Mark ``message`` for translation in ``context`` and return it as it is."""
    return message


def qdatetime(value: datetime) -> QDateTime:
    """``value`` as a ``QDateTime``, by PySide6's own conversion."""
    converted: Any = value
    return QDateTime(converted)


def pydatetime(value: QDateTime) -> datetime:
    """``value`` as a ``datetime``, by PySide6's own conversion."""
    result = value.toPython()
    if not isinstance(result, datetime):
        raise TypeError(f"QDateTime.toPython() gave {type(result).__name__}, not datetime")
    return result
