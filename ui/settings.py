"""What Workshop remembers between runs (QSettings): window layout, last meeting, language."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("da", "en")


class Settings:
    """Typed access to the handful of values the app keeps."""

    def __init__(self) -> None:
        self._s = QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._s.setValue("window/splitter", value)

    @property
    def last_meeting(self) -> int | None:
        value = self._s.value("session/last_meeting")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_meeting.setter
    def last_meeting(self, value: int | None) -> None:
        self._s.setValue("session/last_meeting", "" if value is None else int(value))

    @property
    def last_committee(self) -> int | None:
        value = self._s.value("session/last_committee")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_committee.setter
    def last_committee(self, value: int | None) -> None:
        self._s.setValue("session/last_committee", "" if value is None else int(value))

    @property
    def last_tab(self) -> str | None:
        """The key of the tab the window showed when it closed (reopened there; see ui/panels)."""
        value = self._s.value("session/tab")
        return value if isinstance(value, str) and value else None

    @last_tab.setter
    def last_tab(self, value: str) -> None:
        self._s.setValue("session/tab", value)

    @property
    def last_item(self) -> int | None:
        """The agenda item the agenda tab showed when the app closed."""
        value = self._s.value("session/item")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_item.setter
    def last_item(self, value: int | None) -> None:
        self._s.setValue("session/item", "" if value is None else int(value))

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "da"))
        return value if value in LANGUAGES else "da"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "da")

    @property
    def laptop_name(self) -> str:
        """What the other laptops on a shared server see this one as ("" : ``WORKSHOP_NAME`` or the host name)."""
        return str(self._s.value("live/name", "") or "").strip()

    @laptop_name.setter
    def laptop_name(self, value: str) -> None:
        self._s.setValue("live/name", value.strip())

    def sync(self) -> None:
        self._s.sync()
