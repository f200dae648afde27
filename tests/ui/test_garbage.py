"""Widgets in reference cycles are freed on the GUI thread, never by a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.garbage import collect_on_gui_thread


class Cyclic(QWidget):
    freed_in: list[str] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector frees it

    def __del__(self) -> None:
        Cyclic.freed_in.append(threading.current_thread().name)


def test_a_worker_that_allocates_does_not_free_widgets(qapp: Any) -> None:
    collector = collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    Cyclic.freed_in.clear()
    Cyclic()  # garbage at once, but in a cycle

    def allocate() -> None:  # what a PDF rendering does: many container objects
        for _ in range(200_000):
            a: list[Any] = []
            a.append(a)

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cyclic.freed_in == []  # with automatic collection it was freed on "worker"
    collector.check()  # the worker's allocations made a generation due: collected here, on the GUI thread
    assert Cyclic.freed_in == [threading.main_thread().name]
