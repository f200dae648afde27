"""Domain errors: each carries a Danish message fit to show a user as is."""

from __future__ import annotations

from typing import Any


class WorkshopError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(WorkshopError):
    """Bad input; ``path`` names where (a JSON path or a field name)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message


class NotFoundError(WorkshopError):
    """A row the caller named does not exist (any more)."""


class ConflictError(WorkshopError):
    """Someone else changed the row since the caller read it (lost update refused).

    Carries what a screen needs to show both texts side by side and let a person choose:

    Attributes:
        table: the row's table (``agendaitem``, ``answer``, ``input``, ``remark``, ...).
        row_id: the row's id (None when the row is gone or never existed).
        expected_version: the version the refused write was based on.
        version: the row's version now (0 when there is no row).
        current: the row's stored values now, by column (``current["decision"]`` is the
            other laptop's Beslutning); empty when there is no row.
    """

    def __init__(self, message: str, *, table: str = "", row_id: int | None = None,
                 expected_version: int | None = None, version: int | None = None,
                 current: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.table = table
        self.row_id = row_id
        self.expected_version = expected_version
        self.version = version
        self.current: dict[str, Any] = dict(current or {})


class LockedError(WorkshopError):
    """The row belongs to an approved referat and can no longer change."""


class StorageError(WorkshopError):
    """The database cannot be opened or written: locked, read-only, corrupt, newer."""
