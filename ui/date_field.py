"""A date the user can type (``20-12-2017``, ``20.12.2017``, ``20/12``) or pick, and leave empty;
and the meeting's start, a date and a time typed the same way (``DateTimeField``).

QDateEdit cannot hold "no date" (a minimum date shown as text was saved as 2 January 2000
after one press of Up) and ignores a date typed in another form. This field is a line
edit: what is typed is read when the field is left or Enter is pressed, the calendar
button picks one, Up and Down move a date by a day and do nothing while it is empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ui.field_errors import clear_at, show_at
from ui.qt_typed import pydatetime, qdatetime

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
_DATE = re.compile(r"^\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*(?:[-./ ]\s*(\d{2}|\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_LONG = re.compile(r"^\s*(\d{1,2})\.?\s+([a-zæøå]+)\.?\s*(\d{4})?\s*$", re.IGNORECASE)
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december")


def parse_date(text: str, near: date, *, onward: bool = True) -> date | None:
    """The date in ``text``: day-month[-year] with - . / or a space, ISO, or "20. december [2017]".

    Without a year, the first such day from ``near`` (the meeting's date) on: "17/1" typed for a
    meeting in November is next January, as every date typed here comes after the meeting
    (``onward``; without it, ``near``'s year: a meeting's start may move back). Empty text is None.

    Raises:
        ValueError: the text is not a date (the message says so in Danish).
    """
    if not text.strip():
        return None
    found = _ISO.match(text)
    has_year = True
    if found:
        year, month, day = (int(x) for x in found.groups())
    else:
        found = _DATE.match(text)
        if found:
            day, month = int(found.group(1)), int(found.group(2))
            has_year = bool(found.group(3))
            year = int(found.group(3)) if found.group(3) else near.year
        else:
            found = _LONG.match(text)
            name = found.group(2).lower() if found else ""
            month_n = next((n for n, m in enumerate(_MONTHS, start=1) if len(name) >= 3 and m.startswith(name)), 0)
            if not found or not month_n:
                raise ValueError(QCoreApplication.translate(
                    "DateField", '"{text}" er ikke en dato; skriv fx 20-12-2017, 20.12.2017 eller 20/12').format(
                    text=text.strip()))
            day, month = int(found.group(1)), month_n
            has_year = bool(found.group(3))
            year = int(found.group(3)) if found.group(3) else near.year
        if year < 100:
            year += 2000
    try:
        typed = date(year, month, day)
        if onward and not has_year and typed < near:
            typed = date(year + 1, month, day)
        return typed
    except ValueError:
        raise ValueError(QCoreApplication.translate("DateField", '"{text}" er ikke en dato, der findes').format(
            text=text.strip())) from None


def show_date(value: date | None) -> str:
    """How the field shows a date: "20. december 2017"; empty for none."""
    return "" if value is None else DANISH.toString(QDate(value.year, value.month, value.day), "d. MMMM yyyy")


def _calendar_popup(parent: QWidget, picked: Callable[[QDate], None]) -> QCalendarWidget:
    """The Danish calendar both date fields open with F4; a click or Enter picks the day."""
    calendar = QCalendarWidget(parent)
    calendar.setWindowFlags(Qt.WindowType.Popup)
    calendar.setLocale(DANISH)
    calendar.setGridVisible(True)
    calendar.clicked.connect(picked)
    calendar.activated.connect(picked)
    return calendar

class DateField(QWidget):
    """A typeable, pickable, emptyable date. ``edited`` fires with the new value (or None)
    when the user changes it; ``refused`` with a Danish message when the text is no date."""

    edited = Signal(object)  # date | None
    refused = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.near = date.today()  # the year a typed day-month falls in, and the calendar's first page
        self._value: date | None = None
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(self.tr("ingen dato – fx 20-12-2017"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(200)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.pick = QToolButton()
        self.pick.setText("▾")  # no emoji: the fonts on these machines have none
        self.pick.setToolTip(self.tr("Vælg i kalenderen"))
        self.pick.setAccessibleName(self.tr("Kalender for {name}").format(name=name))
        self.pick.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (from the database); no signal."""
        self._value = value
        self.edit.setText(show_date(value))

    def commit(self) -> None:
        """Read what is typed; a changed date is announced, text that is no date refused and shown again."""
        text = self.edit.text()
        if text == show_date(self._value):
            return
        try:
            value = parse_date(text, self.near)
        except ValueError as error:
            show_at(self.edit, str(error))  # next to the field, until a date is typed
            self.refused.emit(str(error))
            self.edit.setText(show_date(self._value))
            return
        clear_at(self.edit)
        self.edit.setText(show_date(value))
        if value != self._value:
            self._value = value
            self.edited.emit(value)

    def _step(self, days: int) -> None:
        if self._value is None:
            return  # no date stays no date: Up must not invent one
        self._value = self._value + timedelta(days=days)
        self.edit.setText(show_date(self._value))
        self.edited.emit(self._value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.edit.text() == show_date(self._value):
                self._step(1 if event.key() == Qt.Key.Key_Up else -1)
                return True
            if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                               and event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> QCalendarWidget:
        """A calendar popup on the date (or the meeting's month); a click sets the date."""
        if self.calendar is None:
            self.calendar = _calendar_popup(self, self._picked)
        shown = self._value or self.near
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setText(show_date(date(day.year(), day.month(), day.day())))
        self.commit()
        self.edit.setFocus()


_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")
# The time at the end: after "kl." or "klokken" (the minutes may be left out), or after a space or
# ISO's T with the minutes ("18:00", "18.00"); a date alone keeps the time shown.
_TIME_AFTER_KL = re.compile(r"^(.*?)\s*\b(?:kl\.?|klokken)\s*(\d{1,2}(?:[:.]\d{2})?)\s*$", re.IGNORECASE)
_TIME_AFTER_SPACE = re.compile(r"^(.*?)(?:^|\s+|(?<=\d)T)(\d{1,2}[:.]\d{2})\s*$")


def show_datetime(value: datetime) -> str:
    """How the meeting's start is shown and can be typed back: "20.12.2017 18:00"."""
    return f"{value.day:02d}.{value.month:02d}.{value.year} {value.hour:02d}:{value.minute:02d}"


def parse_datetime(text: str, shown: datetime) -> datetime:
    """The date and time in ``text``: a date as ``parse_date`` reads it, then a time ("18:00",
    "18.30", "kl. 18"); a date alone keeps ``shown``'s time, a time alone its date.

    Raises:
        ValueError: the text is empty, no date or no time of day (the message says so in Danish).
    """
    stripped = text.strip()
    if not stripped:
        raise ValueError(QCoreApplication.translate(
            "DateField", "Mødet skal have en starttid; skriv fx 20-12-2017 18:00"))
    found = _TIME_AFTER_KL.match(stripped) or _TIME_AFTER_SPACE.match(stripped)
    day_text, clock = (found.group(1), found.group(2)) if found else (stripped, "")
    day = parse_date(day_text, shown.date(), onward=False) if day_text.strip() else shown.date()
    if day is None:  # pragma: no cover - parse_date gives None only for empty text
        day = shown.date()
    hour, minute = shown.hour, shown.minute
    if clock:
        parts = _CLOCK.match(clock)
        hour, minute = (int(parts.group(1)), int(parts.group(2) or 0)) if parts else (99, 0)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValueError(QCoreApplication.translate(
                "DateField", '"{text}" er ikke et klokkeslæt; skriv fx 18:00').format(text=clock))
    return datetime(day.year, day.month, day.day, hour, minute)


class DateTimeField(QLineEdit):
    """The meeting's start, typed as people write it ("20-12-2017 18:00", "20.12.2017 kl. 18",
    "20/12 18:30", a date alone keeps the time) or picked in the calendar (F4 or Alt+Down, as every
    date field's, ``date.calendar`` in F1); Up and Down move it a day.

    A QDateTimeEdit read typing section by section: "20.12.2017 18:00" typed over a selected date
    became 15 December, typed at its start 20 November (issue 11). What is typed is read when the
    field is left or Enter is pressed (``editingFinished``, which the owner connects after this
    field's own reading); text that is no date and time is said at the field and the date shown
    before comes back. ``picked`` fires once a day is chosen in the calendar, so the choice is
    saved then and not only when the field is left."""

    picked = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = datetime(2000, 1, 1, 0, 0)
        self.setText(show_datetime(self._value))
        self.setPlaceholderText(self.tr("fx 20-12-2017 18:00"))
        self.setToolTip(self.tr("Skriv fx 20-12-2017 18:00, 20.12.2017 kl. 18 eller 20/12; F4: kalenderen"))
        self.editingFinished.connect(self.commit)
        self._calendar: QCalendarWidget | None = None
        self._refused = False

    def dateTime(self) -> QDateTime:
        """The date and time shown (the last one read or set)."""
        return qdatetime(self._value)

    def setDateTime(self, value: QDateTime) -> None:
        """Show ``value`` (from the database); no signal."""
        self._value = pydatetime(value).replace(second=0, microsecond=0)
        self.setText(show_datetime(self._value))

    def commit(self) -> bool:
        """Read what is typed: False, with the message at the field, when it is no date and time."""
        if self.text() == show_datetime(self._value):
            return True
        try:
            value = parse_datetime(self.text(), self._value)
        except ValueError as error:
            show_at(self, str(error))
            self._refused = True
            self.refused.emit(str(error))
            self.setText(show_datetime(self._value))
            return False
        clear_at(self)
        self._value = value
        self.setText(show_datetime(value))
        return True

    def take_refusal(self) -> bool:
        """Whether typed text was refused since the last call: a dialog's Enter reads the field
        (``editingFinished``) before it accepts, and must then stay open on the refusal."""
        refused, self._refused = self._refused, False
        return refused

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                           and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.commit():
            self._value += timedelta(days=1 if event.key() == Qt.Key.Key_Up else -1)
            self.setText(show_datetime(self._value))
            return
        super().keyPressEvent(event)

    def calendarWidget(self) -> QCalendarWidget:
        """The calendar F4 opens (made on first use)."""
        if self._calendar is None:
            self._calendar = _calendar_popup(self, self._picked)
        return self._calendar

    def open_calendar(self) -> QCalendarWidget:
        """The calendar on the field's date."""
        self.commit()
        calendar = self.calendarWidget()
        calendar.setSelectedDate(QDate(self._value.year, self._value.month, self._value.day))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._value = self._value.replace(year=day.year(), month=day.month(), day=day.day())
        self.setText(show_datetime(self._value))
        clear_at(self)
        self.setFocus()
        self.picked.emit()
