"""Meeting document (the meeting-file dict) -> drafted referat, deterministically.

No database, no Qt: the same document always drafts the same referat, which is
what makes the fingerprint of a frozen version verifiable later.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from workshop.referat import danish
from workshop.referat.content import Block, ItemSection, LeaderPage, Referat
from workshop.referat.people import People
from workshop.referat.results import DECISION_HEADING, appendix_numbers, input_appendices, results_part
from workshop.referat.textblocks import text_blocks

# (key, heading) of the plain text sections, in the order a Danish referat prints them.
_TEXT_BEFORE_RECOMMENDATION = (
    ("summary", "Resumé"),
    ("background", "Baggrund"),
    ("presentation", "Sagsfremstilling"),
    ("economy", "Økonomiske konsekvenser og finansiering"),
)


def _attendance(meeting: dict[str, Any], status: str) -> list[str]:
    return [a["member"] for a in meeting.get("attendance", []) if a.get("status") == status]


def _leader(doc: dict[str, Any], people: People) -> LeaderPage:
    committee, meeting = doc["committee"], doc["meeting"]
    starts = danish.parse_datetime(meeting["starts_at"])
    period = f" ({committee['period']})" if committee.get("period") else ""
    away = [(n, "absent") for n in _attendance(meeting, "absent")]
    away += [(n, "excused") for n in _attendance(meeting, "excused")]
    status = dict(away)
    ended = meeting.get("ended_at")
    times = _times(meeting)
    return LeaderPage(
        header=f"REFERAT {committee['name']}{period} d. {danish.short_date(starts)}",
        committee=committee["name"],
        title=meeting["title"],
        date_line=danish.meeting_time(starts),
        short_date=danish.short_date(starts),
        location=meeting.get("location", ""),
        case_id=meeting.get("case_id", ""),
        purpose=meeting.get("purpose", ""),
        present=tuple(people.shown(n) for n in people.sort(_attendance(meeting, "present"))),
        away=tuple(people.shown(n) + (" (afbud)" if status[n] == "excused" else "")
                   for n in people.sort(status)),
        closing=f"Protokollen blev læst og mødet hævet kl.: {ended}" if ended else "",
        schedule=_schedule(meeting, times),
    )


def _times(meeting: dict[str, Any]) -> list[tuple[str, str]]:
    """(planned, actual) start per item as "HH:MM"; planned is "" when no item has a time box.

    Planned = the meeting's start plus the previous items' time boxes, as the run
    mode's schedule counts it; actual is the item's ``started_at`` or "".
    """
    items = meeting.get("items", [])
    boxed = any(item.get("planned_minutes") for item in items)
    at = danish.parse_datetime(meeting["starts_at"])
    times = []
    for item in items:
        times.append((f"{at:%H:%M}" if boxed else "", item.get("started_at", "")))
        at += timedelta(minutes=item.get("planned_minutes") or 0)
    return times


def _schedule(meeting: dict[str, Any], times: list[tuple[str, str]]) -> tuple[tuple[str, ...], ...]:
    """The leader page's "Tidsplan", only when at least one item has an actual start."""
    if not any(actual for _, actual in times):
        return ()
    boxed = any(planned for planned, _ in times)
    rows = [("Punkt", "Planlagt", "Faktisk") if boxed else ("Punkt", "Faktisk")]
    for n, (item, (planned, actual)) in enumerate(zip(meeting["items"], times, strict=True), start=1):
        rows.append((f"{n}. {item['title']}", *((planned,) if boxed else ()), actual or "–"))
    return tuple(rows)


def _started(planned: str, actual: str) -> list[Block]:
    """The small line under an item heading; nothing until the item has an actual start."""
    if not actual:
        return []
    text = f"Planlagt kl. {planned} · startede kl. {actual}" if planned else f"Startede kl. {actual}"
    return [Block("meta", text=text)]


def _text(heading: str, value: str) -> list[Block]:
    body = text_blocks(value or "")
    return [Block("heading", text=heading), *body] if body else []


def _recommendation(item: dict[str, Any]) -> list[Block]:
    points = [r.strip() for r in item.get("recommendations", []) if r.strip()]
    by = item.get("recommended_by", "").strip()
    if not points and not by:
        return []
    blocks = [Block("heading", text="Indstilling")]
    if by:
        blocks.append(Block("paragraph", text=f"{by} indstiller"))
    if points:
        blocks.append(Block("numbered", items=tuple(
            p if p[:3].lower() == "at " else f"at {p[:1].lower()}{p[1:]}" for p in points)))
    return blocks


def _attachments(item: dict[str, Any]) -> list[Block]:
    rows = [("ANBEFALET " if a.get("recommended") else "") + a["title"]
            for a in item.get("attachments", [])]
    return [Block("heading", text="Bilag"), Block("numbered", items=tuple(rows))] if rows else []


def _absence(item: dict[str, Any], meeting: dict[str, Any], people: People) -> list[Block]:
    """Who was away for the item. An absence or inhabilitet during one item is said only of a member
    present at the meeting: one with afbud or away all evening took no part anyway, and the referat
    must not say both."""
    blocks = []
    present = set(_attendance(meeting, "present"))
    absent = people.sort([*_attendance(meeting, "absent"), *(n for n in item.get("absent", []) if n in present)])
    excused = [n for n in people.sort(_attendance(meeting, "excused")) if n not in absent]
    if absent:
        blocks.append(Block("field", label="Fraværende",
                            text=", ".join(people.shown(n) for n in absent)))
    if excused:
        blocks.append(Block("field", label="Afbud", text=", ".join(people.shown(n) for n in excused)))
    for name in people.sort([n for n in item.get("conflicts", []) if n in present]):
        blocks.append(Block("paragraph", text=f"{people.shown(name)} deltog ikke i behandlingen"
                                              " af punktet på grund af inhabilitet."))
    return blocks


def _remarks(item: dict[str, Any], people: People) -> list[Block]:
    remarks = [r for r in item.get("remarks", []) if r.get("text", "").strip()]
    if not remarks:
        return []
    return [Block("heading", text="Tilførsler til protokollen"),
            *(Block("field", label=people.shown(r["member"]), text=r["text"]) for r in remarks)]


def _item(doc: dict[str, Any], index: int, people: People, times: list[tuple[str, str]],
          appendices: dict[int, int]) -> ItemSection:
    meeting = doc["meeting"]
    item = meeting["items"][index]
    blocks: list[Block] = _started(*times[index])
    if item.get("case_id", "").strip():
        blocks.append(Block("field", label="Sags ID", text=item["case_id"].strip()))
    for key, heading in _TEXT_BEFORE_RECOMMENDATION:
        blocks += _text(heading, item.get(key, ""))
    blocks += _recommendation(item)
    blocks += _text("Tidligere beslutninger", item.get("previous_decisions", ""))
    blocks += _text("Beslutningen træffes af", item.get("decided_by", ""))
    # What the room produced prints always, and the secretary's text as written after it.
    blocks += results_part(doc, index, appendix=appendices.get(index))
    blocks += _text(DECISION_HEADING, item.get("decision", ""))
    if item.get("kind") == "closing" and item.get("next_meeting_on"):  # project extension
        blocks.append(Block("field", label="Næste møde", text=danish.long_date(item["next_meeting_on"])))
    blocks += _attachments(item)
    blocks += _absence(item, meeting, people)
    blocks += _remarks(item, people)
    return ItemSection(number=index + 1, title=item["title"], open=item.get("open", True),
                       blocks=tuple(blocks))


def draft_referat(doc: dict[str, Any]) -> Referat:
    """The referat of a meeting document (format ``workshop-meeting/1``).

    Args:
        doc: the meeting-file dict, as ``meeting_document`` exports it.

    Returns:
        The drafted referat: leader page, one section per agenda item (a facilitation
        item's captured results before its Beslutning), the inputs' Bilag, signatories.
    """
    people = People(doc["committee"])
    items = doc["meeting"].get("items", [])
    times = _times(doc["meeting"])
    appendices = appendix_numbers(doc)
    return Referat(
        leader=_leader(doc, people),
        items=tuple(_item(doc, i, people, times, appendices) for i in range(len(items))),
        signatories=tuple(people.sort(_attendance(doc["meeting"], "present"))),
        appendices=input_appendices(doc),
    )
