"""The one background-operation helper: off the GUI thread, in order per lane, the result or one
Danish error back on the GUI thread, the change set broadcast and the undo step pushed."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QApplication

from workshop.changes import ChangeSet, changed
from workshop.db import Database
from workshop.errors import StorageError, ValidationError
from workshop.services import committees

from ui.commands import ServiceCommand
from ui.context import AppContext
from ui.operations import Lane, Operation, database_lane, lane


@pytest.fixture
def ctx(sqlite_db: Database, qtbot: QtBot) -> Iterator[AppContext]:
    context = AppContext(sqlite_db)
    context.errors = []  # type: ignore[attr-defined]
    context.changes = []  # type: ignore[attr-defined]
    context.error.connect(context.errors.append)  # type: ignore[attr-defined]
    context.changed.connect(context.changes.append)  # type: ignore[attr-defined]
    yield context
    database_lane(sqlite_db).wait_idle(10)


def _finish(qtbot: QtBot, operation: Operation) -> None:
    qtbot.waitUntil(lambda: not operation.running, timeout=10000)


def test_the_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(qtbot: QtBot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(_progress: Any) -> str:
        seen["worker"] = threading.current_thread().name
        seen["on_gui"] = QThread.currentThread() is gui
        return "færdig"

    operation = Operation("Prøve", work, lane=lane("test-thread"))
    results: list[tuple[str, bool]] = []
    operation.finished.connect(lambda r: results.append((r, QThread.currentThread() is gui)))
    with qtbot.waitSignal(operation.finished, timeout=10000):
        operation.start()
    assert seen == {"worker": seen["worker"], "on_gui": False} and seen["worker"].startswith("workshop-test-thread")
    assert results == [("færdig", True)] and not operation.running


def test_a_lane_runs_its_operations_one_at_a_time_in_the_order_they_were_started(qtbot: QtBot) -> None:
    ran: list[int] = []
    finished: list[int] = []
    busy = threading.Lock()
    overlaps: list[int] = []
    rng = random.Random(14)

    def work(n: int) -> int:
        if not busy.acquire(blocking=False):
            overlaps.append(n)
            busy.acquire()
        try:
            time.sleep(rng.random() * 0.004)
            ran.append(n)
        finally:
            busy.release()
        return n

    one = lane("test-order")
    operations = [Operation(f"Skriv {n}", lambda _p, n=n: work(n), lane=one) for n in range(40)]
    for operation in operations:
        operation.finished.connect(finished.append)
        operation.start()
    qtbot.waitUntil(lambda: len(finished) == 40, timeout=20000)
    assert ran == list(range(40)) and finished == list(range(40)) and overlaps == []


def test_two_lanes_run_side_by_side(qtbot: QtBot) -> None:
    """The PDF lane must not wait for a long database write, nor the other way round."""
    other_started = threading.Event()
    done: list[str] = []
    waiting = Operation("Venter", lambda _p: other_started.wait(10) and "a", lane=lane("test-side-a"))
    other = Operation("Starter", lambda _p: other_started.set() or "b", lane=lane("test-side-b"))
    for operation in (waiting, other):
        operation.finished.connect(done.append)
        operation.start()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10000)
    assert sorted(done) == ["a", "b"]  # "a" returned True only because "b" ran meanwhile


def test_one_lane_per_database(sqlite_db: Database, tmp_path: Path) -> None:
    same = Database(sqlite_db.url)
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert database_lane(sqlite_db) is database_lane(same)
        assert database_lane(sqlite_db) is not database_lane(other)
        assert isinstance(database_lane(other), Lane) and database_lane(other).wait_idle(5)
    finally:
        same.close()
        other.close()


def test_a_change_set_is_broadcast_before_finished(ctx: AppContext, qtbot: QtBot) -> None:
    order: list[str] = []
    ctx.changed.connect(lambda _c: order.append("changed"))
    created = Operation("Nyt udvalg", lambda _p: committees.create_committee(ctx.db, name="Udvalg A"),
                        lane=database_lane(ctx.db), ctx=ctx)
    created.finished.connect(lambda _r: order.append("finished"))
    created.start()
    _finish(qtbot, created)
    assert order == ["changed", "finished"]
    [changes] = ctx.changes  # type: ignore[attr-defined]
    assert changes.touches("committees") and changes.id is not None

    class WithChanges:
        changes = changed("members", committee_id=1)

    carried = Operation("Noget", lambda _p: WithChanges(), lane=database_lane(ctx.db), ctx=ctx)
    carried.start()
    _finish(qtbot, carried)
    assert ctx.changes[-1] is WithChanges.changes  # type: ignore[attr-defined]


def test_the_undo_step_is_pushed_as_done_and_undo_redo_work(ctx: AppContext, qtbot: QtBot) -> None:
    from workshop.services import snapshots

    runs: list[int] = []

    def create(_progress: Any) -> ChangeSet:
        runs.append(1)
        return committees.create_committee(ctx.db, name="Udvalg B")

    def step(changes: ChangeSet) -> ServiceCommand:
        row_id = changes.id
        assert row_id is not None

        def do(cmd: ServiceCommand) -> ChangeSet:
            return snapshots.restore(ctx.db, cmd.state.pop("snapshot"))  # type: ignore[arg-type]

        def undo(cmd: ServiceCommand) -> ChangeSet:
            cmd.state["snapshot"] = snapshots.take(ctx.db, "committee", row_id)
            return committees.delete_committee(ctx.db, row_id)

        return ServiceCommand(ctx, "Nyt udvalg", do, undo)

    operation = Operation("Nyt udvalg", create, lane=database_lane(ctx.db), ctx=ctx, undo_step=step)
    operation.start()
    _finish(qtbot, operation)
    assert runs == [1]  # pushing the step did not run the work again
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Nyt udvalg"
    assert [c.name for c in committees.list_committees(ctx.db)] == ["Udvalg B"]
    assert len(ctx.changes) == 1  # type: ignore[attr-defined]
    ctx.undo_stack.undo()
    assert committees.list_committees(ctx.db) == []
    ctx.undo_stack.redo()
    assert [c.name for c in committees.list_committees(ctx.db)] == ["Udvalg B"] and runs == [1]


@pytest.mark.parametrize("report_errors", [True, False])
def test_a_refused_write_becomes_its_danish_message(ctx: AppContext, qtbot: QtBot, report_errors: bool) -> None:
    def refuse(_progress: Any) -> None:
        raise ValidationError("committee.name", "Navnet må ikke være tomt.")

    failed: list[str] = []
    finished: list[Any] = []
    operation = Operation("Nyt udvalg", refuse, lane=database_lane(ctx.db), ctx=ctx, report_errors=report_errors)
    operation.failed.connect(failed.append)
    operation.finished.connect(finished.append)
    operation.start()
    _finish(qtbot, operation)
    assert failed and "Navnet må ikke være tomt." in failed[0] and finished == []
    assert ctx.errors == (failed if report_errors else [])  # type: ignore[attr-defined]
    assert ctx.changes == [] and ctx.undo_stack.count() == 0  # type: ignore[attr-defined]


def test_a_storage_error_raises_the_storage_alarm(ctx: AppContext, qtbot: QtBot) -> None:
    alarms: list[str] = []
    ctx.storage_failed.connect(alarms.append)

    def locked(_progress: Any) -> None:
        raise StorageError("Databasen er låst af et andet program.")

    operation = Operation("Gem", locked, lane=database_lane(ctx.db), ctx=ctx)
    operation.start()
    _finish(qtbot, operation)
    assert alarms == ["Databasen er låst af et andet program."]


def test_file_errors_name_the_file_and_surprises_point_to_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    from workshop import logs

    messages: list[str] = []

    def missing(_progress: Any) -> None:
        (tmp_path / "mangler" / "referat.pdf").write_bytes(b"")

    def surprise(_progress: Any) -> None:
        raise KeyError("uventet")

    for work in (missing, surprise):
        operation = Operation("Eksport af PDF", work, lane=lane("test-errors"))
        operation.failed.connect(messages.append)
        operation.start()
        _finish(qtbot, operation)
    assert messages[0].startswith("Eksport af PDF: filen kunne ikke læses eller skrives (")
    assert "referat.pdf" in messages[0] and "No such file" in messages[0]
    assert messages[1].startswith("Eksport af PDF mislykkedes uventet: 'uventet'.")
    assert str(logs.log_path()) in messages[1]


def test_an_operation_whose_window_closed_delivers_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    release = threading.Event()
    owner = QObject()
    got: list[Any] = []
    operation = Operation("Nyt udvalg", lambda _p: release.wait(10) and
                          committees.create_committee(ctx.db, name="Udvalg C"),
                          owner, lane=database_lane(ctx.db), ctx=ctx)
    operation.finished.connect(got.append)
    operation.start()
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)
    release.set()
    assert database_lane(ctx.db).wait_idle(10)
    qtbot.wait(50)
    QApplication.processEvents()
    assert got == [] and ctx.changes == []  # type: ignore[attr-defined]
    assert [c.name for c in committees.list_committees(ctx.db)] == ["Udvalg C"]  # the write itself stands


def test_progress_arrives_once_each_and_in_order_even_when_a_slot_spins_the_event_loop(qtbot: QtBot) -> None:
    def work(progress: Any) -> None:
        for step in range(201):
            progress(step / 200)

    seen: list[int] = []
    operation = Operation("Lang", work, lane=lane("test-progress"))
    # A modal QProgressDialog's setValue processes events: the next values arrive inside it.
    operation.progressed.connect(lambda _v: QApplication.processEvents())
    operation.progressed.connect(seen.append)
    operation.start()
    assert operation.future is not None
    operation.future.result(10)  # every value is waiting in the event queue before the first is shown
    _finish(qtbot, operation)
    assert seen == list(range(101))


@pytest.mark.parametrize("how", ["operation", "submitted command"])
def test_work_off_the_gui_thread_fails_the_same_way_however_it_was_started(
        ctx: AppContext, qtbot: QtBot, how: str) -> None:
    """An ``Operation`` and a command ``AppContext.submit`` started report a failure through one
    path (``AppContext.show_failure``): the message, and for a storage error the alarm."""
    alarms: list[str] = []
    ctx.storage_failed.connect(alarms.append)
    errors = [StorageError("Databasen er låst af et andet program."), RuntimeError("uventet")]
    for error in errors:
        def fail(*_args: Any, error: Exception = error) -> ChangeSet:
            raise error

        if how == "operation":
            operation = Operation("Gem", fail, lane=database_lane(ctx.db), ctx=ctx)
            operation.start()
            _finish(qtbot, operation)
        else:
            ctx.submit(ServiceCommand(ctx, "Gem", fail, fail))
    assert alarms == ["Databasen er låst af et andet program."]
    assert ctx.errors[0] == "Databasen er låst af et andet program."  # type: ignore[attr-defined]
    assert ctx.errors[1].startswith("Gem mislykkedes uventet: uventet.")  # type: ignore[attr-defined]
    assert "workshop.log" in ctx.errors[1] and len(ctx.errors) == 2  # type: ignore[attr-defined]
    assert ctx.undo_stack.count() == 0
