"""The referat's approval and locking, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from tests.export import pdfread
from tests.lock_bypass import lock_bypassed
from workshop.db import Database
from workshop.demo import load_demo
from workshop.errors import LockedError, ValidationError
from workshop.meetingfile.export import export_file, meeting_document
from workshop.models import Member, ReferatVersion
from workshop.referat.fingerprint import fingerprint
from workshop.services import (
    agenda,
    attendance,
    candidates,
    capture,
    committees,
    meetings,
    voting,
    working_groups,
)
from workshop.services import referat as service
from workshop.services.referat import versions
from workshop.steps import first_step

AT = datetime(2017, 11, 20, 9, 30)


def _setup(db: Database) -> tuple[int, list[int], int]:
    """The demo meeting, its present members' ids and a non-present member's id."""
    m = load_demo(db)
    present = [p.id for p in attendance.present_members(db, m)]
    others = [a.member_id for a in attendance.list_attendance(db, m) if a.status != "present"]
    return m, present, others[0]  # type: ignore[return-value]


def _approve_all(db: Database, m: int, present: list[int]) -> None:
    for i, member in enumerate(present):
        service.approve(db, m, member, at=AT.replace(minute=i))


def test_draft_sent_approved_only_when_every_present_member_approved(db: Database) -> None:
    m, present, absent = _setup(db)
    assert service.referat_state(db, m) is None
    assert [(v.number, v.status) for v in service.list_versions(db, m)] == [(1, "draft")]
    with pytest.raises(ValidationError, match="ikke sendt til godkendelse"):
        service.approve(db, m, present[0])
    service.send_for_approval(db, m, at=datetime(2017, 11, 16, 8, 0))
    assert service.referat_state(db, m) == {"status": "sent", "version": 1, "approvals": []}
    with pytest.raises(ValidationError, match="var ikke til stede på mødet"):
        service.approve(db, m, absent)
    for i, member in enumerate(present[:-1]):
        service.approve(db, m, member, at=AT.replace(minute=i))
    with pytest.raises(ValidationError, match="har allerede godkendt"):
        service.approve(db, m, present[0])
    state = service.referat_state(db, m)
    assert state is not None and state["status"] == "sent" and len(state["approvals"]) == len(present) - 1
    assert state["approvals"][0]["at"] == "2017-11-20T09:00"
    service.approve(db, m, present[-1], at=AT)
    state = service.referat_state(db, m)
    assert state is not None and state["status"] == "approved"
    version = service.get_version(db, m, 1)
    assert version.sent_at == datetime(2017, 11, 16, 8, 0) and version.approved_at == AT
    assert state["sha256"] == version.sha256 == fingerprint(version.content["referat"])  # type: ignore[index]
    assert service.verify(version)
    names = {a["member"] for a in state["approvals"]}
    assert names == {m_.name for m_ in attendance.present_members(db, m)}


def test_approved_version_is_immutable(db: Database) -> None:
    m, present, _ = _setup(db)
    service.send_for_approval(db, m)
    _approve_all(db, m, present)
    before = service.get_version(db, m, 1)
    with pytest.raises(LockedError, match="allerede godkendt"):
        service.approve(db, m, present[0])
    with pytest.raises(LockedError, match="godkendt og låst"):
        service.send_for_approval(db, m)
    after = service.get_version(db, m, 1)
    assert (after.status, after.sha256, after.content, after.approved_at, after.version) == \
        (before.status, before.sha256, before.content, before.approved_at, before.version)
    assert len(service.approvals(db, m)) == len(present)


def test_sent_or_approved_meeting_refuses_every_edit(db: Database) -> None:
    m, present, absent = _setup(db)
    items = agenda.list_items(db, m)
    item = items[0]
    group_item = next(i for i in items if i.kind == "group_work")
    wg_item = next(i for i in items if i.kind == "working_groups")
    service.send_for_approval(db, m)
    for status in ("sent", "approved"):
        edits = [
            lambda: agenda.update_item(db, item.id, decision="Ændret"),
            lambda: agenda.add_item(db, m, title="Nyt punkt"),
            lambda: agenda.delete_item(db, item.id),
            lambda: agenda.move_item(db, item.id, 3),
            lambda: agenda.set_attachments(db, item.id, [("Bilag", False)]),
            lambda: agenda.set_item_absence(db, item.id, present[0], kind="conflict"),
            lambda: attendance.set_attendance(db, m, absent, "present"),
            lambda: attendance.clear_attendance(db, m, present[0]),
            lambda: meetings.update_meeting(db, m, title="Nyt navn"),
            lambda: meetings.close_meeting(db, m, datetime(2017, 11, 15, 22)),
            lambda: meetings.delete_meeting(db, m),
            lambda: capture.add_remark(db, item.id, present[0], "Tilført bagefter"),
            lambda: capture.set_answer(db, item.id, present[0], "Svar"),
            lambda: capture.add_group(db, group_item.id, name="Gruppe 9"),
            lambda: candidates.add_candidate(db, group_item.id, title="Nyt pejlemærke"),
            lambda: working_groups.add_working_group(db, wg_item.id, name="Ny gruppe",
                                                     meets_on=date(2018, 1, 2)),
        ]
        cand = candidates.list_candidates(db, group_item.id)[0].id
        edits.append(lambda: candidates.update_candidate(db, cand, status="chosen"))  # noqa: B023 - called here
        edits.append(lambda: voting.set_member_votes(db, cand, present[0], 1))  # noqa: B023
        for n, edit in enumerate(edits):
            with pytest.raises(LockedError):
                edit()
                pytest.fail(f"ændring nr. {n} blev ikke afvist ({status})")
        if status == "sent":
            _approve_all(db, m, present)
    # run mode may still step through the meeting; nothing of the content changed
    meetings.set_current_step(db, m, item.id, first_step(item.kind))
    assert agenda.get_item(db, item.id).decision == item.decision
    assert [i.title for i in agenda.list_items(db, m)] == [i.title for i in items]
    assert service.verify(service.get_version(db, m, 1))


def test_locked_error_message_is_danish_and_says_what_to_do(db: Database) -> None:
    m, present, _ = _setup(db)
    service.send_for_approval(db, m)
    item = agenda.list_items(db, m)[0]
    with pytest.raises(LockedError, match="sendt til godkendelse, så mødet kan ikke ændres"):
        agenda.update_item(db, item.id, title="X")
    _approve_all(db, m, present)
    with pytest.raises(LockedError, match="godkendt og låst.*Start en rettelse"):
        agenda.update_item(db, item.id, title="X")


def test_correction_makes_a_new_version_and_the_old_stays_readable(db: Database, tmp_path: Path) -> None:
    m, present, _ = _setup(db)
    with pytest.raises(ValidationError, match="^Kun et godkendt referat"):
        service.start_correction(db, m, "for tidligt")
    service.send_for_approval(db, m)
    _approve_all(db, m, present)
    with pytest.raises(ValidationError, match="^Bemærkningen må ikke være tom"):
        service.start_correction(db, m, "  ")
    service.start_correction(db, m, "Stavefejl i punkt 1 rettet")
    item = agenda.list_items(db, m)[0]
    agenda.update_item(db, item.id, decision="Rettet beslutning")  # editable again
    assert service.referat_state(db, m) == {"status": "draft", "version": 2, "approvals": [],
                                            "note": "Stavefejl i punkt 1 rettet"}
    referat, meta = service.current_referat(db, m)
    assert meta["version"] == 2 and meta["status"] == "draft"
    assert "Rettet beslutning" in json.dumps(referat.as_dict(), ensure_ascii=False)
    assert referat.correction == "Stavefejl i punkt 1 rettet"
    service.export_pdf(db, m, tmp_path / "v2.pdf")
    first, last = pdfread.pages(tmp_path / "v2.pdf")[0], pdfread.pages(tmp_path / "v2.pdf")[-1]
    assert "Rettelse: Stavefejl i punkt 1 rettet" in first and "Rettelse: Stavefejl" in last
    assert "Version 2 · Status: Udkast" in last
    old = service.get_version(db, m, 1)
    assert old.status == "approved" and service.verify(old)
    assert "Rettet beslutning" not in json.dumps(old.content, ensure_ascii=False)
    assert len(service.approvals(db, m, 1)) == len(present)
    service.send_for_approval(db, m)
    _approve_all(db, m, present)
    versions = service.list_versions(db, m)
    assert [(v.number, v.status) for v in versions] == [(1, "approved"), (2, "approved")]
    assert versions[1].note == "Stavefejl i punkt 1 rettet"
    assert versions[0].sha256 != versions[1].sha256
    assert all(service.verify(v) for v in versions)
    assert service.frozen_referat(versions[1]).correction == "Stavefejl i punkt 1 rettet"
    assert service.frozen_referat(versions[0]).correction == ""


def test_verify_detects_a_changed_frozen_referat(db: Database) -> None:
    m, present, _ = _setup(db)
    service.send_for_approval(db, m)
    _approve_all(db, m, present)
    with lock_bypassed(db), db.session() as s:  # edited in the database, past the lock
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == m)).one()
        content = json.loads(json.dumps(row.content))
        content["referat"]["items"][0]["title"] = "Forfalsket"
        row.content = content
    assert not service.verify(service.get_version(db, m, 1))
    with lock_bypassed(db), db.session() as s:
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == m)).one()
        content = json.loads(json.dumps(row.content))
        content["document"]["meeting"]["items"][0]["title"] = "Forfalsket"  # digest kept, document changed
        content["referat"]["items"][0]["title"] = service.frozen_referat(
            service.get_version(db, m, 1)).items[0].title
        row.content = content
    version = service.get_version(db, m, 1)
    assert fingerprint(version.content["referat"]) != version.sha256  # type: ignore[index]
    assert not service.verify(version)
    assert not service.verify(service.list_versions(db, m)[0].model_copy(update={"status": "sent"}))


def test_send_needs_someone_present(db: Database) -> None:
    c = committees.create_committee(db, name="Udvalg").id
    m = meetings.create_meeting(db, c, title="Møde", starts_at=datetime(2018, 1, 17, 17)).id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="^Ingen medlemmer er registreret som til stede"):
        service.send_for_approval(db, m)  # type: ignore[arg-type]
    assert service.referat_state(db, m) is None  # type: ignore[arg-type]


def test_frozen_referat_ignores_later_committee_changes(db: Database, tmp_path: Path) -> None:
    m, present, _ = _setup(db)
    service.send_for_approval(db, m)
    committees.update_member(db, present[0], name="Nyt Navn")  # the committee is not locked
    referat, meta = service.current_referat(db, m)
    assert meta["status"] == "sent"
    assert "Nyt Navn" not in referat.signatories
    service.approve(db, m, present[0], at=AT)  # approval goes by member id, not name
    old_name = referat.signatories[0]
    assert service.referat_state(db, m)["approvals"][0]["member"] == old_name  # type: ignore[index]
    _approve_all(db, m, present[1:])
    # the meeting file carries the meeting as approved, so its fingerprint still matches
    doc = service.meeting_file_document(db, m)
    assert doc["referat"]["status"] == "approved" and old_name in json.dumps(doc, ensure_ascii=False)
    service.check_meeting_file_referat(doc)
    path = service.export_meeting_file(db, m, tmp_path / "m.workshop.json")
    assert json.loads(path.read_text(encoding="utf-8")) == doc
    _, meta = service.current_referat(db, m)
    assert [a["member"] for a in meta["approvals"]][0] == old_name  # printed beside the frozen name


def test_state_fits_the_meeting_file_and_pdf_follows_the_status(db: Database, tmp_path: Path) -> None:
    m, present, _ = _setup(db)
    draft = tmp_path / "udkast.pdf"
    service.export_pdf(db, m, draft)
    assert "REFERAT – UDKAST" in pdfread.pages(draft)[0]
    service.send_for_approval(db, m)
    _approve_all(db, m, present)
    state = service.referat_state(db, m)
    export_file(db, m, tmp_path / "m.workshop.json", referat=state)  # validates against the schema
    saved = json.loads((tmp_path / "m.workshop.json").read_text(encoding="utf-8"))
    assert saved["referat"] == state
    final = tmp_path / "godkendt.pdf"
    seen: list[float] = []
    service.export_pdf(db, m, final, progress=seen.append)
    assert seen[-1] == 1.0
    last = pdfread.pages(final)[-1]
    assert f"Fingeraftryk (SHA-256): {state['sha256']}" in last  # type: ignore[index]
    assert "Godkendt 20-11-2017 09:00" in last
    assert "UDKAST" not in "".join(pdfread.pages(final))
    with db.session() as s:
        first = s.get(Member, present[0])
    assert first is not None and first.name in last


def test_demo_document_drafts_every_present_member_as_signatory(db: Database) -> None:
    m, present, _ = _setup(db)
    referat, _meta = service.current_referat(db, m)
    assert len(referat.signatories) == len(present)
    assert referat.leader.date_line == "Onsdag d. 15. november 2017 kl. 18:00"
    assert meeting_document(db, m)["meeting"]["items"][0]["title"] in referat.items[0].heading


def test_referat_modules_never_import_qt() -> None:
    code = ("import sys; import workshop.services.referat, workshop.referat.pdf, workshop.referat.draft;"
            " print(any(name.startswith('PySide6') for name in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_failed_send_leaves_a_draft(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    m, _present, _ = _setup(db)

    def broken(_doc: object) -> None:
        raise RuntimeError("drafting failed")

    monkeypatch.setattr(versions, "draft_referat", broken)
    with pytest.raises(RuntimeError):
        service.send_for_approval(db, m)
    state = service.referat_state(db, m)
    assert state == {"status": "draft", "version": 1, "approvals": []}
    agenda.update_item(db, agenda.list_items(db, m)[0].id, decision="Stadig redigerbar")


def test_simultaneous_last_approvals_approve_the_referat(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("one shared connection in memory; PostgreSQL is where approvals race")
    m, present, _ = _setup(db)
    service.send_for_approval(db, m)
    for member in present[:-2]:
        service.approve(db, m, member, at=AT)
    errors: list[BaseException] = []

    def approve(member: int) -> None:
        try:
            service.approve(db, m, member, at=AT)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=approve, args=(member,)) for member in present[-2:]]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    state = service.referat_state(db, m)
    assert state is not None and state["status"] == "approved" and len(state["approvals"]) == len(present)


def test_members_who_sign_cannot_be_deleted(db: Database) -> None:
    m, present, absent = _setup(db)
    service.send_for_approval(db, m)
    with pytest.raises(LockedError, match="skal godkende et referat"):
        committees.delete_member(db, present[-1])
    service.approve(db, m, present[0], at=AT)
    with pytest.raises(LockedError, match="har godkendt et referat"):
        committees.delete_member(db, present[0])
    _approve_all_but_first = present[1:]
    for member in _approve_all_but_first:
        service.approve(db, m, member, at=AT)
    assert len(service.approvals(db, m)) == len(present)
    with pytest.raises(LockedError, match="godkendt og låst"):
        committees.delete_member(db, absent)  # not a signatory, but the locked meeting lists them as absent
    committee = meetings.get_meeting(db, m).committee_id
    newcomer = committees.add_member(db, committee, name="Ny").id
    committees.delete_member(db, newcomer)  # the committee itself may still change


def test_the_demo_meeting_prints_its_written_decisions_and_its_results_sent_and_approved(
        db: Database, tmp_path: Path) -> None:
    """Issue 10 §1 through the meeting file: the demo's items have a written decision and captured
    results; the PDF prints both, the results first, and so does the frozen, approved version."""
    m = load_demo(db)
    service.send_for_approval(db, m)
    for member in attendance.present_members(db, m):
        service.approve(db, m, member.pk)
    path = tmp_path / "demo.pdf"
    service.export_pdf(db, m, path)
    text = pdfread.text(path)
    for pieces in (
            ["Punkt 2: Opsamling på Teknologilaboratoriet", "Resultater", "Her blev blandt andre nævnt:",
             "Jesper Kamp Nielsen: Internet of Things", "Beslutning", "Deltagerne drøftede, hvad de tog med sig"],
            ["Punkt 3: Pejlemærker", "Resultater", "Gruppe 1", "I alt 15 input; de står i fuld længde i bilag 1.",
             "Borgeren i centrum", "9 kortliste", "Mest mulig automatisering", "1 fravalgt",
             "Beslutning", "Deltagerne bidrog i gruppedrøftelser"],
            ["Punkt 4: Nedsættelse af arbejdsgrupper", "Resultater", "Arbejdsgruppe om pejlemærker",
             "Mødes: den 20. december 2017", "Beslutning", "Der blev nedsat en arbejdsgruppe, som skal"],
            ["Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker", "Pejlemærke: Borgeren i centrum",
             "Borgerens behov før teknologien", "Godkendelse af referat (underskriftside)"]):
        at = text.index(pieces[0])
        for piece in pieces[1:]:
            at = text.index(piece, at)
    assert "UDKAST" not in text and service.verify(service.list_versions(db, m)[-1])


def test_printed_results_are_the_frozen_items_and_an_unreadable_one_is_said_in_danish(db: Database) -> None:
    m = load_demo(db)
    locked, draft = service.printed_results(db, m)
    items = agenda.list_items(db, m)
    assert not locked and set(draft) == {i.pk for i in items if i.kind != "welcome" and i.kind != "closing"}
    service.send_for_approval(db, m)
    locked, printed = service.printed_results(db, m)
    assert locked and printed[items[2].pk][:len(draft[items[2].pk])] == draft[items[2].pk]  # results, then
    assert printed[items[2].pk][len(draft[items[2].pk])].text == "Beslutning"  # the decision as written
    with lock_bypassed(db), db.session() as s:  # edited in the database, past the meeting lock
        row = s.exec(select(ReferatVersion).where(ReferatVersion.meeting_id == m)).one()
        content = json.loads(json.dumps(row.content))
        del content["referat"]["items"][0]["blocks"]
        row.content = content
    with pytest.raises(ValidationError, match="ændret efter godkendelsen"):
        service.printed_results(db, m)
