"""Which address the room listens on: the chair's choice among this machine's, default the default route's.

The room listens on that one address only, never on all interfaces: a laptop on
the meeting room's Wi-Fi and a cabled office network serves only the Wi-Fi.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import ifaddr  # cross-platform interface list (also used by python-zeroconf)


@dataclass(frozen=True)
class Address:
    interface: str
    ip: str

    @property
    def label(self) -> str:
        return f"{self.ip} ({self.interface})"


def addresses() -> list[Address]:
    """This machine's IPv4 addresses, loopback last (link-local left out: phones cannot reach them)."""
    found = [Address(adapter.nice_name, ip.ip)
             for adapter in ifaddr.get_adapters() for ip in adapter.ips
             if isinstance(ip.ip, str) and not ip.ip.startswith("169.254.")]
    return sorted(found, key=lambda a: (a.ip.startswith("127."), a.interface, a.ip))


def default_address() -> Address | None:
    """The address of the interface with the default route; None when there is none (no network)."""
    found = addresses()
    name = _default_interface()
    if name is not None:
        for address in found:
            if address.interface == name:
                return address
    ip = _route_lookup()
    return next((a for a in found if a.ip == ip), None) if ip else None


def _default_interface() -> str | None:
    """Linux: the interface of the default route in /proc/net/route."""
    try:
        lines = Path("/proc/net/route").read_text().splitlines()[1:]
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) > 2 and fields[1] == "00000000":
            return fields[0]
    return None


def _route_lookup() -> str | None:
    """Other systems: the source address the kernel picks for an outside destination.

    ``connect`` on a UDP socket only chooses the route; no packet is sent.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1 (RFC 5737): never a real host
            return str(probe.getsockname()[0])
        except OSError:
            return None
