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


# A meeting file from outside the project's own fixtures: another committee, every facilitation
# kind with captured results *and* a short decision typed live, two chosen pejlemærker, an input a
# member gave and one hidden from the projector, a working group with its tovholder and a guest.
HELD_OUT = {
    "format": "workshop-meeting/1",
    "committee": {"name": "Opgaveudvalg for grøn omstilling", "period": "2025-2026",
                  "members": [{"name": n} for n in ["Søren Ødegaard", "Åse Lind", "Bjørn Holm", "Ida Kær",
                                                    "Ole Ravn"]]},
    "meeting": {
        "title": "2. møde om grøn omstilling", "starts_at": "2026-03-04T17:00", "location": "Mødelokale 3",
        "attendance": [{"member": n, "status": "present"} for n in ["Søren Ødegaard", "Åse Lind", "Bjørn Holm",
                                                                    "Ida Kær"]]
        + [{"member": "Ole Ravn", "status": "absent"}],
        "items": [
            {"title": "Hvad gør vi nu?", "kind": "question_round",
             "question": "Hvilken grøn indsats bør komme først?",
             "answers": [{"member": "Åse Lind", "text": "Cykelstier til skolerne"},
                         {"member": "Bjørn Holm", "text": "Solceller på rådhuset"}],
             "decision": "Udvalget drøftede spørgsmålet."},
            {"title": "Pejlemærker for klimaet", "kind": "group_work",
             "discussion_questions": ["Hvad skal måles?"], "perspectives": ["Borgerne", "Erhvervslivet"],
             "groups": [{"name": "Gruppe A", "members": ["Åse Lind", "Bjørn Holm"],
                         "inputs": [{"text": "Målbar CO2-reduktion hvert år", "candidate": "Halvér udledningen",
                                     "member": "Åse Lind"},
                                    {"text": "Et input uden pejlemærke"}]},
                        {"name": "Gruppe B", "members": ["Ida Kær", "Søren Ødegaard"],
                         "inputs": [{"text": "Grønne indkøb i alle forvaltninger", "candidate": "Grønne indkøb",
                                     "hidden": True}]}],
             "candidates": [
                 {"title": "Halvér udledningen", "description": "Udledningen halveres til 2030.", "votes": 6,
                  "status": "chosen"},
                 {"title": "Grønne indkøb", "description": "Alle indkøb vurderes grønt.", "votes": 4,
                  "status": "chosen"},
                 {"title": "Flere træer", "description": "Plant træer.", "votes": 2, "status": "shortlisted"},
                 {"title": "Elbusser nu", "description": "Kun elbusser.", "votes": 0, "status": "rejected"}],
             "decision": "Udvalget valgte to pejlemærker, som anført."},
            {"title": "Arbejdsgrupper", "kind": "working_groups",
             "working_groups": [{"name": "Klimagruppen", "mandate": "Skriver forslag til klimaplan",
                                 "members": ["Ida Kær", "Bjørn Holm"], "convener": "Ida Kær",
                                 "guests": [{"name": "Eva Grøn", "organisation": "DTU"}],
                                 "meets_on": "2026-04-02", "reports_to": "2026-05-06"}],
             "decision": "Der blev nedsat én arbejdsgruppe."},
        ],
    },
}

HELD_OUT_PRINTS = [
    "Bilag 1: Input fra gruppearbejdet, punkt 2: Pejlemærker for klimaet",  # in the TOC first
    "Punkt 1: Hvad gør vi nu?", "Resultater",
    "Medlemmerne besvarede spørgsmålet: \u201dHvilken grøn indsats bør komme først?\u201d",
    "Her blev blandt andre nævnt:", "Åse Lind: Cykelstier til skolerne", "Bjørn Holm: Solceller på rådhuset",
    "Beslutning", "Udvalget drøftede spørgsmålet.",
    "Punkt 2: Pejlemærker for klimaet", "Resultater", "Deltagerne drøftede i grupper følgende spørgsmål:",
    "Hvad skal måles?", "Drøftelsen tog udgangspunkt i følgende perspektiver:", "Borgerne", "Erhvervslivet",
    "Grupperne", "Gruppe A Åse Lind og Bjørn Holm 2", "Gruppe B Søren Ødegaard og Ida Kær 1",
    "I alt 3 input; de står i fuld længde i bilag 1.", "Valgte pejlemærker",
    "1. Halvér udledningen (6 stemmer): Udledningen halveres til 2030.",
    "2. Grønne indkøb (4 stemmer): Alle indkøb vurderes grønt.",
    "Øvrige kandidater", "Flere træer Plant træer. 2 kortliste", "Elbusser nu Kun elbusser. 0 fravalgt",
    "Beslutning", "Udvalget valgte to pejlemærker, som anført.",
    "Punkt 3: Arbejdsgrupper", "Resultater", "Klimagruppen", "Mandat: Skriver forslag til klimaplan",
    "Medlemmer: Bjørn Holm og Ida Kær (tovholder)", "Udefra: Eva Grøn (DTU)", "Mødes: den 2. april 2026",
    "Melder tilbage: til udvalgets møde den 6. maj 2026", "Beslutning", "Der blev nedsat én arbejdsgruppe.",
    "Bilag 1: Input fra gruppearbejdet, punkt 2: Pejlemærker for", "Gruppe A (Åse Lind og Bjørn Holm)",
    "Pejlemærke: Halvér udledningen", "Åse Lind: Målbar CO2-reduktion hvert år",
    "Uden pejlemærke:", "Et input uden pejlemærke",
    "Gruppe B (Søren Ødegaard og Ida Kær)", "Pejlemærke: Grønne indkøb", "Grønne indkøb i alle forvaltninger",
    "Godkendelse af referat (underskriftside)",
]



def test_an_imported_file_prints_every_result_before_its_written_decision_draft_and_approved(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Issue 10 §1 as a user meets it: ``workshop import`` of a file with written decisions and
    captured results, ``export --pdf``, read back; then approved, from its frozen content."""
    db, source = tmp_path / "w.db", tmp_path / "grøn.workshop.json"
    source.write_text(json.dumps(HELD_OUT, ensure_ascii=False), encoding="utf-8")
    meeting = _run(capsys, db, "import", str(source)).last
    draft = tmp_path / "udkast.pdf"
    assert _run(capsys, db, "export", meeting, "--pdf", str(draft)).code == 0
    pdfread.assert_in_order(pdfread.text(draft), HELD_OUT_PRINTS)
    assert pdfread.toc(draft)["Bilag 1: Input fra gruppearbejdet, punkt 2: Pejlemærker for klimaet"] == \
        pdfread.heading_pages(draft, "Bilag")[1]

    for name in ("Søren Ødegaard", "Åse Lind", "Bjørn Holm", "Ida Kær"):
        assert _run(capsys, db, "approve", meeting, "--member", name).code == 0
    approved = tmp_path / "godkendt.pdf"
    out = _run(capsys, db, "export", meeting, "--pdf", str(approved))
    assert out.code == 0 and out.err == "", out.err
    text = pdfread.text(approved)
    pdfread.assert_in_order(text, HELD_OUT_PRINTS)
    assert "Version 1 · Status: Godkendt" in text and "UDKAST" not in text
