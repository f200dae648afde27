"""The meeting lock holds for every public write function of ``workshop/services``, found by inspection.

Every public function of every module under ``workshop.services`` that reaches the database
is called with arguments built from its parameters' names and types (the ids of the demo
meeting's rows, texts, the models' vocabularies), never from a list of functions. A function
whose first parameter is the ``Database`` (``db``) is called as it is; one whose first
parameter is a ``Session`` (``s``, ``session``: the helpers the services build on) is called
inside a transaction of its own. A public function that takes a ``Database`` or a ``Session``
anywhere else fails the test, so no writer is left out because of its shape, and a module
added to the package later is found like the others (``test_a_writer_added_later_is_found_and_refused``):

1. On the demo meeting as a draft, inside a transaction that is rolled back, the first
   arguments with which the call succeeds and changes the meeting's rows are found. Every
   function that returns a ``ChangeSet`` must find some, so no writer escapes the test.
2. With the referat sent, and then approved, each writer of the meeting is called again:
   it must raise ``LockedError`` and leave the whole database as it was (dumped before and
   after). Every other function must leave the locked meeting's rows as they were.

Runs on SQLite and PostgreSQL. Writes straight in SQL are refused too (the lock is the
database's, migration 0009), and the correction flow still opens an editable version.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import io
import itertools
import json
import pkgutil
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

import workshop.services
from tests.dbdump import Dump, diff, dump
from workshop import models
from workshop.changes import ChangeSet
from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import LockedError
from workshop.services import (
    agenda,
    attendance,
    candidates,
    capture,
    committees,
    meetings,
    referat,
    snapshots,
    voting,
    working_groups,
)

# Which table a parameter's id points into, by the parameter's name.
ID_TABLES = {
    "meeting_id": "meeting", "item_id": "agendaitem", "member_id": "member", "group_id": "workgroup",
    "candidate_id": "candidate", "keep_id": "candidate", "input_id": "input", "remark_id": "remark",
    "working_group_id": "workinggroup", "committee_id": "committee", "task_id": "task",
}
# Lists of ids, by name.
ID_LIST_TABLES = {"member_ids": "member", "merge_ids": "candidate", "input_ids": "input",
                  "candidate_ids": "candidate"}
# The tables that hold one meeting's content (the referat's own tables are its state, not content).
CONTENT = ("meeting", "attendance", "agendaitem", "attachment", "itemabsence", "answer", "workgroup",
           "groupmember", "input", "candidate", "candidatevote", "workinggroup", "workinggroupmember",
           "workinggroupguest", "remark")
MAX_CALLS = 400  # argument combinations tried per function before giving up


class _Row:
    """A parameter typed as a model (``row: ReferatVersion``): that row, loaded in the call's session."""

    def __init__(self, model: type[SQLModel], row_id: int) -> None:
        self.model, self.row_id = model, row_id

    def __repr__(self) -> str:
        return f"{self.model.__name__}#{self.row_id}"


def _in_transaction(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(session, ...)`` as ``call(db, ...)``: one transaction of its own, ``_Row``s loaded in it."""
    @functools.wraps(fn)  # inspect.signature still shows fn's parameters (the first is dropped)
    def call(db: Database, *args: Any, **kwargs: Any) -> Any:
        with db.transaction() as s:
            loaded = [s.get(a.model, a.row_id) if isinstance(a, _Row) else a for a in args]
            if any(a is None for a in loaded):
                raise LookupError("no such row")
            return fn(s, *loaded, **kwargs)
    return call


def _kind(param: inspect.Parameter) -> str:
    """The parameter's annotation as written (``str``, ``list[int]``), also in a module without
    ``from __future__ import annotations``."""
    annotation = param.annotation
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type) and not getattr(annotation, "__args__", None):
        return annotation.__name__
    return inspect.formatannotation(annotation)


def _reaches_database(param: inspect.Parameter) -> str | None:
    """``db`` or ``session`` when the parameter is the Database or a Session, else None."""
    kind = _kind(param)
    if param.name == "db" or "Database" in kind:
        return "db"
    if param.name in ("s", "session") or "Session" in kind:
        return "session"
    return None


def _service_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public function of ``workshop.services`` (walked, not listed) that reaches the database,
    each callable as ``fn(db, ...)``."""
    for info in pkgutil.walk_packages(workshop.services.__path__, "workshop.services."):
        module = importlib.import_module(info.name)
        for name, fn in sorted(vars(module).items()):
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            key = f"{module.__name__.removeprefix('workshop.services.')}.{name}"
            params = list(inspect.signature(fn).parameters.values())
            first = _reaches_database(params[0]) if params else None
            if first == "db":
                yield key, fn
            elif first == "session":
                yield key, _in_transaction(fn)
            else:
                later = [p.name for p in params[1:] if _reaches_database(p)]
                assert not later, f"{key} takes the database as {later}, not first: the lock test cannot call it"


# The referat's own steps last: a correction would unlock the meeting for what follows.
FUNCTIONS = dict(sorted(_service_functions(), key=lambda pair: pair[0].startswith("referat.approval")))
# Run mode may step through a locked meeting: on it these move only where the room is (the
# meeting's current step), never an item's recorded start; checked like the readers below.
STEPS_ON_LOCKED = {"meetings.set_current_step", "agenda.start_item"}


# --- the meeting's rows --------------------------------------------------------------------


def _columns(table: str) -> list[str]:
    """The dumped columns of ``table`` (tests/dbdump.py leaves out versions and natural-key ids)."""
    from tests.dbdump import BY_NATURAL_KEY

    t = SQLModel.metadata.tables[table]
    return [c.name for c in t.c if c.name != "version" and not (table in BY_NATURAL_KEY and c.name == "id")]


def _meeting_rows(rows: Dump, meeting_id: int) -> dict[str, set[tuple[Any, ...]]]:
    """The rows of ``rows`` (a dump) that belong to the meeting, per content table."""
    def col(table: str, name: str) -> int:
        return _columns(table).index(name)

    def ids(table: str, parent: str, parents: set[int]) -> set[int]:
        return {r[col(table, "id")] for r in rows[table] if r[col(table, parent)] in parents}

    items = ids("agendaitem", "meeting_id", {meeting_id})
    parents = {"meeting_id": {meeting_id}, "item_id": items, "group_id": ids("workgroup", "item_id", items),
               "candidate_id": ids("candidate", "item_id", items),
               "working_group_id": ids("workinggroup", "item_id", items)}
    out: dict[str, set[tuple[Any, ...]]] = {}
    for table in CONTENT:
        names = _columns(table)
        if table == "meeting":  # where the room's screens are is not content, nor the lock's state
            keep = [i for i, n in enumerate(names) if n not in ("current_item_id", "current_step", "lock_state")]
            out[table] = {tuple(r[i] for i in keep) for r in rows[table] if r[names.index("id")] == meeting_id}
            continue
        key = next(k for k in ("meeting_id", "item_id", "group_id", "candidate_id", "working_group_id")
                   if k in names)
        out[table] = {r for r in rows[table] if r[names.index(key)] in parents[key]}
    return out


def _table_ids(db: Database, table: str) -> list[int]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text(f'SELECT id FROM "{table}" ORDER BY id'))]


# --- arguments from parameters ---------------------------------------------------------------


class Arguments:
    """Candidate values for a parameter, from its name and type, out of the demo meeting."""

    def __init__(self, db: Database, meeting_id: int, tmp_path: Path) -> None:
        self.db, self.meeting_id = db, meeting_id
        self.ids = {table: _table_ids(db, table)[:12] for table in {*ID_TABLES.values(), *ID_LIST_TABLES.values()}}
        present = [m.id for m in attendance.present_members(db, meeting_id)]
        names = [m.name for m in committees.list_members(db, meetings.get_meeting(db, meeting_id).committee_id)]
        vocab = [*models.ATTENDANCE_STATUSES, *models.CANDIDATE_STATUSES, *models.TASK_STATUSES,
                 *models.ITEM_ABSENCE_KINDS, *models.ROLES]
        self.vocab = vocab
        self.names = ["Ændret af testen", *names[:3]]
        self.lists = {"member_ids": [present[:2], []], "merge_ids": [self.ids["candidate"][1:2]],
                      "input_ids": [self.ids["input"][:1]], "candidate_ids": [self.ids["candidate"][:2]],
                      "members": [{group: present[:2]} for group in self.ids["workgroup"]]}  # by group id
        self.file = tmp_path / "møde.workshop.json"
        referat.export_meeting_file(db, meeting_id, self.file)
        self.snapshots = self._new_row_snapshots()

    def _new_row_snapshots(self) -> list[snapshots.Snapshot]:
        """Snapshots of one new row per leaf table of the meeting: restoring one adds a row."""
        out = []
        rows = _meeting_rows(dump(self.db), self.meeting_id)
        for table in CONTENT:
            if not rows[table] or "id" not in SQLModel.metadata.tables[table].c:
                continue
            first = min(_table_ids(self.db, table))
            snap = snapshots.take(self.db, table, first)
            if set(snap.rows) != {table}:
                continue  # rows hang under it: not a leaf
            fresh = dict(snap.rows[table][0], id=max(_table_ids(self.db, table)) + 1000)
            out.append(snapshots.Snapshot(table, fresh["id"], {table: [fresh]}, meeting_id=snap.meeting_id,
                                          committee_id=snap.committee_id))
        return out

    def values(self, param: inspect.Parameter) -> list[Any]:
        name, kind = param.name, _kind(param)
        if name in ID_TABLES:
            ids: list[Any] = list(self.ids[ID_TABLES[name]])
            return [*ids, None] if "None" in kind else ids
        if name in self.lists:
            return self.lists[name]
        if name == "doc":  # the meeting file of the demo meeting (its referat section as exported)
            return [json.loads(self.file.read_text(encoding="utf-8"))]
        if kind.startswith("dict"):
            return [{}]
        if name == "attachments":
            return [[("Bilag fra testen", False)]]
        if name == "guests":
            return [[("Ny gæst", "Forening")]]
        if kind == "str | Path":
            return [self.file]
        if "IO[bytes]" in kind:
            return [io.BytesIO()]
        if kind == "type[T]":  # any model (rows.get, rows.locked)
            return [models.Meeting, models.AgendaItem, models.Candidate]
        if kind == "type[SQLModel]":  # the model whose ``column`` is meant (rows.next_position)
            return [models.AgendaItem]
        if kind.startswith("type["):  # the models named: type[Group | WorkingGroup | Remark]
            return [getattr(models, n.strip()) for n in kind.removeprefix("type[").removesuffix("]").split("|")]
        if isinstance(getattr(models, kind, None), type) and issubclass(getattr(models, kind), SQLModel):
            model = getattr(models, kind)  # a row of that model: ReferatVersion for seal.seal
            return [_Row(model, i) for i in _table_ids(self.db, model.__tablename__)[:3]]
        if name == "statement":
            return [select(models.AgendaItem)]
        if name == "column":
            return [models.AgendaItem.position]
        if kind == "Snapshot":
            return self.snapshots
        if kind == "str":
            return self.texts(name)
        if kind == "bool":
            return [True, False]
        if kind == "int":
            return [1, 2, 0, 3]
        if kind == "datetime":
            return [datetime(2030, 1, 2, 10)]
        if kind == "date":
            return [date(2030, 1, 2)]
        raise AssertionError(f"no values for parameter {name}: {kind} (extend Arguments.values)")

    def texts(self, name: str) -> list[str]:
        """Texts for a parameter or column: a vocabulary's words where one is expected."""
        if name in ("status", "kind", "role"):
            return self.vocab
        if name == "name":
            return self.names  # a member's name too (approve_by_name)
        return ["Ændret af testen"]

    def calls(self, fn: Callable[..., Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
        """Argument combinations for ``fn``: its required parameters, and ``**fields`` none or one
        column (of the table its first id points into) at a time."""
        params = list(inspect.signature(fn).parameters.values())[1:]
        required = [p for p in params if p.default is inspect.Parameter.empty
                    and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
        fields: list[dict[str, Any]] = [{}]
        if any(p.kind is p.VAR_KEYWORD for p in params):
            table = ID_TABLES[required[0].name]
            columns = [c.name for c in SQLModel.metadata.tables[table].c
                       if c.name not in ("id", "version") and not c.foreign_keys]
            fields += [{c: v} for c in columns for v in self.texts(c)]
        for values in itertools.product(*(self.values(p) for p in required), fields):
            positional = tuple(v for p, v in zip(required, values, strict=False) if p.kind is not p.KEYWORD_ONLY)
            keywords = {p.name: v for p, v in zip(required, values, strict=False) if p.kind is p.KEYWORD_ONLY}
            yield positional, {**keywords, **values[-1]}


# --- the test ---------------------------------------------------------------------------------


class _RolledBack(Exception):
    pass


def _writes_meeting(db: Database, args: Arguments, fn: Callable[..., Any]) -> tuple[Any, ...] | None:
    """The first arguments with which ``fn`` changes the meeting's rows (tried and rolled back)."""
    before = _meeting_rows(dump(db), args.meeting_id)  # every try is rolled back to this
    for n, (positional, keywords) in enumerate(args.calls(fn)):
        if n >= MAX_CALLS:
            break
        changed = False
        try:
            with db.transaction() as s:
                fn(db, *positional, **keywords)
                changed = _meeting_rows(dump(db, s.connection()), args.meeting_id) != before
                raise _RolledBack
        except _RolledBack:
            pass
        except Exception:
            continue
        if changed:
            return positional, keywords
    return None


@pytest.mark.parametrize("status", ["sent", "approved"])
def test_every_service_write_refuses_a_locked_meeting_and_changes_nothing(
        db: Database, tmp_path: Path, status: str) -> None:
    m = load_demo(db)
    meetings.update_meeting(db, m, ended_at=None)  # open: stepping records a start (closed, it records none)
    for item in agenda.list_items(db, m):  # votes as counted in the room, not a file's totals
        if voting.unattributed(db, item.id):  # type: ignore[arg-type]
            voting.clear_votes(db, item.id)  # type: ignore[arg-type]
    first, present = agenda.list_items(db, m)[0].id, [p.id for p in attendance.present_members(db, m)]
    capture.add_remark(db, first, present[0], "Tilført")  # type: ignore[arg-type]
    agenda.set_attachments(db, first, [("Bilag 1", False)])  # type: ignore[arg-type]
    agenda.set_item_absence(db, first, present[1], kind="conflict")  # type: ignore[arg-type]
    voted = next(c for i in agenda.list_items(db, m) for c in candidates.list_candidates(db, i.id))  # type: ignore[arg-type]
    voting.set_member_votes(db, voted.id, present[0], 1)  # type: ignore[arg-type]
    group = next(g for i in agenda.list_items(db, m) for g in working_groups.list_working_groups(db, i.id))  # type: ignore[arg-type]
    working_groups.set_working_group_guests(db, group.id, [("Gæst", "Foreningen")])  # type: ignore[arg-type]
    empty = [t for t, rows in _meeting_rows(dump(db), m).items() if not rows]
    assert not empty, f"the demo meeting has no rows in {empty}: add some, or their writers go untested"
    args = Arguments(db, m, tmp_path)
    writers: dict[str, tuple[Any, ...]] = {}
    never: list[str] = []
    for name, fn in FUNCTIONS.items():
        found = _writes_meeting(db, args, fn)
        if found is not None:
            writers[name] = found
        elif inspect.signature(fn).return_annotation in (ChangeSet, "ChangeSet"):
            never.append(name)
    # Only the referat's own steps (referat.approval: their changes are the lock's state) and the
    # committee's own rows change no content of the meeting.
    assert {n for n in never if not n.startswith("referat.approval.")} <= {
        "committees.create_committee", "committees.add_member", "committees.add_task",
        "committees.update_committee", "committees.update_task", "committees.delete_task",
        "committees.update_member", "meetings.create_meeting", "referat.meeting_file.import_meeting_file"}, never
    assert len(writers) >= 40, sorted(writers)  # the test found the meeting's writers

    present = [p.id for p in attendance.present_members(db, m)]
    referat.send_for_approval(db, m)
    if status == "approved":
        for member in present:
            referat.approve(db, m, member)  # type: ignore[arg-type]
    refused_wrongly = []
    for name, fn in FUNCTIONS.items():
        before = dump(db)
        try:
            if name in writers and name not in STEPS_ON_LOCKED:
                positional, keywords = writers[name]
                with pytest.raises(LockedError):
                    fn(db, *positional, **keywords)
                after = dump(db)
                assert after == before, f"{name} changed the database although refused:\n{diff(before, after)}"
                continue
            for positional, keywords in [writers[name]] if name in writers else itertools.islice(args.calls(fn), 3):
                try:
                    fn(db, *positional, **keywords)
                except Exception:
                    continue
        except pytest.fail.Exception:
            refused_wrongly.append(name)
            continue
        after = dump(db)
        assert _meeting_rows(after, m) == _meeting_rows(before, m), f"{name} changed the locked meeting"
    assert not refused_wrongly, f"not refused on a {status} referat: {refused_wrongly}"


# A module someone adds to workshop/services later, with two writers that check no lock at all.
LATER_MODULE = '''
from sqlmodel import Session, select

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.models import AgendaItem


def retitle_items(db: Database, meeting_id: int, title: str) -> ChangeSet:
    with db.session() as s:
        for item in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
            item.title = title
    return changed("items", meeting_id=meeting_id)


def clear_decisions(session: Session, meeting_id: int) -> None:
    for item in session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
        item.decision = ""


def summary(session_id: int, database: Database) -> str:  # the database, but not first: refused
    return ""
'''


def test_a_writer_added_later_is_found_and_refused(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The enumeration walks the package: a new module's writers are found without touching this
    test, and the database's lock refuses them although they check nothing themselves. A
    function it could not call (the database not first) fails the enumeration instead of
    being skipped."""
    folder = tmp_path / "services_added_later"
    folder.mkdir()
    (folder / "added_later.py").write_text(LATER_MODULE, encoding="utf-8")
    monkeypatch.setattr(workshop.services, "__path__", [*workshop.services.__path__, str(folder)])
    try:
        with pytest.raises(AssertionError, match=r"added_later.summary takes the database as \['database'\]"):
            dict(_service_functions())
        (folder / "added_later.py").write_text(LATER_MODULE.split("\n\ndef summary")[0], encoding="utf-8")
        sys.modules.pop("workshop.services.added_later", None)
        found = dict(_service_functions())
        assert set(FUNCTIONS) < set(found)
        assert set(found) - set(FUNCTIONS) == {"added_later.retitle_items", "added_later.clear_decisions"}

        m = load_demo(db)
        args = Arguments(db, m, tmp_path)
        writers = {name: _writes_meeting(db, args, found[name]) for name in set(found) - set(FUNCTIONS)}
        assert all(writers.values()), writers  # both found to change the meeting as a draft
        referat.send_for_approval(db, m)
        for name, (positional, keywords) in writers.items():  # type: ignore[misc]
            before = dump(db)
            with pytest.raises(LockedError):
                found[name](db, *positional, **keywords)
            assert dump(db) == before, name
    finally:
        sys.modules.pop("workshop.services.added_later", None)


def test_raw_sql_is_refused_on_a_locked_meeting(db: Database) -> None:
    m = load_demo(db)
    referat.send_for_approval(db, m)
    for p in attendance.present_members(db, m):
        referat.approve(db, m, p.id)  # type: ignore[arg-type]
    item = agenda.list_items(db, m)[0].id
    before = dump(db)
    for statement in (f"UPDATE agendaitem SET decision = 'Forfalsket' WHERE id = {item}",
                      f"DELETE FROM attendance WHERE meeting_id = {m}",
                      f"UPDATE meeting SET title = 'Forfalsket' WHERE id = {m}",
                      f"DELETE FROM meeting WHERE id = {m}",
                      "UPDATE referatversion SET sha256 = 'forfalsket'",
                      "DELETE FROM referatapproval",
                      f"INSERT INTO referatapproval (referat_id, member_id, at) SELECT id, {present_id(db, m)},"
                      " created_at FROM referatversion"):
        with pytest.raises(LockedError), db.transaction() as s:
            s.connection().execute(text(statement))
    assert dump(db) == before


def present_id(db: Database, m: int) -> int:
    """A committee member who is not a signatory: an approval by them would be a forgery."""
    signatories = {p.id for p in attendance.present_members(db, m)}
    committee = meetings.get_meeting(db, m).committee_id
    return next(x.id for x in committees.list_members(db, committee) if x.id not in signatories)  # type: ignore[misc]


def test_deleting_the_committee_of_an_approved_referat_is_refused(db: Database) -> None:
    m = load_demo(db)
    referat.send_for_approval(db, m)
    for p in attendance.present_members(db, m):
        referat.approve(db, m, p.id)  # type: ignore[arg-type]
    before = dump(db)
    with pytest.raises(LockedError, match="Udvalget har et møde.*kan derfor ikke slettes"):
        committees.delete_committee(db, meetings.get_meeting(db, m).committee_id)
    with pytest.raises(LockedError, match="Mødet har et referat.*kan derfor ikke slettes"):
        meetings.delete_meeting(db, m)
    assert dump(db) == before


def test_a_correction_opens_an_editable_version_and_run_mode_may_step(db: Database) -> None:
    m = load_demo(db)
    item = agenda.list_items(db, m)[0]
    referat.send_for_approval(db, m)
    for p in attendance.present_members(db, m):
        referat.approve(db, m, p.id)  # type: ignore[arg-type]
    later = agenda.list_items(db, m)[-1]
    agenda.start_item(db, later.id)  # where the room is may move; the recorded start stays
    assert meetings.current_step(db, m)[0] == later.id
    assert agenda.get_item(db, later.id).started_at == later.started_at
    referat.start_correction(db, m, "Beslutningen i punkt 1 var forkert gengivet")
    agenda.update_item(db, item.id, decision="Rettet beslutning")
    capture.add_remark(db, item.id, attendance.present_members(db, m)[0].id, "Tilført ved rettelsen")  # type: ignore[arg-type]
    assert agenda.get_item(db, item.id).decision == "Rettet beslutning"
    assert referat.verify(referat.get_version(db, m, 1))  # version 1 stays as approved


def test_every_table_of_a_meeting_has_the_lock(db: Database) -> None:
    """A migration that recreates a table (SQLite's batch_alter_table) must not lose its lock."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            found = {row[0] for row in conn.execute(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname LIKE 'workshop_lock_%' AND c.relnamespace = current_schema()::regnamespace"))}
        else:
            found = {row[0] for row in conn.execute(text(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'workshop_lock_%'"))}
    meeting_tables = {t.name for t in SQLModel.metadata.sorted_tables
                      if t.name == "meeting" or any(fk.column.table.name in ("meeting", "agendaitem", "workgroup",
                                                                             "candidate", "workinggroup",
                                                                             "referatversion")
                                                    for fk in t.foreign_keys)}
    assert meeting_tables <= found, sorted(meeting_tables - found)
    assert set(CONTENT) <= found
