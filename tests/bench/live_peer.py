"""Laptop B of bench figure 10a, a process of its own: listens, re-reads each input it is told of.

    python live_peer.py URL

Prints ``{"ready": true}`` once listening, then for every input a notice names one line
``{"id": …, "heard": when the notice arrived, "seen": when the input was re-read, "text": …}``
(``time.monotonic()``); ends when stdin closes.
``time.monotonic()`` is the system-wide CLOCK_MONOTONIC on Linux, so laptop A (the bench
process on the same machine) can subtract its own clock from it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop.db import Database
from workshop.live.listener import Listener
from workshop.live.notice import Notice
from workshop.services import capture


def main(url: str) -> None:
    db = Database(url, migrate_schema=False, client_name="B")

    def on_notice(notice: Notice) -> None:
        heard = time.monotonic()
        for input_id in notice.ids.get("inputs") or ():
            row = capture.get_input(db, input_id)  # the re-read a window makes before it shows the input
            print(json.dumps({"id": input_id, "heard": heard, "seen": time.monotonic(),
                              "text": row.text if row else None}), flush=True)

    listener = Listener.for_database(db, on_notice=on_notice).start()
    if not listener.wait_connected(15):
        raise SystemExit("laptop B could not listen")
    capture.get_input(db, 0)  # a pooled connection, as an open window has
    print(json.dumps({"ready": True}), flush=True)
    sys.stdin.read()
    listener.stop()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1])
