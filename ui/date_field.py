"""A date the user can type (``20-12-2017``, ``20.12.2017``, ``20/12``) or pick, and leave empty.

QDateEdit cannot hold "no date" (a minimum date shown as text was saved as 2 January 2000
after one press of Up) and ignores a date typed in another form. This field is a line
edit: what is typed is read when the field is left or Enter is pressed, the calendar
button picks one, Up and Down move a date by a day and do nothing while it is empty.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ui.field_errors import clear_at, show_at

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
_DATE = re.compile(r"^\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*(?:[-./ ]\s*(\d{2}|\d{4}))?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_LONG = re.compile(r"^\s*(\d{1,2})\.?\s+([a-zæøå]+)\.?\s*(\d{4})?\s*$", re.IGNORECASE)
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december")


def parse_date(text: str, near: date) -> date | None:
    """The date in ``text``: day-month[-year] with - . / or a space, ISO, or "20. december [2017]".

    Without a year, the year of ``near`` (the meeting's date). Empty text is None.

    Raises:
        ValueError: the text is not a date (the message says so in Danish).
    """
    if not text.strip():
        return None
    found = _ISO.match(text)
    if found:
        year, month, day = (int(x) for x in found.groups())
    else:
        found = _DATE.match(text)
        if found:
            day, month = int(found.group(1)), int(found.group(2))
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
            year = int(found.group(3)) if found.group(3) else near.year
        if year < 100:
            year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(QCoreApplication.translate("DateField", '"{text}" er ikke en dato, der findes').format(
            text=text.strip())) from None


def show_date(value: date | None) -> str:
    """How the field shows a date: "20. december 2017"; empty for none."""
    return "" if value is None else DANISH.toString(QDate(value.year, value.month, value.day), "d. MMMM yyyy")


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
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setLocale(DANISH)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
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


class DateTimeField(QDateTimeEdit):
    """A date and time (the meeting's start) whose calendar opens on F4 or Alt+Down as every date
    field's does (``date.calendar`` in F1), not only on a click; ``picked`` fires once a day is
    chosen in it, so the choice is saved then and not only when the field is left."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        calendar = self.calendarWidget()
        # After the popup's own slot (connected when it was made) has set the date:
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                           and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """The popup a click on the arrow opens, on the field's date."""
        calendar = self.calendarWidget()
        calendar.setSelectedDate(self.date())
        popup = calendar.window()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()
        return calendar

    def _picked(self, _day: QDate) -> None:
        self.setFocus()
        self.picked.emit()
