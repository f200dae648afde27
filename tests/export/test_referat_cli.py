"""``workshop export --pdf`` and ``workshop approve`` through the command line (``cli.main`` in-process).

The exit statuses of a real process are tested in tests/domain/test_cli.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import Result, run_cli
from tests.export import pdfread


@pytest.fixture(autouse=True)
def _own_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKSHOP_DB", raising=False)
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Result:
    return run_cli(capsys, "--db", str(db), *args)


def test_export_pdf_and_approve_until_locked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    meeting = _run(capsys, db, "demo").last
    out = _run(capsys, db, "export", meeting, "--pdf", str(tmp_path / "u.pdf"), "--json", str(tmp_path / "u.json"))
    assert out.code == 0, out.err
    assert "REFERAT – UDKAST" in pdfread.pages(tmp_path / "u.pdf")[0]
    assert "referat" not in json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))

    refused = _run(capsys, db, "approve", meeting, "--member", "Poul V. Jensen")  # excused in the demo
    assert refused.code == 2
    assert refused.err.count("\n") == 1 and "var ikke til stede" in refused.err
    assert _run(capsys, db, "approve", meeting, "--member", "Ingen Sådan").code == 2

    doc = json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))
    present = [a["member"] for a in doc["meeting"]["attendance"] if a["status"] == "present"]
    first = _run(capsys, db, "approve", meeting, "--member", present[0])  # sends it, then approves
    assert first.code == 0 and "har godkendt referatet (version 1)" in first.out
    for name in present[1:-1]:
        assert _run(capsys, db, "approve", meeting, "--member", name).code == 0
    done = _run(capsys, db, "approve", meeting, "--member", present[-1])
    assert done.code == 0, done.err
    assert "godkendt af alle tilstedeværende og nu låst" in done.out
    assert "Signeret af denne installation (nøgle " in done.out  # sealed with this installation's key
    again = _run(capsys, db, "approve", meeting, "--member", present[0])
    assert again.code == 2 and "allerede godkendt" in again.err

    assert _run(capsys, db, "export", meeting, "--pdf", str(tmp_path / "g.pdf"),
                "--json", str(tmp_path / "g.json")).code == 0
    state = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["referat"]
    assert state["status"] == "approved" and len(state["approvals"]) == len(present)
    assert f"Fingeraftryk (SHA-256): {state['sha256']}" in pdfread.pages(tmp_path / "g.pdf")[-1]

    # the approved file imports as approved and verified (this installation signed it), without a remark
    other = tmp_path / "other.db"
    imported = _run(capsys, other, "import", str(tmp_path / "g.json"))
    assert imported.code == 0 and imported.err == "", "import af godkendt fil"
    # the same file with its meeting data changed: the approved referat stays, the change is a correction
    text = (tmp_path / "g.json").read_text(encoding="utf-8")
    changed = tmp_path / "changed.json"
    changed.write_text(text.replace('"ended_at": "21:00"', '"ended_at": "22:00"', 1), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != text
    corrected = _run(capsys, other, "import", str(changed))
    assert corrected.code == 0 and corrected.err.count("\n") == 1
    assert "bemærk: Mødefilens mødedata afveg fra det godkendte referat (version 1)" in corrected.err
    # the approved text itself changed: refused
    forged = tmp_path / "forged.json"
    doc = json.loads(text)
    doc["referat"]["content"]["leader"]["closing"] = "Protokollen blev læst og mødet hævet kl.: 22:00"
    forged.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    refused = _run(capsys, other, "import", str(forged))
    assert refused.code == 2 and "fingeraftryk passer ikke" in refused.err


def test_export_needs_a_target(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = _run(capsys, tmp_path / "w.db", "export", "1")
    assert out.code == 2 and "--pdf FIL" in out.err
