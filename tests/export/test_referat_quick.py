"""The referat PDF's quicker paths: the same paragraphs, places, font codes and PDF bytes as ReportLab's own."""

from __future__ import annotations

import random

from reportlab.pdfbase.ttfonts import TTFont

from workshop.referat.fonts import REGULAR, _Font, font_dir, register


class _Doc:
    pass


def test_font_codes_match_reportlab_across_subsets() -> None:
    """Seen and new characters, a no-break space, glyphs DejaVu lacks, and past the first 256 codes."""
    register()
    path = str(font_dir() / f"{REGULAR}.ttf")
    ours, theirs = _Font("ours", path), TTFont("theirs", path)
    doc_ours, doc_theirs = _Doc(), _Doc()  # fonts keep their codes per document
    rng = random.Random(1)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + ["\xa0", "\u0378", "\U0001f389"]
    strings = ["", "abc", "abc", "æøå abc"] + ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(60)]
    strings += strings  # the second time every character has its code already
    assert [ours.splitString(s, doc_ours) for s in strings] == [theirs.splitString(s, doc_theirs) for s in strings]
    assert max(n for s in strings for n, _ in ours.splitString(s, doc_ours)) >= 1  # a later subset was used
