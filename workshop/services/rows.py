"""Row access shared by the services: fetch-or-fail, version checks, text checks."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from sqlalchemy.orm import object_session
from sqlmodel import Session, SQLModel, func, select

from workshop.errors import ConflictError, NotFoundError, ValidationError

T = TypeVar("T", bound=SQLModel)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

NAMES = {
    "Committee": "udvalget",
    "Member": "medlemmet",
    "Task": "opgaven",
    "Meeting": "mødet",
    "AgendaItem": "dagsordenspunktet",
    "Group": "gruppen",
    "Input": "inputtet",
    "Candidate": "pejlemærket",
    "WorkingGroup": "arbejdsgruppen",
    "Remark": "tilførslen",
    "Answer": "svaret",
    "Attendance": "fremmødet",
    "ReferatVersion": "referatet",
}


def get(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{NAMES.get(model.__name__, model.__name__)} (id {row_id}) findes ikke.")
    return row


def check_version(row: Any, expected: int | None) -> None:
    """Refuse a write based on a stale read (someone else saved in between).

    On PostgreSQL the row is first read again under a row lock (one more round trip, only
    for writes that carry ``expected_version``), so two laptops writing the same row at
    once cannot both pass the check: the second waits and then sees the first's version.

    Raises:
        ConflictError: with the row's current values and version (the other laptop's text).
    """
    if expected is None:
        return
    session = object_session(row)
    if session is not None and session.get_bind().dialect.name == "postgresql":
        session.refresh(row, with_for_update=True)
    if row.version != expected:
        raise conflict(type(row), row.id, expected, row)


def conflict(model: type[SQLModel], row_id: int | None, expected: int | None, row: Any | None) -> ConflictError:
    """The ``ConflictError`` for a write based on version ``expected`` of a row that is now ``row``
    (None: the row is gone, or appeared although the writer saw none)."""
    name = NAMES.get(model.__name__, "rækken").capitalize()
    if row is None:
        message = f"{name} er slettet af en anden, siden du hentede den. Din tekst er ikke gemt."
    else:
        message = f"{name} er ændret af en anden, siden du hentede den. Vælg, hvilken tekst der skal gælde."
    current = {c.name: getattr(row, c.name) for c in row.__table__.columns} if row is not None else {}
    return ConflictError(message, table=model.__tablename__, row_id=row_id,  # type: ignore[arg-type]
                         expected_version=expected, version=row.version if row is not None else 0,
                         current=current)


def apply(row: Any, fields: dict[str, Any], allowed: set[str]) -> None:
    """Set ``fields`` on ``row`` after checking names and text, and bump its version."""
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(name, "feltet findes ikke eller kan ikke ændres her")
        if isinstance(value, str):
            value = text(name, value)
        elif isinstance(value, list):
            value = [text(f"{name}[{i}]", v) if isinstance(v, str) else v for i, v in enumerate(value)]
        setattr(row, name, value)
    row.version += 1


def text(path: str, value: str) -> str:
    """Any printable text incl. newlines and tabs; other control characters are refused."""
    if not isinstance(value, str):
        raise ValidationError(path, "skal være tekst")
    match = _CONTROL.search(value)
    if match:
        raise ValidationError(
            path, f"indeholder et kontroltegn (U+{ord(match.group()):04X}), som ikke er tilladt"
        )
    return value


def required(path: str, value: str) -> str:
    value = text(path, value).strip()
    if not value:
        raise ValidationError(path, "må ikke være tom")
    return value


def one_of(path: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(path, f"skal være en af {', '.join(allowed)} (ikke {value!r})")
    return value


def next_position(session: Session, model: type[SQLModel], column: Any, parent_id: int) -> int:
    pos = session.exec(select(func.max(model.position)).where(column == parent_id)).one()  # type: ignore[attr-defined]
    return 0 if pos is None else int(pos) + 1
