"""Undoable capture edits: each builds a ServiceCommand whose do/undo call the services.

Undoing a creation deletes the row and redoing it creates a new row with a new
id, so later commands that still hold the old id would miss it. ``RowIds``
remembers which id a re-created row has now; every do/undo resolves its ids
through it at the time it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from workshop.changes import ChangeSet
from workshop.services import agenda, candidates, capture, working_groups

from ui.commands import ServiceCommand
from ui.context import AppContext


class RowIds:
    """Maps an id a command holds to the id the same row has now (after undo + redo)."""

    def __init__(self) -> None:
        self._next: dict[tuple[str, int], int] = {}

    def now(self, kind: str, row_id: int) -> int:
        seen: set[int] = set()
        while (kind, row_id) in self._next and row_id not in seen:
            seen.add(row_id)
            row_id = self._next[(kind, row_id)]
        return row_id

    def recreated(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._next.pop((kind, new), None)  # a reused id (SQLite) starts a fresh chain
            self._next[(kind, old)] = new


_ids: WeakKeyDictionary[AppContext, RowIds] = WeakKeyDictionary()


def row_ids(ctx: AppContext) -> RowIds:
    if ctx not in _ids:
        _ids[ctx] = RowIds()
    return _ids[ctx]


@dataclass
class _CandidateSnapshot:
    id: int
    title: str
    description: str
    votes: int
    status: str
    position: int
    input_ids: list[int] = field(default_factory=list)


class CaptureEdits:
    """The edits the capture panels make, each one undo step on ``ctx.undo_stack``."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.ids = row_ids(ctx)

    # --- plumbing ---------------------------------------------------------

    def _run(self, text: str, do: Callable[[ServiceCommand], ChangeSet],
             undo: Callable[[ServiceCommand], ChangeSet],
             merge_key: tuple[object, ...] | None = None) -> ChangeSet | None:
        return self.ctx.execute(ServiceCommand(self.ctx, text, do, undo, merge_key))

    def _creating(self, kind: str, text: str, create: Callable[[], ChangeSet],
                  delete: Callable[[int], ChangeSet]) -> int | None:
        """A command that creates one row; redo after undo re-creates it under a new id."""
        first: dict[str, int] = {}

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = create()
            assert changes.id is not None
            if "id" in first:
                self.ids.recreated(kind, self.ids.now(kind, first["id"]), changes.id)
            else:
                first["id"] = changes.id
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            return delete(self.ids.now(kind, first["id"]))

        changes = self._run(text, do, undo)
        return None if changes is None else changes.id

    def _now(self, kind: str, row_id: int) -> int:
        return self.ids.now(kind, row_id)

    # --- question round ---------------------------------------------------

    def set_answer(self, item_id: int, member_id: int, who: str, old: str, new: str) -> bool:
        return self._run(
            f"Svar fra {who}",
            lambda c: capture.set_answer(self.db, item_id, member_id, new),
            lambda c: capture.set_answer(self.db, item_id, member_id, old),
            merge_key=("answer", item_id, member_id)) is not None

    # --- decision, remarks, absence ----------------------------------------

    def set_item_text(self, item_id: int, field_name: str, label: str, old: str, new: str) -> bool:
        return self._run(
            label,
            lambda c: agenda.update_item(self.db, item_id, **{field_name: new}),
            lambda c: agenda.update_item(self.db, item_id, **{field_name: old}),
            merge_key=("item", field_name, item_id)) is not None

    def add_remark(self, item_id: int, member_id: int, text: str) -> int | None:
        return self._creating(
            "remark", "Tilføj tilførsel",
            lambda: capture.add_remark(self.db, item_id, member_id, text),
            lambda rid: capture.delete_remark(self.db, rid))

    def update_remark(self, remark_id: int, old: str, new: str) -> bool:
        return self._run(
            "Ret tilførsel",
            lambda c: capture.update_remark(self.db, self._now("remark", remark_id), new),
            lambda c: capture.update_remark(self.db, self._now("remark", remark_id), old),
            merge_key=("remark", remark_id)) is not None

    def delete_remark(self, remark_id: int, item_id: int, member_id: int, text: str) -> bool:
        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = capture.add_remark(self.db, item_id, member_id, text)
            self.ids.recreated("remark", self._now("remark", remark_id), changes.id or remark_id)
            return changes

        return self._run("Slet tilførsel",
                         lambda c: capture.delete_remark(self.db, self._now("remark", remark_id)),
                         undo) is not None

    def set_item_absence(self, item_id: int, member_id: int, kind: str, on: bool, who: str) -> bool:
        label = {"absent": "fraværende", "conflict": "inhabil"}[kind]
        text = f"{who} {label} under punktet" if on else f"{who} ikke {label} under punktet"
        return self._run(
            text,
            lambda c: agenda.set_item_absence(self.db, item_id, member_id, kind=kind, on=on),
            lambda c: agenda.set_item_absence(self.db, item_id, member_id, kind=kind, on=not on)) is not None

    # --- groups and inputs ------------------------------------------------

    def add_group(self, item_id: int, name: str, member_ids: list[int]) -> int | None:
        return self._creating(
            "group", f"Tilføj gruppe {name}",
            lambda: capture.add_group(self.db, item_id, name=name, member_ids=member_ids),
            lambda gid: capture.delete_group(self.db, gid))

    def rename_group(self, group_id: int, old: str, new: str) -> bool:
        return self._run(
            "Omdøb gruppe",
            lambda c: capture.rename_group(self.db, self._now("group", group_id), new),
            lambda c: capture.rename_group(self.db, self._now("group", group_id), old),
            merge_key=("group-name", group_id)) is not None

    def set_group_members(self, item_id: int, group_id: int, member_ids: list[int]) -> bool:
        # Members move out of sibling groups, so undo restores every group of the item.
        before = capture.group_members(self.db, item_id)
        groups = [g.id for g in capture.list_groups(self.db, item_id)]

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for gid in groups:
                changes = changes | capture.set_group_members(
                    self.db, self._now("group", gid), [m for m in before.get(gid, [])])  # type: ignore[arg-type]
            return changes

        return self._run(
            "Gruppens medlemmer",
            lambda c: capture.set_group_members(self.db, self._now("group", group_id), member_ids),
            undo) is not None

    def delete_group(self, item_id: int, group_id: int) -> bool:
        group = next(g for g in capture.list_groups(self.db, item_id) if g.id == group_id)
        members = capture.group_members(self.db, item_id).get(group_id, [])
        inputs = [(i.id, i.text, i.candidate_id) for i in capture.list_inputs(self.db, item_id)
                  if i.group_id == group_id]

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = capture.add_group(self.db, item_id, name=group.name, member_ids=members)
            assert changes.id is not None
            self.ids.recreated("group", self._now("group", group_id), changes.id)
            for old_id, text, cand in inputs:
                cand_now = self._now("candidate", cand) if cand is not None else None
                added = capture.add_input(self.db, changes.id, text, candidate_id=cand_now)
                self.ids.recreated("input", self._now("input", old_id), added.id)  # type: ignore[arg-type]
                changes = changes | added
            return changes

        return self._run(f"Slet gruppe {group.name}",
                         lambda c: capture.delete_group(self.db, self._now("group", group_id)),
                         undo) is not None

    def add_input(self, group_id: int, text: str) -> int | None:
        return self._creating(
            "input", "Tilføj input",
            lambda: capture.add_input(self.db, self._now("group", group_id), text),
            lambda iid: capture.delete_input(self.db, iid))

    def update_input(self, input_id: int, old: str, new: str) -> bool:
        return self._run(
            "Ret input",
            lambda c: capture.update_input(self.db, self._now("input", input_id), new),
            lambda c: capture.update_input(self.db, self._now("input", input_id), old)) is not None

    def delete_inputs(self, rows: list[tuple[int, int, str, int | None]]) -> bool:
        """Delete inputs given as ``(input_id, group_id, text, candidate_id)``."""

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for input_id, *_ in rows:
                changes = changes | capture.delete_input(self.db, self._now("input", input_id))
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for input_id, group_id, text, cand in rows:
                cand_now = self._now("candidate", cand) if cand is not None else None
                added = capture.add_input(self.db, self._now("group", group_id), text, candidate_id=cand_now)
                self.ids.recreated("input", self._now("input", input_id), added.id)  # type: ignore[arg-type]
                changes = changes | added
            return changes

        label = "Slet input" if len(rows) == 1 else f"Slet {len(rows)} input"
        return self._run(label, do, undo) is not None

    def move_inputs(self, input_ids: list[int], from_group: int, to_group: int) -> bool:
        """Move inputs to another group of the item (one undo step)."""

        def move(target: int) -> ChangeSet:
            changes = ChangeSet()
            for input_id in input_ids:
                changes = changes | capture.move_input(self.db, self._now("input", input_id),
                                                       self._now("group", target))
            return changes

        return self._run("Flyt input", lambda c: move(to_group), lambda c: move(from_group)) is not None

    # --- candidate pejlemærker --------------------------------------------

    def _input_candidates(self, item_id: int, input_ids: list[int]) -> dict[int, int | None]:
        return {i.id: i.candidate_id for i in capture.list_inputs(self.db, item_id)  # type: ignore[misc]
                if i.id in input_ids}

    def _restore_inputs(self, before: dict[int, int | None]) -> ChangeSet:
        changes = ChangeSet()
        for input_id, cand in before.items():
            cand_now = self._now("candidate", cand) if cand is not None else None
            changes = changes | candidates.assign_input(self.db, self._now("input", input_id), cand_now)
        return changes

    def add_candidate(self, item_id: int, title: str, input_ids: list[int]) -> int | None:
        before = self._input_candidates(item_id, input_ids)
        first: dict[str, int] = {}

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = candidates.add_candidate(
                self.db, item_id, title=title, input_ids=[self._now("input", i) for i in input_ids])
            assert changes.id is not None
            if "id" in first:
                self.ids.recreated("candidate", self.ids.now("candidate", first["id"]), changes.id)
            else:
                first["id"] = changes.id
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = candidates.delete_candidate(self.db, self._now("candidate", first["id"]))
            return changes | self._restore_inputs({k: v for k, v in before.items() if v is not None})

        changes = self._run(f"Nyt pejlemærke {title}", do, undo)
        return None if changes is None else changes.id

    def update_candidate(self, candidate_id: int, label: str, old: dict[str, Any],
                         new: dict[str, Any], merge: bool = False) -> bool:
        key = ("candidate", candidate_id, tuple(sorted(new))) if merge else None
        return self._run(
            label,
            lambda c: candidates.update_candidate(self.db, self._now("candidate", candidate_id), **new),
            lambda c: candidates.update_candidate(self.db, self._now("candidate", candidate_id), **old),
            merge_key=key) is not None

    def assign_inputs(self, item_id: int, input_ids: list[int], candidate_id: int | None) -> bool:
        before = self._input_candidates(item_id, input_ids)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            cand = self._now("candidate", candidate_id) if candidate_id is not None else None
            for input_id in input_ids:
                changes = changes | candidates.assign_input(self.db, self._now("input", input_id), cand)
            return changes

        label = "Input til pejlemærke" if candidate_id is not None else "Input fra pejlemærke"
        return self._run(label, do, lambda c: self._restore_inputs(before)) is not None

    def _snapshot(self, item_id: int, candidate_ids: list[int]) -> list[_CandidateSnapshot]:
        inputs = capture.list_inputs(self.db, item_id)
        return [_CandidateSnapshot(c.id, c.title, c.description, c.votes, c.status, c.position,  # type: ignore[arg-type]
                                   [i.id for i in inputs if i.candidate_id == c.id])  # type: ignore[misc]
                for c in candidates.list_candidates(self.db, item_id) if c.id in candidate_ids]

    def _recreate(self, item_id: int, snap: _CandidateSnapshot) -> ChangeSet:
        changes = candidates.add_candidate(self.db, item_id, title=snap.title, description=snap.description,
                                           input_ids=[self._now("input", i) for i in snap.input_ids])
        assert changes.id is not None
        self.ids.recreated("candidate", self._now("candidate", snap.id), changes.id)
        return changes | candidates.update_candidate(self.db, changes.id, votes=snap.votes,
                                                     status=snap.status, position=snap.position)

    def delete_candidates(self, item_id: int, candidate_ids: list[int]) -> bool:
        snaps = self._snapshot(item_id, candidate_ids)

        def do(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for snap in snaps:
                changes = changes | candidates.delete_candidate(self.db, self._now("candidate", snap.id))
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = ChangeSet()
            for snap in snaps:
                changes = changes | self._recreate(item_id, snap)
            return changes

        return self._run("Slet pejlemærke", do, undo) is not None

    def merge_candidates(self, item_id: int, keep_id: int, merge_ids: list[int]) -> bool:
        keep = self._snapshot(item_id, [keep_id])[0]
        others = self._snapshot(item_id, [m for m in merge_ids if m != keep_id])

        def do(cmd: ServiceCommand) -> ChangeSet:
            return candidates.merge_candidates(self.db, self._now("candidate", keep_id),
                                               [self._now("candidate", o.id) for o in others])

        def undo(cmd: ServiceCommand) -> ChangeSet:
            keep_now = self._now("candidate", keep_id)
            changes = candidates.update_candidate(self.db, keep_now, votes=keep.votes,
                                                  description=keep.description)
            for snap in others:
                changes = changes | self._recreate(item_id, snap)
            return changes

        return self._run(f"Slå pejlemærker sammen i {keep.title}", do, undo) is not None

    # --- working groups ---------------------------------------------------

    def add_working_group(self, item_id: int, name: str, member_ids: list[int] | None = None,
                          mandate: str = "", meets_on: date | None = None,
                          reports_to: date | None = None) -> int | None:
        return self._creating(
            "working_group", f"Ny arbejdsgruppe {name}",
            lambda: working_groups.add_working_group(self.db, item_id, name=name, mandate=mandate,
                                                     member_ids=member_ids, meets_on=meets_on,
                                                     reports_to=reports_to),
            lambda wid: working_groups.delete_working_group(self.db, wid))

    def update_working_group(self, wg_id: int, label: str, old: dict[str, Any], new: dict[str, Any],
                             merge: bool = False) -> bool:
        key = ("working_group", wg_id, tuple(sorted(new))) if merge else None
        return self._run(
            label,
            lambda c: working_groups.update_working_group(self.db, self._now("working_group", wg_id), **new),
            lambda c: working_groups.update_working_group(self.db, self._now("working_group", wg_id), **old),
            merge_key=key) is not None

    def set_working_group_members(self, wg_id: int, old: list[int], new: list[int]) -> bool:
        return self._run(
            "Arbejdsgruppens medlemmer",
            lambda c: working_groups.set_working_group_members(
                self.db, self._now("working_group", wg_id), new),
            lambda c: working_groups.set_working_group_members(
                self.db, self._now("working_group", wg_id), old)) is not None

    def delete_working_group(self, item_id: int, wg_id: int) -> bool:
        row = next(w for w in working_groups.list_working_groups(self.db, item_id) if w.id == wg_id)
        members = working_groups.working_group_members(self.db, wg_id)

        def undo(cmd: ServiceCommand) -> ChangeSet:
            changes = working_groups.add_working_group(
                self.db, item_id, name=row.name, mandate=row.mandate, member_ids=members,
                meets_on=row.meets_on, reports_to=row.reports_to)
            assert changes.id is not None
            self.ids.recreated("working_group", self._now("working_group", wg_id), changes.id)
            return changes | working_groups.update_working_group(self.db, changes.id, position=row.position)

        return self._run(f"Slet arbejdsgruppe {row.name}",
                         lambda c: working_groups.delete_working_group(
                             self.db, self._now("working_group", wg_id)),
                         undo) is not None
