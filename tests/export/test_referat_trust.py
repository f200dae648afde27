"""Approved means frozen and verifiable (issue 10 §4): tamper and forge tests, each read back from the PDF.

- an approved version edited in the database prints as *Ændret efter godkendelse* and the CLI warns;
- a meeting file edited after approval, with its SHA-256 recomputed, imports as *godkendt andetsteds –
  ikke verificeret*; so do fake approvals and a file signed by a key this installation does not know;
- trusting that key (``workshop trust-key``) makes the same version verified.
"""

from __future__ import annotations

import copy
import json
import os
import re
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from tests.cli_run import run_cli
from tests.export import pdfread
from tests.lock_bypass import lock_bypassed
from workshop import signing
from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import ValidationError
from workshop.meetingfile.validate import read_document
from workshop.models import ReferatApproval, ReferatVersion
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import fingerprint
from workshop.services import attendance
from workshop.services import referat as service

AT = datetime(2017, 11, 20, 9, 30)


@pytest.fixture(autouse=True)
def _installation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """This test's own installation: a data folder of its own, so its own key."""
    folder = tmp_path / "here"
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(folder))
    monkeypatch.delenv("WORKSHOP_DB", raising=False)
    return folder


def _approved(db: Database) -> int:
    m = load_demo(db)
    service.send_for_approval(db, m, at=AT.replace(hour=8))
    for i, member in enumerate(attendance.present_members(db, m)):
        service.approve(db, m, member.id, at=AT.replace(minute=i))  # type: ignore[arg-type]
    return m


def _pdf(db: Database, m: int, path: Path) -> tuple[str, str]:
    """(first page, approval page) of the PDF as printed now."""
    service.export_pdf(db, m, path)
    pages = pdfread.pages(path)
    return pages[0], pages[-1]


def _edit_content(db: Database, m: int, change: object) -> None:
    """What someone with the database file and an SQL tool can do to an approved version
    (they can drop the meeting lock's triggers too)."""
    with lock_bypassed(db), db.session() as s:
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == m)).one()
        content = json.loads(json.dumps(row.content))
        change(row, content)  # type: ignore[operator]
        row.content = content


def test_an_approved_version_is_signed_verified_and_prints_so(db: Database, tmp_path: Path,
                                                              _installation: Path) -> None:
    m = _approved(db)
    check = service.newest_verification(db, m)
    assert check is not None and check.state == "verified"
    own = signing.own_public_key()
    assert check.key == own and check.key_id == signing.key_id(own)
    key_file = _installation / "keys" / signing.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # the private key is the user's alone
    first, last = _pdf(db, m, tmp_path / "r.pdf")
    assert "REFERAT – " not in first and "UDKAST" not in first
    assert "Referatet er godkendt af alle tilstedeværende medlemmer. Version 1." in last
    assert f"Signeret af denne installation (nøgle {check.key_id})." in last
    assert "ikke verificeret" not in last and "Ændret" not in last


def test_edited_stored_version_prints_as_changed_after_approval(db: Database, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    m = _approved(db)
    approved_title = service.frozen_referat(service.get_version(db, m, 1)).items[0].title

    def retitle(row: ReferatVersion, content: dict) -> None:  # type: ignore[type-arg]
        content["referat"]["items"][0]["title"] = "Forfalsket punkt"

    _edit_content(db, m, retitle)
    check = service.newest_verification(db, m)
    assert check is not None and check.state == "altered"
    first, last = _pdf(db, m, tmp_path / "altered.pdf")
    assert "REFERAT – ÆNDRET EFTER GODKENDELSE" in first
    assert "Forfalsket punkt" in first and approved_title not in first  # what is stored, marked so
    assert "Ændret efter godkendelse" in last and "Dette er ikke det godkendte referat (version 1)" in last
    assert "Referatet er godkendt af alle" not in last

    # The same edit with the fingerprint recomputed: the signature does not cover it.
    def recompute(row: ReferatVersion, content: dict) -> None:  # type: ignore[type-arg]
        row.sha256 = fingerprint(content["referat"])

    _edit_content(db, m, recompute)
    assert service.verify(service.get_version(db, m, 1))  # the bare fingerprint is fooled ...
    check = service.newest_verification(db, m)
    assert check is not None and check.state == "altered"  # ... the seal is not
    assert "signaturen" in check.reason
    first, last = _pdf(db, m, tmp_path / "recomputed.pdf")
    assert "REFERAT – ÆNDRET EFTER GODKENDELSE" in first and "Ændret efter godkendelse" in last


def test_cli_export_of_an_edited_version_warns_and_says_so(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    url = tmp_path / "w.db"
    db = Database(f"sqlite:///{url}")
    try:
        m = _approved(db)

        def remove_member_from_approval_time(row: ReferatVersion, content: dict) -> None:  # type: ignore[type-arg]
            content["document"]["meeting"]["location"] = "Et andet sted"

        _edit_content(db, m, remove_member_from_approval_time)
    finally:
        db.close()
    out = run_cli(capsys, "--db", str(url), "export", str(m), "--pdf", str(tmp_path / "r.pdf"))
    assert out.code == 3
    assert out.err.count("\n") == 1
    assert out.err.startswith("workshop: advarsel: referatet er ændret efter godkendelse")
    assert "Ændret efter godkendelse" in pdfread.pages(tmp_path / "r.pdf")[-1]


def test_a_changed_approval_time_breaks_the_seal(db: Database, tmp_path: Path) -> None:
    m = _approved(db)
    with lock_bypassed(db), db.session() as s:  # past the meeting lock, as with an SQL tool
        approval = s.exec(select(ReferatApproval)).first()
        assert approval is not None
        approval.at = AT.replace(day=1)
    check = service.newest_verification(db, m)
    assert check is not None and check.state == "altered"
    assert "Ændret efter godkendelse" in _pdf(db, m, tmp_path / "r.pdf")[1]


def _export(db: Database, m: int, path: Path) -> dict:  # type: ignore[type-arg]
    service.export_meeting_file(db, m, path)
    return read_document(path)


def _write(doc: dict, path: Path) -> Path:  # type: ignore[type-arg]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _imported(db: Database, path: Path) -> tuple[int, list[str]]:
    new = service.import_meeting_file(db, path).id
    assert new is not None
    return new, service.import_notes(db, new)


def test_edited_file_with_recomputed_hash_imports_unverified(db: Database, tmp_path: Path) -> None:
    m = _approved(db)
    doc = _export(db, m, tmp_path / "a.json")
    forged = copy.deepcopy(doc)
    forged["referat"]["content"]["items"][0]["title"] = "Forfalsket punkt"
    forged["referat"]["sha256"] = fingerprint(forged["referat"]["content"])
    new, notes = _imported(db, _write(forged, tmp_path / "forged.json"))
    version = service.list_versions(db, new)[0]
    assert version.status == "approved"
    with db.session() as s:
        check = service.verification(s, version)
    assert check is not None and check.state == "unverified" and not check.can_trust
    assert "signatur passer ikke" in check.reason
    assert any("godkendt andetsteds – ikke verificeret" in n for n in notes)
    # the body no longer drafts to the forged text: it is a visible correction, not silently the approved one
    assert [(v.number, v.status) for v in service.list_versions(db, new)] == [(1, "approved"), (2, "draft")]
    path = tmp_path / "v1.pdf"
    from workshop.referat.pdf import render_pdf

    given = [{"member": a["member"], "at": a["at"]} for a in service.approvals(db, new, 1)]
    render_pdf(service.frozen_referat(version), path, status="approved", version=1, approvals=given,
               sha256=version.sha256, verification=check.shown())
    pages = pdfread.pages(path)
    assert "REFERAT – IKKE VERIFICERET" in pages[0] and "Forfalsket punkt" in pages[0]
    assert "Godkendt andetsteds – ikke verificeret" in pages[-1]


def test_fake_approvals_import_unverified(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A sent file turned "approved" by hand: approvals added, status and a fitting SHA-256 typed in."""
    m = load_demo(db)
    service.send_for_approval(db, m, at=AT.replace(hour=8))
    doc = _export(db, m, tmp_path / "sent.json")
    assert doc["referat"]["status"] == "sent" and "signature" not in doc["referat"]
    present = [a["member"] for a in doc["meeting"]["attendance"] if a["status"] == "present"]
    doc["referat"].update(status="approved", approvals=[{"member": n, "at": "2017-11-20T09:00"} for n in present],
                          sha256=fingerprint(draft_referat({k: v for k, v in doc.items() if k != "referat"})))
    new, notes = _imported(db, _write(doc, tmp_path / "fake.json"))
    check = service.newest_verification(db, new)
    assert check is not None and check.state == "unverified" and "ingen signatur" in check.reason
    assert notes == [f"Referatet (version 1) er godkendt andetsteds – ikke verificeret: {check.reason}"]
    first, last = _pdf(db, new, tmp_path / "fake.pdf")
    assert "REFERAT – IKKE VERIFICERET" in first
    assert "Godkendt andetsteds – ikke verificeret" in last and "ingen signatur" in last


def test_unknown_key_is_unverified_until_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Approved and signed at another installation (its own data folder, its own key)."""
    there, here = tmp_path / "there.db", tmp_path / "here.db"
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "elsewhere"))
    db = Database(f"sqlite:///{there}")
    try:
        m = _approved(db)
        service.export_meeting_file(db, m, tmp_path / "signed.json")
    finally:
        db.close()
    their_key = run_cli(capsys, "key").last
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "here"))
    assert signing.own_public_key() != their_key

    imported = run_cli(capsys, "--db", str(here), "import", str(tmp_path / "signed.json"))
    assert imported.code == 0
    assert f"ikke kender (nøgle {signing.key_id(their_key)})" in imported.err
    new = imported.last
    out = run_cli(capsys, "--db", str(here), "export", new, "--pdf", str(tmp_path / "u.pdf"))
    assert out.code == 0 and "godkendt andetsteds – ikke verificeret" in out.err
    pages = pdfread.pages(tmp_path / "u.pdf")
    assert "REFERAT – IKKE VERIFICERET" in pages[0]
    assert "Godkendt andetsteds – ikke verificeret" in pages[-1]

    trusted = run_cli(capsys, "trust-key", str(tmp_path / "signed.json"), "--note", "Gentofte")
    assert trusted.code == 0 and signing.key_id(their_key) in trusted.out
    out = run_cli(capsys, "--db", str(here), "export", new, "--pdf", str(tmp_path / "t.pdf"))
    assert out.code == 0 and out.err == ""
    pages = pdfread.pages(tmp_path / "t.pdf")
    assert "IKKE VERIFICERET" not in pages[0]
    assert "Signeret af en installation, du har valgt at stole på" in pages[-1]


def test_trust_key_refuses_what_is_not_a_key(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = run_cli(capsys, "trust-key", "ikke-en-nøgle")
    assert out.code == 2 and out.err.count("\n") == 1 and "Ed25519-nøgle" in out.err
    unsigned = _write({"format": "x"}, tmp_path / "plain.json")
    out = run_cli(capsys, "trust-key", str(unsigned))
    assert out.code == 2 and "intet signeret" in out.err
    assert signing.trusted_keys() == {}


def test_an_agreeing_signed_file_stays_verified_and_roundtrips(db: Database, tmp_path: Path) -> None:
    m = _approved(db)
    doc = _export(db, m, tmp_path / "a.json")
    assert doc["referat"]["signature"]["algorithm"] == "Ed25519"
    assert doc["referat"]["document_sha256"] == fingerprint({k: v for k, v in doc.items() if k != "referat"})
    new, notes = _imported(db, tmp_path / "a.json")
    assert notes == []
    assert [(v.number, v.status) for v in service.list_versions(db, new)] == [(1, "approved")]
    check = service.newest_verification(db, new)
    assert check is not None and check.state == "verified"
    assert _export(db, new, tmp_path / "b.json") == doc


@pytest.mark.parametrize(("path", "value", "said"), [
    (("items", 0, "blocks", 0, "kind"), "script", "blocks[0].kind: ukendt værdi"),
    (("items", 1, "title"), 7, "items[1].title: skal være tekst"),
    (("leader", "present"), "Anne", "en anden form end et referat"),  # from_dict reads it as letters
    (("leader", "present"), 3, "kan ikke læses som et referat"),
    (("items", 0, "extra"), "x", "en anden form end et referat"),
])
def test_approved_content_of_the_wrong_shape_is_refused(db: Database, tmp_path: Path, path: tuple,  # type: ignore[type-arg]
                                                        value: object, said: str) -> None:
    """A hand-made content that would only fail when printed is refused at import, nothing written."""
    m = _approved(db)
    doc = _export(db, m, tmp_path / "a.json")
    target = doc["referat"]["content"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    doc["referat"]["sha256"] = fingerprint(doc["referat"]["content"])
    before = len(service.list_versions(db, m))
    with pytest.raises(ValidationError, match=rf"^referat\.content: .*{re.escape(said)}"):
        service.import_meeting_file(db, _write(doc, tmp_path / "bad.json"))
    assert len(service.list_versions(db, m)) == before


def test_first_need_of_the_key_in_many_processes_at_once_makes_one_key(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {**os.environ, "WORKSHOP_DATA_DIR": str(tmp_path / "fresh")}
    code = "from workshop import signing; print(signing.own_public_key())"
    children = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
                for _ in range(6)]
    keys = {child.communicate(timeout=60)[0].strip() for child in children}
    assert all(child.returncode == 0 for child in children)
    assert len(keys) == 1 and keys == {signing.public_key_text(signing._load(
        tmp_path / "fresh" / "keys" / signing.KEY_FILE))}
    assert sorted(p.name for p in (tmp_path / "fresh" / "keys").iterdir()) == [signing.KEY_FILE]


def test_the_results_part_and_the_bilag_are_covered(db: Database, tmp_path: Path) -> None:
    """Everything the approved document shows is fingerprinted: a group input in the Bilag too."""
    m = _approved(db)
    frozen = service.get_version(db, m, 1).content["referat"]  # type: ignore[index]
    assert frozen["appendices"], "the demo's group inputs are in a Bilag"

    def reword_bilag(row: ReferatVersion, content: dict) -> None:  # type: ignore[type-arg]
        block = next(b for b in content["referat"]["appendices"][0]["blocks"] if b["kind"] == "bullets")
        block["items"][0] = "Et input, ingen gruppe skrev"

    doc = _export(db, m, tmp_path / "a.json")
    _edit_content(db, m, reword_bilag)
    check = service.newest_verification(db, m)
    assert check is not None and check.state == "altered"
    printed = service.export_pdf(db, m, tmp_path / "r.pdf")
    assert printed is not None and printed.state == "altered"
    pages = pdfread.pages(tmp_path / "r.pdf")
    assert "Et input, ingen gruppe skrev" in "\n".join(pages) and "Ændret efter godkendelse" in pages[-1]

    doc["referat"]["content"]["appendices"][0]["title"] = "Andre input"  # in the file, digest kept
    with pytest.raises(ValidationError, match="fingeraftryk passer ikke"):
        service.import_meeting_file(db, _write(doc, tmp_path / "b.json"))
