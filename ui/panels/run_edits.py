"""Undoable edits of run mode beyond capture: steps, auto groups, dots, closing the meeting."""

from __future__ import annotations

from datetime import datetime

from workshop.changes import ChangeSet
from workshop.services import agenda, capture, meetings, snapshots, voting

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.panels.capture_commands import CaptureEdits


class RunEdits(CaptureEdits):
    """Capture's undoable edits plus the ones only run mode makes."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)

    def start_item(self, meeting_id: int, item_id: int, at: datetime | None = None) -> bool:
        """Make ``item_id`` the current step, recording its actual start the first time."""
        before_current = meetings.get_meeting(self.db, meeting_id).current_item_id
        before_start = agenda.get_item(self.db, item_id).started_at
        title = agenda.get_item(self.db, item_id).title

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = meetings.update_meeting(self.db, meeting_id, current_item_id=before_current)
            if before_start is None:
                changes = changes | agenda.update_item(self.db, item_id, started_at=None)
            return changes

        return self._run(f"Gå til {title}", lambda c: agenda.start_item(self.db, item_id, at),
                         undo) is not None

    def close_meeting(self, meeting_id: int, at: datetime | None = None) -> bool:
        old = meetings.get_meeting(self.db, meeting_id).ended_at
        return self._run("Hæv mødet", lambda c: meetings.close_meeting(self.db, meeting_id, at),
                         lambda c: meetings.update_meeting(self.db, meeting_id, ended_at=old)) is not None

    def set_votes(self, candidate_id: int, member_id: int, old: int, new: int, dots: int) -> bool:
        return self._run(
            "Stemmer",
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, new, dots=dots),
            # Undo restores an earlier valid state, whatever the dots setting is now.
            lambda c: voting.set_member_votes(self.db, candidate_id, member_id, old,
                                              dots=max(dots, 10_000))) is not None

    def distribute(self, item_id: int, groups: list[list[int]], names: list[str]) -> bool:
        """Put each list of members into a group: existing groups in order, new ones after.

        Groups beyond the new count are emptied, not deleted, so no typed input is lost.
        """
        existing = [g.id for g in capture.list_groups(self.db, item_id)]
        before = capture.group_members(self.db, item_id)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for gid in existing[len(groups):]:
                changes = changes | capture.set_group_members(self.db, gid, [])  # type: ignore[arg-type]
            for n, gid in enumerate(existing[:len(groups)]):
                changes = changes | capture.set_group_members(self.db, gid, groups[n])  # type: ignore[arg-type]
            # Redo puts the created groups back with their ids, so later steps still find them.
            snaps = cmd.state.pop("snapshots", None)
            if snaps is not None:
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
            for gid in existing:
                changes = changes | capture.set_group_members(self.db, gid, before.get(gid, []))  # type: ignore[arg-type, call-overload]
            return changes

        return self._run("Fordel automatisk", do, undo) is not None
