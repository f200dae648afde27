"""Which phone acts as which member, and the secretary's OK for a second device on a taken name.

Kept in memory for one opening of the room: a new opening has a new token and
forgets every device. A device is a random secret in an HttpOnly cookie; the
member it acts as is decided here, never by what the phone sends with an action.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_DEVICES = 1000  # a flood of joins cannot grow the table without bound
MAX_DEVICES_PER_ADDRESS = 8  # a phone with a few browsers; one address cannot fill the table
MAX_REQUESTS = 5  # the secretary's open questions at once; each is a dialog on the laptop


@dataclass
class Device:
    id: str
    member_id: int | None = None  # the member this device acts as, once joined
    pending: int | None = None  # the member it asked for, while waiting for the secretary
    address: str | None = None  # where it first came from (the per-address cap)


@dataclass
class JoinRequest:
    """A second device asking for a name another device holds."""

    id: str
    device_id: str
    member_id: int


@dataclass
class Devices:
    on_request: Callable[[JoinRequest], None] | None = None  # the secretary is asked (called under no lock)
    _devices: dict[str, Device] = field(default_factory=dict)
    _requests: dict[str, JoinRequest] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def new(self, address: str | None = None) -> Device | None:
        """A fresh device, or None when the room is full, or ``address`` has its share already."""
        with self._lock:
            if len(self._devices) >= MAX_DEVICES:
                return None
            if address is not None and sum(d.address == address for d in self._devices.values()) \
                    >= MAX_DEVICES_PER_ADDRESS:
                return None
            device = Device(secrets.token_urlsafe(16), address=address)
            self._devices[device.id] = device
            return device

    def get(self, device_id: str | None) -> Device | None:
        return self._devices.get(device_id) if device_id else None

    def holders(self, member_id: int) -> list[str]:
        with self._lock:
            return [d.id for d in self._devices.values() if d.member_id == member_id]

    def taken(self) -> set[int]:
        with self._lock:
            return {d.member_id for d in self._devices.values() if d.member_id is not None}

    def join(self, device_id: str, member_id: int) -> str:
        """Make the device act as ``member_id``: "joined", or "pending" while the secretary decides;
        "busy" when another device's question about the name, or ``MAX_REQUESTS`` questions, wait."""
        request = None
        with self._lock:
            device = self._devices[device_id]
            others = [d for d in self._devices.values() if d.member_id == member_id and d.id != device_id]
            if not others:
                device.member_id, device.pending = member_id, None
                self._drop_requests(device_id)
                return "joined"
            if device.member_id == member_id:
                return "joined"
            if device.pending != member_id:
                self._drop_requests(device_id)
                device.pending = None
                # One question per name and a few in all: a flood of joins must not open a
                # dialog on the secretary's laptop for each.
                asked = [r for r in self._requests.values() if r.member_id == member_id]
                if asked or len(self._requests) >= MAX_REQUESTS:
                    return "busy"
                device.pending = member_id
                request = JoinRequest(secrets.token_hex(8), device_id, member_id)
                self._requests[request.id] = request
        if request is not None and self.on_request is not None:
            self.on_request(request)
        return "pending"

    def approve(self, request_id: str) -> bool:
        """The secretary's OK: the asking device also acts as the member."""
        with self._lock:
            request = self._requests.pop(request_id, None)
            device = self._devices.get(request.device_id) if request else None
            if request is None or device is None or device.pending != request.member_id:
                return False
            device.member_id, device.pending = request.member_id, None
            return True

    def refuse(self, request_id: str) -> bool:
        with self._lock:
            request = self._requests.pop(request_id, None)
            device = self._devices.get(request.device_id) if request else None
            if request is None or device is None:
                return False
            device.pending = None
            return True

    def requests(self) -> list[JoinRequest]:
        with self._lock:
            return list(self._requests.values())

    def leave(self, device_id: str) -> None:
        with self._lock:
            device = self._devices.get(device_id)
            if device is not None:
                device.member_id = device.pending = None
                self._drop_requests(device_id)

    def forget(self, device_id: str) -> None:
        """Remove a device that never got a name (made for a join that was refused)."""
        with self._lock:
            device = self._devices.get(device_id)
            if device is not None and device.member_id is None and device.pending is None:
                del self._devices[device_id]

    def _drop_requests(self, device_id: str) -> None:
        for key in [k for k, r in self._requests.items() if r.device_id == device_id]:
            del self._requests[key]
