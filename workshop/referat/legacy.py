"""How Workshop drafted a facilitation item before the results part: for approved files that predate it.

Until the *Resultater* part existed (issue 10 §1), a facilitation item's captured
results were printed only while its ``decision`` was empty, as a drafted Beslutning,
and there was no Bilag. A meeting file approved then without its frozen ``content``
can only be checked against its fingerprint by drafting it the way it was drafted
then: ``legacy_referat`` does that, and nothing else uses it. New referats are drafted
by ``draft.draft_referat`` only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workshop.referat import danish
from workshop.referat.content import Block, Referat
from workshop.referat.people import People
from workshop.referat.results import DECISION_HEADING, RESULTS_HEADING, appendix_numbers, results_part
from workshop.referat.textblocks import table_row, text_blocks

# The candidate statuses as those referats printed them.
_STATUS = {"candidate": "kandidat", "shortlisted": "på kortlisten", "chosen": "valgt", "rejected": "fravalgt"}

# A mandate written as "Arbejder videre med …" reads on after "Gruppen"; any other
# wording is quoted as the group's task instead of guessing at its grammar.
_MANDATE_VERBS = {"arbejder", "skal", "ser", "udarbejder", "kigger", "undersøger", "formulerer",
                  "laver", "beskriver", "giver", "samler", "udvikler", "vurderer", "foreslår"}


def _bullet(text: str) -> str:
    # Continuation lines are indented so the bullet keeps them (see textblocks).
    return "- " + "\n  ".join(line.strip() for line in text.strip().splitlines() if line.strip())


def _question_round(item: dict[str, Any], people: People) -> list[str]:
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


def _group_work(item: dict[str, Any], people: People) -> list[str]:
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
                                   _STATUS[c.get("status", "candidate")]]))
        parts.append("Kandidater til pejlemærker:\n" + "\n".join(rows))
        chosen = [c["title"] for _, c in candidates if c.get("status") == "chosen"]
        if chosen:
            parts.append(f"Udvalget valgte følgende pejlemærker: {danish.join_names(chosen)}.")
    return parts


def _working_group_members(wg: dict[str, Any], people: People) -> str:
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


def _working_groups(doc: dict[str, Any], item: dict[str, Any], people: People) -> list[str]:
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


def _drafted_decision(doc: dict[str, Any], item_index: int) -> str:
    people = People(doc["committee"])
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


def _section_blocks(blocks: tuple[Block, ...], doc: dict[str, Any], index: int) -> tuple[Block, ...]:
    """One item's blocks as drafted then: no Resultater; the drafted text while no decision is written."""
    start = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.text == RESULTS_HEADING), None)
    if start is None:
        return blocks
    end = start + len(results_part(doc, index, appendix=appendix_numbers(doc).get(index)))
    decision = doc["meeting"]["items"][index].get("decision", "")
    then: list[Block] = []
    if not decision.strip():
        drafted = text_blocks(_drafted_decision(doc, index))
        then = [Block("heading", text=DECISION_HEADING), *drafted] if drafted else []
    return (*blocks[:start], *then, *blocks[end:])


def legacy_referat(referat: Referat, doc: dict[str, Any]) -> Referat:
    """``referat`` (drafted from ``doc`` now) as Workshop drafted it before the results part and the Bilag."""
    items = tuple(replace(section, blocks=_section_blocks(section.blocks, doc, i))
                  for i, section in enumerate(referat.items))
    return replace(referat, items=items, appendices=())
