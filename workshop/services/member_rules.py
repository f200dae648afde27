"""What a member may do for themselves (from a phone), checked inside the writing service's transaction.

The secretary corrects anything at any time; a member acting as themselves may
only answer the current question round, add inputs to their own group while the
current step is "inputs", and move their own dots while it is "votes" — and only
while present at the meeting and not away or inhabile for the item. Each rule is
here once, so the phones and any other caller share it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Integer, Select, bindparam, exists, or_, select
from sqlmodel import Session, col

from workshop.errors import NotFoundError, ValidationError
from workshop.models import AgendaItem, Attendance, GroupMember, ItemAbsence, Meeting, Member
from workshop.origins import MEMBER_TEXT_LIMIT
from workshop.services.rows import get

_STEP_WORDS = {"": "punktet", "groups": "gruppedannelsen", "inputs": "input-runden", "votes": "afstemningen"}


@cache
def _check_statement() -> Select[Any]:
    """``check``'s one query, built once (building it cost more than running it)."""
    item, member = bindparam("item_id", type_=Integer), bindparam("member_id", type_=Integer)
    group = bindparam("group_id", type_=Integer)
    status = (select(col(Attendance.status)).where(col(Attendance.meeting_id) == col(Meeting.id),
                                                   col(Attendance.member_id) == member).limit(1).scalar_subquery())
    away = (select(col(ItemAbsence.kind)).where(col(ItemAbsence.item_id) == item, col(ItemAbsence.member_id) == member)
            .order_by(col(ItemAbsence.kind)).limit(1).scalar_subquery())  # "absent" before "conflict"
    in_group = or_(group.is_(None),
                   exists().where(col(GroupMember.group_id) == group, col(GroupMember.member_id) == member))
    return (select(col(Member.name), col(Member.committee_id) == col(Meeting.committee_id), status, away, in_group,
                   col(Meeting.current_item_id), col(Meeting.current_step), col(AgendaItem.title))
            .select_from(AgendaItem).join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
            .join(Member, col(Member.id) == member).where(col(AgendaItem.id) == item))


def check(s: Session, item_id: int, member_id: int, step: str, *, group_id: int | None = None) -> str:
    """Refuse unless the member may act for themselves in ``step`` of ``item_id`` now; their name.

    One query: the phones' writes are the room's hot path (30 at once, bench figure 9).

    Raises:
        ValidationError: not a member of the committee, not present, away or inhabile for
            the item, the item or step not current, or (with ``group_id``) not in that group.
        NotFoundError: no such item or member.
    """
    row = s.connection().execute(_check_statement(), {"item_id": item_id, "member_id": member_id,
                                                      "group_id": group_id}).first()
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
