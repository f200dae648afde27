"""Working-group dates: a date, never before the meeting that sets the group up, report-back after the first meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workshop.db import Database
from workshop.errors import ValidationError
from workshop.services import agenda, committees, meetings, working_groups


def _item(db: Database) -> int:
    c = committees.create_committee(db, name="Opgaveudvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2017, 11, 15, 17)).id  # type: ignore[arg-type]
    return agenda.add_item(db, m, title="Arbejdsgrupper", kind="working_groups").id  # type: ignore[arg-type, return-value]


def test_dates_before_the_meeting_are_refused_with_the_dates_in_danish(db: Database) -> None:
    item = _item(db)
    with pytest.raises(ValidationError, match=r"Første møde \(den 1. november 2017\) kan ikke ligge før mødet"):
        working_groups.add_working_group(db, item, name="A", meets_on=date(2017, 11, 1))
    wg = working_groups.add_working_group(db, item, name="A", meets_on=date(2017, 11, 15)).id  # the day itself
    with pytest.raises(ValidationError) as error:
        working_groups.update_working_group(db, wg, reports_to=date(2017, 11, 14))  # type: ignore[arg-type]
    assert error.value.path == "reports_to" and "den 15. november 2017" in error.value.message
    assert working_groups.list_working_groups(db, item)[0].reports_to is None


def test_report_back_not_before_the_first_meeting_whichever_is_set_last(db: Database) -> None:
    item = _item(db)
    wg = working_groups.add_working_group(db, item, name="A", reports_to=date(2017, 12, 1)).id
    with pytest.raises(ValidationError, match="Tilbagemeldingen .* første møde"):
        working_groups.update_working_group(db, wg, meets_on=date(2017, 12, 20))  # type: ignore[arg-type]
    working_groups.update_working_group(db, wg, meets_on=date(2017, 11, 20), reports_to=None)  # type: ignore[arg-type]
    saved = working_groups.list_working_groups(db, item)[0]
    assert (saved.meets_on, saved.reports_to) == (date(2017, 11, 20), None)  # empty stays empty
    with pytest.raises(ValidationError, match="skal være en dato"):
        working_groups.update_working_group(db, wg, meets_on="20-12-2017")  # type: ignore[arg-type]
