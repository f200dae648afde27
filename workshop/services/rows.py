"""Row access shared by the services: fetch-or-fail, version checks, text, number and date checks.

The checks apply the bounds of ``workshop/limits.py`` and the character rules of
``workshop/plain_text.py``, the ones the meeting file's schema states: what a service
stores, export writes and import reads back.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Table, inspect
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import object_session
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, SQLModel, func, select
from sqlmodel.sql.expression import SelectOfScalar

from workshop.db import lock_for_writing
from workshop.errors import ConflictError, NotFoundError, ValidationError, row_name
from workshop.limits import year_in_range, years_message
from workshop.plain_text import (
    control_character,
    has_visible,
    invisible_only,
    is_surrogate,
    max_chars,
    too_long,
)

T = TypeVar("T", bound=SQLModel)


def table_name(model: type[SQLModel]) -> str:
    """The table's name (SQLModel types ``__tablename__`` as a name or a function that makes one)."""
    name = model.__tablename__
    if not isinstance(name, str):
        raise TypeError(f"{model.__name__} has no table name")
    return name


def table_of(model: type[SQLModel]) -> Table:
    """The model's ``Table`` (SQLModel does not type ``__table__``): the metadata's, by its name."""
    return SQLModel.metadata.tables[table_name(model)]


def get(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{row_name(table_name(model))} (id {row_id}) findes ikke.")
    return row


def check_version(row: Any, expected: int | None) -> None:
    """Refuse a write based on a stale read (someone else saved since the caller read the row).

    This catches a read that is already stale; one that goes stale between this check and
    the write is caught by the write itself: every versioned table's version is the mapper's
    ``version_id_col`` (``models.py``), so the UPDATE says ``WHERE id = ? AND version = ?``.
    On PostgreSQL the row is first read again under a row lock (one more round trip, only
    for writes that carry ``expected_version``): a laptop saving at the same moment as
    another then waits for it and is refused here, with the other laptop's text, instead of
    by the UPDATE's WHERE, which cannot say what the row holds now.

    Raises:
        ConflictError: with the row's current values and version (the other laptop's text).
    """
    if expected is None:
        return
    session = object_session(row)
    if session is not None and session.get_bind().dialect.name == "postgresql":
        row_id = row.id
        try:
            session.refresh(row, with_for_update=True)
        except InvalidRequestError:  # deleted by someone else since it was read
            raise conflict(type(row), row_id, expected, None) from None
    if row.version != expected:
        raise conflict(type(row), row.id, expected, row)


def locked(session: Session, model: type[T], row_id: int) -> T:
    """``get`` under a row lock on PostgreSQL (``FOR NO KEY UPDATE``, which leaves inserts of
    rows that refer to it alone): a compare-and-set of what belongs to the row (a working
    group's members, a candidate's dots) by two laptops at once then runs one after the other,
    and the second one compares against what the first one wrote. On SQLite the database's
    write lock (``lock_for_writing``) does the same for the whole file."""
    if session.get_bind().dialect.name != "postgresql":
        lock_for_writing(session)
        row = session.get(model, row_id, populate_existing=True)  # read again under the lock
    else:
        row = session.get(model, row_id, with_for_update={"key_share": True}, populate_existing=True)
    if row is None:
        raise NotFoundError(f"{row_name(table_name(model))} (id {row_id}) findes ikke.")
    return row


def locked_all(session: Session, statement: SelectOfScalar[T]) -> list[T]:
    """``statement``'s rows under ``locked``'s lock (all of an item's candidates, say), taken in
    the statement's order: order by id, so two writers locking several rows never wait on each
    other in a circle."""
    if session.get_bind().dialect.name != "postgresql":
        lock_for_writing(session)
    else:
        statement = statement.with_for_update(key_share=True)
    return list(session.exec(statement.execution_options(populate_existing=True)))


def check_values(table: str, row_id: int | None, current: dict[str, Any], expected: dict[str, Any] | None) -> None:
    """Refuse a write based on values that are no longer stored: the edit was made on what the
    screen showed (``expected``), and another laptop changed it since. For what has no version
    of its own (a working group's members, a member's dots, an absence), read under ``locked``.

    Raises:
        ConflictError: carrying ``current`` (what is stored now), for the message naming what changed.
    """
    if expected is not None and any(current.get(k) != v for k, v in expected.items()):
        raise ConflictError.stale(table, row_id=row_id, current=current)


def conflict(model: type[SQLModel], row_id: int | None, expected: int | None, row: Any | None) -> ConflictError:
    """The ``ConflictError`` for a write based on version ``expected`` of a row that is now ``row``,
    carrying what it holds now so both texts can be shown; ``row`` None: it is gone (version 0,
    nothing current)."""
    current = {c.name: getattr(row, c.name) for c in row.__table__.columns} if row is not None else {}
    return ConflictError.stale(table_name(model), row_id=row_id, expected_version=expected,
                               version=row.version if row is not None else 0, current=current)


def touch(row: Any) -> None:
    """Mark ``row`` changed although none of its own columns did (its bilag or members did).

    The flush then writes it like any change, so its version is checked and moved on.
    """
    flag_modified(row, next(c.key for c in inspect(row).mapper.column_attrs
                            if not c.columns[0].primary_key and c.key != "version"))


def apply(row: Any, fields: dict[str, Any], allowed: set[str]) -> None:
    """Set ``fields`` on ``row`` after checking names, text and dates (the flush moves its version)."""
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(name, "feltet findes ikke eller kan ikke ændres her")
        if isinstance(value, str):
            value = text(name, value)
        elif isinstance(value, list):
            value = [text(name, v) if isinstance(v, str) else v for v in value]  # "Et perspektiv er for langt …"
        elif isinstance(value, date):  # datetime too
            value = day(name, value)
        setattr(row, name, value)


def text(path: str, value: str) -> str:
    """Any printable text incl. newlines and tabs, up to the field's length limit.

    Other control characters are refused; names and titles (a ``path`` ending in ``name``
    or ``title``) may be 1,000 characters long, any other text 100,000.
    """
    if not isinstance(value, str):
        raise ValidationError(path, "skal være tekst")
    bad = control_character(value)
    if bad is not None and is_surrogate(bad):
        raise ValidationError(path, f"indeholder et ugyldigt tegn (U+{ord(bad):04X}), som ikke kan gemmes")
    if bad is not None:
        raise ValidationError(path, f"indeholder et kontroltegn (U+{ord(bad):04X}), som ikke er tilladt")
    limit = max_chars(path)
    if len(value) > limit:
        raise ValidationError(path, too_long(len(value), limit))
    return value


def required(path: str, value: str) -> str:
    """Text with at least one visible character (not only spaces or zero-width characters), stripped."""
    value = text(path, value).strip()
    if not has_visible(value):
        raise ValidationError(path, invisible_only(value))
    return value


def whole_number(path: str, value: Any, maximum: int, message: str) -> int:
    """An int from 0 to ``maximum``; ``message`` says what is allowed."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise ValidationError(path, message)
    return value


D = TypeVar("D", bound=date)


def day(path: str, value: D) -> D:
    """A date or date-time in the years a meeting can have (limits.FIRST_YEAR..LAST_YEAR)."""
    if not year_in_range(value):
        raise ValidationError(path, years_message())
    return value


def one_of(path: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(path, f"skal være en af {', '.join(allowed)} (ikke {value!r})")
    return value


def next_position(session: Session, model: type[SQLModel], column: Any, parent_id: int) -> int:
    pos = session.exec(select(func.max(model.position)).where(column == parent_id)).one()  # type: ignore[attr-defined]
    return 0 if pos is None else int(pos) + 1
