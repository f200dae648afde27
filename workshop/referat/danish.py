"""Danish wording for the referat: dates the municipal way, name lists, labels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from babel.dates import format_date, format_datetime

LOCALE = "da_DK"

ROLE_SHOWN = {"formand": "formand", "næstformand": "næstformand"}  # "medlem" goes without saying


def parse_datetime(value: str | datetime) -> datetime:
    """A meeting-file date-time (``2017-11-15T18:00``) or a datetime as is."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def parse_date(value: str | date) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(value)


def long_date(value: str | date) -> str:
    """``den 20. december 2017``: how a referat names a later date."""
    return format_date(parse_date(value), "'den' d. MMMM y", locale=LOCALE)


def weekday_date(value: str | date) -> str:
    """``onsdag den 15. november 2017``."""
    return format_date(parse_date(value), "EEEE 'den' d. MMMM y", locale=LOCALE)


def meeting_time(value: str | datetime) -> str:
    """``Onsdag d. 15. november 2017 kl. 18:00``, the leader page's Mødedato."""
    text = format_datetime(parse_datetime(value), "EEEE 'd.' d. MMMM y 'kl.' HH:mm", locale=LOCALE)
    return text[:1].upper() + text[1:]


def short_date(value: str | date) -> str:
    """``15-11-2017``, as in the header line."""
    return parse_date(value).strftime("%d-%m-%Y")


def stamp(value: str | datetime) -> str:
    """``15-11-2017 21:05``, when an approval was given."""
    return parse_datetime(value).strftime("%d-%m-%Y %H:%M")


def join_names(names: Sequence[str]) -> str:
    """``A, B og C``."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " og " + names[-1]


def committee_genitive(kind: str) -> str:
    """``opgaveudvalgets`` for an opgaveudvalg, else ``udvalgets``."""
    last = kind.strip().split()[-1].lower() if kind.strip() else ""
    return f"{last}ets" if last.endswith("udvalg") else "udvalgets"


def votes(n: int) -> str:
    return "1 stemme" if n == 1 else f"{n} stemmer"
