"""Figure 3: Enter in a group's input line until the input shows in its column and on the projector.

Offscreen Qt in this process: the secretary's layout (ui/panels/capture.py) on the large
meeting's group-work item at its inputs step and the projector window (ui/projector/) on the
same step, both views of the item's one InputModel in one AppContext, as in the app. The
text is typed untimed (QTest.keyClicks); the clock runs from QTest.keyClick(Enter) until
the group's column and the projector's card column both show the new text.
"""

from __future__ import annotations

import time

from tests.bench import generate
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, missing, p95
from workshop.db import Database

TARGET_MS = 16.0
NAME = "key press to input visible (column + projector), p95"
TIMEOUT_S = 60.0
BUDGET_S = 90.0  # stop sampling after this long (but never below MIN_SAMPLES): a slow UI must not stall the run
MIN_SAMPLES = 5


NAME_ROOM = "room: key press to input visible with 60 phones connected, p95"


def run(bench: Bench, phones: int = 0) -> list[Figure]:
    """Figure 3; with ``phones`` the room is open and that many phones follow the meeting (figure 9c)."""
    name = NAME_ROOM if phones else NAME
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from ui.context import AppContext
        from ui.panels.capture import CapturePanel
        from ui.projector import projector_of
    except ImportError as error:
        return [missing(name, "ms", TARGET_MS, f"capture panel or projector not there yet ({error})")]

    from workshop.services import capture, meetings

    app = QApplication.instance() or QApplication([])
    db = Database(bench.sqlite_url)
    try:
        meeting = generate.large_meeting_id(db)
        item = generate.group_work_item(db, meeting)
        meetings.set_current_step(db, meeting, item, "inputs")  # both layouts and the projector are on it
        group = capture.list_groups(db, item)[0]
        existing = len(capture.list_inputs(db, item))

        ctx = AppContext(db)
        panel = CapturePanel(ctx)
        panel.resize(1280, 800)
        panel.show()
        ctx.select_meeting(meeting)
        app.processEvents()
        t_open = time.perf_counter()
        projector = projector_of(ctx)
        projector.resize(1280, 800)
        projector.show()
        app.processEvents()
        opened = time.perf_counter() - t_open
        while group.id not in panel.groups.columns and time.perf_counter() - t_open < TIMEOUT_S:
            app.processEvents()  # the columns are built once the layout is on screen
        column = panel.groups.columns[group.id]  # type: ignore[index]
        entry = column.entry
        if projector.view != "inputs":
            return [missing(name, "ms", TARGET_MS, f"projector shows {projector.view!r}, not the inputs")]
        room_note = ""
        if phones:
            from tests.bench import room_bench
            from workshop.services import attendance

            from ui.room_control import RoomControl

            control = RoomControl(ctx)
            control.open(meeting, host="127.0.0.1")
            assert control.room is not None
            present = [m.id for m in attendance.present_members(db, meeting)]
            streams = room_bench.Streams(control.room, present, phones)  # type: ignore[arg-type]
            room_note = f"; {phones} phones on {len(present)} names, every change re-sent to each"

        model = panel.groups.model
        group_item = model.group_item(group.id)  # type: ignore[union-attr, arg-type]

        def shown(text: str) -> bool:
            count = group_item.rowCount()
            in_column = any(group_item.child(i).text() == text for i in range(count - 1, max(-1, count - 4), -1))
            last = column.inputs.row_index(count - 1)
            visible = column.inputs.viewport().rect().intersects(column.inputs.visualRect(last))
            return in_column and visible and text in projector.group_cards().get(group.name, [])[-3:]

        def once(n: int) -> float:
            text = f"Måling {n}: borgerne skal kunne følge sagen"
            entry.setFocus()
            QTest.keyClicks(entry, text)
            t0 = time.perf_counter()
            QTest.keyClick(entry, Qt.Key.Key_Return)
            while not shown(text):
                if time.perf_counter() - t0 > TIMEOUT_S:
                    raise TimeoutError(f"input {n} not shown after {TIMEOUT_S:.0f} s")
                app.processEvents()
            elapsed = time.perf_counter() - t0
            app.processEvents()  # untimed: paint, then the next key press
            return elapsed

        once(0)  # warm-up
        samples = bench.samples if bench.scale == "tiny" else min(bench.samples, 40)
        times: list[float] = []
        started = time.perf_counter()
        while len(times) < samples and (len(times) < MIN_SAMPLES or time.perf_counter() - started < BUDGET_S):
            times.append(once(len(times) + 1))
        if phones:
            streams.close()
            control.close()
        projector.close()
        panel.close()
        ms = sorted(t * 1000 for t in times)
        return [Figure(name, p95(times) * 1000, "ms", TARGET_MS,
                       peer=f"{existing} inputs in the item, median {ms[len(ms) // 2]:.1f} ms, n={len(ms)};"
                            f" projector opened in {opened:.1f} s{room_note}",
                       extra={"projector_open_seconds": round(opened, 2)})]
    finally:
        db.close()
