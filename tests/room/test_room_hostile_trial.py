"""The room's API under the hostile trial of 2026-12-04 (report trial-hostile.md): each failed before its fix."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.room.meeting import Meeting
from workshop.db import Database
from workshop.errors import ValidationError
from workshop.room.server import Room
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
