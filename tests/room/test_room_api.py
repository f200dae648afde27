"""The room's HTTP API against a real server on loopback: joining, the member's view, writes and the guards."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.room.meeting import Meeting
from workshop.changes import changed
from workshop.db import Database
from workshop.room.server import Room, RoomError
from workshop.services import capture, meetings, referat, voting


def phone(room: Room) -> httpx.Client:
    return httpx.Client(base_url=room.url, timeout=10)


def join(room: Room, meeting: Meeting, name: str) -> httpx.Client:
    client = phone(room)
    reply = client.post("api/join", json={"member": meeting.members[name]})
    assert reply.status_code == 200 and reply.json()["status"] == "joined", reply.text
    return client


def test_without_the_token_only_a_neutral_404(room: Room) -> None:
    base = f"http://127.0.0.1:{room.port}"
    wrong = "a" * len(room.token)
    replies = [httpx.get(f"{base}/"), httpx.get(f"{base}/{wrong}/"), httpx.get(f"{base}/{wrong}/api/state"),
               httpx.post(f"{base}/{wrong}/api/join", json={"member": 1}), httpx.get(f"{base}/{room.token}/nope"),
               httpx.get(f"{base}/{room.token[:-1]}/")]
    for reply in replies:
        assert (reply.status_code, reply.text) == (404, "Not Found")
        assert "server" not in reply.headers
    page = httpx.get(room.url)
    assert page.status_code == 200 and "<h1" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert page.headers["referrer-policy"] == "no-referrer"


def test_the_token_is_new_at_each_opening_and_void_after_closing(room_db: Database, meeting: Meeting) -> None:
    first = Room(room_db, meeting.id, host="127.0.0.1")
    first.start()
    url, token = first.url, first.token
    assert len(token) == 16 and httpx.get(url).status_code == 200
    first.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)
    second = Room(room_db, meeting.id, host="127.0.0.1", port=first.port)
    second.start()
    try:
        assert second.token != token
        assert httpx.get(url).status_code == 404  # same port, old token
        assert httpx.get(second.url).status_code == 200
    finally:
        second.stop()


def test_a_taken_port_is_refused_in_danish(room: Room, room_db: Database, meeting: Meeting) -> None:
    other = Room(room_db, meeting.id, host="127.0.0.1", port=room.port)
    with pytest.raises(RoomError) as refused:
        other.start()
    assert refused.value.message == (f"Workshop kan ikke lytte på 127.0.0.1:{room.port}: porten bruges allerede"
                                     " af et andet program. Vælg en anden adresse eller port.")
    elsewhere = Room(room_db, meeting.id, host="192.0.2.250")  # TEST-NET-1: no machine's own address
    with pytest.raises(RoomError, match="192.0.2.250:0: adressen er ikke denne computers"):
        elsewhere.start()


def test_join_choose_and_follow_the_question_round(room: Room, room_db: Database, meeting: Meeting) -> None:
    anne = phone(room)
    assert anne.get("api/state").json()["step"] == "choose"
    names = anne.get("api/members").json()["members"]
    assert [m["name"] for m in names] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Berg"]
    assert anne.post("api/join", json={"member": meeting.members["Erik Fraværende"]}).status_code == 422
    assert anne.post("api/join", json={"member": meeting.members["Anne Hansen"]}).json()["status"] == "joined"
    assert anne.get("api/state").json()["step"] == "waiting"
    refused = anne.post("api/answer", json={"text": "For tidligt"})
    assert refused.status_code == 422 and "Der er ingen spørgerunde" in refused.json()["error"]
    meetings.set_current_step(room_db, meeting.id, meeting.question, "")
    room.notify(changed("meetings", meeting_id=meeting.id))
    view = anne.get("api/state").json()
    assert view["step"] == "answer" and view["item"]["question"].startswith("Hvad er det vigtigste")
    assert anne.post("api/answer", json={"text": "Trygge skoleveje"}).status_code == 200
    assert {a.member_id: a.text for a in capture.list_answers(room_db, meeting.question)} == {
        meeting.members["Anne Hansen"]: "Trygge skoleveje"}
    assert anne.get("api/state").json()["answer"] == "Trygge skoleveje"
    assert room.changes and room.changes[-1].kinds == {"answers"}  # type: ignore[attr-defined]


def test_a_device_acts_only_as_its_member(room: Room, room_db: Database, meeting: Meeting) -> None:
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    anne = join(room, meeting, "Anne Hansen")
    # A forged member in the body is ignored: the input is Anne's, in Anne's group.
    anne.post("api/inputs", json={"group": meeting.group1, "text": "Bænke", "member": meeting.members["Bo Jensen"]})
    inp = capture.list_inputs(room_db, meeting.groups_item)[-1]
    assert (inp.text, inp.member_id, inp.origin) == ("Bænke", meeting.members["Anne Hansen"], "phone")
    other_group = anne.post("api/inputs", json={"group": meeting.group2, "text": "Snyd"})
    assert other_group.status_code == 422 and "Anne Hansen er ikke med i denne gruppe" in other_group.json()["error"]
    # No cookie, a made-up cookie: no member at all.
    stranger = phone(room)
    assert stranger.post("api/inputs", json={"group": meeting.group1, "text": "x"}).status_code == 403
    stranger.cookies.set("ws_device", "made-up")
    assert stranger.post("api/votes", json={"candidate": meeting.candidates[0], "count": 1}).status_code == 403
    assert [i.text for i in capture.list_inputs(room_db, meeting.groups_item)] == ["Bænke"]


def test_a_second_device_for_a_taken_name_waits_for_the_secretary(room_db: Database, meeting: Meeting) -> None:
    asked: list[Any] = []
    room = Room(room_db, meeting.id, host="127.0.0.1", on_request=asked.append)
    room.start()
    try:
        first = join(room, meeting, "Bo Jensen")
        second = phone(room)
        reply = second.post("api/join", json={"member": meeting.members["Bo Jensen"]})
        assert reply.json()["status"] == "pending"
        assert second.get("api/state").json()["step"] == "pending"
        assert second.post("api/answer", json={"text": "x"}).status_code == 403
        assert [r.member_id for r in asked] == [meeting.members["Bo Jensen"]]
        assert [m["taken"] for m in first.get("api/members").json()["members"]] == [False, True, False, False]
        assert room.approve(asked[0].id)
        assert second.get("api/state").json()["me"] == "Bo Jensen"
        third = phone(room)
        third.post("api/join", json={"member": meeting.members["Bo Jensen"]})
        assert room.refuse(asked[1].id)
        assert third.get("api/state").json()["step"] == "choose"
    finally:
        room.stop()


def test_votes_beyond_the_dots_and_outside_the_step_are_refused(room: Room, room_db: Database,
                                                                 meeting: Meeting) -> None:
    carl = join(room, meeting, "Carl Nielsen")
    c1, c2, c3 = meeting.candidates
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    early = carl.post("api/votes", json={"candidate": c1, "count": 1})
    assert early.status_code == 422 and "Afstemningen er ikke i gang" in early.json()["error"]
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "votes")
    room.notify()
    assert carl.post("api/votes", json={"candidate": c1, "count": 2}).status_code == 200
    assert carl.post("api/votes", json={"candidate": c2, "count": 1}).status_code == 200
    too_many = carl.post("api/votes", json={"candidate": c3, "count": 1})
    assert too_many.status_code == 422 and "har kun 3 stemmer" in too_many.json()["error"]
    votes = carl.get("api/state").json()["votes"]
    assert (votes["dots"], votes["left"]) == (3, 0)
    assert [c["mine"] for c in votes["candidates"]] == [2, 1, 0]
    assert voting.used_dots(room_db, meeting.groups_item) == {meeting.members["Carl Nielsen"]: 3}


def test_a_tap_on_a_count_the_secretary_changed_meanwhile_is_refused(room: Room, room_db: Database,
                                                                     meeting: Meeting) -> None:
    """The phone sends the count it showed ("was"); the secretary's typed count is not overwritten."""
    carl = join(room, meeting, "Carl Nielsen")
    c1 = meeting.candidates[0]
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "votes")
    room.notify()
    assert carl.post("api/votes", json={"candidate": c1, "was": 0, "count": 1}).status_code == 200
    voting.set_member_votes(room_db, c1, meeting.members["Carl Nielsen"], 2, expected={"count": 1})  # the secretary
    stale = carl.post("api/votes", json={"candidate": c1, "was": 1, "count": 2})  # Carl's phone still showed 1
    assert stale.status_code == 422
    assert stale.json()["error"] == ("Dine stemmer her er ændret et andet sted imens; nu har du 2."
                                     " Tryk igen, hvis du vil ændre dem.")
    assert voting.member_votes(room_db, meeting.groups_item) == {(c1, meeting.members["Carl Nielsen"]): 2}
    assert carl.post("api/votes", json={"candidate": c1, "was": 2, "count": 3}).status_code == 200
    assert carl.post("api/votes", json={"candidate": c1, "was": "x", "count": 1}).status_code == 422


def test_oversize_bodies_and_long_texts_are_refused(room: Room, room_db: Database, meeting: Meeting) -> None:
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    dorte = join(room, meeting, "Dorte Berg")
    big = dorte.post("api/inputs", json={"group": meeting.group2, "text": "x" * 5000})
    assert big.status_code == 413
    # Without a Content-Length (chunked), counted as it arrives.
    chunked = dorte.post("api/inputs", content=iter([b'{"group": 1, "text": "', b"y" * 5000, b'"}']),
                         headers={"content-type": "application/json"})
    assert chunked.status_code == 413
    long = dorte.post("api/inputs", json={"group": meeting.group2, "text": "z" * 501})
    assert long.status_code == 422 and "højst være 500 tegn" in long.json()["error"]
    form = dorte.post("api/inputs", data={"group": str(meeting.group2), "text": "form"})
    assert form.status_code == 400  # only JSON: a form on another page cannot post here
    assert capture.list_inputs(room_db, meeting.groups_item) == []


def test_rate_limits_per_device_do_not_slow_other_phones(room: Room, room_db: Database, meeting: Meeting) -> None:
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    anne, carl = join(room, meeting, "Anne Hansen"), join(room, meeting, "Carl Nielsen")
    room.device_limits.rate = 0.0  # no refill during the test (a slow machine): exactly the burst gets through
    codes = [anne.post("api/inputs", json={"group": meeting.group1, "text": f"flood {i}"}).status_code
             for i in range(8)]
    assert codes == [200] * 5 + [429] * 3
    assert carl.post("api/inputs", json={"group": meeting.group2, "text": "Stadig plads"}).status_code == 200
    texts = [i.text for i in capture.list_inputs(room_db, meeting.groups_item)]
    assert "Stadig plads" in texts and len(texts) == 6


def test_rate_limit_per_address(room: Room) -> None:
    room.address_limits.rate = 0.0  # no refill during the test: exactly the burst gets through
    with phone(room) as client:
        codes = [client.get("api/members").status_code for _ in range(room.address_limits.burst + 5)]
    assert codes.count(200) == room.address_limits.burst and codes[-1] == 429


def test_a_locked_referat_refuses_phone_writes(room: Room, room_db: Database, meeting: Meeting) -> None:
    meetings.set_current_step(room_db, meeting.id, meeting.question, "")
    bo = join(room, meeting, "Bo Jensen")
    referat.send_for_approval(room_db, meeting.id)
    room.notify()
    reply = bo.post("api/answer", json={"text": "For sent"})
    assert reply.status_code == 409 and "sendt til godkendelse" in reply.json()["error"]
    assert bo.get("api/state").json()["locked"] is True


def _read_events(url: str, cookie: str, found: list[dict[str, Any]], stop: threading.Event) -> None:
    with httpx.Client(timeout=10, cookies={"ws_device": cookie}) as client, \
            client.stream("GET", url + "api/events") as stream:
        for line in stream.iter_lines():
            if line.startswith("data: "):
                found.append(json.loads(line[6:]))
            if stop.is_set():
                return


def test_live_updates_follow_the_desktop_and_other_phones(room: Room, room_db: Database, meeting: Meeting) -> None:
    anne, bo = join(room, meeting, "Anne Hansen"), join(room, meeting, "Bo Jensen")
    views: list[dict[str, Any]] = []
    stop = threading.Event()
    reader = threading.Thread(target=_read_events, args=(room.url, anne.cookies["ws_device"], views, stop),
                              daemon=True)
    reader.start()

    def wait_for(check: Any) -> dict[str, Any]:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if views and check(views[-1]):
                return views[-1]
            time.sleep(0.02)
        raise AssertionError(f"no such view; last: {views[-1:]}")

    wait_for(lambda v: v["step"] == "waiting")
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    room.notify(changed("meetings", meeting_id=meeting.id))  # what the desktop does on every change
    wait_for(lambda v: v["step"] == "inputs")
    bo.post("api/inputs", json={"group": meeting.group1, "text": "<img src=x onerror=alert(1)>"})
    view = wait_for(lambda v: v["group"]["inputs"])
    assert view["group"]["inputs"][0]["text"] == "<img src=x onerror=alert(1)>"
    assert view["group"]["inputs"][0]["by"] == "Bo Jensen · telefon"
    # Hidden by the secretary: gone from the phones.
    capture.set_input_hidden(room_db, view["group"]["inputs"][0]["id"], True)
    room.notify(changed("inputs", meeting_id=meeting.id))
    wait_for(lambda v: v["group"]["inputs"] == [])
    # Another meeting's change does not wake this room's phones.
    room.notify(changed("inputs", meeting_id=meeting.id + 1000))
    stop.set()
    room.stop()
    reader.join(5)
    assert not reader.is_alive()


def test_listens_only_on_the_chosen_address(room: Room) -> None:
    with socket.socket() as s:
        s.settimeout(1)
        assert s.connect_ex(("127.0.0.2", room.port)) != 0  # another loopback address: nothing there


def test_a_phone_gets_its_groups_newest_inputs_and_a_count_of_older(room_db: Database, meeting: Meeting) -> None:
    from workshop.room.view import PHONE_INPUTS, member_view, read_snapshot

    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    for n in range(PHONE_INPUTS + 5):
        capture.add_input(room_db, meeting.group1, f"Input {n}")
    capture.add_input(room_db, meeting.group2, "Den anden gruppe")
    view = member_view(read_snapshot(room_db, meeting.id), meeting.members["Bo Jensen"])
    shown = [i["text"] for i in view["group"]["inputs"]]
    assert len(shown) == PHONE_INPUTS and shown[-1] == f"Input {PHONE_INPUTS + 4}" and shown[0] == "Input 5"
    assert view["group"]["older"] == 5 and "Den anden gruppe" not in shown


def test_a_flood_from_one_phone_does_not_slow_the_others(room: Room, room_db: Database, meeting: Meeting) -> None:
    """Anne's phone (its own address, as on the meeting room's Wi-Fi) sends as fast as eight threads
    can, reads and writes; Carl's phone, meanwhile, is answered as quickly as before and never refused.
    The flood is turned away before any work: only the burst and one a second reach the database."""
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")

    def from_address(ip: str) -> httpx.Client:
        return httpx.Client(base_url=room.url, timeout=10, transport=httpx.HTTPTransport(local_address=ip))

    anne, carl = from_address("127.0.0.2"), from_address("127.0.0.3")
    for client, name in ((anne, "Anne Hansen"), (carl, "Carl Nielsen")):
        assert client.post("api/join", json={"member": meeting.members[name]}).json()["status"] == "joined"

    def carl_once(n: int) -> float:
        t0 = time.monotonic()
        assert carl.get("api/state").status_code == 200
        assert carl.post("api/inputs", json={"group": meeting.group2, "text": f"Carl {n}"}).status_code == 200
        return time.monotonic() - t0

    before = max(carl_once(n) for n in range(2))
    time.sleep(2.1)  # Carl's own bucket refills
    stop = threading.Event()
    codes: list[int] = []

    def flood() -> None:
        with from_address("127.0.0.2") as client:
            client.cookies.set("ws_device", anne.cookies["ws_device"])
            while not stop.is_set():
                codes.append(client.post("api/inputs", json={"group": meeting.group1, "text": "flood"}).status_code)
                codes.append(client.get("api/state").status_code)

    floods = [threading.Thread(target=flood, daemon=True) for _ in range(8)]
    for thread in floods:
        thread.start()
    try:
        time.sleep(0.5)  # the flood is at full speed
        during = []
        for n in range(2, 5):
            during.append(carl_once(n))
            time.sleep(1.0)
    finally:
        stop.set()
        for thread in floods:
            thread.join(10)
    assert len(codes) > 200 and codes.count(429) > 0.8 * len(codes), (len(codes), codes.count(429))
    assert max(during) < max(0.5, 5 * before), (before, during)  # the 500 ms, or no worse than idle ×5
    texts = [i.text for i in capture.list_inputs(room_db, meeting.groups_item)]
    assert sorted(t for t in texts if t.startswith("Carl")) == [f"Carl {n}" for n in range(5)]
    assert texts.count("flood") <= 5 + 5  # the burst, and about one a second for the flood's four seconds


HOSTILE = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', "<b>fed</b> & <para>", "]]> &amp;"]


def test_what_phones_send_prints_literally_in_the_referat(room: Room, room_db: Database, meeting: Meeting,
                                                          tmp_path: Path) -> None:
    """Answers and inputs from phones come out of the PDF as typed: no markup is read from them."""
    from tests.export import pdfread
    from workshop.services import referat as service

    anne, carl = join(room, meeting, "Anne Hansen"), join(room, meeting, "Carl Nielsen")
    meetings.set_current_step(room_db, meeting.id, meeting.question, "")
    assert anne.post("api/answer", json={"text": f"Svar {HOSTILE[0]} {HOSTILE[2]}"}).status_code == 200
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    assert anne.post("api/inputs", json={"group": meeting.group1, "text": f"Input {HOSTILE[1]}"}).status_code == 200
    assert carl.post("api/inputs", json={"group": meeting.group2, "text": f"Input {HOSTILE[3]}",
                                         "candidate": meeting.candidates[0]}).status_code == 200
    path = tmp_path / "referat.pdf"
    service.export_pdf(room_db, meeting.id, path)
    text = pdfread.text(path)
    assert f"Svar {HOSTILE[0]} {HOSTILE[2]}" in text
    assert f"Input {HOSTILE[1]}" in text and f"Input {HOSTILE[3]}" in text


def test_ids_out_of_any_rows_range_are_refused_not_a_server_error(room: Room, room_db: Database,
                                                                   meeting: Meeting) -> None:
    """A forged id beyond the database's integers (or a bool, a float) is a bad request, said in
    Danish, not a 500 with a traceback in the log."""
    anne = join(room, meeting, "Anne Hansen")
    room.device_limits.burst = 100  # every case below gets through to the check
    room.device_limits.allow(anne.cookies["ws_device"])
    huge = 10**20
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    for body in ({"group": huge, "text": "x"}, {"group": -huge, "text": "x"}, {"group": True, "text": "x"},
                 {"group": meeting.group1, "text": "x", "candidate": huge}):
        reply = anne.post("api/inputs", json=body)
        assert (reply.status_code, reply.json()["error"]) == (422, "Forespørgslen kunne ikke læses."), body
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "votes")
    for body in ({"candidate": huge, "count": 1}, {"candidate": meeting.candidates[0], "count": 1, "was": huge},
                 {"candidate": meeting.candidates[0], "count": huge}):
        reply = anne.post("api/votes", json=body)
        assert reply.status_code == 422 and reply.json()["error"], body
    assert anne.post("api/join", json={"member": huge}).status_code == 422
    assert capture.list_inputs(room_db, meeting.groups_item) == []
    assert voting.member_votes(room_db, meeting.groups_item) == {}
