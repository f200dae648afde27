"""Candidate pejlemærker: built from inputs, merged, dot-voted, carried to chosen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import col, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.models import CANDIDATE_STATUSES, AgendaItem, Candidate, CandidateVote, Group, Input
from workshop.services.rows import (
    apply,
    check_version,
    get,
    next_position,
    one_of,
    required,
    touch,
)

# Not "votes": a candidate's total is the sum of the members' dots (services/voting.py).
CANDIDATE_FIELDS = {"title", "description", "status", "position"}


def list_candidates(db: Database, item_id: int) -> list[Candidate]:
    with db.session() as s:
        return list(s.exec(select(Candidate).where(Candidate.item_id == item_id)
                           .order_by(col(Candidate.position), col(Candidate.id))))


def ranked(db: Database, item_id: int) -> list[Candidate]:
    """Candidates by votes, most first; ties keep their order of creation."""
    return sorted(list_candidates(db, item_id), key=lambda c: (-c.votes, c.position, c.id))


def _unique_title(s: Any, item_id: int, title: str, candidate_id: int | None = None) -> str:
    title = required("title", title)
    other = s.exec(select(Candidate).where(Candidate.item_id == item_id, Candidate.title == title)).first()
    if other is not None and other.id != candidate_id:
        raise ValidationError("title", f'pejlemærket "{title}" findes allerede i punktet')
    return title


def add_candidate(db: Database, item_id: int, *, title: str, description: str = "",
                  input_ids: list[int] | None = None,
                  expected_versions: Mapping[int, int | None] | None = None) -> ChangeSet:
    """A new candidate, optionally built from inputs (which then point to it).

    ``expected_versions``: each input's version as the screen showed it (an input missing, or
    None: not checked); one changed by another laptop since refuses the whole creation.
    """
    with db.session() as s:
        item = get(s, AgendaItem, item_id)
        row = Candidate(item_id=item_id, title=_unique_title(s, item_id, title),
                        description=required("description", description) if description else "",
                        position=next_position(s, Candidate, Candidate.item_id, item_id))
        s.add(row)
        s.flush()
        for input_id in input_ids or []:
            _attach(s, input_id, row, (expected_versions or {}).get(input_id))
        return changed("candidates", "inputs", meeting_id=item.meeting_id, id=row.id)


def get_candidate(db: Database, candidate_id: int) -> Candidate:
    with db.session() as s:
        return get(s, Candidate, candidate_id)


def update_candidate(db: Database, candidate_id: int, *, expected_version: int | None = None,
                     **fields: Any) -> ChangeSet:
    with db.session() as s:
        row = get(s, Candidate, candidate_id)
        check_version(row, expected_version)
        if "title" in fields:
            fields["title"] = _unique_title(s, row.item_id, fields["title"], candidate_id)
        if "status" in fields:
            one_of("status", fields["status"], CANDIDATE_STATUSES)
        if "votes" in fields:
            raise ValidationError("votes", "stemmerne sættes pr. medlem; pejlemærkets stemmetal er deres sum")
        apply(row, fields, CANDIDATE_FIELDS)
        item = get(s, AgendaItem, row.item_id)
        return changed("candidates", meeting_id=item.meeting_id, id=candidate_id)


def delete_candidate(db: Database, candidate_id: int) -> ChangeSet:
    with db.session() as s:
        row = get(s, Candidate, candidate_id)
        item = get(s, AgendaItem, row.item_id)
        for inp in s.exec(select(Input).where(Input.candidate_id == candidate_id)):
            inp.candidate_id = None
        s.delete(row)
        return changed("candidates", "inputs", meeting_id=item.meeting_id, id=candidate_id)


def _attach(s: Any, input_id: int, candidate: Candidate | None, expected_version: int | None = None) -> Input:
    inp = get(s, Input, input_id)
    check_version(inp, expected_version)
    if candidate is not None:
        group = get(s, Group, inp.group_id)
        if group.item_id != candidate.item_id:
            raise ValidationError("candidate", "input og pejlemærke hører til forskellige punkter")
    inp.candidate_id = candidate.id if candidate is not None else None
    return inp


def assign_input(db: Database, input_id: int, candidate_id: int | None, *,
                 expected_version: int | None = None) -> ChangeSet:
    """Put an input under a candidate (drag onto it), or take it off with None, based on the
    input's ``expected_version`` the screen showed (None: not checked)."""
    with db.session() as s:
        cand = get(s, Candidate, candidate_id) if candidate_id is not None else None
        inp = _attach(s, input_id, cand, expected_version)
        group = get(s, Group, inp.group_id)
        item = get(s, AgendaItem, group.item_id)
        return changed("inputs", "candidates", meeting_id=item.meeting_id, id=input_id)


def merge_candidates(db: Database, keep_id: int, merge_ids: list[int]) -> ChangeSet:
    """Merge similar candidates into ``keep_id``: inputs follow, votes add up."""
    with db.session() as s:
        keep = get(s, Candidate, keep_id)
        for mid in merge_ids:
            if mid == keep_id:
                continue
            other = get(s, Candidate, mid)
            if other.item_id != keep.item_id:
                raise ValidationError("candidate", "kun pejlemærker i samme punkt kan slås sammen")
            for inp in s.exec(select(Input).where(Input.candidate_id == mid)):
                inp.candidate_id = keep_id
            keep.votes += other.votes
            _move_member_votes(s, mid, keep_id)
            if other.description and other.description not in keep.description:
                keep.description = "\n".join(x for x in (keep.description, other.description) if x)
            s.delete(other)
        touch(keep)  # its inputs and dots changed even where its own columns did not
        item = get(s, AgendaItem, keep.item_id)
        return changed("candidates", "inputs", meeting_id=item.meeting_id, id=keep_id)


def _move_member_votes(s: Any, from_id: int, to_id: int) -> None:
    """Per-member dots follow a merge, so the total stays their sum (see services.voting)."""
    kept = {v.member_id: v for v in s.exec(select(CandidateVote).where(CandidateVote.candidate_id == to_id))}
    for vote in list(s.exec(select(CandidateVote).where(CandidateVote.candidate_id == from_id))):
        if vote.member_id in kept:
            kept[vote.member_id].count += vote.count
            s.delete(vote)
        else:
            vote.candidate_id = to_id
            kept[vote.member_id] = vote
    s.flush()
