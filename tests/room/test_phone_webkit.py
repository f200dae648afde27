"""The phone page in WebKit, Safari's engine (issue 15: "Works on current Safari (iOS)").

One member's phone in WebKitGTK's MiniBrowser (``tests/room/webkit.py``) follows the meeting
through every step the chair moves to, as in Chromium (``test_phone_browser.py``): it chooses a
name, answers, adds an input under a pejlemærke, gives and takes back dots, and sees the
results. What the page sent is read back from the database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.room.meeting import Meeting
from tests.room.webkit import webkit_phone
from workshop.changes import changed
from workshop.db import Database
from workshop.room.server import Room
from workshop.services import agenda, candidates, capture, meetings, voting, working_groups

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
pytestmark = [pytest.mark.parametrize("room_db", ["sqlite"], indirect=True),
              # Selenium's own use of its older API, not ours.
              pytest.mark.filterwarnings("ignore:setting remote_server_addr:DeprecationWarning")]
WAIT_S = 10


@pytest.fixture
def phone() -> Iterator[Any]:
    with webkit_phone() as driver:
        yield driver


def _step(room: Room, db: Database, meeting: Meeting, item: int, step: str) -> None:
    meetings.set_current_step(db, meeting.id, item, step)
    room.notify(changed("meetings", meeting_id=meeting.id))


def _until(driver: Any, check: Any, what: str) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT_S).until(lambda d: check(d), message=what)


def _text_shown(driver: Any, text: str) -> None:
    """``text`` is in a visible element of the page (the page follows without a reload)."""
    _until(driver, lambda d: d.execute_script(
        "const t = arguments[0];"
        "return [...document.querySelectorAll('body *')].some(e => e.offsetParent !== null"
        " && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.includes(t)));", text), text)


def _by_label(driver: Any, label: str) -> Any:
    from selenium.webdriver.common.by import By

    target = driver.find_element(By.XPATH, f"//label[normalize-space()='{label}']").get_attribute("for")
    return driver.find_element(By.ID, target)


def _button(driver: Any, name: str) -> Any:
    """The visible button whose accessible name (aria-label or text) is ``name``."""
    from selenium.webdriver.common.by import By

    return _until(driver, lambda d: next((b for b in d.find_elements(By.TAG_NAME, "button") if b.is_displayed()
                                          and (b.get_attribute("aria-label") or b.text).strip() == name), None),
                  f"button {name!r}")


def test_one_phone_in_webkit_answers_adds_an_input_votes_and_sees_the_results(
        phone: Any, room: Room, room_db: Database, meeting: Meeting) -> None:
    phone.get(room.url)
    _text_shown(phone, "Hvem er du?")
    _button(phone, "Anne Hansen").click()
    _text_shown(phone, "Du deltager som Anne Hansen")

    _step(room, room_db, meeting, meeting.question, "")
    _text_shown(phone, "Hvad er det vigtigste for dit lokalområde?")
    _by_label(phone, "Dit svar").send_keys("Trygge skoleveje og lys på stierne")
    _button(phone, "Send svar").click()
    _text_shown(phone, "Dit svar er modtaget")
    assert [(a.member_id, a.text) for a in capture.list_answers(room_db, meeting.question)] == [
        (meeting.members["Anne Hansen"], "Trygge skoleveje og lys på stierne")]

    _step(room, room_db, meeting, meeting.groups_item, "inputs")
    _text_shown(phone, "Gruppe 1: Anne Hansen, Bo Jensen")
    _by_label(phone, "Nyt input").send_keys("Æbler, øl og ål i skolegården")
    from selenium.webdriver.support.ui import Select

    Select(_by_label(phone, "Pejlemærke (kan udelades)")).select_by_visible_text("Nærhed")
    _button(phone, "Tilføj input").click()
    _text_shown(phone, "Pejlemærke: Nærhed")
    _text_shown(phone, "Æbler, øl og ål i skolegården")
    inputs = capture.list_inputs(room_db, meeting.groups_item)
    assert [(i.text, i.group_id, i.origin, i.candidate_id) for i in inputs] == [
        ("Æbler, øl og ål i skolegården", meeting.group1, "phone", meeting.candidates[1])]

    _step(room, room_db, meeting, meeting.groups_item, "votes")
    _text_shown(phone, "Du har 3 af 3 stemmer tilbage.")
    _button(phone, "Giv en stemme til Tryghed").click()
    _text_shown(phone, "Du har 2 af 3 stemmer tilbage.")
    _button(phone, "Giv en stemme til Tryghed").click()
    _text_shown(phone, "Du har 1 af 3 stemmer tilbage.")
    _button(phone, "Fjern en stemme fra Tryghed").click()
    _text_shown(phone, "Du har 2 af 3 stemmer tilbage.")
    assert voting.member_votes(room_db, meeting.groups_item) == {
        (meeting.candidates[0], meeting.members["Anne Hansen"]): 1}

    # The chair chooses a pejlemærke and sets up a working group, and moves on: the results.
    candidates.update_candidate(room_db, meeting.candidates[0], status="chosen")
    working = next(i.id for i in agenda.list_items(room_db, meeting.id) if i.kind == "working_groups")
    working_groups.add_working_group(room_db, working, name="Trafikgruppen", mandate="Se på skolevejene",
                                     member_ids=[meeting.members["Anne Hansen"], meeting.members["Carl Nielsen"]])
    _step(room, room_db, meeting, working, "")
    _text_shown(phone, "Valgte pejlemærker")
    _text_shown(phone, "Tryghed")
    _text_shown(phone, "Trafikgruppen")
    _text_shown(phone, "Carl Nielsen")
    if os.environ.get("WORKSHOP_SCREENSHOTS") == "1":
        phone.save_screenshot(str(SHOTS / "phone-webkit-results.png"))

    # Nothing wider than the window (MiniBrowser's narrowest is ~450 px; 390 px is checked in Chromium).
    width, scroll = phone.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]")
    assert scroll <= width <= 460
