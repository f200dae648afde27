"""What a member may do for themselves (from a phone), checked inside the writing service's transaction.

The secretary corrects anything at any time; a member acting as themselves may
only answer the current question round, add inputs to their own group while the
current step is "inputs", and move their own dots while it is "votes" — and only
while present at the meeting and not away or inhabile for the item. Each rule is
here once, so the phones and any other caller share it.
"""

from __future__ import annotations

from sqlmodel import Session, select

from workshop.errors import ValidationError
from workshop.models import AgendaItem, Attendance, GroupMember, ItemAbsence, Meeting, Member
from workshop.origins import MEMBER_TEXT_LIMIT
from workshop.services.rows import get

_STEP_WORDS = {"": "punktet", "groups": "gruppedannelsen", "inputs": "input-runden", "votes": "afstemningen"}


def present_member(s: Session, item: AgendaItem, member_id: int) -> Member:
    """The member, if they are present at the item's meeting and not away or inhabile for the item.

    Raises:
        ValidationError: not a member of the committee, not present, or away for this item.
    """
    meeting = get(s, Meeting, item.meeting_id)
    member = get(s, Member, member_id)
    if member.committee_id != meeting.committee_id:
        raise ValidationError("member", f'"{member.name}" er ikke medlem af udvalget')
    present = s.exec(select(Attendance.id).where(Attendance.meeting_id == meeting.id,
                                                 Attendance.member_id == member_id,
                                                 Attendance.status == "present")).first()
    if present is None:
        raise ValidationError("member", f"{member.name} er ikke registreret som til stede")
    away = s.exec(select(ItemAbsence.kind).where(ItemAbsence.item_id == item.id,
                                                 ItemAbsence.member_id == member_id)).first()
    if away == "conflict":
        raise ValidationError("member", f'{member.name} er inhabil i punktet "{item.title}"')
    if away is not None:
        raise ValidationError("member", f'{member.name} er ikke til stede under punktet "{item.title}"')
    return member


def current_step(s: Session, item: AgendaItem, step: str) -> None:
    """Refuse unless ``item`` is the meeting's current item and ``step`` its current step."""
    meeting = get(s, Meeting, item.meeting_id)
    if meeting.current_item_id != item.id:
        raise ValidationError("step", f'punktet "{item.title}" er ikke det aktuelle punkt på mødet')
    if meeting.current_step != step:
        raise ValidationError("step", f"{_STEP_WORDS.get(step, step)} er ikke i gang nu")


def own_group(s: Session, group_id: int, member: Member) -> None:
    mine = s.exec(select(GroupMember).where(GroupMember.group_id == group_id,
                                            GroupMember.member_id == member.id)).first()
    if mine is None:
        raise ValidationError("group", f"{member.name} er ikke med i denne gruppe")


def member_text(path: str, value: str) -> str:
    if len(value) > MEMBER_TEXT_LIMIT:
        raise ValidationError(path, f"teksten må højst være {MEMBER_TEXT_LIMIT} tegn (den er {len(value)})")
    return value
