"""All database tables: plain data, no behaviour beyond defaults.

Every row that two people may edit carries ``version`` (``Versioned``): it is
SQLAlchemy's ``version_id_col``, so every UPDATE or DELETE of such a row says
``WHERE id = ? AND version = ?`` and moves the version on. A write based on a
stale read matches no row and fails (``Database`` turns that into a Danish
``ConflictError``), so a shared PostgreSQL database cannot silently lose an
update, and no service can forget the check or the bump.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import JSON, Column, DateTime, Index, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from workshop import candidate_status

# Allowed values, shared by services, the meeting file schema and the UI.
ROLES = ("formand", "næstformand", "medlem")
TASK_STATUSES = ("open", "approved")
ATTENDANCE_STATUSES = ("present", "absent", "excused")
ITEM_KINDS = (
    "case",
    "welcome",
    "question_round",
    "group_work",
    "working_groups",
    "closing",
    "announcements",
    "approval",
)
CANDIDATE_STATUSES = candidate_status.STATUSES
ITEM_ABSENCE_KINDS = ("absent", "conflict")
REFERAT_STATUSES = ("draft", "sent", "approved")


class _HasId(Protocol):
    id: int | None


class Keyed:
    """A table with an integer ``id``: ``pk`` is that id as an ``int``, for a row that exists.

    ``id`` stays ``int | None`` because a row built in Python has none until its INSERT is
    flushed; code that needs the id of a stored row (a service's argument, a dict key) reads
    ``pk``, which says so in its type and fails loudly on a row not yet flushed instead of
    passing None on.
    """

    @property
    def pk(self: _HasId) -> int:
        if self.id is None:
            raise RuntimeError(f"{type(self).__name__} has no id until it is flushed")
        return self.id


class Versioned:
    """A table whose ``version`` column the ORM checks and moves on every write of a row."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Committee(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str = ""
    period: str = ""
    version: int = 1


class Member(Keyed, Versioned, SQLModel, table=True):
    __table_args__ = (UniqueConstraint("committee_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", index=True, ondelete="CASCADE")
    name: str
    role: str = "medlem"
    group: str = ""
    party: str = ""
    position: int = 0  # seat order
    version: int = 1


class Task(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", index=True, ondelete="CASCADE")
    title: str
    description: str = ""
    due: str = ""
    status: str = "open"
    position: int = 0
    version: int = 1


class Meeting(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id", index=True, ondelete="CASCADE")
    number: int | None = None
    title: str
    starts_at: datetime = Field(sa_type=DateTime)  # local wall-clock time, no zone
    location: str = ""
    case_id: str = ""
    purpose: str = ""
    ended_at: str | None = None  # "HH:MM", when the meeting was closed
    current_item_id: int | None = None  # the item the meeting is on (workshop/steps.py)
    current_step: str = ""  # the step of that item: "" or one of steps.steps_of(kind)
    # "sent" or "approved" while the newest referat version is (the meeting lock), else None;
    # kept by the database's triggers (migration 0010), never written by Workshop itself.
    lock_state: str | None = None
    version: int = 1


class Attendance(Keyed, Versioned, SQLModel, table=True):
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    status: str = "present"
    note: str = ""
    version: int = 1


class AgendaItem(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    kind: str = "case"
    open: bool = True
    case_id: str = ""
    planned_minutes: int | None = None
    summary: str = ""
    background: str = ""
    presentation: str = ""
    economy: str = ""
    previous_decisions: str = ""
    recommended_by: str = ""
    recommendations: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    decided_by: str = ""
    decision: str = ""
    question: str = ""
    discussion_questions: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    perspectives: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    started_at: datetime | None = Field(default=None, sa_type=DateTime)  # actual start (run mode)
    dots: int = 3  # group work: how many dots each present member places (services/voting.py)
    next_meeting_on: date | None = None  # an Afrunding (closing) item: the date of the next meeting
    version: int = 1


class Attachment(Keyed, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    recommended: bool = False


class ItemAbsence(Keyed, SQLModel, table=True):
    """A member away during one item (``absent``) or inhabile for it (``conflict``)."""

    __table_args__ = (UniqueConstraint("item_id", "member_id", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    kind: str = "absent"


class Answer(Keyed, Versioned, SQLModel, table=True):
    __table_args__ = (UniqueConstraint("item_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    text: str = ""
    version: int = 1


class Group(Keyed, Versioned, SQLModel, table=True):
    __tablename__ = "workgroup"  # "group" is an SQL keyword
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str
    version: int = 1


class GroupMember(SQLModel, table=True):
    group_id: int = Field(foreign_key="workgroup.id", primary_key=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")


class Candidate(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    position: int = 0
    title: str
    description: str = ""
    votes: int = 0
    status: str = "candidate"
    version: int = 1


class Input(Keyed, Versioned, SQLModel, table=True):
    # A group's inputs in order: the newest few for the phones, the next position for add_input.
    __table_args__ = (Index("ix_input_group_position", "group_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="workgroup.id", index=True, ondelete="CASCADE")
    position: int = 0
    text: str
    candidate_id: int | None = Field(
        default=None, foreign_key="candidate.id", index=True, ondelete="SET NULL"
    )
    # Who gave the input and how (workshop/origins.py): None and "" when the secretary typed it.
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    origin: str = ""
    hidden: bool = False  # kept off the projector and the phones; the referat still prints it
    version: int = 1


class WorkingGroup(Keyed, Versioned, SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str
    mandate: str = ""
    meets_on: date | None = None
    reports_to: date | None = None
    version: int = 1


class WorkingGroupMember(SQLModel, table=True):
    working_group_id: int = Field(
        foreign_key="workinggroup.id", primary_key=True, ondelete="CASCADE"
    )
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    convener: bool = False  # the group's tovholder: at most one per group (services/working_groups.py)


class WorkingGroupGuest(Keyed, SQLModel, table=True):
    """A working group member from outside the committee: a name and where they come from."""

    id: int | None = Field(default=None, primary_key=True)
    working_group_id: int = Field(foreign_key="workinggroup.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str
    organisation: str = ""


class Remark(Keyed, Versioned, SQLModel, table=True):
    """A tilførsel til protokollen: a member's dissent or remark on one item."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="agendaitem.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    position: int = 0
    text: str
    version: int = 1


class ReferatVersion(Keyed, Versioned, SQLModel, table=True):
    """One numbered version of a meeting's referat.

    While ``status`` is ``draft`` the referat is drafted live from the meeting.
    Sending it for approval freezes ``content`` (the canonical referat as JSON);
    once approved, ``sha256`` fingerprints that content and the row is never
    changed again: a correction is a new version with a ``note``.
    """

    __table_args__ = (UniqueConstraint("meeting_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    number: int = 1
    status: str = "draft"
    content: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    sha256: str | None = None
    note: str = ""
    created_at: datetime = Field(sa_type=DateTime)
    sent_at: datetime | None = Field(default=None, sa_type=DateTime)
    approved_at: datetime | None = Field(default=None, sa_type=DateTime)
    version: int = 1


class ReferatApproval(Keyed, SQLModel, table=True):
    """A present member's "Godkendt" on one referat version."""

    __table_args__ = (UniqueConstraint("referat_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    referat_id: int = Field(foreign_key="referatversion.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    at: datetime = Field(sa_type=DateTime)


class CandidateVote(Keyed, SQLModel, table=True):
    """One member's dots on one candidate (dot-voting); ``Candidate.votes`` holds their sum."""

    __table_args__ = (UniqueConstraint("candidate_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    count: int = 0
