"""Drafting a referat from a meeting document: pure data, no database, no PDF."""

from __future__ import annotations

import json

from tests.export.docs import rich, with_items
from workshop.referat.content import Block, Referat
from workshop.referat.draft import draft_referat
from workshop.referat.fingerprint import canonical_json, fingerprint
from workshop.referat.results import appendix_numbers, decision_part, results_part
from workshop.referat.textblocks import table_row, text_blocks


def _headings(section: object) -> list[str]:
    return [b.text for b in section.blocks if b.kind == "heading"]  # type: ignore[attr-defined]


def test_leader_page_reads_like_a_municipal_referat() -> None:
    leader = draft_referat(rich()).leader
    assert leader.header == "REFERAT Opgaveudvalg for digitalisering og teknologi (2017-2018) d. 15-11-2017"
    assert leader.date_line == "Onsdag d. 15. november 2017 kl. 18:00"
    assert leader.location == "Udvalgsværelse G"
    assert leader.present[:2] == ("Mikael Fenger (C) (formand)", "Marie-Louise Andreassen (næstformand)")
    assert "Özcan Kızılkaya" in leader.present
    assert leader.away == ("Poul V. Jensen", "Anders Bonde (afbud)")
    assert leader.closing == "Protokollen blev læst og mødet hævet kl.: 21:00"
    assert leader.purpose.startswith("Runde af")


def test_open_meeting_has_no_closing_line() -> None:
    doc = rich()
    del doc["meeting"]["ended_at"]
    assert draft_referat(doc).leader.closing == ""


def test_case_item_sections_in_the_municipal_order() -> None:
    section = draft_referat(rich()).items[4]
    assert section.heading == "Punkt 5: Dagsorden til 3. møde (Lukket)"
    assert section.blocks[0] == Block("field", label="Sags ID", text="EMN-2017-05405")
    assert _headings(section) == ["Resumé", "Baggrund", "Sagsfremstilling",
                                  "Økonomiske konsekvenser og finansiering", "Indstilling",
                                  "Tidligere beslutninger", "Beslutningen træffes af", "Beslutning",
                                  "Bilag", "Tilførsler til protokollen"]
    blocks = list(section.blocks)
    recommendation = blocks[blocks.index(Block("heading", text="Indstilling")) + 1:][:2]
    assert recommendation == [Block("paragraph", text="Tværgående Funktioner indstiller"),
                              Block("numbered", items=("at udvalget fortsætter arbejdet",
                                                       "at der nedsættes arbejdsgrupper"))]
    assert Block("numbered", items=("ANBEFALET Procesplan", "Notat om høringssvar")) in blocks
    # item-level absence joins the meeting's absent members; afbud stays apart
    assert Block("field", label="Fraværende", text="Søren Ærø Åberg, Poul V. Jensen") in blocks
    assert Block("field", label="Afbud", text="Anders Bonde") in blocks
    assert Block("paragraph", text="Marie-Louise Andreassen (næstformand) deltog ikke i behandlingen"
                                   " af punktet på grund af inhabilitet.") in blocks
    assert blocks[-1] == Block("field", label="Brian Mühdorff",
                               text="Jeg kan ikke tilslutte mig indstillingen.")


def test_empty_sections_are_left_out() -> None:
    section = draft_referat(rich()).items[5]  # Afrunding: nothing filled
    assert _headings(section) == []
    assert [b.label for b in section.blocks] == ["Fraværende", "Afbud"]


def _results(doc: dict, index: int) -> tuple[Block, ...]:
    """The item's results part, checked to be in the printed item just before its Beslutning (or end)."""
    blocks = results_part(doc, index, appendix=appendix_numbers(doc).get(index))
    printed = draft_referat(doc).items[index].blocks
    start = printed.index(blocks[0])
    assert printed[start:start + len(blocks)] == blocks
    after = printed[start + len(blocks):]
    assert not after or after[0] == Block("heading", text="Beslutning") or after[0].kind == "field"
    return blocks


def test_question_round_results_say_who_said_what() -> None:
    blocks = _results(rich(), 1)
    assert blocks[:3] == (Block("heading", text="Resultater"),
                          Block("paragraph", text="Medlemmerne besvarede spørgsmålet: \u201dHvilke teknologier får"
                                                  " størst betydning for borgere og virksomheder?\u201d"),
                          Block("paragraph", text="Her blev blandt andre nævnt:"))
    # seat order, and a multi-line answer stays one bullet
    assert blocks[3] == Block("bullets", items=("Anne Hjorth: Kunstig intelligens",
                                                "Brian Mühdorff: Internet of Things og sensorer",
                                                "Özcan Kızılkaya: Robotter\nog øget brug af data"))


def test_group_work_results_list_questions_groups_and_ranked_candidates() -> None:
    blocks = _results(rich(), 2)
    assert Block("bullets", items=("Hvad er et godt pejlemærke?", "Hvordan kunne et pejlemærke lyde?")) in blocks
    assert Block("bullets", items=("Politikere, borgere og organisation", "Strategisk, taktisk, operationelt")) in blocks
    assert Block("table", rows=(("Gruppe", "Deltagere", "Input"),
                                ("Gruppe 1", "Anne Hjorth og Brian Mühdorff", "2"),
                                ("Gruppe 2", "Mikael Fenger (C) (formand) og Özcan Kızılkaya", "1"))) in blocks
    assert Block("paragraph", text="I alt 3 input; de står i fuld længde i bilag 1.") in blocks
    chosen = blocks.index(Block("subheading", text="Valgte pejlemærker"))
    assert blocks[chosen + 1] == Block("numbered", items=("Borgeren først (5 stemmer): Digitalt når det giver mening",))
    assert blocks[chosen + 2:] == (Block("subheading", text="Øvrige kandidater"),
                                   Block("table", rows=(("Pejlemærke", "Stemmer", "Status"),
                                                        ("Data på tværs", "2", "kortliste"))))
    # the inputs themselves are in the Bilag, not in the item
    assert "Mål frem for middel" not in json.dumps([b.items for b in blocks], ensure_ascii=False)


def test_chosen_are_ranked_by_votes_and_the_others_marked() -> None:
    doc = with_items([{"title": "Grupper", "kind": "group_work", "candidates": [
        {"title": "A", "votes": 1, "status": "chosen"}, {"title": "B", "votes": 4, "status": "rejected"},
        {"title": "C", "votes": 7, "status": "chosen"}, {"title": "D", "votes": 1, "status": "chosen"},
        {"title": "E", "votes": 0, "status": "candidate"}]}])
    blocks = _results(doc, 0)
    assert Block("numbered", items=("C (7 stemmer)", "A (1 stemme)", "D (1 stemme)")) in blocks
    assert blocks[-1].rows == (("Pejlemærke", "Stemmer", "Status"), ("B", "4", "fravalgt"), ("E", "0", "kandidat"))
    assert not any(b.kind == "paragraph" and "bilag" in b.text for b in blocks)  # no inputs, no Bilag


def test_working_groups_results_have_mandate_members_and_danish_dates() -> None:
    blocks = _results(rich(), 3)
    assert blocks[1:7] == (Block("subheading", text="Arbejdsgruppe om pejlemærker"),
                           Block("field", label="Mandat", text="Arbejder videre med input om pejlemærkerne"),
                           Block("field", label="Medlemmer", text="Mikael Fenger (C) (formand) og Anne Hjorth"),
                           Block("field", label="Mødes", text="den 20. december 2017"),
                           Block("field", label="Melder tilbage", text="til opgaveudvalgets møde den 17. januar 2018"),
                           Block("subheading", text="Arbejdsgruppe om principper"))
    assert Block("field", label="Mødes", text="den 12. december 2017") in blocks


def test_working_group_with_one_date_and_other_committee_kind() -> None:
    doc = with_items([{"title": "Grupper", "kind": "working_groups", "working_groups": [
        {"name": "A", "meets_on": "2018-02-01"}, {"name": "B", "reports_to": "2018-03-05"}]}])
    doc["committee"]["kind"] = "stående udvalg"
    assert _results(doc, 0)[1:] == (Block("subheading", text="A"),
                                    Block("field", label="Mødes", text="den 1. februar 2018"),
                                    Block("subheading", text="B"),
                                    Block("field", label="Melder tilbage", text="til udvalgets møde den 5. marts 2018"))


def test_written_decision_prints_after_the_results_never_instead() -> None:
    doc = rich()
    doc["meeting"]["items"][1]["decision"] = "Drøftet. Se bilag."
    doc["meeting"]["items"][1]["answers"].append({"member": "Mikael Fenger", "text": "Droner"})
    section = draft_referat(doc).items[1]
    assert _headings(section) == ["Resultater", "Beslutning"]
    shown = decision_part(section)  # what a locked meeting's editors show
    assert shown[:len(results_part(doc, 1))] == results_part(doc, 1)
    assert shown[len(results_part(doc, 1)):][:2] == (Block("heading", text="Beslutning"),
                                                     Block("paragraph", text="Drøftet. Se bilag."))
    assert "Mikael Fenger (C) (formand): Droner" in _results(doc, 1)[-1].items


def test_case_items_and_empty_captures_have_no_results() -> None:
    doc = with_items([{"title": "Sag", "answers": [{"member": "Anne Hjorth", "text": "Ja"}]},
                      {"title": "Runde", "kind": "question_round"}, {"title": "Grupper", "kind": "group_work"}])
    assert [results_part(doc, i) for i in range(3)] == [(), (), ()]
    referat = draft_referat(doc)
    assert all(_headings(s) == [] for s in referat.items)
    assert referat.appendices == () and "appendices" not in referat.as_dict()  # old fingerprints hold


def test_every_input_in_full_in_a_bilag_per_group_under_its_pejlemaerke() -> None:
    doc = rich()
    doc["meeting"]["items"][2]["groups"][0]["inputs"].append(
        {"text": "Borgeren vælger kanalen", "candidate": "Borgeren først", "member": "Anne Hjorth",
         "origin": "phone", "hidden": True})
    (appendix,) = draft_referat(doc).appendices
    assert appendix.heading == "Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker påbegyndes"
    assert appendix.blocks == (
        Block("subheading", text="Gruppe 1 (Anne Hjorth og Brian Mühdorff)"),
        Block("field", label="Pejlemærke", text="Borgeren først"),
        Block("bullets", items=("Mål frem for middel", "Anne Hjorth: Borgeren vælger kanalen")),
        Block("paragraph", text="Uden pejlemærke:"),
        Block("bullets", items=("Konkret første skridt",)),
        Block("subheading", text="Gruppe 2 (Mikael Fenger og Özcan Kızılkaya)"),
        Block("bullets", items=("Data | deling på tværs",)),
    )


def test_drafting_is_deterministic_and_round_trips_through_json() -> None:
    a, b = draft_referat(rich()), draft_referat(rich())
    assert canonical_json(a.as_dict()) == canonical_json(b.as_dict())
    assert fingerprint(a) == fingerprint(b)
    back = Referat.from_dict(json.loads(canonical_json(a.as_dict())))
    assert back == a


def test_fingerprint_changes_with_any_character() -> None:
    doc = rich()
    before = fingerprint(draft_referat(doc))
    doc["meeting"]["items"][4]["decision"] = "Godkendt!"
    assert fingerprint(draft_referat(doc)) != before
    assert len(before) == 64 and int(before, 16) >= 0


def test_text_blocks_keep_text_and_read_layout() -> None:
    text = "Indledning\nanden linje\n\n- et\n- to\n  fortsat\nefter\n\n| a | b |\n|---|---|\n| 1 | 2 \\| 3 |"
    assert text_blocks(text) == [
        Block("paragraph", text="Indledning\nanden linje"),
        Block("bullets", items=("et", "to\nfortsat")),
        Block("paragraph", text="efter"),
        Block("table", rows=(("a", "b"), ("1", "2 | 3"))),
    ]
    assert text_blocks("  \n\n ") == []
    assert text_blocks("| kun én |") == [Block("paragraph", text="| kun én |")]
    assert table_row(["a|b", "c\nd"]) == "| a\\|b | c d |"


def test_inhabilitet_and_item_absence_print_only_for_members_who_were_at_the_meeting() -> None:
    """Found trying it as a secretary: a member with afbud could be clicked inhabil in Fremmøde's grid,
    and the referat then said both "Afbud: Anders Bonde" and "Anders Bonde deltog ikke i behandlingen af
    punktet på grund af inhabilitet" - a member who was not there took no part anyway."""
    doc = rich()
    case = doc["meeting"]["items"][4]
    case["conflicts"] = ["Marie-Louise Andreassen", "Anders Bonde", "Poul V. Jensen"]  # afbud, fraværende
    case["absent"] = ["Søren Ærø Åberg", "Anders Bonde"]
    blocks = list(draft_referat(doc).items[4].blocks)
    inhabil = [b.text for b in blocks if b.kind == "paragraph" and "inhabilitet" in b.text]
    assert inhabil == ["Marie-Louise Andreassen (næstformand) deltog ikke i behandlingen"
                       " af punktet på grund af inhabilitet."]
    assert Block("field", label="Fraværende", text="Søren Ærø Åberg, Poul V. Jensen") in blocks
    assert Block("field", label="Afbud", text="Anders Bonde") in blocks
