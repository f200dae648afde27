"""Per-member dot-voting on SQLite and PostgreSQL: limited dots, totals equal the sums."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop.db import Database
from workshop.errors import ConflictError, ValidationError
from workshop.services import agenda, attendance, candidates, committees, meetings, voting


def _setup(db: Database) -> tuple[int, list[int], list[int]]:
    c = committees.create_committee(db, name="Opgaveudvalg for innovation").id
    assert c is not None
    members = [committees.add_member(db, c, name=n).id for n in ("Anne", "Bo", "Carl", "Dorte")]
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2018, 1, 31, 17)).id
    assert m is not None
    for mid in members[:3]:
        attendance.set_attendance(db, m, mid, "present")  # type: ignore[arg-type]
    attendance.set_attendance(db, m, members[3], "excused")  # type: ignore[arg-type]
    item = agenda.add_item(db, m, title="Gruppearbejde", kind="group_work").id
    cands = [candidates.add_candidate(db, item, title=t).id for t in ("Tryghed", "Nærhed", "Tillid")]  # type: ignore[arg-type]
    return item, members, cands  # type: ignore[return-value]


def _totals(db: Database, item: int) -> dict[int, int]:
    return {c.id: c.votes for c in candidates.list_candidates(db, item)}  # type: ignore[misc]


def _sums(db: Database, item: int) -> dict[int, int]:
    sums = {c.id: 0 for c in candidates.list_candidates(db, item)}
    for (cid, _), n in voting.member_votes(db, item).items():
        sums[cid] += n  # type: ignore[index]
    return sums  # type: ignore[return-value]


def test_dots_are_limited_per_member(db: Database) -> None:
    item, members, cands = _setup(db)
    anne, bo = members[0], members[1]
    voting.set_member_votes(db, cands[0], anne, 2, dots=3)
    voting.set_member_votes(db, cands[1], anne, 1, dots=3)
    with pytest.raises(ValidationError, match=r'Anne har kun 3 stemmer .* højst sættes 0 på "Tillid"'):
        voting.set_member_votes(db, cands[2], anne, 1, dots=3)
    # Moving a dot: lowering one candidate frees it for another.
    voting.set_member_votes(db, cands[0], anne, 1, dots=3)
    voting.set_member_votes(db, cands[2], anne, 1, dots=3)
    voting.set_member_votes(db, cands[0], bo, 3, dots=3)
    assert voting.used_dots(db, item) == {anne: 3, bo: 3}
    assert _totals(db, item) == {cands[0]: 4, cands[1]: 1, cands[2]: 1}
    assert _totals(db, item) == _sums(db, item)
    assert [c.title for c in candidates.ranked(db, item)] == ["Tryghed", "Nærhed", "Tillid"]


def test_bad_counts_and_absent_members_are_refused(db: Database) -> None:
    item, members, cands = _setup(db)
    with pytest.raises(ValidationError, match="helt tal"):
        voting.set_member_votes(db, cands[0], members[0], -1)
    with pytest.raises(ValidationError, match="Dorte er ikke registreret som til stede"):
        voting.set_member_votes(db, cands[0], members[3], 1)
    with pytest.raises(ValidationError, match="har kun 5 stemmer"):
        voting.set_member_votes(db, cands[0], members[0], 6, dots=5)
    assert _totals(db, item) == {c: 0 for c in cands}


def test_zero_takes_dots_back_and_clear_restore(db: Database) -> None:
    item, members, cands = _setup(db)
    voting.set_member_votes(db, cands[1], members[0], 2)
    voting.set_member_votes(db, cands[1], members[1], 1)
    voting.set_member_votes(db, cands[1], members[0], 0)
    assert voting.member_votes(db, item) == {(cands[1], members[1]): 1}
    assert _totals(db, item)[cands[1]] == 1
    saved = voting.member_votes(db, item)
    voting.clear_votes(db, item)
    assert _totals(db, item) == {c: 0 for c in cands} and voting.member_votes(db, item) == {}
    voting.restore_votes(db, item, saved)
    assert voting.member_votes(db, item) == saved and _totals(db, item) == _sums(db, item)


def test_merge_keeps_member_dots_and_totals_equal(db: Database) -> None:
    item, members, cands = _setup(db)
    anne, bo, carl = members[:3]
    voting.set_member_votes(db, cands[0], anne, 1)
    voting.set_member_votes(db, cands[1], anne, 2)
    voting.set_member_votes(db, cands[1], bo, 1)
    voting.set_member_votes(db, cands[2], bo, 2)
    voting.set_member_votes(db, cands[2], carl, 3)
    candidates.merge_candidates(db, cands[0], [cands[1], cands[2]])
    assert voting.member_votes(db, item) == {(cands[0], anne): 3, (cands[0], bo): 3, (cands[0], carl): 3}
    assert _totals(db, item) == {cands[0]: 9} == _sums(db, item)


def test_deleting_a_candidate_gives_the_dots_back(db: Database) -> None:
    item, members, cands = _setup(db)
    voting.set_member_votes(db, cands[0], members[0], 3)
    candidates.delete_candidate(db, cands[0])
    assert voting.used_dots(db, item) == {}
    voting.set_member_votes(db, cands[1], members[0], 3)
    assert _totals(db, item) == _sums(db, item) == {cands[1]: 3, cands[2]: 0}


def test_a_total_is_never_typed(db: Database) -> None:
    item, members, cands = _setup(db)
    voting.set_member_votes(db, cands[0], members[0], 2)
    with pytest.raises(ValidationError, match="pr. medlem"):
        candidates.update_candidate(db, cands[0], votes=1)
    assert _totals(db, item) == _sums(db, item) == {cands[0]: 2, cands[1]: 0, cands[2]: 0}


def test_imported_totals_are_kept_until_a_fresh_vote(db: Database) -> None:
    """A meeting file carries totals without members: no dot may silently replace them."""
    from sqlmodel import select

    from workshop.models import Candidate

    item, members, cands = _setup(db)
    with db.session() as s:  # what the importer writes: totals, no CandidateVote rows
        for cand in s.exec(select(Candidate).where(Candidate.item_id == item)):
            cand.votes = {cands[0]: 4, cands[1]: 2}.get(cand.id, 0)  # type: ignore[call-overload]
    assert voting.unattributed(db, item) == ["Tryghed", "Nærhed"]
    with pytest.raises(ValidationError, match='"Tryghed" kommer fra en mødefil'):
        voting.set_member_votes(db, cands[2], members[0], 1)
    assert _totals(db, item) == {cands[0]: 4, cands[1]: 2, cands[2]: 0}
    saved, imported = voting.member_votes(db, item), voting.totals(db, item)
    voting.clear_votes(db, item)  # a fresh vote
    assert voting.unattributed(db, item) == [] and _totals(db, item) == {c: 0 for c in cands}
    voting.set_member_votes(db, cands[2], members[0], 1)
    assert _totals(db, item) == _sums(db, item)
    voting.restore_votes(db, item, saved, imported)  # the undo of the fresh vote
    assert _totals(db, item) == {cands[0]: 4, cands[1]: 2, cands[2]: 0}
    assert voting.member_votes(db, item) == {}


def test_deleting_a_member_takes_their_dots_out_of_the_totals_and_undo_puts_them_back(db: Database) -> None:
    """Issue 12: the totals follow the dots through a member's delete and its undo (snapshot restore)."""
    from workshop.services import snapshots

    item, members, cands = _setup(db)
    anne, bo = members[0], members[1]
    voting.set_member_votes(db, cands[0], anne, 2)
    voting.set_member_votes(db, cands[1], anne, 1)
    voting.set_member_votes(db, cands[0], bo, 1)
    assert _totals(db, item) == {cands[0]: 3, cands[1]: 1, cands[2]: 0}

    with db.transaction():  # what the delete command does: snapshot, then delete
        snap = snapshots.take(db, "member", anne)
        deleted = committees.delete_member(db, anne)
    assert deleted.touches("candidates")  # the views showing totals re-read them
    assert _totals(db, item) == _sums(db, item) == {cands[0]: 1, cands[1]: 0, cands[2]: 0}
    assert voting.unattributed(db, item) == []  # still a vote by dots, not imported totals

    restored = snapshots.restore(db, snap)
    assert restored.touches("candidates")
    assert _totals(db, item) == _sums(db, item) == {cands[0]: 3, cands[1]: 1, cands[2]: 0}
    assert voting.unattributed(db, item) == []
    voting.set_member_votes(db, cands[2], anne, 0)  # the restored member votes on as before


# --- compare-and-set: an edit says what it was based on (issue 14) ------------------------------

def test_a_members_dots_based_on_a_stale_count_are_refused_with_the_count_now(db: Database) -> None:
    item, members, cands = _setup(db)
    anne = members[0]
    voting.set_member_votes(db, cands[0], anne, 1, expected={"count": 0})
    voting.set_member_votes(db, cands[0], anne, 2, expected={"count": 1})  # another laptop, on top of 1
    with pytest.raises(ConflictError, match="Stemmefordelingen er ændret af en anden") as refused:
        voting.set_member_votes(db, cands[0], anne, 3, expected={"count": 1})  # based on the 1 it showed
    assert refused.value.current == {"count": 2}
    assert voting.member_votes(db, item) == {(cands[0], anne): 2}
    assert _totals(db, item)[cands[0]] == 2
    with pytest.raises(ConflictError):  # taken back on another laptop: 0 now, not what this one showed
        voting.set_member_votes(db, cands[1], anne, 0, expected={"count": 1})
    voting.set_member_votes(db, cands[0], anne, 0, expected={"count": 2})
    assert voting.member_votes(db, item) == {}


def test_the_items_dots_setting_is_refused_on_a_stale_version(db: Database) -> None:
    item, _members, _cands = _setup(db)
    version = agenda.get_item(db, item).version
    voting.set_dots(db, item, 5, expected_version=version)
    with pytest.raises(ConflictError, match="Dagsordenspunktet er ændret af en anden") as refused:
        voting.set_dots(db, item, 4, expected_version=version)
    assert refused.value.current["dots"] == 5
    assert agenda.get_item(db, item).dots == 5


def test_undoing_a_fresh_vote_is_refused_once_a_dot_was_placed_since(db: Database) -> None:
    item, members, cands = _setup(db)
    anne, bo = members[0], members[1]
    voting.set_member_votes(db, cands[0], anne, 2)
    before = voting.tally(db, item)
    assert before == {"votes": {(cands[0], anne): 2}, "totals": {cands[0]: 2}}
    voting.set_member_votes(db, cands[1], bo, 1)  # another laptop, after this one read the vote
    with pytest.raises(ConflictError, match="Stemmefordelingen"):
        voting.clear_votes(db, item, expected=before)
    assert voting.member_votes(db, item) == {(cands[0], anne): 2, (cands[1], bo): 1}
    before = voting.tally(db, item)
    voting.clear_votes(db, item, expected=before)
    cleared = {"votes": {}, "totals": {}}
    assert voting.tally(db, item) == cleared
    voting.set_member_votes(db, cands[2], bo, 1)  # the fresh vote started on another laptop
    with pytest.raises(ConflictError) as refused:  # the undo would wipe that dot
        voting.restore_votes(db, item, before["votes"], before["totals"], expected=cleared)
    assert refused.value.current == {"votes": {(cands[2], bo): 1}, "totals": {cands[2]: 1}}
    assert voting.member_votes(db, item) == {(cands[2], bo): 1}
    voting.set_member_votes(db, cands[2], bo, 0)
    voting.restore_votes(db, item, before["votes"], before["totals"], expected=cleared)
    assert voting.tally(db, item) == before


def test_an_absence_based_on_a_stale_state_is_refused_with_the_state_now(db: Database) -> None:
    item, members, _cands = _setup(db)
    anne = members[0]
    agenda.set_item_absence(db, item, anne, kind="absent", expected={"kind": None})
    with pytest.raises(ConflictError, match="Fraværsregistreringen er ændret af en anden") as refused:
        agenda.set_item_absence(db, item, anne, kind="conflict", expected={"kind": None})
    assert refused.value.current == {"kind": "absent"}
    agenda.set_item_absence(db, item, anne, kind="absent", on=False, expected={"kind": "absent"})
    with pytest.raises(ConflictError) as refused:  # the other laptop cleared it meanwhile
        agenda.set_item_absence(db, item, anne, kind="absent", on=False, expected={"kind": "absent"})
    assert refused.value.current == {"kind": None}
    assert agenda.list_item_absences(db, agenda.get_item(db, item).meeting_id) == []
