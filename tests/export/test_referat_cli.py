"""``workshop export --pdf`` and ``workshop approve`` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export import pdfread
from workshop.db import Database
from workshop.services import referat as service

pytestmark = pytest.mark.slow  # each command is a fresh Python process


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workshop", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_export_pdf_and_approve_until_locked(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    meeting = _run(db, "demo").stdout.splitlines()[-1]
    out = _run(db, "export", meeting, "--pdf", str(tmp_path / "u.pdf"), "--json", str(tmp_path / "u.json"))
    assert out.returncode == 0, out.stderr
    assert "REFERAT – UDKAST" in pdfread.pages(tmp_path / "u.pdf")[0]
    assert "referat" not in json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))

    refused = _run(db, "approve", meeting, "--member", "Poul V. Jensen")  # excused in the demo
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "var ikke til stede" in refused.stderr
    assert _run(db, "approve", meeting, "--member", "Ingen Sådan").returncode == 2

    doc = json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))
    present = [a["member"] for a in doc["meeting"]["attendance"] if a["status"] == "present"]
    first = _run(db, "approve", meeting, "--member", present[0])  # sends it, then approves
    assert first.returncode == 0 and "har godkendt referatet (version 1)" in first.stdout
    database = Database(f"sqlite:///{db}")  # the middle ones directly: a subprocess each is slow
    for name in present[1:-1]:
        service.approve_by_name(database, int(meeting), name)
    database.close()
    done = _run(db, "approve", meeting, "--member", present[-1])
    assert done.returncode == 0, done.stderr
    assert "godkendt af alle tilstedeværende og nu låst" in done.stdout
    again = _run(db, "approve", meeting, "--member", present[0])
    assert again.returncode == 2 and "allerede godkendt" in again.stderr

    assert _run(db, "export", meeting, "--pdf", str(tmp_path / "g.pdf"),
                "--json", str(tmp_path / "g.json")).returncode == 0
    state = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["referat"]
    assert state["status"] == "approved" and len(state["approvals"]) == len(present)
    assert f"Fingeraftryk (SHA-256): {state['sha256']}" in pdfread.pages(tmp_path / "g.pdf")[-1]

    # the approved file imports; the same file changed afterwards is refused
    other = tmp_path / "other.db"
    assert _run(other, "import", str(tmp_path / "g.json")).returncode == 0, "import af godkendt fil"
    text = (tmp_path / "g.json").read_text(encoding="utf-8")
    forged = tmp_path / "forged.json"
    forged.write_text(text.replace('"ended_at": "21:00"', '"ended_at": "22:00"'), encoding="utf-8")
    assert forged.read_text(encoding="utf-8") != text
    refused = _run(other, "import", str(forged))
    assert refused.returncode == 2 and "fingeraftryk passer ikke" in refused.stderr


def test_export_needs_a_target(tmp_path: Path) -> None:
    out = _run(tmp_path / "w.db", "export", "1")
    assert out.returncode == 2 and "--pdf FIL" in out.stderr
