"""The captured results of a facilitation item as referat blocks, and the inputs' Bilag.

``results_part`` is the one place that says how a question round, a group work or
the working groups print: the drafted referat puts it in every such item, before
the secretary's Beslutning, and the decision editors show the same blocks above the
text box. ``input_appendices`` gives every group input in full for the *Bilag* at the
end of the referat. No database, no Qt: a meeting document in, plain data out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from workshop import candidate_status
from workshop.referat import danish
from workshop.referat.content import Appendix, Block, ItemSection
from workshop.referat.people import People

RESULTS_HEADING = "Resultater"
DECISION_HEADING = "Beslutning"
FACILITATION = ("question_round", "group_work", "working_groups")
APPENDIX_TITLE = "Input fra gruppearbejdet"


def _filled(texts: Iterable[str]) -> list[str]:
    return [t.strip() for t in texts if t.strip()]


def _question_round(item: dict[str, Any], people: People) -> list[Block]:
    blocks = []
    question = item.get("question", "").strip()
    answers = [a for a in item.get("answers", []) if a.get("text", "").strip()]
    if question:
        blocks.append(Block("paragraph", text=f"Medlemmerne besvarede spørgsmålet: \u201d{question}\u201d"))
    if answers:
        by = {a["member"]: a["text"].strip() for a in answers}
        blocks += [Block("paragraph", text="Her blev blandt andre nævnt:"),
                   Block("bullets", items=tuple(f"{people.shown(n)}: {by[n]}" for n in people.sort(by)))]
    return blocks


def ranked(candidates: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Candidates by votes, most first; equal votes keep the order they were made in."""
    order = sorted(enumerate(candidates), key=lambda ic: (-int(ic[1].get("votes", 0)), ic[0]))
    return [c for _, c in order]


def _group_inputs(group: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in group.get("inputs", []) if i.get("text", "").strip()]


def _candidates(item: dict[str, Any]) -> list[Block]:
    candidates = ranked(item.get("candidates", []))
    if not candidates:
        return []
    blocks = []
    chosen = [c for c in candidates if c.get("status") == "chosen"]
    others = [c for c in candidates if c.get("status") != "chosen"]
    if chosen:
        blocks += [Block("subheading", text="Valgte pejlemærker"),
                   Block("numbered", items=tuple(
                       f"{c['title']} ({danish.votes(int(c.get('votes', 0)))})"
                       + (f": {c['description'].strip()}" if c.get("description", "").strip() else "")
                       for c in chosen))]
    if others:
        described = any(c.get("description", "").strip() for c in others)
        rows = [("Pejlemærke", *(("Beskrivelse",) if described else ()), "Stemmer", "Status")]
        rows += [(c["title"], *((c.get("description", "").strip(),) if described else ()),
                  str(int(c.get("votes", 0))), candidate_status.label(c.get("status", "candidate")))
                 for c in others]
        blocks += [Block("subheading", text="Øvrige kandidater" if chosen else "Kandidater til pejlemærker"),
                   Block("table", rows=tuple(rows))]
    return blocks


def _group_work(item: dict[str, Any], people: People, appendix: int | None) -> list[Block]:
    blocks = []
    questions, perspectives = _filled(item.get("discussion_questions", [])), _filled(item.get("perspectives", []))
    if questions:
        blocks += [Block("paragraph", text="Deltagerne drøftede i grupper følgende spørgsmål:"),
                   Block("bullets", items=tuple(questions))]
    if perspectives:
        blocks += [Block("paragraph", text="Drøftelsen tog udgangspunkt i følgende perspektiver:"),
                   Block("bullets", items=tuple(perspectives))]
    groups = item.get("groups", [])
    if groups:
        rows = [("Gruppe", "Deltagere", "Input")]
        rows += [(g["name"], danish.join_names([people.shown(n) for n in people.sort(g.get("members", []))]),
                  str(len(_group_inputs(g)))) for g in groups]
        total = sum(len(_group_inputs(g)) for g in groups)
        blocks += [Block("subheading", text="Grupperne"), Block("table", rows=tuple(rows))]
        if total and appendix is not None:
            blocks.append(Block("paragraph", text=f"I alt {total} input; de står i fuld længde i bilag {appendix}."))
    return blocks + _candidates(item)


def _working_groups(doc: dict[str, Any], item: dict[str, Any], people: People) -> list[Block]:
    blocks = []
    whose = danish.committee_genitive(doc["committee"].get("kind", ""))
    for wg in item.get("working_groups", []):
        blocks.append(Block("subheading", text=wg["name"].strip()))
        mandate = " ".join(wg.get("mandate", "").split())
        if mandate:
            blocks.append(Block("field", label="Mandat", text=mandate))
        convener = wg.get("convener")
        members = [people.shown(n) + (" (tovholder)" if n == convener else "")
                   for n in people.sort(wg.get("members", []))]
        if members:
            blocks.append(Block("field", label="Medlemmer", text=danish.join_names(members)))
        guests = [f"{g['name'].strip()} ({g['organisation'].strip()})" if g.get("organisation", "").strip()
                  else g["name"].strip() for g in wg.get("guests", [])]
        if guests:
            blocks.append(Block("field", label="Udefra", text=danish.join_names(guests)))
        if wg.get("meets_on"):
            blocks.append(Block("field", label="Mødes", text=danish.long_date(wg["meets_on"])))
        if wg.get("reports_to"):
            blocks.append(Block("field", label="Melder tilbage",
                                text=f"til {whose} møde {danish.long_date(wg['reports_to'])}"))
    return blocks


def results_part(doc: dict[str, Any], item_index: int, *, appendix: int | None = None) -> tuple[Block, ...]:
    """What the room produced in one facilitation item, as it prints: heading *Resultater* and its blocks.

    Args:
        doc: the meeting document (meeting-file dict).
        item_index: the item's place in ``doc["meeting"]["items"]``.
        appendix: the number of the Bilag that holds this item's inputs in full, if any.

    Returns:
        () for a case item or one with nothing captured.
    """
    item = doc["meeting"]["items"][item_index]
    people = People(doc["committee"])
    kind = item.get("kind", "case")
    if kind == "question_round":
        blocks = _question_round(item, people)
    elif kind == "group_work":
        blocks = _group_work(item, people, appendix)
    elif kind == "working_groups":
        blocks = _working_groups(doc, item, people)
    else:
        blocks = []
    return (Block("heading", text=RESULTS_HEADING), *blocks) if blocks else ()


def _input_line(entry: dict[str, Any]) -> str:
    text = entry["text"].strip()
    return f"{entry['member']}: {text}" if entry.get("member") else text


def _appendix_blocks(item: dict[str, Any], people: People) -> list[Block]:
    titles = [c["title"] for c in ranked(item.get("candidates", []))]
    blocks: list[Block] = []
    for group in item.get("groups", []):
        inputs = _group_inputs(group)
        if not inputs:
            continue
        members = people.sort(group.get("members", []))
        blocks.append(Block("subheading", text=group["name"]
                            + (f" ({danish.join_names(members)})" if members else "")))
        under = [t for t in titles if any(i.get("candidate") == t for i in inputs)]
        for title in under:
            blocks += [Block("field", label="Pejlemærke", text=title),
                       Block("bullets", items=tuple(_input_line(i) for i in inputs if i.get("candidate") == title))]
        loose = [i for i in inputs if i.get("candidate") not in under]
        if loose:
            if under:
                blocks.append(Block("paragraph", text="Uden pejlemærke:"))
            blocks.append(Block("bullets", items=tuple(_input_line(i) for i in loose)))
    return blocks


def appendix_numbers(doc: dict[str, Any]) -> dict[int, int]:
    """Bilag number by item index: the group-work items that have inputs, numbered from 1."""
    numbers: dict[int, int] = {}
    for index, item in enumerate(doc["meeting"].get("items", [])):
        if item.get("kind") == "group_work" and any(_group_inputs(g) for g in item.get("groups", [])):
            numbers[index] = len(numbers) + 1
    return numbers


def input_appendices(doc: dict[str, Any]) -> tuple[Appendix, ...]:
    """Every group input in full: one Bilag per group-work item, per group, under its pejlemærke."""
    people = People(doc["committee"])
    items = doc["meeting"].get("items", [])
    return tuple(Appendix(number=number, title=f"{APPENDIX_TITLE}, punkt {index + 1}: {items[index]['title']}",
                          blocks=tuple(_appendix_blocks(items[index], people)))
                 for index, number in appendix_numbers(doc).items())


def decision_part(section: ItemSection) -> tuple[Block, ...]:
    """A printed item from its *Resultater* (or, without results, its *Beslutning*) to its end.

    How the decision editors of a locked meeting show an item: exactly as the frozen
    referat prints it, including what follows the decision (absence, remarks).
    () when the item has neither.
    """
    blocks = section.blocks
    start = next((i for i, b in enumerate(blocks)
                  if b.kind == "heading" and b.text in (RESULTS_HEADING, DECISION_HEADING)), len(blocks))
    return blocks[start:]
