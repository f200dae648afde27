"""What a member may do for themselves (from a phone), checked inside the writing service's transaction.

The secretary corrects anything at any time; a member acting as themselves may
only answer the current question round, add inputs to their own group while the
current step is "inputs", and move their own dots while it is "votes" — and only
while present at the meeting and not away or inhabile for the item. Each rule is
here once, so the phones and any other caller share it.
"""

from __future__ import annotations

from sqlalchemy import exists, literal
from sqlmodel import Session, col, select

from workshop.errors import NotFoundError, ValidationError
from workshop.models import AgendaItem, Attendance, GroupMember, ItemAbsence, Meeting, Member
from workshop.origins import MEMBER_TEXT_LIMIT
from workshop.services.rows import get

_STEP_WORDS = {"": "punktet", "groups": "gruppedannelsen", "inputs": "input-runden", "votes": "afstemningen"}


def check(s: Session, item_id: int, member_id: int, step: str, *, group_id: int | None = None) -> str:
    """Refuse unless the member may act for themselves in ``step`` of ``item_id`` now; their name.

    One query: the phones' writes are the room's hot path (30 at once, bench figure 9).

    Raises:
        ValidationError: not a member of the committee, not present, away or inhabile for
            the item, the item or step not current, or (with ``group_id``) not in that group.
        NotFoundError: no such item or member.
    """
    status = (select(Attendance.status).where(Attendance.meeting_id == Meeting.id,  # type: ignore[arg-type]
                                              Attendance.member_id == member_id).limit(1).scalar_subquery())
    away = (select(ItemAbsence.kind).where(ItemAbsence.item_id == item_id, ItemAbsence.member_id == member_id)
            .order_by(ItemAbsence.kind).limit(1).scalar_subquery())  # "absent" before "conflict"
    in_group = (exists().where(col(GroupMember.group_id) == group_id, col(GroupMember.member_id) == member_id)
                if group_id is not None else literal(True))
    row = s.exec(select(Member.name, Member.committee_id == Meeting.committee_id, status, away, in_group,  # type: ignore[call-overload]
                        Meeting.current_item_id, Meeting.current_step, AgendaItem.title)
                 .select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)  # type: ignore[arg-type]
                 .join(Member, Member.id == member_id)  # type: ignore[arg-type]
                 .where(AgendaItem.id == item_id)).first()
    if row is None:
        get(s, AgendaItem, item_id)
        get(s, Member, member_id)
        raise NotFoundError("Punktet eller medlemmet findes ikke.")
    name, same_committee, attendance, away_kind, mine, current_item, current, title = row
    if not same_committee:
        raise ValidationError("member", f'"{name}" er ikke medlem af udvalget')
    if attendance != "present":
        raise ValidationError("member", f"{name} er ikke registreret som til stede")
    if away_kind == "conflict":
        raise ValidationError("member", f'{name} er inhabil i punktet "{title}"')
    if away_kind is not None:
        raise ValidationError("member", f'{name} er ikke til stede under punktet "{title}"')
    if current_item != item_id:
        raise ValidationError("step", f'punktet "{title}" er ikke det aktuelle punkt på mødet')
    if current != step:
        raise ValidationError("step", f"{_STEP_WORDS.get(step, step)} er ikke i gang nu")
    if not mine:
        raise ValidationError("group", f"{name} er ikke med i denne gruppe")
    return str(name)


def member_text(path: str, value: str) -> str:
    if len(value) > MEMBER_TEXT_LIMIT:
        raise ValidationError(path, f"teksten må højst være {MEMBER_TEXT_LIMIT} tegn (den er {len(value)})")
    return value
