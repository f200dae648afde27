"""Dot-voting per member: each present member places a limited number of dots on candidates.

The members' dots (``CandidateVote``) are the one source of truth. ``Candidate.votes``
is the total the rest of Workshop reads (ranking, referat, meeting file) and is
written here only, as the sum of those rows (``_recount``); no other service sets
it (``update_candidate`` refuses it, a merge moves the dots along). The one
exception is a meeting file, which carries totals without members: such an item
is refused per-member dots until its votes are cleared (``unattributed``), so a
dot never silently replaces an imported total.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import col, func, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import LockedError, ValidationError
from workshop.models import AgendaItem, Attendance, Candidate, CandidateVote, Member
from workshop.origins import by_member
from workshop.services import member_rules
from workshop.services.committees import member_of_meeting
from workshop.services.referat.lock import lock_state
from workshop.services.rows import check_values, check_version, get, locked, locked_all, touch

DEFAULT_DOTS = 3
MAX_DOTS = 20

# What a vote holds: {"votes": {(candidate_id, member_id): dots}, "totals": {candidate_id: total}}.
Tally = dict[str, dict[Any, int]]


def member_votes(db: Database, item_id: int) -> dict[tuple[int, int], int]:
    """Dots per ``(candidate_id, member_id)`` for the item's candidates (zero entries left out)."""
    with db.session() as s:
        rows = s.exec(select(CandidateVote).join(Candidate)
                      .where(Candidate.item_id == item_id, CandidateVote.count > 0))
        return {(v.candidate_id, v.member_id): v.count for v in rows}


def used_dots(db: Database, item_id: int) -> dict[int, int]:
    """How many dots each member has placed in the item, by member id."""
    used: dict[int, int] = {}
    for (_, member_id), count in member_votes(db, item_id).items():
        used[member_id] = used.get(member_id, 0) + count
    return used


def _used_elsewhere(s: Any, item_id: int, member_id: int, candidate_id: int) -> int:
    total = s.exec(select(func.coalesce(func.sum(CandidateVote.count), 0)).join(Candidate)
                   .where(Candidate.item_id == item_id, CandidateVote.member_id == member_id,
                          CandidateVote.candidate_id != candidate_id)).one()
    return int(total)


def _unattributed(s: Any, item_id: int) -> list[str]:
    """Titles of the item's candidates whose total is not the sum of members' dots (imported)."""
    dots = dict(s.exec(select(CandidateVote.candidate_id, func.sum(CandidateVote.count)).join(Candidate)
                       .where(Candidate.item_id == item_id).group_by(col(CandidateVote.candidate_id))).all())
    cands = s.exec(select(Candidate).where(Candidate.item_id == item_id)
                   .order_by(col(Candidate.position), col(Candidate.id)))
    return [c.title for c in cands if c.votes != int(dots.get(c.id, 0))]


def unattributed(db: Database, item_id: int) -> list[str]:
    """Candidates whose votes came as totals (a meeting file) rather than members' dots.

    While there are any, ``set_member_votes`` refuses; ``clear_votes`` starts a fresh vote.
    """
    with db.session() as s:
        return _unattributed(s, item_id)


def _recount(s: Any, candidate: Candidate) -> None:
    """The total anew from the dots. The candidate is written even when the sum comes out the
    same, so its version is checked: of two members' dots saved at once on one candidate, the
    second, which summed without the first's, is refused instead of writing a stale total."""
    s.flush()
    total = s.exec(select(func.coalesce(func.sum(CandidateVote.count), 0))
                   .where(CandidateVote.candidate_id == candidate.id)).one()
    candidate.votes = int(total)
    touch(candidate)


def recount_candidates(s: Any, candidate_ids: list[int]) -> None:
    """Set these candidates' totals to the sum of their dots again, after their dots changed
    outside this module: a member deleted (their dots go with them) or put back by undo
    (``snapshots.restore``). Only a total that differs is written, so a candidate whose
    dots did not change keeps its version."""
    s.flush()
    for candidate_id in dict.fromkeys(candidate_ids):
        candidate = s.get(Candidate, candidate_id)
        if candidate is None:
            continue
        total = int(s.exec(select(func.coalesce(func.sum(CandidateVote.count), 0))
                           .where(CandidateVote.candidate_id == candidate_id)).one())
        if candidate.votes != total:
            candidate.votes = total


def voted_on(s: Any, member_id: int) -> list[int]:
    """The candidates a member has dots on (what deleting the member changes)."""
    return list(s.exec(select(CandidateVote.candidate_id).where(CandidateVote.member_id == member_id)))


def set_dots(db: Database, item_id: int, dots: int, *, expected_version: int | None = None) -> ChangeSet:
    """How many dots each present member has in the item's dot-voting (1-20), on top of the item's
    ``expected_version`` (a stale one raises ``ConflictError``; None: not checked)."""
    if not isinstance(dots, int) or isinstance(dots, bool) or not 1 <= dots <= MAX_DOTS:
        raise ValidationError("dots", f"antallet af stemmer pr. medlem skal være 1-{MAX_DOTS}")
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        check_version(item, expected_version)
        item.dots = dots
        return changed("items", "candidates", meeting_id=item.meeting_id, id=item_id)


def set_member_votes(db: Database, candidate_id: int, member_id: int, count: int, *,
                     dots: int | None = None, origin: str = "", expected: dict[str, int] | None = None) -> ChangeSet:
    """Set how many of a member's dots lie on one candidate, and update the candidate's total.

    Args:
        candidate_id: the candidate voted on.
        member_id: the voting member; must be present at the meeting.
        count: the member's dots on this candidate (0 takes them all back).
        dots: how many dots each member has in this item (default: the item's ``dots``).
        origin: "phone" when the member votes themselves: then only while the item's
            "votes" step is current and the member is present for it (``member_rules``).
        expected: the member's dots on the candidate as the screen showed them,
            ``{"count": n}``; None: not checked (a phone sets its own dots, an import).

    Raises:
        ValidationError: a negative count, an absent member, more dots than the member has,
            or a member's own vote outside the voting step.
        ConflictError: the member's dots there are no longer ``expected`` (another laptop
            changed them); it carries ``{"count": n}`` stored now.
    """
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValidationError("votes", "antallet af stemmer skal være et helt tal ≥ 0")
    with db.session() as s:
        # One writer at a time per member (their dots on every pejlemærke count against one budget),
        # then per candidate (its total); always in this order, as deleting a member does.
        locked(s, Member, member_id)
        cand = locked(s, Candidate, candidate_id)
        row = s.exec(select(CandidateVote).where(CandidateVote.candidate_id == candidate_id,
                                                 CandidateVote.member_id == member_id)).first()
        check_values("candidatevote", candidate_id, {"count": row.count if row is not None else 0},
                     expected)
        item = get(s, AgendaItem, cand.item_id)
        member: Member = member_of_meeting(s, item.meeting_id, member_id)
        if by_member(origin):
            member_rules.check(s, item.pk, member_id, "votes")
            if cand.status == "rejected":
                raise ValidationError("votes", f'pejlemærket "{cand.title}" er fravalgt')
        if dots is None:
            dots = item.dots
        present = s.exec(select(Attendance).where(Attendance.meeting_id == item.meeting_id,
                                                  Attendance.member_id == member_id,
                                                  Attendance.status == "present")).first()
        if present is None and count > 0:
            raise ValidationError("votes", f"{member.name} er ikke registreret som til stede"
                                           " og kan ikke stemme")
        imported = _unattributed(s, cand.item_id)
        if imported:
            if sent := lock_state(s, item.meeting_id):  # then resetting cannot help: say why
                raise LockedError.meeting(sent)
            raise ValidationError(
                "votes", f"Stemmetallet på \"{imported[0]}\" kommer fra en mødefil og er ikke fordelt på"
                         " medlemmer. Nulstil stemmerne, før der stemmes pr. medlem.")
        elsewhere = _used_elsewhere(s, cand.item_id, member_id, candidate_id)
        if elsewhere + count > dots:
            left = max(0, dots - elsewhere)
            raise ValidationError(
                "votes",
                f"{member.name} har kun {dots} stemmer og har allerede brugt {elsewhere} på andre"
                f' pejlemærker; der kan højst sættes {left} på "{cand.title}"',
            )
        if count == 0:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(CandidateVote(candidate_id=candidate_id, member_id=member_id, count=count))
        else:
            row.count = count
        _recount(s, cand)
        return changed("candidates", meeting_id=item.meeting_id, id=candidate_id)


def tally(db: Database, item_id: int) -> Tally:
    """What the item's vote holds now: ``{"votes": member_votes, "totals": the nonzero totals by
    candidate}`` (the totals carry what a meeting file gave without members). ``clear_votes``
    and ``restore_votes`` compare it with what their step saw."""
    with db.session() as s:
        return _tally(s, list(s.exec(select(Candidate).where(Candidate.item_id == item_id))))


def _tally(s: Any, cands: list[Candidate]) -> Tally:
    votes = s.exec(select(CandidateVote).where(col(CandidateVote.candidate_id).in_([c.id for c in cands]),
                                               CandidateVote.count > 0))
    return {"votes": {(v.candidate_id, v.member_id): v.count for v in votes},
            "totals": {c.pk: c.votes for c in cands if c.votes}}


def _locked_tally(s: Any, item_id: int, expected: Tally | None) -> tuple[AgendaItem, list[Candidate]]:
    """The item and its candidates under the lock, refused (``ConflictError`` carrying the tally
    now) when the vote no longer holds ``expected`` (None: not checked)."""
    item = get(s, AgendaItem, item_id)
    cands = locked_all(s, select(Candidate).where(Candidate.item_id == item_id).order_by(col(Candidate.id)))
    check_values("candidatevote", None, _tally(s, cands), expected)
    return item, cands


def clear_votes(db: Database, item_id: int, *, expected: Tally | None = None) -> ChangeSet:
    """Take back every dot in the item (a fresh vote); totals drop to zero.

    ``expected``: the ``tally`` the step saw (and will put back on undo); a vote changed since
    raises ``ConflictError``. None: not checked.
    """
    with db.session() as s:
        item, cands = _locked_tally(s, item_id, expected)
        ids = [c.id for c in cands]
        for v in s.exec(select(CandidateVote).where(col(CandidateVote.candidate_id).in_(ids))):
            s.delete(v)
        for c in cands:
            _recount(s, c)
        return changed("candidates", meeting_id=item.meeting_id, id=None)


def totals(db: Database, item_id: int) -> dict[int, int]:
    """Each candidate's total, by candidate id (what ``restore_votes`` puts back with the dots)."""
    with db.session() as s:
        return {c.pk: c.votes for c in s.exec(select(Candidate).where(Candidate.item_id == item_id))}


def restore_votes(db: Database, item_id: int, votes: dict[tuple[int, int], int],
                  imported: dict[int, int] | None = None, *, expected: Tally | None = None) -> ChangeSet:
    """Put back a saved ``member_votes`` map (the undo of ``clear_votes``).

    ``imported``: the saved ``totals`` of candidates whose totals came from a meeting file
    (``unattributed``); they are put back as they were instead of being recounted.
    ``expected``: the ``tally`` the vote must still hold (the undo of a clear: nothing, so a dot
    placed on another laptop since refuses it with ``ConflictError``); None: not checked.
    """
    with db.session() as s:
        item, locked_cands = _locked_tally(s, item_id, expected)
        cands = {c.id: c for c in locked_cands}
        for v in s.exec(select(CandidateVote).where(col(CandidateVote.candidate_id).in_(list(cands)))):
            s.delete(v)
        s.flush()
        for (candidate_id, member_id), count in votes.items():
            if candidate_id in cands and count > 0:
                s.add(CandidateVote(candidate_id=candidate_id, member_id=member_id, count=count))
        for c in cands.values():
            _recount(s, c)
            if imported and c.id in imported:
                c.votes = imported[c.id]
        return changed("candidates", meeting_id=item.meeting_id, id=None)
