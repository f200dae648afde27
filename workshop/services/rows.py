"""Row access shared by the services: fetch-or-fail, version checks, text checks."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, SQLModel, func, select

from workshop.errors import ConflictError, NotFoundError, ValidationError, row_name

T = TypeVar("T", bound=SQLModel)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def get(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{row_name(model.__tablename__)} (id {row_id}) findes ikke.")  # type: ignore[arg-type]
    return row


def check_version(row: Any, expected: int | None) -> None:
    """Refuse a write based on a stale read (someone else saved since the caller read the row).

    This catches a read that is already stale; one that goes stale between this check and
    the write is caught by the write itself: every versioned table's version is the mapper's
    ``version_id_col`` (``models.py``), so the UPDATE says ``WHERE id = ? AND version = ?``.
    """
    if expected is not None and row.version != expected:
        raise ConflictError.stale(row.__tablename__)


def touch(row: Any) -> None:
    """Mark ``row`` changed although none of its own columns did (its bilag or members did).

    The flush then writes it like any change, so its version is checked and moved on.
    """
    flag_modified(row, next(c.key for c in inspect(row).mapper.column_attrs
                            if not c.columns[0].primary_key and c.key != "version"))


def apply(row: Any, fields: dict[str, Any], allowed: set[str]) -> None:
    """Set ``fields`` on ``row`` after checking names and text (the flush moves its version)."""
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(name, "feltet findes ikke eller kan ikke ændres her")
        if isinstance(value, str):
            value = text(name, value)
        elif isinstance(value, list):
            value = [text(f"{name}[{i}]", v) if isinstance(v, str) else v for i, v in enumerate(value)]
        setattr(row, name, value)


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
