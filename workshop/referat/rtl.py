"""Right-to-left text (Hebrew, Arabic) in the referat PDF, which ReportLab lays out left to right.

ReportLab's own right-to-left support needs its rlbidi package, which is not
on PyPI. So the text stays in the order it was typed through layout (line
breaks fall where they would), and each line is put in display order only when
it is drawn (``visual``: python-bidi, the Unicode bidirectional algorithm).
Arabic letters change shape by their neighbours; ``joined`` gives each its
joined form before layout (arabic-reshaper; DejaVu has those forms), so the
widths that break the lines are the widths drawn. PDF readers put a
right-to-left run back in reading order when they extract text, so copied or
searched text comes out as typed (Arabic in its joined forms, which NFKC maps
back to the letters).
"""

from __future__ import annotations

import copy
import re
from typing import Any

import arabic_reshaper
from bidi import get_display

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, ... and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def joined(text: str) -> str:
    """``text`` with its Arabic letters in their joined (initial, medial, final) forms."""
    return arabic_reshaper.reshape(text) if _ARABIC.search(text) else text


def visual(text: str) -> str:
    """One line of text in display order, left to right: right-to-left runs turned around."""
    return get_display(text, base_dir="L") if _RTL.search(text) else text


def visual_lines(lines: Any) -> Any:
    """A laid-out paragraph (ReportLab's ``blPara``) with every line in display order.

    Returns ``lines`` itself when nothing in it runs right to left, else a copy:
    the paragraph keeps its lines in typed order for splitting and wrapping again.
    """
    out = []
    changed = False
    for line in lines.lines:
        if isinstance(line, tuple):  # one font: (extra space, words)
            text = " ".join(line[1])
            if _RTL.search(text):
                line = (line[0], visual(text).split(" "))
                changed = True
        else:  # runs of several fonts, each with its text
            words = [w.clone(text=visual(w.text)) if _RTL.search(getattr(w, "text", "") or "") else w
                     for w in line.words]
            if any(a is not b for a, b in zip(words, line.words, strict=True)):
                line = copy.copy(line)
                line.words = words
                changed = True
        out.append(line)
    if not changed:
        return lines
    shown = copy.copy(lines)
    shown.lines = out
    return shown
