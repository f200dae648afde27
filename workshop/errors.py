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

    @classmethod
    def stale(cls, table: str, *, row_id: int | None = None, expected_version: int | None = None,
              version: int | None = None, current: dict[str, Any] | None = None) -> ConflictError:
        """The one message for a stale write, whether a service saw it or the UPDATE's WHERE did
        (which can give only the table: then the other attributes stay empty)."""
        return cls(f"{row_name(table).capitalize()} er ændret af en anden siden du hentede den."
                   " Hent den igen og gentag ændringen.", table=table, row_id=row_id,
                   expected_version=expected_version, version=version, current=current)


class LockedError(WorkshopError):
    """The row belongs to a referat sent for approval or approved, and cannot change now."""

    # The database's refusals (migration 0009's triggers say ``WORKSHOP_LOCKED:<kind>``).
    MEETING = {
        "sent": "Referatet er sendt til godkendelse, så mødet kan ikke ændres. Vent til det er godkendt,"
                " og lav derefter en rettelse.",
        "approved": "Referatet er godkendt og låst, så mødet kan ikke ændres. Start en rettelse (ny version)"
                    " for at ændre noget.",
        "deleting": "Mødet har et referat, der er sendt til godkendelse eller godkendt, og kan derfor ikke"
                    " slettes.",
        "deleting_committee": "Udvalget har et møde, hvis referat er sendt til godkendelse eller godkendt,"
                              " og kan derfor ikke slettes.",
    }

    @classmethod
    def meeting(cls, kind: str) -> LockedError:
        """The one message for a write the meeting lock refused (``kind``: sent, approved, deleting, deleting_committee)."""
        return cls(cls.MEETING.get(kind, cls.MEETING["approved"]))


class StorageError(WorkshopError):
    """The database cannot be opened or written: locked, read-only, corrupt, newer."""
