"""Domain errors: each carries a Danish message fit to show a user as is."""

from __future__ import annotations

from typing import Any


class WorkshopError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# What a service's field is called when a message is about it, with its article, and whether
# it is neuter (an adjective then ends in -t: "Navnet må ikke være tomt", "Titlen … tom").
FIELD_NAMES: dict[str, tuple[str, bool]] = {
    "name": ("Navnet", True), "title": ("Titlen", False), "text": ("Teksten", False),
    "description": ("Beskrivelsen", False), "note": ("Bemærkningen", False),
    "organisation": ("Organisationen", False), "case_id": ("Sags-ID'et", True), "due": ("Fristen", False),
    "group": ("Gruppen", False), "party": ("Partiet", True), "period": ("Perioden", False),
    "kind": ("Typen", False), "location": ("Mødestedet", True), "purpose": ("Formålet", True),
    "role": ("Rollen", False), "status": ("Status", False), "number": ("Nummeret", True),
    "planned_minutes": ("Tidsrammen", False), "starts_at": ("Mødets tidspunkt", True),
    "mandate": ("Kommissoriet", True), "decision": ("Beslutningen", False), "summary": ("Resuméet", True),
    "question": ("Spørgsmålet", True), "meets_on": ("Første møde", True),
    "reports_to": ("Tilbagemeldingen", False), "next_meeting_on": ("Næste møde", True),
    # an agenda item's case sections and lists, by their labels in the agenda
    "background": ("Baggrunden", False), "presentation": ("Sagsfremstillingen", False),
    "economy": ("Afsnittet om økonomi", True), "previous_decisions": ("Afsnittet om tidligere beslutninger", True),
    "recommended_by": ("Feltet »Indstilling fra«", True), "decided_by": ("Feltet »Beslutningen træffes af«", True),
    "recommendations": ("Et indstillingspunkt", True), "discussion_questions": ("Et drøftelsesspørgsmål", True),
    "perspectives": ("Et perspektiv", True), "ended_at": ("Klokkeslættet", True),
}
# A detail that starts like this says something about the field: the field's name goes first.
_ABOUT_THE_FIELD = ("må ", "er ", "skal ", "indeholder ", "kan ", "feltet ")
_NEUTER = {"må ikke være tom": "må ikke være tomt", "er for lang ": "er for langt "}


def field_message(path: str, detail: str) -> str:
    """The message a user reads: Danish, without the code's field names.

    A service's field (``name``) gets its Danish name ("Navnet må ikke være tomt"); a detail that
    is a sentence of its own is shown as one ("Pejlemærket … er fravalgt"). A path into a file
    (``meeting.items[4].title``) is kept in front, since it says where in the file.
    """
    if path and ("." in path or "[" in path):
        return f"{path}: {detail}"
    if path in FIELD_NAMES and detail.startswith(_ABOUT_THE_FIELD):
        noun, neuter = FIELD_NAMES[path]
        if neuter:
            for common, neuter_form in _NEUTER.items():
                if detail.startswith(common):
                    detail = neuter_form + detail[len(common):]
        return f"{noun} {detail}"
    if path and path not in FIELD_NAMES and detail.startswith(_ABOUT_THE_FIELD):
        return f"{path}: {detail}"  # a field without a Danish name yet: at least say which
    if not path:
        return detail  # already a message of its own (it may start with a file name)
    return detail[:1].upper() + detail[1:]


class ValidationError(WorkshopError):
    """Bad input; ``path`` names where (a JSON path or a field name), ``detail`` what is wrong;
    the message is ``field_message(path, detail)``."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(field_message(path, message))
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
    "agenda": "dagsordenen",  # a meeting's items in their order (agenda.move_item's compare-and-set)
    "agendaitem": "dagsordenspunktet",
    "attendance": "fremmødet",
    "answer": "svaret",
    "workgroup": "gruppen",
    "input": "inputtet",
    "candidate": "pejlemærket",
    "workinggroup": "arbejdsgruppen",
    "remark": "tilførslen",
    "referatversion": "referatet",
    "candidatevote": "stemmefordelingen",  # a member's dots (one candidate's, or a whole vote's)
    "itemabsence": "fraværsregistreringen",  # a member away or inhabil for one item
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
        # True when the row was changed since (``stale``), not refused for another reason
        # (e.g. a restore whose place is taken): an undo then says it would overwrite that change.
        self.changed_since = False

    @classmethod
    def stale(cls, table: str, *, row_id: int | None = None, expected_version: int | None = None,
              version: int | None = None, current: dict[str, Any] | None = None) -> ConflictError:
        """The one message for a stale write, whether a service saw it or the UPDATE's WHERE did
        (which can give only the table: then the other attributes stay empty)."""
        error = cls(f"{row_name(table).capitalize()} er ændret af en anden siden du hentede den."
                    " Hent den igen og gentag ændringen.", table=table, row_id=row_id,
                    expected_version=expected_version, version=version, current=current)
        error.changed_since = True
        return error


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
