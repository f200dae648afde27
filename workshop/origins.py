"""Where an input came from: typed by the secretary, or given by a member from their phone.

The stable values the database and the meeting file keep, and the one Danish word
every screen, the projector and the phone page show next to the member's name.
"""

from __future__ import annotations

TYPED = ""  # the secretary typed it (the default; nothing is shown)
PHONE = "phone"  # the member sent it from their own phone (workshop/room)
ORIGINS = (TYPED, PHONE)

LABELS = {TYPED: "", PHONE: "telefon"}

# Longest text a member may send from a phone (an input or an answer).
MEMBER_TEXT_LIMIT = 500


def label(origin: str, member: str | None) -> str:
    """``"Anne Hansen · telefon"``, ``"Anne Hansen"``, ``"telefon"`` or ``""``."""
    return " · ".join(part for part in (member or "", LABELS.get(origin, origin)) if part)


def by_member(origin: str) -> bool:
    """True when the member acts for themselves, so the member rules apply (services/member_rules.py)."""
    return origin == PHONE
