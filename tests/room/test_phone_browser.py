"""The phone page in a real browser: three phones join, answer, add inputs in two groups and vote.

One Chromium, one context per phone (its own cookies), 390×844 like a current phone.
``WORKSHOP_SCREENSHOTS=1`` also writes the pages to docs/screenshots/.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.room.browser import PHONE, chromium
from tests.room.meeting import Meeting
from workshop.changes import changed
from workshop.db import Database
from workshop.room.server import Room
from workshop.services import agenda, candidates, capture, meetings, voting, working_groups

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# The browser is what is tested here; the database seam is tested on both in test_room_api.py.
pytestmark = pytest.mark.parametrize("room_db", ["sqlite"], indirect=True)
INJECTION = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


def _shot(page: Any, name: str) -> None:
    if os.environ.get("WORKSHOP_SCREENSHOTS") == "1":
        page.screenshot(path=str(SHOTS / f"phone-{name}.png"))


def _step(room: Room, db: Database, meeting: Meeting, item: int, step: str) -> None:
    meetings.set_current_step(db, meeting.id, item, step)
    room.notify(changed("meetings", meeting_id=meeting.id))


@pytest.fixture
def browser() -> Any:
    with chromium() as b:
        yield b


def test_three_phones_answer_add_inputs_and_vote(browser: Any, room: Room, room_db: Database,
                                                 meeting: Meeting) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    phones = {}
    for name in ("Anne Hansen", "Bo Jensen", "Carl Nielsen"):
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(room.url)
        phones[name] = page
    anne, bo, carl = phones.values()
    expect(anne.get_by_role("heading", name="Hvem er du?")).to_be_visible()
    _shot(anne, "choose")
    for name, page in phones.items():
        page.get_by_role("button", name=name).click()
        expect(page.get_by_text(f"Du deltager som {name}")).to_be_visible()
    expect(anne.get_by_role("heading", name="Vent lidt")).to_be_visible()

    # Question round: the page follows the chair without a reload.
    _step(room, room_db, meeting, meeting.question, "")
    for name, page in phones.items():
        expect(page.get_by_text("Hvad er det vigtigste for dit lokalområde?")).to_be_visible()
        page.get_by_label("Dit svar").fill(f"Svar fra {name}")
        page.get_by_role("button", name="Send svar").click()
        expect(page.get_by_text("Dit svar er modtaget")).to_be_visible()
    _shot(anne, "answer")
    answers = {a.member_id: a.text for a in capture.list_answers(room_db, meeting.question)}
    assert answers == {meeting.members[n]: f"Svar fra {n}" for n in phones}

    # Group work, inputs: Anne and Bo share group 1, Carl is in group 2.
    _step(room, room_db, meeting, meeting.groups_item, "inputs")
    expect(anne.get_by_text("Gruppe 1: Anne Hansen, Bo Jensen")).to_be_visible()
    anne.get_by_label("Nyt input").fill("Trygge skoleveje")
    anne.get_by_label("Pejlemærke (kan udelades)").select_option(label="Tryghed")
    anne.get_by_role("button", name="Tilføj input").click()
    bo.get_by_label("Nyt input").fill(INJECTION)
    bo.get_by_role("button", name="Tilføj input").click()
    carl.get_by_label("Nyt input").fill("Flere fællesarrangementer")
    carl.get_by_role("button", name="Tilføj input").click()
    # Anne sees her own and Bo's input live, literally, and not Carl's (another group).
    expect(anne.get_by_text("Trygge skoleveje")).to_be_visible()
    expect(anne.get_by_text(INJECTION)).to_be_visible()
    expect(anne.get_by_text("Pejlemærke: Tryghed")).to_be_visible()
    expect(anne.get_by_text("Bo Jensen · telefon")).to_be_visible()
    assert anne.get_by_text("Flere fællesarrangementer").count() == 0
    expect(carl.get_by_text("Flere fællesarrangementer")).to_be_visible()
    assert anne.evaluate("window.pwned") is None and bo.evaluate("window.pwned") is None
    assert anne.locator("#input-list img, #input-list script").count() == 0
    _shot(anne, "inputs")
    inputs = capture.list_inputs(room_db, meeting.groups_item)
    assert sorted((i.text, i.group_id, i.origin) for i in inputs) == sorted([
        ("Trygge skoleveje", meeting.group1, "phone"), (INJECTION, meeting.group1, "phone"),
        ("Flere fællesarrangementer", meeting.group2, "phone")])

    # Dot voting: three dots each, the page counts down and refuses a fourth.
    _step(room, room_db, meeting, meeting.groups_item, "votes")
    expect(carl.get_by_text("Du har 3 af 3 stemmer tilbage.")).to_be_visible()
    for left in (2, 1):  # within the burst the rate limit allows
        carl.get_by_role("button", name="Giv en stemme til Tryghed").click()
        expect(carl.get_by_text(f"Du har {left} af 3 stemmer tilbage.")).to_be_visible()
    carl.get_by_role("button", name="Giv en stemme til Nærhed").click()
    expect(carl.get_by_text("Du har 0 af 3 stemmer tilbage.")).to_be_visible()
    expect(carl.get_by_role("button", name="Giv en stemme til Fællesskab")).to_be_disabled()
    anne.get_by_role("button", name="Giv en stemme til Fællesskab").click()
    expect(anne.get_by_text("Du har 2 af 3 stemmer tilbage.")).to_be_visible()
    _shot(carl, "votes")
    assert voting.member_votes(room_db, meeting.groups_item) == {
        (meeting.candidates[0], meeting.members["Carl Nielsen"]): 2,
        (meeting.candidates[1], meeting.members["Carl Nielsen"]): 1,
        (meeting.candidates[2], meeting.members["Anne Hansen"]): 1}

    # The chair moves on: the voting buttons go.
    _step(room, room_db, meeting, meeting.groups_item, "inputs")
    expect(anne.get_by_role("heading", name="Input", exact=True)).to_be_visible()
    expect(anne.get_by_role("button", name="Giv en stemme til Fællesskab")).to_be_hidden()

    # Results: the chair marks a pejlemærke chosen, sets up a working group and moves on; every phone shows them.
    candidates.update_candidate(room_db, meeting.candidates[0], status="chosen")
    working = next(i.id for i in agenda.list_items(room_db, meeting.id) if i.kind == "working_groups")
    working_groups.add_working_group(room_db, working, name="Trafikgruppen", mandate="Se på skolevejene",
                                     member_ids=[meeting.members["Anne Hansen"], meeting.members["Carl Nielsen"]])
    _step(room, room_db, meeting, working, "")
    for page in phones.values():
        expect(page.get_by_role("heading", name="Resultater")).to_be_visible()
        expect(page.locator("#chosen")).to_have_text("Tryghed")
        expect(page.locator("#working")).to_contain_text(["TrafikgruppenSe på skolevejeneAnne Hansen, Carl Nielsen"])
        expect(page.get_by_role("status")).to_have_text("")  # "Input tilføjet." belonged to the step left behind
    _shot(bo, "results")
    assert not errors, errors


def test_a_refused_write_is_said_in_danish_and_the_closed_room_says_so(browser: Any, room: Room,
                                                                        room_db: Database,
                                                                        meeting: Meeting) -> None:
    from playwright.sync_api import expect

    page = browser.new_context(**PHONE).new_page()
    page.goto(room.url)
    page.get_by_role("button", name="Dorte Berg").click()
    _step(room, room_db, meeting, meeting.question, "")
    page.get_by_label("Dit svar").fill("x" * 500)
    page.get_by_label("Dit svar").evaluate("el => { el.removeAttribute('maxlength'); el.value += 'yy'; }")
    page.get_by_role("button", name="Send svar").click()
    expect(page.get_by_role("status")).to_have_text("Teksten må højst være 500 tegn (den er 502)")
    room.stop()
    expect(page.get_by_role("heading", name="Deltagelsen er lukket")).to_be_visible(timeout=15000)
