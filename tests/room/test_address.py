"""Which address the room listens on, on this machine's real interfaces: by default the one with
the default route (as ``ip route`` says), and only there (not on loopback, not on all)."""

from __future__ import annotations

import shutil
import socket
import subprocess

import httpx
import pytest

from tests.room.meeting import Meeting
from workshop.db import Database
from workshop.room import address
from workshop.room.server import Room


def _default_route() -> tuple[str, set[str]]:
    """The default route's interface and its IPv4 addresses, from iproute2; skips without one."""
    if shutil.which("ip") is None:
        pytest.skip("iproute2 not installed")
    route = subprocess.run(["ip", "-4", "route", "show", "default"], capture_output=True, text=True).stdout.split()
    if "dev" not in route:
        pytest.skip("this machine has no default route")
    dev = route[route.index("dev") + 1]
    shown = subprocess.run(["ip", "-4", "-o", "addr", "show", "dev", dev], capture_output=True, text=True).stdout
    return dev, {line.split()[3].split("/")[0] for line in shown.splitlines()}


def test_the_default_is_the_default_routes_address() -> None:
    dev, ips = _default_route()
    found = address.default_address()
    assert found is not None and found.interface == dev and found.ip in ips
    assert found in address.addresses() and address.addresses()[-1].ip.startswith("127.")  # loopback last


@pytest.mark.parametrize("room_db", ["sqlite"], indirect=True)
def test_the_room_on_the_default_address_is_not_on_loopback(room_db: Database, meeting: Meeting) -> None:
    _default_route()
    chosen = address.default_address()
    assert chosen is not None and not chosen.ip.startswith("127.")
    room = Room(room_db, meeting.id, host=chosen.ip)
    room.start()
    try:
        assert room.url.startswith(f"http://{chosen.ip}:")
        assert httpx.get(room.url, timeout=5).status_code == 200
        with socket.socket() as probe:
            probe.settimeout(1)
            assert probe.connect_ex(("127.0.0.1", room.port)) != 0  # nothing on loopback
    finally:
        room.stop()
