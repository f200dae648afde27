"""The date field on its own (issue 11): a typed date is read in the forms people write, empty stays
empty whatever key is pressed, and nothing proposes a date the user did not give (run mode offered
the day of the trial, 24 December, for a meeting in November).

The working-group and closing tests type into the same field inside a panel; there a service refuses
a date before the meeting, which would hide a field that invents one. Here nothing is in between."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from workshop.db import Database

from ui.date_field import DateField, DateTimeField, parse_date, parse_datetime, show_date, show_datetime
from ui.field_errors import error_at
from ui.qt_typed import pydatetime, qdatetime

MEETING = date(2017, 11, 15)


@pytest.mark.parametrize(("typed", "expected"), [
    ("20-12-2017", date(2017, 12, 20)), ("20.12.2017", date(2017, 12, 20)), ("20/12", date(2017, 12, 20)),
    ("20/12/17", date(2017, 12, 20)), ("2017-12-20", date(2017, 12, 20)), ("20. december", date(2017, 12, 20)),
    (" 3-1-2018 ", date(2018, 1, 3)), ("", None), ("   ", None),
])
def test_the_forms_people_type_are_read(typed: str, expected: date | None) -> None:
    assert parse_date(typed, MEETING) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("17/1", date(2018, 1, 17)), ("17.1", date(2018, 1, 17)), ("17. januar", date(2018, 1, 17)),
    ("15/11", date(2017, 11, 15)), ("14/11", date(2018, 11, 14)), ("1/12", date(2017, 12, 1)),
    ("17/1/2017", date(2017, 1, 17)),  # a year typed is that year (and refused where it is before the meeting)
])
def test_a_day_without_a_year_is_the_first_one_from_the_meeting_on(typed: str, expected: date) -> None:
    """"17/1" typed for the report-back of a meeting in November 2017 was 17 January 2017, refused as
    before the meeting: every date typed in these fields comes after the meeting."""
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


# --- the meeting's start: a date and a time ------------------------------------------------------------

SHOWN = datetime(2017, 11, 15, 18, 0)


@pytest.mark.parametrize(("typed", "expected"), [
    ("20-12-2017 18:00", datetime(2017, 12, 20, 18, 0)), ("20.12.2017 18:00", datetime(2017, 12, 20, 18, 0)),
    ("20/12 18:30", datetime(2017, 12, 20, 18, 30)), ("20.12.2017 kl. 17", datetime(2017, 12, 20, 17, 0)),
    ("20. december 2017 klokken 9.15", datetime(2017, 12, 20, 9, 15)),
    ("2017-12-20T18:00", datetime(2017, 12, 20, 18, 0)), ("2017-12-20 19:45", datetime(2017, 12, 20, 19, 45)),
    ("20.12.2017", datetime(2017, 12, 20, 18, 0)),  # a date alone keeps the time
    ("20/12", datetime(2017, 12, 20, 18, 0)), ("kl. 9", datetime(2017, 11, 15, 9, 0)),  # a time alone the date
    ("16:30", datetime(2017, 11, 15, 16, 30)), (show_datetime(SHOWN), SHOWN),
    ("1/11 17:00", datetime(2017, 11, 1, 17, 0)),  # a start moves back in its own year
])
def test_a_start_is_read_in_the_forms_people_type(typed: str, expected: datetime) -> None:
    assert parse_datetime(typed, SHOWN) == expected


@pytest.mark.parametrize(("typed", "words"), [
    ("", "skal have en starttid"), ("næste torsdag", "er ikke en dato"), ("20.12.2017 25:00", "ikke et klokkeslæt"),
    ("31.02.2017 18:00", "ikke en dato, der findes"), ("20.12.2017 kl. 18:75", "ikke et klokkeslæt"),
])
def test_a_start_that_is_no_date_and_time_is_a_danish_value_error(typed: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_datetime(typed, SHOWN)


@pytest.fixture
def start(qtbot: QtBot) -> DateTimeField:
    field = DateTimeField()
    field.setDateTime(qdatetime(SHOWN))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    return field


def _retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["20-12-2017 18:00", "20.12.2017 18:00", "20/12 18:00", "20.12.2017 kl. 18"])
def test_a_start_typed_over_the_shown_one_is_the_start(start: DateTimeField, qtbot: QtBot, typed: str) -> None:
    """A QDateTimeEdit read "20.12.2017 18:00" typed over its selected date as 15 December."""
    _retype(qtbot, start, typed)
    assert pydatetime(start.dateTime()) == datetime(2017, 12, 20, 18, 0)
    assert start.text() == "20.12.2017 18:00" and error_at(start) == ""


def test_a_start_that_is_no_date_is_said_and_the_shown_start_stays(start: DateTimeField, qtbot: QtBot) -> None:
    for typed in ("næste torsdag", ""):
        _retype(qtbot, start, typed)
        assert pydatetime(start.dateTime()) == SHOWN and start.text() == "15.11.2017 18:00"
        assert error_at(start) != ""
    qtbot.keyClick(start, Qt.Key.Key_Up)  # a day later
    assert pydatetime(start.dateTime()) == datetime(2017, 11, 16, 18, 0)
    qtbot.keyClick(start, Qt.Key.Key_Down)
    qtbot.keyClick(start, Qt.Key.Key_Down)
    assert pydatetime(start.dateTime()) == datetime(2017, 11, 14, 18, 0)


def test_the_agendas_start_saves_what_is_typed(db: Database, qtbot: QtBot) -> None:
    from tests.ui.meeting_builders import build
    from tests.ui.shell import on_workshop, shown_window
    from workshop.services import meetings

    window = shown_window(db, qtbot)
    w = build(db)
    on_workshop(window, w, "agenda")
    panel = window.panels["agenda"]
    starts = panel.starts  # type: ignore[attr-defined]
    before = meetings.get_meeting(db, w.meeting_id).starts_at
    _retype(qtbot, starts, "20.12.2017 18:30")
    assert meetings.get_meeting(db, w.meeting_id).starts_at == datetime(2017, 12, 20, 18, 30)
    _retype(qtbot, starts, "kl. 25")
    assert meetings.get_meeting(db, w.meeting_id).starts_at == datetime(2017, 12, 20, 18, 30)
    assert "klokkeslæt" in error_at(starts) and starts.text() == "20.12.2017 18:30"
    window.ctx.undo_stack.undo()  # type: ignore[union-attr]
    assert meetings.get_meeting(db, w.meeting_id).starts_at == before
    assert starts.text() == show_datetime(before)


def test_a_new_meetings_dialog_stays_open_on_a_start_that_is_no_date(qtbot: QtBot) -> None:
    from ui.panels.navigator import MeetingDialog

    dialog = MeetingDialog(None, "Opgaveudvalg", 4, SHOWN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _retype(qtbot, dialog.starts, "den tyvende")
    assert dialog.isVisible() and "er ikke en dato" in error_at(dialog.starts)
    _retype(qtbot, dialog.starts, "20/12 kl. 17")
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["starts_at"] == datetime(2017, 12, 20, 17, 0)


def test_a_start_the_database_refuses_is_said_at_the_field_and_the_stored_one_comes_back(
        db: Database, qtbot: QtBot) -> None:
    """The year 3000 is a date, but no meeting's: the field showed it as if saved."""
    from tests.ui.meeting_builders import START, build
    from tests.ui.shell import on_workshop, shown_window
    from workshop.services import meetings

    window = shown_window(db, qtbot)
    w = build(db)
    on_workshop(window, w, "agenda")
    starts = window.panels["agenda"].starts  # type: ignore[attr-defined]
    _retype(qtbot, starts, "1.1.3000 18:00")
    assert meetings.get_meeting(db, w.meeting_id).starts_at == START
    assert starts.text() == show_datetime(START) and "2999" in error_at(starts)
    _retype(qtbot, starts, "16.11.2017 18:00")  # a start that is saved: the message goes
    assert meetings.get_meeting(db, w.meeting_id).starts_at == datetime(2017, 11, 16, 18, 0)
    assert error_at(starts) == ""
