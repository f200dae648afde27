"""Meeting documents written by hand after the meeting-file spec, for referat tests."""

from __future__ import annotations

import copy
from typing import Any

MEMBERS = [
    {"name": "Mikael Fenger", "role": "formand", "group": "politiker", "party": "C"},
    {"name": "Marie-Louise Andreassen", "role": "næstformand", "group": "politiker"},
    {"name": "Anne Hjorth", "group": "borger"},
    {"name": "Brian Mühdorff", "group": "borger"},
    {"name": "Özcan Kızılkaya", "group": "borger"},
    {"name": "Søren Ærø Åberg", "group": "administration"},
    {"name": "Poul V. Jensen", "group": "politiker"},
    {"name": "Anders Bonde", "group": "borger"},
]

RICH: dict[str, Any] = {
    "format": "workshop-meeting/1",
    "committee": {
        "name": "Opgaveudvalg for digitalisering og teknologi",
        "kind": "opgaveudvalg",
        "period": "2017-2018",
        "members": MEMBERS,
    },
    "meeting": {
        "title": "3. møde i Opgaveudvalg for digitalisering og teknologi",
        "number": 3,
        "starts_at": "2017-11-15T18:00",
        "location": "Udvalgsværelse G",
        "case_id": "EMN-2017-05405",
        "purpose": "Runde af på den første opgave og påbegynde arbejdet med de to andre opgaver.",
        "ended_at": "21:00",
        "attendance": [
            {"member": "Mikael Fenger", "status": "present"},
            {"member": "Marie-Louise Andreassen", "status": "present"},
            {"member": "Anne Hjorth", "status": "present"},
            {"member": "Brian Mühdorff", "status": "present"},
            {"member": "Özcan Kızılkaya", "status": "present"},
            {"member": "Søren Ærø Åberg", "status": "present"},
            {"member": "Poul V. Jensen", "status": "absent"},
            {"member": "Anders Bonde", "status": "excused"},
        ],
        "items": [
            {"title": "Velkomst", "kind": "welcome", "planned_minutes": 10,
             "summary": "Formanden byder velkommen og fortæller om formålet med opgaveudvalget."},
            {
                "title": "Opsamling på konferencen Teknologilaboratorium",
                "kind": "question_round",
                "question": "Hvilke teknologier får størst betydning for borgere og virksomheder?",
                "answers": [
                    {"member": "Brian Mühdorff", "text": "Internet of Things og sensorer"},
                    {"member": "Anne Hjorth", "text": "Kunstig intelligens"},
                    {"member": "Özcan Kızılkaya", "text": "Robotter\nog øget brug af data"},
                ],
            },
            {
                "title": "Pejlemærker påbegyndes",
                "kind": "group_work",
                "discussion_questions": ["Hvad er et godt pejlemærke?", "Hvordan kunne et pejlemærke lyde?"],
                "perspectives": ["Politikere, borgere og organisation", "Strategisk, taktisk, operationelt"],
                "groups": [
                    {"name": "Gruppe 1", "members": ["Anne Hjorth", "Brian Mühdorff"],
                     "inputs": [{"text": "Mål frem for middel", "candidate": "Borgeren først"},
                                {"text": "Konkret første skridt"}]},
                    {"name": "Gruppe 2", "members": ["Özcan Kızılkaya", "Mikael Fenger"],
                     "inputs": [{"text": "Data | deling på tværs"}]},
                ],
                "candidates": [
                    {"title": "Data på tværs", "votes": 2, "status": "shortlisted"},
                    {"title": "Borgeren først", "description": "Digitalt når det giver mening",
                     "votes": 5, "status": "chosen"},
                ],
            },
            {
                "title": "Nedsættelse af arbejdsgrupper",
                "kind": "working_groups",
                "working_groups": [
                    {"name": "Arbejdsgruppe om pejlemærker",
                     "mandate": "Arbejder videre med input om pejlemærkerne",
                     "members": ["Mikael Fenger", "Anne Hjorth"],
                     "meets_on": "2017-12-20", "reports_to": "2018-01-17"},
                    {"name": "Arbejdsgruppe om principper",
                     "mandate": "Principper for etik og persondata i den politiske model",
                     "members": ["Brian Mühdorff"],
                     "meets_on": "2017-12-12", "reports_to": "2018-01-17"},
                ],
            },
            {
                "title": "Dagsorden til 3. møde",
                "kind": "case",
                "open": False,
                "case_id": "EMN-2017-05405",
                "summary": "Udvalget arbejder med tre opgaver:\n- Opsummere udviklingstendenser\n"
                           "- Fremlægge 3 til 5 pejlemærker\n  for kommunens arbejde",
                "background": "Dagsordenen ser ud som følger.",
                "presentation": "Sagen fremlægges.",
                "economy": "Ingen økonomiske konsekvenser",
                "recommended_by": "Tværgående Funktioner",
                "recommendations": ["at udvalget fortsætter arbejdet", "Der nedsættes arbejdsgrupper"],
                "previous_decisions": "Ingen tidligere behandling",
                "decided_by": "Opgaveudvalget",
                "decision": "Godkendt.",
                "attachments": [{"title": "Procesplan", "recommended": True},
                                {"title": "Notat om høringssvar", "recommended": False}],
                "absent": ["Søren Ærø Åberg"],
                "conflicts": ["Marie-Louise Andreassen"],
                "remarks": [{"member": "Brian Mühdorff", "text": "Jeg kan ikke tilslutte mig indstillingen."}],
            },
            {"title": "Afrunding", "kind": "closing"},
        ],
    },
}


def rich() -> dict[str, Any]:
    """The 15 November 2017 meeting with every section filled somewhere."""
    return copy.deepcopy(RICH)


def with_items(items: list[dict[str, Any]]) -> dict[str, Any]:
    doc = rich()
    doc["meeting"]["items"] = items
    return doc
