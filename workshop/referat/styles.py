"""Paragraph styles of the referat, as data with parent inheritance."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from workshop.referat.fonts import BOLD, REGULAR, register

# name: (parent, overrides). Sizes follow the municipal referats: 10 pt body, bold headings.
SPECS: dict[str, tuple[str | None, dict[str, Any]]] = {
    "body": (None, {"fontName": REGULAR, "fontSize": 10, "leading": 13.5, "spaceAfter": 4,
                    "splitLongWords": 1, "bulletFontName": REGULAR}),
    "small": ("body", {"fontSize": 8, "leading": 10, "textColor": colors.HexColor("#444444")}),
    "header": ("small", {}),
    "title": ("body", {"fontName": BOLD, "fontSize": 16, "leading": 20, "spaceAfter": 10}),
    "leader_label": ("body", {"fontName": BOLD}),
    "item": ("body", {"fontName": BOLD, "fontSize": 13, "leading": 17, "spaceBefore": 4,
                      "spaceAfter": 8, "keepWithNext": 1}),
    "section": ("body", {"fontName": BOLD, "fontSize": 10.5, "leading": 14, "spaceBefore": 8,
                         "spaceAfter": 3, "keepWithNext": 1}),
    # A heading inside a part: a working group's name, a group in the Bilag.
    "subsection": ("body", {"fontName": BOLD, "spaceBefore": 5, "spaceAfter": 2, "keepWithNext": 1}),
    "field": ("body", {"spaceBefore": 3}),
    "list": ("body", {"spaceAfter": 2, "leftIndent": 6 * mm, "bulletIndent": 1 * mm}),
    "cell": ("body", {"fontSize": 9, "leading": 11.5, "spaceAfter": 0}),
    "cell_head": ("cell", {"fontName": BOLD}),
    "toc_title": ("title", {}),
    "toc": ("body", {"leftIndent": 0, "firstLineIndent": 0, "rightIndent": 12 * mm}),
    "fingerprint": ("small", {"fontSize": 7.5}),
    # An approved version whose check failed: "Ændret efter godkendelse", "… ikke verificeret".
    "warning": ("body", {"fontName": BOLD, "fontSize": 12, "leading": 16, "spaceAfter": 6,
                         "textColor": colors.HexColor("#b00020")}),
    # The item's times, tucked under its heading (which keeps 8 pt after itself).
    "meta": ("small", {"spaceBefore": -4, "spaceAfter": 6, "keepWithNext": 1}),
    "watermark_note": ("small", {"alignment": TA_CENTER}),
}


@cache
def styles() -> dict[str, ParagraphStyle]:
    """All styles by name, built once (after the fonts are registered)."""
    register()
    built: dict[str, ParagraphStyle] = {}
    for name, (parent, overrides) in SPECS.items():
        built[name] = ParagraphStyle(name, parent=built[parent] if parent else None, **overrides)
    return built
