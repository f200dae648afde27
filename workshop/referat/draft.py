"""Meeting document (the meeting-file dict) -> drafted referat, deterministically.

No database, no Qt: the same document always drafts the same referat, which is
what makes the fingerprint of a frozen version verifiable later.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from workshop.referat import danish
from workshop.referat.content import Block, ItemSection, LeaderPage, Referat
from workshop.referat.textblocks import table_row, text_blocks

# (key, heading) of the plain text sections, in the order a Danish referat prints them.
_TEXT_BEFORE_RECOMMENDATION = (
    ("summary", "Resumé"),
    ("background", "Baggrund"),
    ("presentation", "Sagsfremstilling"),
    ("economy", "Økonomiske konsekvenser og finansiering"),
)


# A mandate written as "Arbejder videre med …" reads on after "Gruppen"; any other
# wording is quoted as the group's task instead of guessing at its grammar.
_MANDATE_VERBS = {"arbejder", "skal", "ser", "udarbejder", "kigger", "undersøger", "formulerer",
                  "laver", "beskriver", "giver", "samler", "udvikler", "vurderer", "foreslår"}


class _People:
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


def _attendance(meeting: dict[str, Any], status: str) -> list[str]:
    return [a["member"] for a in meeting.get("attendance", []) if a.get("status") == status]


def _leader(doc: dict[str, Any], people: _People) -> LeaderPage:
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


def _absence(item: dict[str, Any], meeting: dict[str, Any], people: _People) -> list[Block]:
    blocks = []
    absent = people.sort([*_attendance(meeting, "absent"), *item.get("absent", [])])
    excused = [n for n in people.sort(_attendance(meeting, "excused")) if n not in absent]
    if absent:
        blocks.append(Block("field", label="Fraværende",
                            text=", ".join(people.shown(n) for n in absent)))
    if excused:
        blocks.append(Block("field", label="Afbud", text=", ".join(people.shown(n) for n in excused)))
    for name in people.sort(item.get("conflicts", [])):
        blocks.append(Block("paragraph", text=f"{people.shown(name)} deltog ikke i behandlingen"
                                              " af punktet på grund af inhabilitet."))
    return blocks


def _remarks(item: dict[str, Any], people: _People) -> list[Block]:
    remarks = [r for r in item.get("remarks", []) if r.get("text", "").strip()]
    if not remarks:
        return []
    return [Block("heading", text="Tilførsler til protokollen"),
            *(Block("field", label=people.shown(r["member"]), text=r["text"]) for r in remarks)]


def _item(doc: dict[str, Any], index: int, people: _People, times: list[tuple[str, str]]) -> ItemSection:
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
    decision = item.get("decision", "")
    blocks += _text("Beslutning", decision if decision.strip() else drafted_decision(doc, index))
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
        The drafted referat: leader page, one section per agenda item, signatories.
    """
    people = _People(doc["committee"])
    items = doc["meeting"].get("items", [])
    times = _times(doc["meeting"])
    return Referat(
        leader=_leader(doc, people),
        items=tuple(_item(doc, i, people, times) for i in range(len(items))),
        signatories=tuple(people.sort(_attendance(doc["meeting"], "present"))),
    )


# --- decisions drafted from what was captured ------------------------------------


def _bullet(text: str) -> str:
    # Continuation lines are indented so the bullet keeps them (see textblocks).
    return "- " + "\n  ".join(line.strip() for line in text.strip().splitlines() if line.strip())


def _question_round(item: dict[str, Any], people: _People) -> list[str]:
    parts = []
    question = item.get("question", "").strip()
    answers = [a for a in item.get("answers", []) if a.get("text", "").strip()]
    if question:
        parts.append(f"Medlemmerne besvarede spørgsmålet: \u201d{question}\u201d")
    if answers:
        order = people.sort(a["member"] for a in answers)
        by = {a["member"]: a["text"] for a in answers}
        parts.append("Her blev blandt andre nævnt:\n"
                     + "\n".join(_bullet(f"{people.shown(n)}: {by[n]}") for n in order))
    return parts


def _group_work(item: dict[str, Any], people: _People) -> list[str]:
    parts = []
    questions = [q for q in item.get("discussion_questions", []) if q.strip()]
    perspectives = [p for p in item.get("perspectives", []) if p.strip()]
    if questions:
        parts.append("Deltagerne drøftede i grupper følgende spørgsmål:\n"
                     + "\n".join(_bullet(q) for q in questions))
    if perspectives:
        parts.append("Drøftelsen tog udgangspunkt i følgende perspektiver:\n"
                     + "\n".join(_bullet(p) for p in perspectives))
    for group in item.get("groups", []):
        inputs = [i["text"] for i in group.get("inputs", []) if i.get("text", "").strip()]
        members = people.sort(group.get("members", []))
        who = f" ({danish.join_names(members)})" if members else ""
        if inputs:
            parts.append(f"{group['name']}{who} gav følgende input:\n"
                         + "\n".join(_bullet(t) for t in inputs))
        elif members:
            parts.append(f"{group['name']}{who} gav ingen input.")
    candidates = sorted(enumerate(item.get("candidates", [])),
                        key=lambda ic: (-int(ic[1].get("votes", 0)), ic[0]))
    if candidates:
        described = any(c.get("description", "").strip() for _, c in candidates)
        header = ["Pejlemærke", *(["Beskrivelse"] if described else []), "Stemmer", "Status"]
        rows = [table_row(header)]
        for _, c in candidates:
            rows.append(table_row([c["title"], *([c.get("description", "")] if described else []),
                                   str(int(c.get("votes", 0))),
                                   danish.CANDIDATE_STATUS[c.get("status", "candidate")]]))
        parts.append("Kandidater til pejlemærker:\n" + "\n".join(rows))
        chosen = [c["title"] for _, c in candidates if c.get("status") == "chosen"]
        if chosen:
            parts.append(f"Udvalget valgte følgende pejlemærker: {danish.join_names(chosen)}.")
    return parts


def _working_group_members(wg: dict[str, Any], people: _People) -> str:
    """"Medlemmer: A (tovholder), B; udefra: C (Org)." – the committee's members in seat order,
    the convener marked, then the people from outside the committee."""
    convener = wg.get("convener")
    members = [f"{name} (tovholder)" if name == convener else name
               for name in people.sort(wg.get("members", []))]
    guests = [f"{g['name'].strip()} ({g['organisation'].strip()})" if g.get("organisation", "").strip()
              else g["name"].strip() for g in wg.get("guests", [])]
    if members and guests:
        return f"Medlemmer: {danish.join_names(members)}; udefra: {danish.join_names(guests)}."
    if members:
        return f"Medlemmer: {danish.join_names(members)}."
    if guests:
        return f"Medlemmer udefra: {danish.join_names(guests)}."
    return ""


def _working_groups(doc: dict[str, Any], item: dict[str, Any], people: _People) -> list[str]:
    parts = []
    whose = danish.committee_genitive(doc["committee"].get("kind", ""))
    for wg in item.get("working_groups", []):
        sentences = [f"Der blev nedsat en arbejdsgruppe: {wg['name'].strip()}."]
        mandate = " ".join(wg.get("mandate", "").split())
        if mandate:
            verb = mandate.split()[0].lower() in _MANDATE_VERBS
            sentences.append(f"Gruppen {mandate[:1].lower()}{mandate[1:].rstrip('.')}." if verb
                             else f"Gruppens opgave: {mandate.rstrip('.')}.")
        line = _working_group_members(wg, people)
        if line:
            sentences.append(line)
        meets, reports = wg.get("meets_on"), wg.get("reports_to")
        if meets and reports:
            sentences.append(f"Gruppen mødes {danish.long_date(meets)} og skal levere yderligere input"
                             f" tilbage til {whose} møde {danish.long_date(reports)}.")
        elif meets:
            sentences.append(f"Gruppen mødes første gang {danish.long_date(meets)}.")
        elif reports:
            sentences.append(f"Gruppen skal levere input tilbage til {whose} møde"
                             f" {danish.long_date(reports)}.")
        parts.append(" ".join(sentences))
    return parts


def drafted_decision(doc: dict[str, Any], item_index: int) -> str:
    """A Beslutning in plain Danish from what was captured for a facilitation item.

    Used in the referat only while the item's own ``decision`` is empty; the UI
    offers it to prefill the decision editor. Case items and items with nothing
    captured give "".
    """
    people = _People(doc["committee"])
    item = doc["meeting"]["items"][item_index]
    kind = item.get("kind", "case")
    if kind == "question_round":
        parts = _question_round(item, people)
    elif kind == "group_work":
        parts = _group_work(item, people)
    elif kind == "working_groups":
        parts = _working_groups(doc, item, people)
    else:
        parts = []
    return "\n\n".join(parts)
