"""The date field on its own (issue 11): a typed date is read in the forms people write, empty stays
empty whatever key is pressed, and nothing proposes a date the user did not give (run mode offered
the day of the trial, 24 December, for a meeting in November).

The working-group and closing tests type into the same field inside a panel; there a service refuses
a date before the meeting, which would hide a field that invents one. Here nothing is in between."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from ui.date_field import DateField, parse_date, show_date
from ui.field_errors import error_at

MEETING = date(2017, 11, 15)


@pytest.mark.parametrize(("typed", "expected"), [
    ("20-12-2017", date(2017, 12, 20)), ("20.12.2017", date(2017, 12, 20)), ("20/12", date(2017, 12, 20)),
    ("20/12/17", date(2017, 12, 20)), ("2017-12-20", date(2017, 12, 20)), ("20. december", date(2017, 12, 20)),
    (" 3-1-2018 ", date(2018, 1, 3)), ("", None), ("   ", None),
])
def test_the_forms_people_type_are_read(typed: str, expected: date | None) -> None:
    assert parse_date(typed, MEETING) == expected


@pytest.mark.parametrize("typed", ["næste torsdag", "31-02-2017", "32/12", "1-1-1", "99999999999999999999-1-2017"])
def test_text_that_is_no_date_is_a_danish_value_error(typed: str) -> None:
    with pytest.raises(ValueError, match="er ikke en dato"):
        parse_date(typed, MEETING)


@pytest.fixture
def field(qtbot: QtBot) -> tuple[DateField, list[date | None]]:
    field = DateField("Første møde")
    field.near = MEETING
    qtbot.addWidget(field)
    field.show()
    edited: list[date | None] = []
    field.edited.connect(edited.append)
    return field, edited


@pytest.mark.parametrize("key", [Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_Return])
def test_a_key_on_an_empty_date_leaves_it_empty(field: tuple[DateField, list[date | None]], qtbot: QtBot,
                                                key: Qt.Key) -> None:
    """Up on "ingen dato" saved 2 January 2000 (a QDateEdit's minimum)."""
    f, edited = field
    f.edit.setFocus()
    for _ in range(3):
        qtbot.keyClick(f.edit, key)
    f.edit.clearFocus()  # leaving the field reads it too
    assert edited == [] and f.value() is None and f.edit.text() == ""
    assert error_at(f.edit) == ""


def test_a_typed_date_is_saved_moved_by_up_and_down_and_emptied(
        field: tuple[DateField, list[date | None]], qtbot: QtBot) -> None:
    f, edited = field
    f.edit.setFocus()
    qtbot.keyClicks(f.edit, "20/12")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert edited == [date(2017, 12, 20)] and f.edit.text() == show_date(date(2017, 12, 20))
    qtbot.keyClick(f.edit, Qt.Key.Key_Up)
    qtbot.keyClick(f.edit, Qt.Key.Key_Down)
    qtbot.keyClick(f.edit, Qt.Key.Key_Down)
    assert edited[1:] == [date(2017, 12, 21), date(2017, 12, 20), date(2017, 12, 19)]
    f.edit.selectAll()
    qtbot.keyClicks(f.edit, "20.12.2017")
    f.edit.clearFocus()  # read when the field is left, not only on Enter
    assert edited[-1] == date(2017, 12, 20)
    f.edit.setFocus()
    f.edit.clear()
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert edited[-1] is None and f.value() is None and f.edit.text() == ""


def test_text_that_is_no_date_is_said_at_the_field_and_the_saved_date_stays(
        field: tuple[DateField, list[date | None]], qtbot: QtBot) -> None:
    f, edited = field
    f.set_value(date(2017, 12, 20))
    f.edit.setFocus()
    f.edit.selectAll()
    qtbot.keyClicks(f.edit, "næste torsdag")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert edited == [] and f.value() == date(2017, 12, 20)
    assert f.edit.text() == "20. december 2017" and "er ikke en dato" in error_at(f.edit)


def test_an_empty_field_proposes_nothing_and_its_calendar_opens_at_the_meeting(
        field: tuple[DateField, list[date | None]], qtbot: QtBot) -> None:
    """Not today: the calendar starts at the meeting's date, and opening it saves nothing."""
    f, edited = field
    assert f.edit.text() == "" and f.value() is None
    calendar = f.open_calendar()
    assert calendar.selectedDate() == QDate(2017, 11, 15)
    calendar.hide()
    assert edited == [] and f.value() is None and f.edit.text() == ""
