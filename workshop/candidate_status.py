"""Candidate (pejlemærke) statuses: the stable values files and the database keep, and the
one Danish word for each that every screen, the projector, the phone page and the referat use."""

from __future__ import annotations

# Stable values: the meeting file keeps these, so files move between versions.
STATUSES = ("candidate", "shortlisted", "chosen", "rejected")

# The one Danish vocabulary (the UI translates these source strings; the referat prints them).
LABELS = {
    "candidate": "kandidat",
    "shortlisted": "kortliste",
    "chosen": "valgt",
    "rejected": "fravalgt",
}


def label(status: str) -> str:
    """The Danish word for ``status`` (the value itself if it is unknown)."""
    return LABELS.get(status, status)
