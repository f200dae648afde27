"""How large a number, a date or a text may be: one set of bounds for the services and the meeting file.

Chosen so that nothing a user or a file can store breaks a later step: a referat still lays
out in seconds, the planned schedule never leaves the calendar (``datetime`` ends in 9999),
and every count fits the database's 32-bit integers with room to grow by votes and corrections.
The meeting file's schema (``workshop/meetingfile/schema.json``) states the same numbers;
``tests/domain/test_meetingfile_bad_input.py`` keeps them equal.
"""

from __future__ import annotations

from datetime import date

# Names and titles are one line in a list, a heading or the table of contents.
NAME_MAX_CHARS = 1_000
# Any other text: about 30 printed pages, far above the longest section of a real referat
# (/work/shared/seeds: 1,400 characters), and a size a referat still lays out in seconds.
TEXT_MAX_CHARS = 100_000

# One item's time box: a day. With dates up to LAST_YEAR the schedule ends long before 9999.
MAX_PLANNED_MINUTES = 24 * 60
# Votes, a meeting's number, a referat's version: far above any committee's.
MAX_COUNT = 1_000_000

# Meetings, working-group dates and approvals.
FIRST_YEAR = 1900
LAST_YEAR = 2999


def year_in_range(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def years_message() -> str:
    return f"året skal være mellem {FIRST_YEAR} og {LAST_YEAR}"
