"""Drafting a referat from a meeting document: pure data, no database, no PDF."""

from __future__ import annotations

import json

from tests.export.docs import rich, with_items
from workshop.referat.content import Block, Referat
from workshop.referat.draft import draft_referat, drafted_decision
from workshop.referat.fingerprint import canonical_json, fingerprint
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


def test_question_round_decision_says_who_said_what() -> None:
    text = drafted_decision(rich(), 1)
    assert text.startswith("Medlemmerne besvarede spørgsmålet: \u201dHvilke teknologier")
    assert "Her blev blandt andre nævnt:" in text
    # seat order, and a multi-line answer stays one bullet
    assert text.index("Anne Hjorth: Kunstig") < text.index("Brian Mühdorff: Internet")
    bullets = [b for b in text_blocks(text) if b.kind == "bullets"][0]
    assert bullets.items[2] == "Özcan Kızılkaya: Robotter\nog øget brug af data"


def test_group_work_decision_lists_questions_inputs_and_ranked_candidates() -> None:
    text = drafted_decision(rich(), 2)
    blocks = text_blocks(text)
    assert Block("bullets", items=("Hvad er et godt pejlemærke?", "Hvordan kunne et pejlemærke lyde?")) in blocks
    assert "Gruppe 1 (Anne Hjorth og Brian Mühdorff) gav følgende input:" in text
    table = [b for b in blocks if b.kind == "table"][0]
    assert table.rows == (("Pejlemærke", "Beskrivelse", "Stemmer", "Status"),
                          ("Borgeren først", "Digitalt når det giver mening", "5", "valgt"),
                          ("Data på tværs", "", "2", "på kortlisten"))
    assert Block("bullets", items=("Data | deling på tværs",)) in blocks
    assert "Udvalget valgte følgende pejlemærker: Borgeren først." in text


def test_working_groups_decision_has_mandate_members_and_danish_dates() -> None:
    text = drafted_decision(rich(), 3)
    first, second = text.split("\n\n")
    assert first == ("Der blev nedsat en arbejdsgruppe: Arbejdsgruppe om pejlemærker. Gruppen arbejder"
                     " videre med input om pejlemærkerne. Medlemmer: Mikael Fenger og Anne Hjorth."
                     " Gruppen mødes den 20. december 2017 og skal levere yderligere input tilbage til"
                     " opgaveudvalgets møde den 17. januar 2018.")
    assert "Gruppens opgave: Principper for etik og persondata i den politiske model." in second
    assert "den 12. december 2017" in second


def test_working_group_with_one_date_and_other_committee_kind() -> None:
    doc = with_items([{"title": "Grupper", "kind": "working_groups", "working_groups": [
        {"name": "A", "meets_on": "2018-02-01"}, {"name": "B", "reports_to": "2018-03-05"}]}])
    doc["committee"]["kind"] = "stående udvalg"
    text = drafted_decision(doc, 0)
    assert "Gruppen mødes første gang den 1. februar 2018." in text
    assert "tilbage til udvalgets møde den 5. marts 2018." in text


def test_secretarys_decision_wins_and_survives_redrafting() -> None:
    doc = rich()
    doc["meeting"]["items"][1]["decision"] = "Drøftet. Se bilag."
    doc["meeting"]["items"][1]["answers"].append({"member": "Mikael Fenger", "text": "Droner"})
    section = draft_referat(doc).items[1]
    assert [b for b in section.blocks if b.kind == "paragraph"] == [Block("paragraph", text="Drøftet. Se bilag.")]
    assert "Droner" in drafted_decision(doc, 1)  # still offered to prefill the editor


def test_case_items_and_empty_captures_draft_nothing() -> None:
    doc = with_items([{"title": "Sag"}, {"title": "Runde", "kind": "question_round"},
                      {"title": "Grupper", "kind": "group_work"}])
    assert [drafted_decision(doc, i) for i in range(3)] == ["", "", ""]
    assert all("Beslutning" not in _headings(s) for s in draft_referat(doc).items)


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
