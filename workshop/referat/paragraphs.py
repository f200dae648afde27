"""Paragraphs of user text for the referat PDF: what ReportLab would build, with less work.

A 200-item referat has ~11,000 paragraphs (5,000 of them group inputs), and two
per-paragraph costs in ReportLab do not depend on what the paragraph says:

- Every ``Paragraph`` runs its text through an HTML parser, even plain text
  without a single tag or entity. Such text parses to one run in the style's
  font, so ``para`` clones that run from a template parsed once per style and
  hands it to ``Paragraph`` (its ``frags`` argument) — the same runs, no parse.
- A paragraph is wrapped again at the same width when it heads a
  keep-with-next group, sits at the foot of a page, or is a cell of a table
  that splits across pages (each part re-measures every remaining row).
  ``Para`` keeps the lines of its last wrap for that width.

Text with markup (``&``, ``<``, a line break as ``<br/>``) takes ReportLab's
own path, so every paragraph is laid out and drawn exactly as before.

Long text is cut into pieces before layout (``paras``). ReportLab splits a
paragraph at a page break by making a new paragraph of the rest and breaking
all of it into lines again, so one paragraph of n characters costs n²/page;
pieces of at most ``PIECE`` characters keep that to one piece per page.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from workshop.referat import rtl
from workshop.referat.fonts import fallback_spans, printable


def esc(text: str, *, visual: bool = False) -> str:
    """User text -> Paragraph markup that shows exactly that text.

    ReportLab parses markup, and an unescaped ``<img src=…>`` would pull a local
    file into the PDF. ``visual``: in display order for a paragraph that is not
    a ``Para`` (one line: see ``rtl``).
    """
    shown = printable(text, fallback=True)
    return fallback_spans(escape(rtl.visual(shown) if visual else shown).replace("\n", "<br/>"))


class Para(Paragraph):
    """A Paragraph that lays itself out once per width.

    ``wrap`` depends on the width only (the height is not used to break lines),
    and ReportLab's ``split`` makes new paragraphs, so the lines kept here are
    the ones a second wrap would compute. ``split`` drops them when it refuses
    to split; then the next wrap computes them again.
    """

    _wrapped: tuple[float, Any] | None = None  # (width, the blPara of that width)
    _rtl = False  # has right-to-left text: drawn line by line in display order

    def __init__(self, text: str | None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, *args, **kwargs)
        self._rtl = text is not None and rtl.has_rtl(text)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:  # ReportLab makes the parts from runs, without the text
            part._rtl = self._rtl
        return parts

    def draw(self) -> None:
        """Drawn with right-to-left runs in display order; laid out (and split) in typed order."""
        if not self._rtl:
            super().draw()
            return
        lines = self.__dict__["blPara"]  # set by wrap or split before anything is drawn
        self.blPara = rtl.visual_lines(lines)
        try:
            super().draw()
        finally:
            self.blPara = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wrapped = self._wrapped
        if wrapped and wrapped[0] == availWidth and self.__dict__.get("blPara") is wrapped[1]:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")  # none when the width is too small to lay out at all
        self._wrapped = None if lines is None else (availWidth, lines)
        return size


P = TypeVar("P", bound=Para)

# About a page of body text: a page break re-breaks at most this much.
PIECE = 4000
PIECE_LINES = 40  # line breaks; a piece of short lines is pages long before it has PIECE characters


def pieces(text: str, limit: int = PIECE, lines: int = PIECE_LINES) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters and ``lines`` line breaks, where the cut shows least.

    At the ``lines``-th line break, or at the last line break in the second
    half of a piece (the line ends there anyway), else after the last
    sentence, else at the last space (each cut drops that one separator), else
    (an endless word) at ``limit``.
    """
    out: list[str] = []
    start, end = 0, len(text)
    while True:
        nth = start - 1
        for _ in range(lines):
            nth = text.find("\n", nth + 1, start + limit + 1)
            if nth < 0:
                break
        if end - start <= limit and nth < 0:
            break
        if nth >= 0:
            cut = nth - start
        else:
            window = text[start:start + limit + 1]  # a separator just past the limit still counts
            half = limit // 2
            cut = window.rfind("\n", half)
            if cut < 0:
                cut = window.rfind(". ", half, limit)
                cut = cut + 1 if cut >= 0 else window.rfind(" ", half)
        if cut < 0:
            out.append(text[start:start + limit])
            start += limit
        else:
            out.append(text[start:start + cut])
            start += cut + 1
    out.append(text[start:])
    return out


@cache
def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """``style`` for a piece of a longer text: the pieces follow without space and keep as one would."""
    if first and last:
        return style
    piece = ParagraphStyle(f"{style.name}-{int(first)}{int(last)}", parent=style)
    if not first:
        piece.spaceBefore = 0
    if not last:
        piece.spaceAfter, piece.keepWithNext = 0, 0
    return piece


@cache
def _run(style: ParagraphStyle) -> ParaFrag:
    """The run ReportLab's parser makes for plain text in ``style`` (its text replaced per use)."""
    frags: list[ParaFrag] = Paragraph("x", style).frags
    assert len(frags) == 1 and not getattr(style, "textTransform", None)
    return frags[0]


def para(text: str, style: ParagraphStyle, bullet: str | None = None, cls: type[P] = Para) -> P:
    """A paragraph (of class ``cls``) showing the user text ``text``, not markup, with an optional bullet."""
    markup = esc(text)
    if "&" not in markup and "<" not in markup:  # no entity, no tag: one run in one font
        # What Paragraph does to white space first; when the only white space is " " (all
        # other white space is unprintable), that is collapsing runs of it, done here in C.
        cleaned = " ".join(markup.split()) if markup.isprintable() else cleanBlockQuotedText(markup)
        if cleaned:
            return cls(cleaned, style, bullet, frags=[_run(style).clone(text=cleaned)])
    return cls(markup, style, bullet)


def paras(text: str, style: ParagraphStyle, bullet: str | None = None, *, label: str | None = None,
          cls: type[P] = Para) -> list[P]:
    """The user text ``text`` as one paragraph, or as several when it is long (see ``pieces``).

    Only the first carries the bullet, and the bold ``label`` ("Sags ID: …") when given.
    """
    parts = pieces(text)
    out: list[P] = []
    for n, part in enumerate(parts):
        piece_style = _piece_style(style, n == 0, n == len(parts) - 1)
        if n == 0 and label is not None:
            out.append(cls(f"<b>{esc(label)}:</b> {esc(part)}", piece_style, bullet))
        else:
            out.append(para(part, piece_style, bullet if n == 0 else None, cls))
    return out
