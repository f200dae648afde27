"""Run mode's undoable edits: each builds one ServiceCommand whose do/undo call services.

Creations are undone by snapshotting the new row (and all under it) before
deleting it; redo restores the snapshot with the same ids, so later steps on
the undo stack still find their rows (``workshop.services.snapshots``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from workshop.changes import ChangeSet
from workshop.services import agenda, capture, meetings, snapshots, voting

from ui.commands import ServiceCommand
from ui.panels.capture_commands import CaptureEdits

Action = Callable[[ServiceCommand], ChangeSet]


class RunEdits(CaptureEdits):
    """Run mode's edits: the capture edits plus steps, speakers, group forming and dots."""

    # --- steps and the meeting ------------------------------------------------------

    def start_item(self, meeting_id: int, item_id: int, at: datetime | None = None) -> bool:
        """Make ``item_id`` the current step, recording its actual start the first time."""
        before_item, before_step = meetings.current_step(self.db, meeting_id)
        item = agenda.get_item(self.db, item_id)
        before_start = item.started_at

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = meetings.set_current_step(self.db, meeting_id, before_item, before_step)
            if before_start is None:
                changes = changes | agenda.update_item(self.db, item_id, started_at=None)
            return changes

        return self._run(f"Gå til {item.title}", lambda c: agenda.start_item(self.db, item_id, at),
                         undo) is not None

    def set_step(self, meeting_id: int, item_id: int, step: str, label: str) -> bool:
        """Move the current item to another of its steps (group work: groups, inputs, votes)."""
        before_item, before_step = meetings.current_step(self.db, meeting_id)
        return self._run(label, lambda c: meetings.set_current_step(self.db, meeting_id, item_id, step),
                         lambda c: meetings.set_current_step(self.db, meeting_id, before_item, before_step)
                         ) is not None

    def set_dots(self, item_id: int, old: int, new: int) -> bool:
        """How many dots each member has in the item's voting (phones and the grid alike)."""
        return self._run(f"Stemmer pr. medlem: {new}", lambda c: voting.set_dots(self.db, item_id, new),
                         lambda c: voting.set_dots(self.db, item_id, old)) is not None

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

    def _members_before(self, item_id: int) -> dict[int, list[int]]:
        before = capture.group_members(self.db, item_id)
        return {g.id: before.get(g.id, []) for g in capture.list_groups(self.db, item_id)}  # type: ignore[misc]

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

    # --- candidate pejlemærker ------------------------------------------------------------

    def set_votes(self, candidate_id: int, member_id: int, old: int, new: int, dots: int) -> bool:
        return self._run(
            "Stemmer",
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, new, dots=dots),
            # Undo returns to an earlier valid state, whatever the dots setting is now.
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, old,
                                              dots=max(dots, 10_000))) is not None
