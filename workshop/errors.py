"""Domain errors: each carries a Danish message fit to show a user as is."""

from __future__ import annotations


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
    """Someone else changed the row since the caller read it (lost update refused)."""


class LockedError(WorkshopError):
    """The row belongs to an approved referat and can no longer change."""


class StorageError(WorkshopError):
    """The database cannot be opened or written: locked, read-only, corrupt, newer."""
