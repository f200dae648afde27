"""The phone page as a phone user meets it, in Chromium: what the first load transfers, a
360-px-wide screen, touch targets, and what a screen reader needs (headings, labels, contrast).

Every step of the meeting is visited (choose, question round, inputs, dot voting, results);
on each, the page is measured as shown, not as written in the CSS.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.room.browser import PHONE, chromium
from tests.room.meeting import Meeting
from workshop.changes import changed
from workshop.db import Database
from workshop.room.server import Room
from workshop.services import agenda, candidates, capture, meetings, working_groups

pytestmark = pytest.mark.parametrize("room_db", ["sqlite"], indirect=True)
NARROW = {**PHONE, "viewport": {"width": 360, "height": 740}}
MIN_TARGET_PX = 44  # WCAG 2.5.5 and Apple's guideline; Android's is 48 dp
FIRST_LOAD_LIMIT = 150_000

# What each visible screen is checked for, in the page itself (computed styles, rendered boxes).
AUDIT = r"""() => {
  const visible = (e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed';
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                                if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const out = {width: document.documentElement.scrollWidth, small: [], unlabelled: [], faint: [],
               headings: [...document.querySelectorAll('h1, h2')].filter(visible).map(h => h.tagName + ':' + h.textContent)};
  for (const e of document.querySelectorAll('button, select, textarea, input')) {
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.width < %(min)d || r.height < %(min)d) out.small.push(`${e.textContent || e.id} ${r.width}x${r.height}`);
    const name = e.getAttribute('aria-label') || (e.labels && [...e.labels].map(l => l.textContent).join(' '))
                 || (e.tagName === 'BUTTON' ? e.textContent : '');
    if (!name.trim()) out.unlabelled.push(e.outerHTML.slice(0, 80));
  }
  for (const e of document.querySelectorAll('body *')) {
    if (!visible(e)) continue;  // disabled controls too (WCAG exempts them; a dot you cannot give must still be read)
    if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const s = getComputedStyle(e);
    let fg = rgb(s.color); const bg = background(e);
    let alpha = (fg.length > 3 ? fg[3] : 1) * Number(s.opacity);
    fg = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) out.faint.push(`${e.tagName}#${e.id}.${e.className} "${e.textContent.slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return out;
}""".replace("%(min)d", str(MIN_TARGET_PX))


def _step(room: Room, db: Database, meeting: Meeting, item: int, step: str) -> None:
    meetings.set_current_step(db, meeting.id, item, step)
    room.notify(changed("meetings", meeting_id=meeting.id))


def _audit(page: Any, screen: str) -> None:
    found = page.evaluate(AUDIT)
    assert found["width"] <= 360, f"{screen}: {found['width']} px wide, wider than the phone"
    assert not found["small"], f"{screen}: touch targets under {MIN_TARGET_PX} px: {found['small']}"
    assert not found["unlabelled"], f"{screen}: controls without a name: {found['unlabelled']}"
    assert not found["faint"], f"{screen}: text below WCAG AA contrast: {found['faint']}"
    assert len([h for h in found["headings"] if h.startswith("H1:")]) == 1, found["headings"]
    assert any(h.startswith("H2:") for h in found["headings"]), f"{screen}: no heading: {found['headings']}"


def test_the_first_load_transfers_little_and_only_from_the_laptop(room: Room) -> None:
    """The bytes on the wire (headers and bodies, as Chromium's network layer counts them)."""
    with chromium() as browser:
        page = browser.new_context(**NARROW).new_page()
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        urls: dict[str, str] = {}
        wire: dict[str, float] = {}
        cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.loadingFinished", lambda e: wire.__setitem__(e["requestId"], e["encodedDataLength"]))
        page.goto(room.url)
        page.get_by_role("heading", name="Hvem er du?").wait_for()
        page.wait_for_load_state("networkidle")
        assert set(urls) == set(wire), "every request of the first load has finished"
        assert all(u.startswith(f"http://127.0.0.1:{room.port}/{room.token}/") for u in urls.values()), urls
        total = sum(wire.values())
        assert 5_000 < total <= FIRST_LOAD_LIMIT, {urls[k]: v for k, v in wire.items()}
        assert {u.rsplit("/", 1)[-1] for u in urls.values()} >= {"", "room.css", "room.js", "members"}


def test_every_screen_fits_360_px_with_large_targets_labels_headings_and_contrast(
        room: Room, room_db: Database, meeting: Meeting) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        page = browser.new_context(**NARROW).new_page()
        page.goto(room.url)
        expect(page.get_by_role("heading", name="Hvem er du?")).to_be_visible()
        _audit(page, "choose")
        page.get_by_role("button", name="Anne Hansen").click()
        expect(page.get_by_role("heading", name="Vent lidt")).to_be_visible()
        _audit(page, "waiting")

        _step(room, room_db, meeting, meeting.question, "")
        expect(page.get_by_label("Dit svar")).to_be_visible()
        page.get_by_label("Dit svar").fill("Et langt ord: " + "Trafiksikkerhedsforanstaltninger" * 6)
        page.get_by_role("button", name="Send svar").click()
        expect(page.get_by_text("Dit svar er modtaget")).to_be_visible()
        _audit(page, "answer")

        _step(room, room_db, meeting, meeting.groups_item, "inputs")
        capture.add_input(room_db, meeting.group1, "https://example.invalid/" + "a" * 200,
                          member_id=meeting.members["Bo Jensen"], origin="phone")
        room.notify(changed("inputs", meeting_id=meeting.id))
        expect(page.get_by_text("Bo Jensen · telefon")).to_be_visible()
        _audit(page, "inputs")

        _step(room, room_db, meeting, meeting.groups_item, "votes")
        expect(page.get_by_text("Du har 3 af 3 stemmer tilbage.")).to_be_visible()
        page.get_by_role("button", name="Giv en stemme til Nærhed").click()
        expect(page.get_by_text("Du har 2 af 3 stemmer tilbage.")).to_be_visible()
        _audit(page, "votes")

        candidates.update_candidate(room_db, meeting.candidates[0], status="chosen")
        working = next(i.id for i in agenda.list_items(room_db, meeting.id) if i.kind == "working_groups")
        working_groups.add_working_group(room_db, working, name="Trafikgruppen", mandate="Se på skolevejene",
                                         member_ids=[meeting.members["Anne Hansen"]])
        _step(room, room_db, meeting, working, "")
        expect(page.get_by_role("heading", name="Resultater")).to_be_visible()
        _audit(page, "results")
