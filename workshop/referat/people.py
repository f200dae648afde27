"""Committee members as the referat names them: seat order, party and chair role."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workshop.referat import danish


class People:
    """Member names in seat order, shown with party and chair role."""

    def __init__(self, committee: dict[str, Any]) -> None:
        self.members = {m["name"]: m for m in committee.get("members", [])}
        self.order = {name: i for i, name in enumerate(self.members)}

    def sort(self, names: Iterable[str]) -> list[str]:
        unique = list(dict.fromkeys(names))
        return sorted(unique, key=lambda n: (self.order.get(n, len(self.order)), unique.index(n)))

    def shown(self, name: str) -> str:
        m = self.members.get(name, {})
        extra = [f"({m['party']})"] if m.get("party") else []
        role = danish.ROLE_SHOWN.get(m.get("role", ""))
        if role:
            extra.append(f"({role})")
        return " ".join([name, *extra])
