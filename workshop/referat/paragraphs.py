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
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from workshop.referat.fonts import printable


def esc(text: str) -> str:
    """User text -> Paragraph markup that shows exactly that text.

    ReportLab parses markup, and an unescaped ``<img src=…>`` would pull a local
    file into the PDF.
    """
    return escape(printable(text)).replace("\n", "<br/>")


class Para(Paragraph):
    """A Paragraph that lays itself out once per width.

    ``wrap`` depends on the width only (the height is not used to break lines),
    and ReportLab's ``split`` makes new paragraphs, so the lines kept here are
    the ones a second wrap would compute. ``split`` drops them when it refuses
    to split; then the next wrap computes them again.
    """

    _wrapped: tuple[float, Any] | None = None  # (width, the blPara of that width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        wrapped = self._wrapped
        if wrapped and wrapped[0] == availWidth and self.__dict__.get("blPara") is wrapped[1]:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")  # none when the width is too small to lay out at all
        self._wrapped = None if lines is None else (availWidth, lines)
        return size


P = TypeVar("P", bound=Para)


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

