"""Qt's model tester over every item model of the shell and the preparation screens, on the demo."""

from __future__ import annotations

from typing import Any

from workshop.db import Database
from workshop.demo import load_demo
from workshop.services import agenda, attendance, committees, meetings
from workshop.services.committee_tree import read_tree

from ui.models.agenda_model import AgendaModel
from ui.models.attendance_model import AttendanceModel, AttendanceRow, ItemAbsenceModel
from ui.models.navigator_model import NavigatorModel
from ui.models.row_table import Column, RowTableModel


def _demo(db: Database) -> tuple[int, int]:
    mid = load_demo(db)
    return mid, meetings.get_meeting(db, mid).committee_id


def test_navigator_model(sqlite_db: Database, qtmodeltester: Any) -> None:
    _demo(sqlite_db)
    model = NavigatorModel()
    model.reload(read_tree(sqlite_db))
    qtmodeltester.check(model)
    [committee] = [model.item(r) for r in range(model.rowCount())]
    folders = [committee.child(r).text() for r in range(committee.rowCount())]
    assert folders == ["Møder (1)", "Medlemmer (15)", "Opgaver (3)", "Arbejdsgrupper (2)"]
    assert committee.child(0).child(0).text() == "3. møde · 15.11.2017 · afholdt"


def test_row_table_model(sqlite_db: Database, qtmodeltester: Any) -> None:
    _mid, cid = _demo(sqlite_db)
    edits: list[tuple[str, Any]] = []
    model = RowTableModel([Column("name", "Navn"), Column("role", "Rolle", choices={"formand": "formand"})],
                          lambda row, field, value: edits.append((field, value)) is None)
    model.set_rows(committees.list_members(sqlite_db, cid))
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 0), "  Ny Formand ")
    assert edits == [("name", "Ny Formand")]  # trimmed, and handed on rather than stored


def test_agenda_model(sqlite_db: Database, qtmodeltester: Any) -> None:
    mid, _cid = _demo(sqlite_db)
    model = AgendaModel(lambda _i, _p: None)
    starts = {r.item_id: r.planned_start for r in agenda.schedule(sqlite_db, mid)}
    model.set_items(agenda.list_items(sqlite_db, mid), starts)
    qtmodeltester.check(model)
    assert model.data(model.index(2)) == "18:45   3. Pejlemærker  ·  75 min"


def test_attendance_models(sqlite_db: Database, qtmodeltester: Any) -> None:
    mid, cid = _demo(sqlite_db)
    members = committees.list_members(sqlite_db, cid)
    recorded = {a.member_id: a for a in attendance.list_attendance(sqlite_db, mid)}
    model = AttendanceModel(["Medlem", "Til stede", "Fraværende", "Afbud", "Note"],
                            lambda _r, _s: True, lambda _r, _n: True)
    model.set_rows([AttendanceRow(m, recorded[m.id].status if m.id in recorded else None, "")
                    for m in members])
    qtmodeltester.check(model)
    grid = ItemAbsenceModel(lambda *_a: None)
    grid.set_data(members, agenda.list_items(sqlite_db, mid), {})
    qtmodeltester.check(grid)
    assert grid.columnCount() == 5 and grid.rowCount() == 15
