"""Undoable edits of a running meeting: each builds one ServiceCommand whose do/undo call services.

Both layouts (the secretary's capture, the chair's run mode) and every step widget make
their edits here, so one action is one undo step whichever screen it came from.
Creations and deletions go through ``workshop.services.snapshots``: undoing a
creation snapshots the row (and all under it) before deleting it, and redo puts
it back with the same ids, so later steps on the stack still find their rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop import candidate_status
from workshop.changes import ChangeSet
from workshop.errors import ConflictError, WorkshopError
from workshop.referat.danish import long_date
from workshop.services import (
    agenda,
    candidates,
    capture,
    committees,
    meetings,
    snapshots,
    voting,
    working_groups,
)
from workshop.services.capture import Membership
from workshop.services.working_groups import People

from ui.commands import Edits, ServiceCommand, create_command, merge_command, take_unchanged
from ui.models.input_model import ShownInput
from ui.versioned import (
    RowEdit,
    VersionedRow,
    edit_row,
    orm_row,
    refused,
    versioned_command,
    versioned_rows_command,
    write_rows,
)

Delete = Callable[[int], ChangeSet]
_INPUT_FIELDS = ("text", "hidden", "group_id", "candidate_id")  # an input's columns a ShownInput holds


def _text_name() -> str:
    return QCoreApplication.translate("MeetingEdits", "Teksten")



class MeetingEdits(Edits):
    """The edits of a running meeting, each one undo step on ``ctx.undo_stack``."""

    # --- the meeting's current step ----------------------------------------------------

    def go_to(self, meeting_id: int, item_id: int, step: str, at: datetime | None = None) -> bool:
        """Make (``item_id``, ``step``) the meeting's current step; its first start is recorded.

        Moving on is absolute; its undo and redo move only while the meeting is still where the
        step left it, not back over a move the chair made on another laptop since."""
        before_item, before_step = self.ctx.read(meetings.current_step, meeting_id)
        item = self.ctx.read(agenda.get_item, item_id)
        before_start = item.started_at

        def do(cmd: ServiceCommand) -> ChangeSet:
            expected = (before_item, before_step) if cmd.state.get("undone") else None
            return meetings.set_current_step(self.db, meeting_id, item_id, step, at=at, expected=expected)

        def undo(cmd: ServiceCommand) -> ChangeSet:
            cmd.state["undone"] = True
            changes = meetings.set_current_step(self.db, meeting_id, before_item, before_step,
                                                expected=(item_id, step))
            if before_start is None and item_id != before_item:
                changes = changes | agenda.update_item(self.db, item_id, started_at=None)
            return changes

        return self._run(QCoreApplication.translate("MeetingEdits", "Gå til {title}").format(title=item.title),
                         do, undo) is not None

    def close_meeting(self, meeting_id: int, at: datetime) -> bool:
        """"Hæv mødet": record the clock time the meeting ended; undone only while it still holds it."""
        db, label = self.db, QCoreApplication.translate("MeetingEdits", "Hæv mødet")
        old = self.ctx.read(meetings.get_meeting, meeting_id).ended_at
        spec = orm_row("meeting", "meetings", lambda i: meetings.get_meeting(db, i),
                       lambda i, **f: meetings.update_meeting(db, i, **f))
        command = versioned_command(self.ctx, label, spec, meeting_id, {"ended_at": old},
                                    {"ended_at": at.strftime("%H:%M")}, None)
        return self.ctx.execute(command, on_conflict=lambda error: refused(
            self.ctx, spec, error, {"ended_at": old},
            {"ended_at": QCoreApplication.translate("MeetingEdits", "Hævet kl.")})) is not None

    def set_ended_at(self, meeting_id: int, old: str | None, clock: str, version: int | None) -> bool:
        """Correct the "hævet kl." time (``HH:MM``; ``old`` and ``version`` as shown); refused once the
        referat is sent, or when another laptop changed it since."""
        db, label = self.db, QCoreApplication.translate("MeetingEdits", "Ret hævet kl.")
        spec = orm_row("meeting", "meetings", lambda i: meetings.get_meeting(db, i),
                       lambda i, **f: meetings.update_meeting(db, i, **f))
        return edit_row(self.ctx, label, spec, meeting_id, "ended_at", {"ended_at": old}, {"ended_at": clock},
                        version, shown={"ended_at": old},
                        names={"ended_at": QCoreApplication.translate("MeetingEdits", "Hævet kl.")})

    # --- question round -------------------------------------------------------------

    def set_next_meeting(self, item_id: int, old: date | None, new: date | None, version: int | None) -> bool:
        """An Afrunding item's date of the next meeting, based on the item's ``version`` shown."""
        db, label = self.db, QCoreApplication.translate("MeetingEdits", "Næste møde")
        spec = orm_row("agendaitem", "items", lambda i: agenda.get_item(db, i),
                       lambda i, **f: agenda.update_item(db, i, **f))
        return edit_row(self.ctx, label, spec, item_id, "next_meeting_on", {"next_meeting_on": old},
                        {"next_meeting_on": new}, version, shown={"next_meeting_on": old},
                        names={"next_meeting_on": label}, display=lambda _f, value: long_date(value) if value else value)

    # --- remarks ---------------------------------------------------------------------

    def add_remark(self, item_id: int, member_id: int, text: str) -> int | None:
        return self._creating("remark", QCoreApplication.translate("MeetingEdits", "Tilføj tilførsel"),
                              lambda: capture.add_remark(self.db, item_id, member_id, text),
                              lambda rid: capture.delete_remark(self.db, rid))

    def update_remark(self, remark_id: int, old: str, new: str, version: int | None) -> bool:
        """A remark's text, based on the ``version`` shown (``ui/versioned.py``)."""
        db = self.db
        return self._edit_text(QCoreApplication.translate("MeetingEdits", "Ret tilførsel"),
                               orm_row("remark", "remarks", lambda i: capture.get_remark(db, i),
                                       lambda i, expected_version, text: capture.update_remark(
                                           db, i, text, expected_version=expected_version)),
                               remark_id, old, new, version, merge_key=("remark", remark_id))

    def _edit_text(self, label: str, spec: VersionedRow, row_id: int, old: str, new: str, version: int | None,
                   merge_key: tuple[object, ...] | None = None) -> bool:
        """A typed ``text`` column of one row: saved on top of ``version``, a clash shown as two texts."""
        return edit_row(self.ctx, label, spec, row_id, "text", {"text": old}, {"text": new}, version,
                        shown={"text": old}, names={"text": _text_name()}, free_text=True, merge_key=merge_key)

    def delete_remark(self, remark_id: int, version: int | None = None) -> bool:
        """Delete a remark, based on the ``version`` shown (another laptop's change since: not deleted)."""
        return self._deleting(QCoreApplication.translate("MeetingEdits", "Slet tilførsel"), [("remark", remark_id)],
                              lambda _t, rid: capture.delete_remark(self.db, rid), {("remark", remark_id): version})

    # --- groups --------------------------------------------------------------------

    def _shown_groups(self, item_id: int, shown: Membership | None) -> dict[int, list[int]]:
        """The item's groups' members an edit is based on: as the screen ``shown`` them, or (None: a
        caller that showed none) as stored now."""
        return dict(shown if shown is not None else self.ctx.read(capture.group_members, item_id))

    def _groups(self, item_id: int, label: str, shown: Membership,
                write: Callable[[ServiceCommand, bool, Membership], ChangeSet]) -> ChangeSet | None:
        """A move of members between the item's groups, compared by the service with what it was based on."""
        db = self.db
        return self._compared(label, shown, lambda: capture.group_members(db, item_id), write,
                              lambda error: self._groups_refused(item_id, shown, error))

    def _restore_groups(self, item_id: int, before: Membership, expected: Membership) -> ChangeSet:
        """Every group back to its members ``before`` (a group not in it: none), while the groups
        still hold ``expected`` (what the step left)."""
        return capture.set_groups_members(self.db, item_id, {g: list(before.get(g, [])) for g in {*before, *expected}},
                                          expected=expected)

    def _groups_refused(self, item_id: int, shown: Membership, error: ConflictError) -> None:
        """The Danish message naming the groups another laptop changed and who is in them now; the
        views re-read."""
        try:
            now = self.ctx.read(capture.group_members, item_id)
            groups = self.ctx.read(capture.list_groups, item_id)
            names = self._member_names(self.ctx.read(agenda.get_item, item_id).meeting_id)
        except WorkshopError:  # the item is gone meanwhile
            now, groups, names = {}, [], {}
        current = {str(g.pk): sorted(now.get(g.pk, [])) for g in groups}
        refused(self.ctx, "groups", ConflictError.stale("workgroup", row_id=error.row_id, current=current),
                {str(g.pk): sorted(shown.get(g.pk, [])) for g in groups}, {str(g.pk): g.name for g in groups},
                lambda _group, ids: [names.get(m, str(m)) for m in ids])

    def add_group(self, item_id: int, name: str, member_ids: list[int], shown: Membership | None = None) -> int | None:
        """A new group; ``member_ids`` move to it out of their groups, based on the item's groups as
        ``shown``: undo puts them back, redo the group with the same id."""
        label = QCoreApplication.translate("MeetingEdits", "Ny gruppe {name}").format(name=name)
        if not member_ids:
            return self._creating("workgroup", label, lambda: capture.add_group(self.db, item_id, name=name),
                                  lambda gid: capture.delete_group(self.db, gid))
        before = self._shown_groups(item_id, shown)

        def write(cmd: ServiceCommand, forward: bool, expected: Membership) -> ChangeSet:
            if not forward:
                assert cmd.created_id is not None
                cmd.state["snapshot"] = take_unchanged(self.ctx, "workgroup", cmd.created_id,  # with its members
                                                       cmd.state["made"])
                changes = self._restore_groups(item_id, before, expected)
                return changes | capture.delete_group(self.db, cmd.created_id)
            snap = cmd.state.pop("snapshot", None)
            if snap is None:
                changes = capture.add_group(self.db, item_id, name=name, member_ids=member_ids, expected=expected)
                assert changes.id is not None
                cmd.state["made"] = snapshots.take(self.db, "workgroup", changes.id).content()
                return changes
            # redo: the members out of their groups again, then the group as it was, with them and its version
            moving = set(member_ids)
            changes = capture.set_groups_members(
                self.db, item_id, {g: [m for m in ids if m not in moving] for g, ids in expected.items() if moving & set(ids)},
                expected=expected)
            cmd.state["made"] = snap.content()
            return changes | snapshots.restore(self.db, snap)

        changes = self._groups(item_id, label, before, write)
        return None if changes is None else changes.id

    def set_group_members(self, item_id: int, group_id: int, member_ids: list[int],
                          shown: Membership | None = None) -> bool:
        """The group's members, each moving out of any other group of the item, based on the item's
        groups as ``shown``; undo puts every group's members back."""
        before = self._shown_groups(item_id, shown)
        return self._groups(
            item_id, QCoreApplication.translate("MeetingEdits", "Gruppens medlemmer"), before,
            lambda _cmd, forward, expected: capture.set_group_members(self.db, group_id, member_ids, expected=expected)
            if forward else self._restore_groups(item_id, before, expected)) is not None

    def delete_group(self, group_id: int, name: str, version: int | None = None) -> bool:
        return self._deleting(QCoreApplication.translate("MeetingEdits", "Slet gruppe {name}").format(name=name), [("workgroup", group_id)],
                              lambda _t, gid: capture.delete_group(self.db, gid), {("workgroup", group_id): version})

    def distribute(self, item_id: int, groups: list[list[int]], names: list[str],
                   shown: Membership | None = None) -> bool:
        """Put each list of members into a group: existing groups in order, new ones after, based on
        the item's groups as ``shown``.

        Groups beyond the new count are emptied, not deleted, so no typed input is lost.
        """
        existing = [g.pk for g in self.ctx.read(capture.list_groups, item_id)]
        before = self._shown_groups(item_id, shown)
        placed = {gid: groups[n] if n < len(groups) else [] for n, gid in enumerate(existing)}

        def write(cmd: ServiceCommand, forward: bool, expected: Membership) -> ChangeSet:
            if not forward:
                created: list[int] = cmd.state["created"]
                cmd.state["snapshots"] = [take_unchanged(self.ctx, "workgroup", gid, made)  # with their members
                                          for gid, made in zip(created, cmd.state["made"], strict=True)]
                changes = self._restore_groups(item_id, before, expected)
                for gid in created:
                    changes = changes | capture.delete_group(self.db, gid)
                return changes
            changes = capture.set_groups_members(self.db, item_id, placed, expected=expected)
            snaps = cmd.state.pop("snapshots", None)
            if snaps is not None:  # redo: the created groups come back with their ids, members and versions
                cmd.state["made"] = [snap.content() for snap in snaps]
                for snap in snaps:
                    changes = changes | snapshots.restore(self.db, snap)
                return changes
            added = [capture.add_group(self.db, item_id, name=names[n], member_ids=groups[n])
                     for n in range(len(existing), len(groups))]
            made_ids = [a.id for a in added if a.id is not None]
            cmd.state["created"] = made_ids
            cmd.state["made"] = [snapshots.take(self.db, "workgroup", gid).content() for gid in made_ids]
            for a in added:
                changes = changes | a
            return changes

        return self._groups(item_id, QCoreApplication.translate("MeetingEdits", "Fordel automatisk"), before,
                            write) is not None

    # --- inputs --------------------------------------------------------------------

    def add_input(self, group_id: int, text: str) -> int | None:
        """Add an input and wait for its commit (a typed one is shown at once instead:
        ``GroupColumn.add_input`` gives ``input_command`` to ``InputModel.add_input``)."""
        changes = self.ctx.execute(self.input_command(group_id, text))
        return None if changes is None else changes.id

    def input_command(self, group_id: int, text: str) -> ServiceCommand:
        """The undo step that adds an input typed here; undo deletes it, redo puts it back."""
        return create_command(self.ctx, QCoreApplication.translate("MeetingEdits", "Tilføj input"), "input",
                              lambda: capture.add_input(self.db, group_id, text),
                              lambda iid: capture.delete_input(self.db, iid), alone=True)

    def update_input(self, input_id: int, old: str, new: str, version: int | None) -> bool:
        """An input's text, based on the ``version`` the column showed (``ui/versioned.py``)."""
        db = self.db
        return self._edit_text(QCoreApplication.translate("MeetingEdits", "Ret input"),
                               orm_row("input", "inputs", lambda i: capture.input_row(db, i),
                                       lambda i, expected_version, text: capture.update_input(
                                           db, i, text, expected_version=expected_version)),
                               input_id, old, new, version)

    def _input_spec(self, store: Callable[..., ChangeSet]) -> VersionedRow:
        """An input's row edit through ``store(id, value, expected_version=…)`` (hide, move, assign)."""
        db = self.db
        return orm_row("input", "inputs", lambda i: capture.input_row(db, i),
                       lambda i, expected_version, **values: store(db, i, *values.values(),
                                                                   expected_version=expected_version))

    def _input_names(self) -> dict[str, str]:
        return {"text": _text_name(), "hidden": QCoreApplication.translate("MeetingEdits", "Synlighed"),
                "group_id": QCoreApplication.translate("MeetingEdits", "Gruppen"),
                "candidate_id": QCoreApplication.translate("MeetingEdits", "Pejlemærket")}

    def _input_value(self, field: str, value: Any) -> Any:
        """An input's value in the words of a refusal: a group's name, a pejlemærke's title."""
        try:
            if field == "hidden":
                return (QCoreApplication.translate("MeetingEdits", "skjult") if value
                        else QCoreApplication.translate("MeetingEdits", "vist"))
            if field == "group_id" and value is not None:
                return self.ctx.read(capture.get_group, value).name
            if field == "candidate_id":
                return (QCoreApplication.translate("MeetingEdits", "intet") if value is None
                        else self.ctx.read(candidates.get_candidate, value).title)
        except WorkshopError:  # gone meanwhile: its id says which
            pass
        return value

    def _input_rows(self, label: str, spec: VersionedRow, field: str, inputs: list[ShownInput],
                    new: Any) -> bool:
        """Set ``field`` of the inputs to ``new`` as one step, based on the versions shown; an input
        another laptop changed since refuses the step (naming what changed) and the views re-read."""
        edits = [(i.id, {field: getattr(i, field)}, {field: new}, i.version) for i in inputs
                 if getattr(i, field) != new]
        if not edits:
            return False
        return self.ctx.execute(versioned_rows_command(self.ctx, label, spec, edits),
                                on_conflict=lambda error: self._input_refused(spec, error, inputs)) is not None

    def _input_refused(self, spec: VersionedRow, error: ConflictError, inputs: list[ShownInput]) -> None:
        shown = next((i for i in inputs if i.id == error.row_id), None)
        values = {} if shown is None else {f: getattr(shown, f) for f in _INPUT_FIELDS}
        refused(self.ctx, spec, error, values, self._input_names(), self._input_value)

    def set_inputs_hidden(self, inputs: list[ShownInput], hidden: bool) -> bool:
        """Hide inputs from the projector and the phones, or show them again (one undo step), based
        on the versions shown."""
        label = (QCoreApplication.translate("MeetingEdits", "Skjul input") if hidden
                 else QCoreApplication.translate("MeetingEdits", "Vis input"))
        return self._input_rows(label, self._input_spec(capture.set_input_hidden), "hidden", inputs, hidden)

    def delete_inputs(self, input_ids: list[int], versions: Mapping[int, int | None] | None = None) -> bool:
        """Delete inputs, based on the ``versions`` shown (by id): one changed since is not deleted."""
        label = QCoreApplication.translate("MeetingEdits", "Slet input") if len(input_ids) == 1 else QCoreApplication.translate("MeetingEdits", "Slet {n} input").format(n=len(input_ids))
        return self._deleting(label, [("input", i) for i in input_ids],
                              lambda _t, iid: capture.delete_input(self.db, iid),
                              {("input", i): v for i, v in (versions or {}).items()})

    def merge_inputs(self, inputs: list[ShownInput]) -> bool:
        """Merge the inputs shown into the first of them (one undo step; ``capture.merge_inputs``),
        based on their versions shown; undo sets the kept one back and restores the others."""
        if len(inputs) < 2:
            return False
        keep, others = inputs[0].id, [i.id for i in inputs[1:]]
        versions = {i.id: i.version for i in inputs}
        command = merge_command(self.ctx, QCoreApplication.translate("MeetingEdits", "Slå input sammen"), "input",
                                keep, others, lambda: capture.merge_inputs(self.db, keep, others,
                                                                           expected_versions=versions))
        spec = self._input_spec(capture.set_input_hidden)
        return self.ctx.execute(command, on_conflict=lambda error: self._input_refused(spec, error, inputs)) is not None

    def move_inputs(self, inputs: list[ShownInput], to_group: int) -> bool:
        """Move inputs to another group of the item (one undo step), based on the versions shown."""
        return self._input_rows(QCoreApplication.translate("MeetingEdits", "Flyt input"),
                                self._input_spec(capture.move_input), "group_id", inputs, to_group)

    # --- candidate pejlemærker --------------------------------------------------------

    def add_candidate(self, item_id: int, title: str, inputs: list[ShownInput]) -> int | None:
        """A new pejlemærke made of the inputs shown (taken from any other they were under), based on
        their versions shown. Undo gives each input back its pejlemærke and deletes the new one, redo
        puts it back with its id; either only while the inputs still are where the step left them."""
        db, ctx = self.db, self.ctx
        spec = self._input_spec(candidates.assign_input)

        def moved(cmd: ServiceCommand) -> list[RowEdit]:
            return [(i.id, {"candidate_id": i.candidate_id}, {"candidate_id": cmd.created_id}, None) for i in inputs]

        def do(cmd: ServiceCommand) -> ChangeSet:
            snap: snapshots.Snapshot | None = cmd.state.pop("snapshot", None)
            if snap is not None:  # redo: the same pejlemærke, then its inputs under it again
                return snapshots.restore(db, snap) | write_rows(cmd, spec, moved(cmd), True)
            changes = candidates.add_candidate(db, item_id, title=title, input_ids=[i.id for i in inputs],
                                               expected_versions={i.id: i.version for i in inputs})
            cmd.created_id = changes.id
            cmd.state["wrote"] = {i.id: {"candidate_id": changes.id} for i in inputs}
            return changes

        def undo(cmd: ServiceCommand) -> ChangeSet:
            assert cmd.created_id is not None
            changes = write_rows(cmd, spec, moved(cmd), False)  # the inputs first: back where they were
            cmd.state["snapshot"] = snapshots.take(db, "candidate", cmd.created_id)
            return changes | candidates.delete_candidate(db, cmd.created_id)

        command = ServiceCommand(ctx, QCoreApplication.translate("MeetingEdits", "Nyt pejlemærke {title}").format(
            title=title), do, undo)
        changes = ctx.execute(command, on_conflict=lambda error: self._input_refused(spec, error, inputs))
        return None if changes is None else changes.id

    def update_candidate(self, candidate_id: int, label: str, field: str, old: Any, new: Any,
                         version: int | None, name: str) -> bool:
        """One field of a pejlemærke (``name``: the field's Danish name), based on the ``version`` shown."""
        db = self.db
        spec = orm_row("candidate", "candidates", lambda i: candidates.get_candidate(db, i),
                       lambda i, **f: candidates.update_candidate(db, i, **f))
        return edit_row(self.ctx, label, spec, candidate_id, field, {field: old}, {field: new}, version,
                        shown={field: old}, names={field: name}, free_text=isinstance(new, str))

    def set_statuses(self, changes: list[tuple[int, str, str, int | None]], label: str) -> bool:
        """Give several candidates a status as one undo step: ``(id, old status, new status, version
        shown)``; one of them changed on another laptop since refuses the step (``ui/versioned.py``)."""
        if not changes:
            return False
        db = self.db
        spec = orm_row("candidate", "candidates", lambda i: candidates.get_candidate(db, i),
                       lambda i, **f: candidates.update_candidate(db, i, **f))
        command = versioned_rows_command(self.ctx, label, spec, [
            (cid, {"status": old}, {"status": new}, version) for cid, old, new, version in changes])
        shown = {cid: old for cid, old, _, _ in changes}
        return self.ctx.execute(command, on_conflict=lambda error: refused(
            self.ctx, spec, error, {"status": shown.get(error.row_id or 0)},
            {"status": QCoreApplication.translate("MeetingEdits", "Status")},
            lambda _f, value: candidate_status.label(value))) is not None

    def assign_inputs(self, inputs: list[ShownInput], candidate_id: int | None) -> bool:
        """Put the inputs shown under a pejlemærke, or (None) take them out, based on their versions shown."""
        label = (QCoreApplication.translate("MeetingEdits", "Input til pejlemærke") if candidate_id is not None
                 else QCoreApplication.translate("MeetingEdits", "Input ud af pejlemærke"))
        return self._input_rows(label, self._input_spec(candidates.assign_input), "candidate_id", inputs,
                                candidate_id)

    def delete_candidates(self, candidate_ids: list[int], versions: Mapping[int, int | None] | None = None) -> bool:
        """Delete pejlemærker, based on the ``versions`` shown (by id): one changed since is not deleted."""
        label = (QCoreApplication.translate("MeetingEdits", "Slet pejlemærke") if len(candidate_ids) == 1
                 else QCoreApplication.translate("MeetingEdits", "Slet {n} pejlemærker").format(n=len(candidate_ids)))
        return self._deleting(label, [("candidate", c) for c in candidate_ids],
                              lambda _t, cid: candidates.delete_candidate(self.db, cid),
                              {("candidate", c): v for c, v in (versions or {}).items()})

    def merge_candidates(self, keep_id: int, merge_ids: list[int], title: str) -> bool:
        """Merge into ``keep_id``; undo sets the kept one back and restores the others."""
        others = [m for m in merge_ids if m != keep_id]
        return self._merging(
            QCoreApplication.translate("MeetingEdits", "Slå pejlemærker sammen i {title}").format(title=title),
            "candidate", keep_id, others, lambda: candidates.merge_candidates(self.db, keep_id, others))

    # --- dots ------------------------------------------------------------------------

    def set_votes(self, candidate_id: int, member_id: int, old: int, new: int, dots: int, name: str = "") -> bool:
        """One member's dots on one candidate (``old``: the count the screen showed; ``name``: the
        cell's Danish name for a refusal); the total follows (``services.voting``). Each run writes
        only while the cell holds what the screen showed or the last run wrote: a count changed on
        another laptop since is refused, not overwritten."""
        names = {"count": name or QCoreApplication.translate("MeetingEdits", "Prikkerne")}

        def put(count: int, expected: int, limit: int) -> ChangeSet:
            return voting.set_member_votes(self.db, candidate_id, member_id, count, dots=limit,
                                           expected={"count": expected})

        command = ServiceCommand(
            self.ctx, QCoreApplication.translate("MeetingEdits", "Stemmer"),
            lambda c: put(new, old, dots),
            # Undo returns to an earlier valid state, whatever the dots setting is now.
            lambda c: put(old, new, max(dots, 10_000)))
        return self.ctx.execute(command, on_conflict=lambda error: refused(
            self.ctx, "candidates", error, {"count": old}, names)) is not None

    def set_dots(self, item_id: int, old: int, new: int, version: int | None) -> bool:
        """How many dots each member has in the item's voting (the phones and the grid alike), on
        top of the item's ``version`` shown (``ui/versioned.py``: a change of another of the item's
        fields since goes on top; another number of dots is refused)."""
        db, label = self.db, QCoreApplication.translate("MeetingEdits", "Stemmer pr. medlem: {n}").format(n=new)

        def read(key: int) -> tuple[dict[str, Any], int]:
            item = agenda.get_item(db, key)
            return {"dots": item.dots}, item.version

        spec = VersionedRow("agendaitem", read, lambda key, values, version: voting.set_dots(
            db, key, values["dots"], expected_version=version), "items")
        return edit_row(self.ctx, label, spec, item_id, "dots", {"dots": old}, {"dots": new}, version,
                        shown={"dots": old},
                        names={"dots": QCoreApplication.translate("MeetingEdits", "Stemmer pr. medlem")})

    def clear_votes(self, item_id: int) -> bool:
        """A fresh vote: every dot (and any total from a meeting file) back to zero; undo restores them.

        Each run writes only while the vote holds what the step saw or last wrote: an undo after a
        dot was placed on another laptop is refused instead of wiping that dot."""
        cleared: voting.Tally = {"votes": {}, "totals": {}}

        def do(cmd: ServiceCommand) -> ChangeSet:
            if "before" not in cmd.state:  # the first run: what it clears is what undo puts back
                cmd.state["before"] = voting.tally(self.db, item_id)
            return voting.clear_votes(self.db, item_id, expected=cmd.state["before"])

        def undo(cmd: ServiceCommand) -> ChangeSet:
            before = cmd.state["before"]
            return voting.restore_votes(self.db, item_id, before["votes"], before["totals"], expected=cleared)

        command = ServiceCommand(self.ctx, QCoreApplication.translate("MeetingEdits", "Nulstil stemmerne"), do, undo)
        return self.ctx.execute(command, on_conflict=lambda error: refused(
            self.ctx, "candidates", error, {}, {})) is not None

    # --- working groups -----------------------------------------------------------------

    def add_working_group(self, item_id: int, name: str, member_ids: list[int] | None = None,
                          mandate: str = "", meets_on: date | None = None,
                          reports_to: date | None = None) -> int | None:
        return self._creating(
            "workinggroup", QCoreApplication.translate("MeetingEdits", "Ny arbejdsgruppe {name}").format(name=name),
            lambda: working_groups.add_working_group(self.db, item_id, name=name, mandate=mandate,
                                                     member_ids=member_ids, meets_on=meets_on,
                                                     reports_to=reports_to),
            lambda wid: working_groups.delete_working_group(self.db, wid))

    def update_working_group(self, wg_id: int, label: str, field: str, old: Any, new: Any,
                             version: int | None) -> bool:
        """One field of a working group (``label`` names it), based on the ``version`` shown."""
        db = self.db
        spec = orm_row("workinggroup", "working_groups", lambda i: working_groups.get_working_group(db, i),
                       lambda i, **f: working_groups.update_working_group(db, i, **f))
        return edit_row(self.ctx, label, spec, wg_id, field, {field: old}, {field: new}, version, shown={field: old},
                        names={field: label}, display=lambda _f, value: long_date(value) if value else value)

    def set_working_group_members(self, wg_id: int, shown: People, new: list[int]) -> bool:
        """New members (the convener stays if still one), based on the people the panel ``shown``
        (``working_groups.working_group_people``); undo gives back the members and the convener."""
        return self._people(
            wg_id, QCoreApplication.translate("MeetingEdits", "Arbejdsgruppens medlemmer"), ("members", "convener"),
            shown, lambda forward, expected: working_groups.set_working_group_members(
                self.db, wg_id, new, expected=expected) if forward else working_groups.set_working_group_members(
                self.db, wg_id, shown["members"], convener_id=shown["convener"], expected=expected))

    def set_convener(self, wg_id: int, shown: People, new: int | None) -> bool:
        """The group's tovholder, based on the one the panel ``shown``."""
        return self._people(
            wg_id, QCoreApplication.translate("MeetingEdits", "Arbejdsgruppens tovholder"), ("convener",), shown,
            lambda forward, expected: working_groups.set_convener(
                self.db, wg_id, new if forward else shown["convener"], expected=expected))

    def set_working_group_guests(self, wg_id: int, shown: People, new: list[tuple[str, str]]) -> bool:
        """The group's members from outside the committee, based on the ones the panel ``shown``."""
        return self._people(
            wg_id, QCoreApplication.translate("MeetingEdits", "Arbejdsgruppens medlemmer udefra"), ("guests",), shown,
            lambda forward, expected: working_groups.set_working_group_guests(
                self.db, wg_id, new if forward else shown["guests"], expected=expected))

    def _people(self, wg_id: int, label: str, keys: tuple[str, ...], shown: People,
                write: Callable[[bool, People], ChangeSet]) -> bool:
        """An edit of a working group's people, compared by the service with what it was based on."""
        db = self.db
        return self._compared(label, {k: shown[k] for k in keys},
                              lambda: {k: v for k, v in working_groups.working_group_people(db, wg_id).items()
                                       if k in keys},
                              lambda _cmd, forward, expected: write(forward, expected),
                              lambda error: self._people_refused(wg_id, shown, error)) is not None

    def _people_refused(self, wg_id: int, shown: People, error: ConflictError) -> None:
        """The Danish message naming what another laptop changed of the group's people; the panel re-reads."""
        try:
            now = self.ctx.read(working_groups.working_group_people, wg_id)
            item = self.ctx.read(agenda.get_item, self.ctx.read(working_groups.get_working_group, wg_id).item_id)
            names = self._member_names(item.meeting_id)
        except WorkshopError:  # the group is gone meanwhile
            now, names = {}, {}

        def display(field: str, value: Any) -> Any:
            if field == "members":
                return [names.get(m, str(m)) for m in value]
            if field == "convener":
                return None if value is None else names.get(value, str(value))
            return [f"{name} ({organisation})" if organisation else name for name, organisation in value]

        refused(self.ctx, "working_groups", ConflictError.stale("workinggroup", row_id=wg_id, current=now), shown,
                {"members": QCoreApplication.translate("MeetingEdits", "Medlemmerne"),
                 "convener": QCoreApplication.translate("MeetingEdits", "Tovholderen"),
                 "guests": QCoreApplication.translate("MeetingEdits", "Medlemmerne udefra")}, display)

    def _member_names(self, meeting_id: int) -> dict[int, str]:
        committee_id = self.ctx.read(meetings.get_meeting, meeting_id).committee_id
        return {m.pk: m.name for m in self.ctx.read(committees.list_members, committee_id)}

    def _compared(self, label: str, shown: Mapping[Any, Any], read: Callable[[], Mapping[Any, Any]],
                  write: Callable[[ServiceCommand, bool, Any], ChangeSet],
                  refuse: Callable[[ConflictError], None]) -> ChangeSet | None:
        """One undo step writing what has no version of its own (members of a group, …): the
        service compares it with what it was based on (``write(cmd, forward, expected)``) and refuses
        it when another laptop changed it since. The first do is based on what the screen ``shown``,
        the undo on what the do left and a redo on what the undo left (``read`` in the same
        transaction, after each write). A refused first run goes to ``refuse``; a refused undo or
        redo is said by ``ServiceCommand`` and dropped."""

        def run(cmd: ServiceCommand, forward: bool) -> ChangeSet:
            based_on = cmd.state.get("undone", shown) if forward else cmd.state["done"]
            changes = write(cmd, forward, based_on)
            cmd.state["done" if forward else "undone"] = read()
            return changes

        command = ServiceCommand(self.ctx, label, lambda c: run(c, True), lambda c: run(c, False))
        return self.ctx.execute(command, on_conflict=refuse)

    def delete_working_group(self, wg_id: int, name: str, version: int | None = None) -> bool:
        return self._deleting(QCoreApplication.translate("MeetingEdits", "Slet arbejdsgruppe {name}").format(name=name), [("workinggroup", wg_id)],
                              lambda _t, wid: working_groups.delete_working_group(self.db, wid),
                              {("workinggroup", wg_id): version})
