"""The room's API under the hostile trial of 2026-12-04 (report trial-hostile.md): each failed before its fix."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.room.meeting import Meeting
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.room.server import Room, RoomError
from workshop.services import capture, meetings


def joined(room: Room, meeting: Meeting, name: str) -> httpx.Client:
    client = httpx.Client(base_url=room.url, timeout=10)
    reply = client.post("api/join", json={"member": meeting.members[name]})
    assert reply.status_code == 200, reply.text
    return client


@pytest.mark.parametrize("body", ["[" * 4000, '{"text": ' + "[" * 2000 + "]" * 2000 + "}", "{" * 4000])
@pytest.mark.parametrize("endpoint", ["api/answer", "api/join", "api/inputs", "api/votes"])
def test_json_nested_deeper_than_the_parser_follows_is_a_plain_refusal(
        room: Room, meeting: Meeting, room_db: Database, body: str, endpoint: str,
        capfd: pytest.CaptureFixture[str]) -> None:
    """4 KB of "[" made the parser raise RecursionError: a 500 and a traceback on the server's terminal."""
    meetings.set_current_step(room_db, meeting.id, meeting.question, "")
    phone = joined(room, meeting, "Anne Hansen")
    room.device_limits.allow = lambda key: True  # type: ignore[method-assign]  # many posts in a row
    reply = phone.post(endpoint, content=body, headers={"content-type": "application/json"})
    assert reply.status_code in (400, 422), reply.text
    assert "error" in reply.json()
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("text", ["\ud800", "svar \udfff", "\udbff\udfff"[0]])
def test_a_lone_surrogate_from_a_phone_is_refused_not_a_server_error(
        room: Room, meeting: Meeting, room_db: Database, text: str, capfd: pytest.CaptureFixture[str]) -> None:
    """JSON may carry "\\ud800"; the driver could not encode it: a 500 and a traceback, nothing said to the phone."""
    meetings.set_current_step(room_db, meeting.id, meeting.question, "")
    phone = joined(room, meeting, "Anne Hansen")
    reply = phone.post("api/answer", content=json.dumps({"text": text}), headers={"content-type": "application/json"})
    assert reply.status_code == 422, reply.text
    assert "ugyldigt tegn" in reply.json()["error"]
    assert "Traceback" not in capfd.readouterr().err
    meetings.set_current_step(room_db, meeting.id, meeting.groups_item, "inputs")
    with pytest.raises(ValidationError, match="ugyldigt tegn"):
        capture.add_input(room_db, meeting.group1, text)


# --- connections that never finish their request (slowloris) ----------------------------------

_SLOW_CLIENT = """
import resource, socket, sys, time
resource.setrlimit(resource.RLIMIT_NOFILE, (4096, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
port, token, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
held = []
for _ in range(count):
    s = socket.socket()
    s.bind(("127.0.0.2", 0))  # another address than the phone's (Linux routes all of 127/8 to lo)
    s.connect(("127.0.0.1", port))
    s.send(("GET /" + token + "/ HTTP/1.1\\r\\nHost: x\\r\\n").encode())  # headers never finished
    held.append(s)
print("holding", len(held), flush=True)
time.sleep(60)
"""


def test_a_device_holding_a_thousand_half_sent_requests_starves_neither_phones_nor_the_app(
        room: Room, tmp_path: Path) -> None:
    """1,100 such connections used every descriptor (soft limit 1,024): phones got nothing, the app
    could not open a file, and uvicorn logged "Too many open files" without end."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    # A desktop's usual limit, 1,024, for the room's own connections: on top of what this test
    # process has open already (other tests ran in it before), or the test depends on their order.
    already_open = len(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(already_open + 1024, hard), hard))
    attacker = subprocess.Popen([sys.executable, "-c", _SLOW_CLIENT, str(room.port), room.token, "1100"],
                                stdout=subprocess.PIPE, text=True)
    try:
        assert attacker.stdout is not None and attacker.stdout.readline().startswith("holding")
        # The room turns the held connections away as it accepts them, a burst at a time (on a
        # busy machine for a while after the attacker is done): then what this process has open
        # is back near where it was. Without the room's limits it is not, until the unfinished
        # headers time out, later than this waits.
        wait = 5.0
        assert room.connection_limits.header_seconds > wait
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):  # EMFILE: listing the descriptors takes one too
                if len(os.listdir("/proc/self/fd")) < already_open + 100:
                    break
            time.sleep(0.1)
        assert httpx.get(room.url, timeout=5).status_code == 200  # a phone still gets its page
        (tmp_path / "still.txt").write_text("the app can open files")
    finally:
        attacker.kill()
        attacker.wait()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_request_whose_headers_never_complete_is_closed_and_a_live_stream_is_not(
        room: Room, meeting: Meeting, room_db: Database) -> None:
    room.connection_limits.header_seconds = 0.5
    slow = socket.create_connection(("127.0.0.1", room.port))
    slow.sendall(f"GET /{room.token}/ HTTP/1.1\r\nHost: x\r\n".encode())
    slow.settimeout(5)
    started = time.monotonic()
    assert slow.recv(100) == b""  # closed by the server, not answered
    assert time.monotonic() - started < 3
    slow.close()
    # a live stream is a request under way: it outlives the deadline and still gets changes
    phone = joined(room, meeting, "Anne Hansen")
    with phone.stream("GET", "api/events") as stream:
        lines = stream.iter_lines()
        assert next(lines).startswith("retry:")
        time.sleep(1.2)
        meetings.set_current_step(room_db, meeting.id, meeting.question, "")
        room.notify()
        steps = (json.loads(line[6:])["step"] for line in lines if line.startswith("data: "))
        assert "answer" in (next(steps), next(steps))  # the view on opening, then the change


# --- join floods ------------------------------------------------------------------------------------

def test_a_flood_of_joins_for_a_taken_name_asks_the_secretary_once_and_leaves_room_for_phones(
        room: Room, meeting: Meeting) -> None:
    """Each cookie-less join for a taken name made a new device and a new dialog on the laptop
    (20 a second, up to 1,000 devices), after which no phone could join at all."""
    asked: list[object] = []
    room.devices.on_request = asked.append
    joined(room, meeting, "Anne Hansen")
    room.address_limits.allow = lambda key: True  # type: ignore[method-assign]  # the flood is the point
    anne = meeting.members["Anne Hansen"]
    codes = [httpx.post(room.url + "api/join", json={"member": anne}).status_code for _ in range(40)]
    assert codes[0] == 200 and codes[1:].count(409) >= 30, codes
    assert len(asked) == 1 and len(room.devices.requests()) == 1
    refused = httpx.post(room.url + "api/join", json={"member": anne})
    assert "sekretæren er allerede spurgt" in refused.json()["error"]
    assert len(room.devices._devices) == 2  # holder and asker: the refused left none behind
    # one address gets a few devices, not the room's thousand
    assert sum(room.devices.new("10.0.0.9") is not None for _ in range(20)) == 8
    # a phone on another address still joins
    with httpx.Client(base_url=room.url, transport=httpx.HTTPTransport(local_address="127.0.0.3")) as phone:
        reply = phone.post("api/join", json={"member": meeting.members["Bo Jensen"]})
        assert reply.status_code == 200 and reply.json()["status"] == "joined", reply.text


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "", "[::]"])
def test_a_room_on_every_interface_is_refused(room_db: Database, meeting: Meeting, host: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``serve --host 0.0.0.0`` listened on every network (the room is for the one the chair chose)
    and printed http://0.0.0.0:…/ as the join address, which no phone can open."""
    from tests.cli_run import one_line_error, run_cli

    room = Room(room_db, meeting.id, host=host)
    with pytest.raises(RoomError, match="kun på ét net"):
        room.start()
    assert not room.running
    if room_db.url.startswith("sqlite"):
        line = one_line_error(run_cli(capsys, "--db", room_db.url, "serve", str(meeting.id), "--host", host,
                                      "--port", "0"))
        assert "kun på ét net" in line


def test_head_on_the_live_stream_answers_at_once_and_holds_no_stream(room: Room, meeting: Meeting) -> None:
    """HEAD opened a stream whose (suppressed) body never ended: it held one of the phone's three
    stream slots, and the keep-alive connection hung, so the page's next request on it timed out."""
    phone = joined(room, meeting, "Anne Hansen")
    phone.timeout = httpx.Timeout(3)
    for _ in range(4):
        reply = phone.head("api/events")
        assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/event-stream")
    assert len(room._streams) == 0
    with phone.stream("GET", "api/events") as stream:  # on the same kept-alive connection
        assert next(stream.iter_lines()).startswith("retry:")
