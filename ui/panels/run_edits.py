"""Run mode's undoable edits: each builds one ServiceCommand whose do/undo call services.

Creations are undone by snapshotting the new row (and all under it) before
deleting it; redo restores the snapshot with the same ids, so later steps on
the undo stack still find their rows (``workshop.services.snapshots``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from workshop.changes import ChangeSet
from workshop.services import agenda, candidates, capture, meetings, snapshots, voting, working_groups

from ui.commands import Edits, ServiceCommand

Action = Callable[[ServiceCommand], ChangeSet]


class RunEdits(Edits):
    """The edits run mode makes, each one step on ``ctx.undo_stack``."""

    # --- steps and the meeting ------------------------------------------------------

    def start_item(self, meeting_id: int, item_id: int, at: datetime | None = None) -> bool:
        """Make ``item_id`` the current step, recording its actual start the first time."""
        before_current = meetings.get_meeting(self.db, meeting_id).current_item_id
        item = agenda.get_item(self.db, item_id)
        before_start = item.started_at

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = meetings.update_meeting(self.db, meeting_id, current_item_id=before_current)
            if before_start is None:
                changes = changes | agenda.update_item(self.db, item_id, started_at=None)
            return changes

        return self._run(f"Gå til {item.title}", lambda c: agenda.start_item(self.db, item_id, at),
                         undo) is not None

    def close_meeting(self, meeting_id: int, at: datetime | None = None) -> bool:
        old = meetings.get_meeting(self.db, meeting_id).ended_at
        return self._run("Hæv mødet", lambda c: meetings.close_meeting(self.db, meeting_id, at),
                         lambda c: meetings.update_meeting(self.db, meeting_id, ended_at=old)) is not None

    # --- question round ------------------------------------------------------------

    def set_answer(self, item_id: int, member_id: int, who: str, old: str, new: str) -> bool:
        return self._run(f"Svar fra {who}",
                         lambda c: capture.set_answer(self.db, item_id, member_id, new),
                         lambda c: capture.set_answer(self.db, item_id, member_id, old)) is not None

    # --- groups and inputs ------------------------------------------------------------

    def _restore_members(self, before: dict[int, list[int]]) -> ChangeSet:
        changes = ChangeSet()
        for gid, members in before.items():
            changes = changes | capture.set_group_members(self.db, gid, members)
        return changes

    def _members_before(self, item_id: int) -> dict[int, list[int]]:
        before = capture.group_members(self.db, item_id)
        return {g.id: before.get(g.id, []) for g in capture.list_groups(self.db, item_id)}  # type: ignore[misc]

    def set_group_members(self, item_id: int, group_id: int, member_ids: list[int]) -> bool:
        before = self._members_before(item_id)
        return self._run("Gruppens medlemmer",
                         lambda c: capture.set_group_members(self.db, group_id, member_ids),
                         lambda c: self._restore_members(before)) is not None

    def distribute(self, item_id: int, groups: list[list[int]], names: list[str]) -> bool:
        """Put each list of members into a group: existing groups in order, new ones after.

        Groups beyond the new count are emptied, not deleted, so no typed input is lost.
        """
        existing = [g.id for g in capture.list_groups(self.db, item_id)]
        before = self._members_before(item_id)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for gid in existing[len(groups):]:
                changes = changes | capture.set_group_members(self.db, gid, [])  # type: ignore[arg-type]
            for n, gid in enumerate(existing[:len(groups)]):
                changes = changes | capture.set_group_members(self.db, gid, groups[n])  # type: ignore[arg-type]
            snaps = cmd.state.pop("snapshots", None)
            if snaps is not None:  # redo: the created groups come back with their ids
                for snap in snaps:  # type: ignore[attr-defined]
                    changes = changes | snapshots.restore(self.db, snap)
                return changes
            created: list[int] = []
            for n in range(len(existing), len(groups)):
                added = capture.add_group(self.db, item_id, name=names[n], member_ids=groups[n])
                created.append(added.id)  # type: ignore[arg-type]
                changes = changes | added
            cmd.state["created"] = created
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            created: list[int] = cmd.state["created"]  # type: ignore[assignment]
            cmd.state["snapshots"] = [snapshots.take(self.db, "workgroup", gid) for gid in created]
            for gid in created:
                changes = changes | capture.delete_group(self.db, gid)
            return changes | self._restore_members({g: m for g, m in before.items() if g in existing})

        return self._run("Fordel automatisk", do, undo) is not None

    def add_input(self, group_id: int, text: str) -> int | None:
        return self._creating("input", "Tilføj input",
                              lambda: capture.add_input(self.db, group_id, text),
                              lambda iid: capture.delete_input(self.db, iid))

    # --- candidate pejlemærker ------------------------------------------------------------

    def _input_candidates(self, item_id: int, input_ids: list[int]) -> dict[int, int | None]:
        return {i.id: i.candidate_id for i in capture.list_inputs(self.db, item_id)  # type: ignore[misc]
                if i.id in input_ids}

    def _restore_inputs(self, before: dict[int, int | None]) -> ChangeSet:
        changes = ChangeSet()
        for input_id, cand in before.items():
            changes = changes | candidates.assign_input(self.db, input_id, cand)
        return changes

    def add_candidate(self, item_id: int, title: str, input_ids: list[int]) -> int | None:
        before = {k: v for k, v in self._input_candidates(item_id, input_ids).items() if v is not None}
        return self._creating("candidate", f"Nyt pejlemærke {title}",
                              lambda: candidates.add_candidate(self.db, item_id, title=title,
                                                               input_ids=input_ids),
                              lambda cid: candidates.delete_candidate(self.db, cid),
                              after_undo=lambda: self._restore_inputs(before))

    def assign_inputs(self, item_id: int, input_ids: list[int], candidate_id: int | None) -> bool:
        before = self._input_candidates(item_id, input_ids)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for input_id in input_ids:
                changes = changes | candidates.assign_input(self.db, input_id, candidate_id)
            return changes

        return self._run("Input til pejlemærke", do, lambda c: self._restore_inputs(before)) is not None

    def merge_candidates(self, keep_id: int, merge_ids: list[int], title: str) -> bool:
        """Merge into ``keep_id`` (inputs and per-member dots follow); undo restores all as they were."""
        others = [m for m in merge_ids if m != keep_id]

        def do(cmd: ServiceCommand) -> ChangeSet:
            cmd.state["snapshots"] = [snapshots.take(self.db, "candidate", c) for c in [keep_id, *others]]
            return candidates.merge_candidates(self.db, keep_id, others)

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = candidates.delete_candidate(self.db, keep_id)
            for snap in cmd.state["snapshots"]:  # type: ignore[attr-defined]
                changes = changes | snapshots.restore(self.db, snap)
            return changes

        return self._run(f"Slå pejlemærker sammen i {title}", do, undo) is not None

    def update_candidate(self, candidate_id: int, label: str, old: dict[str, Any],
                         new: dict[str, Any]) -> bool:
        return self._run(label,
                         lambda c: candidates.update_candidate(self.db, candidate_id, **new),
                         lambda c: candidates.update_candidate(self.db, candidate_id, **old)) is not None

    def set_votes(self, candidate_id: int, member_id: int, old: int, new: int, dots: int) -> bool:
        return self._run(
            "Stemmer",
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, new, dots=dots),
            # Undo returns to an earlier valid state, whatever the dots setting is now.
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, old,
                                              dots=max(dots, 10_000))) is not None

    # --- working groups -------------------------------------------------------------------

    def add_working_group(self, item_id: int, name: str, member_ids: list[int], *, mandate: str = "",
                          meets_on: date | None = None, reports_to: date | None = None) -> int | None:
        return self._creating(
            "workinggroup", f"Ny arbejdsgruppe {name}",
            lambda: working_groups.add_working_group(self.db, item_id, name=name, mandate=mandate,
                                                     member_ids=member_ids, meets_on=meets_on,
                                                     reports_to=reports_to),
            lambda wid: working_groups.delete_working_group(self.db, wid))
