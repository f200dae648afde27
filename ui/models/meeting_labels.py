"""How the navigator names meetings and folders; no data layer needed, so the start-up preview uses it too."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from ui.qt_typed import QT_TRANSLATE_NOOP

FOLDERS = {
    "meetings": QT_TRANSLATE_NOOP("Navigator", "Møder"),
    "members": QT_TRANSLATE_NOOP("Navigator", "Medlemmer"),
    "tasks": QT_TRANSLATE_NOOP("Navigator", "Opgaver"),
    "working_groups": QT_TRANSLATE_NOOP("Navigator", "Arbejdsgrupper"),
}


class MeetingLike(Protocol):
    """Read only: a row or a start-up preview's frozen copy of one."""

    @property
    def number(self) -> int | None: ...

    @property
    def title(self) -> str: ...

    @property
    def starts_at(self) -> datetime: ...

    @property
    def ended_at(self) -> str | None: ...

    @property
    def current_item_id(self) -> int | None: ...


def meeting_status(meeting: MeetingLike) -> str:
    """planlagt / i gang / afholdt, from what run mode has recorded."""
    if meeting.ended_at:
        return QCoreApplication.translate("Navigator", "afholdt")
    if meeting.current_item_id is not None:
        return QCoreApplication.translate("Navigator", "i gang")
    return QCoreApplication.translate("Navigator", "planlagt")


def meeting_label(meeting: MeetingLike) -> str:
    number = QCoreApplication.translate("Navigator", "{n}. møde").format(n=meeting.number) if meeting.number else meeting.title
    return f"{number} · {meeting.starts_at:%d.%m.%Y} · {meeting_status(meeting)}"


def folder_title(folder: str) -> str:
    """A committee's folder ("meetings", "members", ...) in the UI language."""
    return QCoreApplication.translate("Navigator", FOLDERS[folder])
