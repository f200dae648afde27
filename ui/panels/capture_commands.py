"""Undoable capture edits: each builds a ServiceCommand whose do/undo call the services.

Creations and deletions go through ``workshop.services.snapshots``: undoing a
creation snapshots the row (and all under it) before deleting it, and redo puts
it back with the same ids, so later steps on the stack still find their rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from workshop.changes import ChangeSet
from workshop.services import candidates, capture, working_groups

from ui.commands import Edits, ServiceCommand

Delete = Callable[[int], ChangeSet]


class CaptureEdits(Edits):
    """The edits the capture panels make, each one undo step on ``ctx.undo_stack``."""

    # --- remarks ---------------------------------------------------------

    def add_remark(self, item_id: int, member_id: int, text: str) -> int | None:
        return self._creating("remark", "Tilføj tilførsel",
                              lambda: capture.add_remark(self.db, item_id, member_id, text),
                              lambda rid: capture.delete_remark(self.db, rid))

    def update_remark(self, remark_id: int, old: str, new: str) -> bool:
        return self._run(
            "Ret tilførsel",
            lambda c: capture.update_remark(self.db, remark_id, new),
            lambda c: capture.update_remark(self.db, remark_id, old),
            merge_key=("remark", remark_id)) is not None

    def delete_remark(self, remark_id: int) -> bool:
        return self._deleting("Slet tilførsel", [("remark", remark_id)],
                              lambda _t, rid: capture.delete_remark(self.db, rid))

    # --- groups and inputs ------------------------------------------------

    def add_group(self, item_id: int, name: str, member_ids: list[int]) -> int | None:
        # Members move out of sibling groups, so undo restores every group's members too.
        before = capture.group_members(self.db, item_id)
        return self._creating(
            "workgroup", f"Ny gruppe {name}",
            lambda: capture.add_group(self.db, item_id, name=name, member_ids=member_ids),
            lambda gid: capture.delete_group(self.db, gid),
            after_undo=lambda: self._restore_members(before) if member_ids else ChangeSet())

    def _restore_members(self, before: dict[int, list[int]]) -> ChangeSet:
        changes = ChangeSet()
        for gid, members in before.items():
            changes = changes | capture.set_group_members(self.db, gid, members)
        return changes

    def set_group_members(self, item_id: int, group_id: int, member_ids: list[int]) -> bool:
        before = capture.group_members(self.db, item_id)
        before.update({g.id: before.get(g.id, []) for g in capture.list_groups(self.db, item_id)})  # type: ignore[misc]

        def undo(cmd: ServiceCommand) -> ChangeSet:
            return self._restore_members(before)

        return self._run("Gruppens medlemmer",
                         lambda c: capture.set_group_members(self.db, group_id, member_ids),
                         undo) is not None

    def delete_group(self, group_id: int, name: str) -> bool:
        return self._deleting(f"Slet gruppe {name}", [("workgroup", group_id)],
                              lambda _t, gid: capture.delete_group(self.db, gid))

    def add_input(self, group_id: int, text: str) -> int | None:
        return self._creating("input", "Tilføj input",
                              lambda: capture.add_input(self.db, group_id, text),
                              lambda iid: capture.delete_input(self.db, iid))

    def update_input(self, input_id: int, old: str, new: str) -> bool:
        return self._run(
            "Ret input",
            lambda c: capture.update_input(self.db, input_id, new),
            lambda c: capture.update_input(self.db, input_id, old)) is not None

    def set_inputs_hidden(self, input_ids: list[int], hidden: bool) -> bool:
        """Hide inputs from the projector and the phones, or show them again (one undo step)."""
        before = {i: inp.hidden for i in input_ids if (inp := capture.get_input(self.db, i)) is not None}

        def apply(states: dict[int, bool]) -> ChangeSet:
            changes = ChangeSet()
            for input_id, value in states.items():
                changes = changes | capture.set_input_hidden(self.db, input_id, value)
            return changes

        label = "Skjul input" if hidden else "Vis input"
        return self._run(label, lambda c: apply(dict.fromkeys(before, hidden)),
                         lambda c: apply(before)) is not None

    def delete_inputs(self, input_ids: list[int]) -> bool:
        label = "Slet input" if len(input_ids) == 1 else f"Slet {len(input_ids)} input"
        return self._deleting(label, [("input", i) for i in input_ids],
                              lambda _t, iid: capture.delete_input(self.db, iid))

    def move_inputs(self, input_ids: list[int], from_group: int, to_group: int) -> bool:
        """Move inputs to another group of the item (one undo step)."""

        def move(target: int) -> ChangeSet:
            changes = ChangeSet()
            for input_id in input_ids:
                changes = changes | capture.move_input(self.db, input_id, target)
            return changes

        return self._run("Flyt input", lambda c: move(to_group), lambda c: move(from_group)) is not None

    # --- candidate pejlemærker --------------------------------------------

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
        return self._creating(
            "candidate", f"Nyt pejlemærke {title}",
            lambda: candidates.add_candidate(self.db, item_id, title=title, input_ids=input_ids),
            lambda cid: candidates.delete_candidate(self.db, cid),
            after_undo=lambda: self._restore_inputs(before))

    def update_candidate(self, candidate_id: int, label: str, old: dict[str, Any],
                         new: dict[str, Any], merge: bool = False) -> bool:
        key = ("candidate", candidate_id, tuple(sorted(new))) if merge else None
        return self._run(
            label,
            lambda c: candidates.update_candidate(self.db, candidate_id, **new),
            lambda c: candidates.update_candidate(self.db, candidate_id, **old),
            merge_key=key) is not None

    def assign_inputs(self, item_id: int, input_ids: list[int], candidate_id: int | None) -> bool:
        before = self._input_candidates(item_id, input_ids)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for input_id in input_ids:
                changes = changes | candidates.assign_input(self.db, input_id, candidate_id)
            return changes

        label = "Input til pejlemærke" if candidate_id is not None else "Input ud af pejlemærke"
        return self._run(label, do, lambda c: self._restore_inputs(before)) is not None

    def delete_candidates(self, candidate_ids: list[int]) -> bool:
        label = "Slet pejlemærke" if len(candidate_ids) == 1 else f"Slet {len(candidate_ids)} pejlemærker"
        return self._deleting(label, [("candidate", c) for c in candidate_ids],
                              lambda _t, cid: candidates.delete_candidate(self.db, cid))

    def merge_candidates(self, keep_id: int, merge_ids: list[int], title: str) -> bool:
        """Merge into ``keep_id``; undo sets the kept one back and restores the others."""
        others = [m for m in merge_ids if m != keep_id]
        return self._merging(f"Slå pejlemærker sammen i {title}", "candidate", keep_id, others,
                             lambda: candidates.merge_candidates(self.db, keep_id, others))

    # --- working groups ---------------------------------------------------

    def add_working_group(self, item_id: int, name: str, member_ids: list[int] | None = None,
                          mandate: str = "", meets_on: date | None = None,
                          reports_to: date | None = None) -> int | None:
        return self._creating(
            "workinggroup", f"Ny arbejdsgruppe {name}",
            lambda: working_groups.add_working_group(self.db, item_id, name=name, mandate=mandate,
                                                     member_ids=member_ids, meets_on=meets_on,
                                                     reports_to=reports_to),
            lambda wid: working_groups.delete_working_group(self.db, wid))

    def update_working_group(self, wg_id: int, label: str, old: dict[str, Any], new: dict[str, Any],
                             merge: bool = False) -> bool:
        key = ("working_group", wg_id, tuple(sorted(new))) if merge else None
        return self._run(
            label,
            lambda c: working_groups.update_working_group(self.db, wg_id, **new),
            lambda c: working_groups.update_working_group(self.db, wg_id, **old),
            merge_key=key) is not None

    def set_working_group_members(self, wg_id: int, old: list[int], new: list[int]) -> bool:
        return self._run(
            "Arbejdsgruppens medlemmer",
            lambda c: working_groups.set_working_group_members(self.db, wg_id, new),
            lambda c: working_groups.set_working_group_members(self.db, wg_id, old)) is not None

    def delete_working_group(self, wg_id: int, name: str) -> bool:
        return self._deleting(f"Slet arbejdsgruppe {name}", [("workinggroup", wg_id)],
                              lambda _t, wid: working_groups.delete_working_group(self.db, wid))
