"""Starting points for a new agenda item, one per facilitation kind.

Titles and section texts are referat text, so they stay Danish whatever the UI
language; only the menu labels are translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.qt_typed import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ItemTemplate:
    kind: str
    label: str  # menu text, translatable in context "AgendaTemplates"
    title: str
    minutes: int
    fields: dict[str, Any] = field(default_factory=dict)


TEMPLATES: list[ItemTemplate] = [
    ItemTemplate("welcome", QT_TRANSLATE_NOOP("AgendaTemplates", "Velkomst"), "Velkomst", 10, {
        "presentation": "Formanden byder velkommen og gennemgår mødets formål og dagsorden.",
    }),
    ItemTemplate("question_round", QT_TRANSLATE_NOOP("AgendaTemplates", "Spørgerunde"), "Spørgerunde", 30, {
        "summary": "Hvert medlem svarer kort på spørgsmålet.",
        "question": "Hvad er det vigtigste, vi skal tage med os fra sidste møde?",
    }),
    ItemTemplate("group_work", QT_TRANSLATE_NOOP("AgendaTemplates", "Gruppearbejde"), "Gruppearbejde", 60, {
        "summary": "Udvalget drøfter i grupper og samler input på post-its.",
        "discussion_questions": ["Hvad fungerer godt i dag?", "Hvad skal være anderledes?"],
        "perspectives": ["Borgere", "Virksomheder", "Organisation"],
    }),
    ItemTemplate("working_groups", QT_TRANSLATE_NOOP("AgendaTemplates", "Nedsættelse af arbejdsgrupper"),
                 "Nedsættelse af arbejdsgrupper", 20, {
                     "summary": "Der nedsættes arbejdsgrupper, som arbejder videre mellem møderne.",
                     "recommendations": ["at der nedsættes arbejdsgrupper med det beskrevne mandat."],
                     "decided_by": "Opgaveudvalget",
                 }),
    ItemTemplate("closing", QT_TRANSLATE_NOOP("AgendaTemplates", "Afrunding"), "Afrunding", 10, {
        "summary": "Formanden runder mødet af og ser frem mod næste møde.",
    }),
    ItemTemplate("case", QT_TRANSLATE_NOOP("AgendaTemplates", "Sag"), "Ny sag", 20, {
        "recommended_by": "Administrationen",
        "recommendations": ["at sagen drøftes."],
        "decided_by": "Opgaveudvalget",
    }),
    ItemTemplate("announcements", QT_TRANSLATE_NOOP("AgendaTemplates", "Meddelelser"), "Meddelelser", 5, {
        "summary": "Formanden og administrationen orienterer.",
    }),
    ItemTemplate("announcements", QT_TRANSLATE_NOOP("AgendaTemplates", "Eventuelt"), "Eventuelt", 5, {
        "summary": "Medlemmerne kan bringe emner op, som ikke står på dagsordenen."
                   " Der kan ikke træffes beslutninger under eventuelt.",
    }),
    ItemTemplate("approval", QT_TRANSLATE_NOOP("AgendaTemplates", "Godkendelse af referat"),
                 "Godkendelse af referat", 5, {
                     "recommended_by": "Administrationen",
                     "recommendations": ["at referatet fra sidste møde godkendes."],
                     "decided_by": "Opgaveudvalget",
                 }),
]

KIND_LABELS = {
    "case": QT_TRANSLATE_NOOP("AgendaTemplates", "Sag"),
    "welcome": QT_TRANSLATE_NOOP("AgendaTemplates", "Velkomst"),
    "question_round": QT_TRANSLATE_NOOP("AgendaTemplates", "Spørgerunde"),
    "group_work": QT_TRANSLATE_NOOP("AgendaTemplates", "Gruppearbejde"),
    "working_groups": QT_TRANSLATE_NOOP("AgendaTemplates", "Nedsættelse af arbejdsgrupper"),
    "closing": QT_TRANSLATE_NOOP("AgendaTemplates", "Afrunding"),
    "announcements": QT_TRANSLATE_NOOP("AgendaTemplates", "Meddelelser"),
    "approval": QT_TRANSLATE_NOOP("AgendaTemplates", "Godkendelse af referat"),
}


def kind_label(kind: str) -> str:
    """The item kind's name in the UI language (the one list every panel uses)."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("AgendaTemplates", label) if label else kind


def template(kind: str) -> ItemTemplate:
    return next(t for t in TEMPLATES if t.kind == kind)
