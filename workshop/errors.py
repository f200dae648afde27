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


# What a row of each table is called in a message, with its article ("dagsordenspunktet").
ROW_NAMES = {
    "committee": "udvalget",
    "member": "medlemmet",
    "task": "opgaven",
    "meeting": "mødet",
    "agendaitem": "dagsordenspunktet",
    "attendance": "fremmødet",
    "answer": "svaret",
    "workgroup": "gruppen",
    "input": "inputtet",
    "candidate": "pejlemærket",
    "workinggroup": "arbejdsgruppen",
    "remark": "tilførslen",
    "referatversion": "referatet",
}


def row_name(table: str) -> str:
    """``ROW_NAMES[table]``, or "rækken" for a table without a name of its own."""
    return ROW_NAMES.get(table, "rækken")


class ConflictError(WorkshopError):
    """Someone else changed the row since the caller read it (lost update refused)."""

    @classmethod
    def stale(cls, table: str) -> ConflictError:
        """The one message for a stale write, whether a service saw it or the UPDATE's WHERE did."""
        return cls(f"{row_name(table).capitalize()} er ændret af en anden siden du hentede den."
                   " Hent den igen og gentag ændringen.")


class LockedError(WorkshopError):
    """The row belongs to an approved referat and can no longer change."""


class StorageError(WorkshopError):
    """The database cannot be opened or written: locked, read-only, corrupt, newer."""
