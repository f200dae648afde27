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

from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag
from reportlab.rl_config import _FUZZ

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


class ParaRun(Flowable):
    """Paragraphs one below another, laid out, split and drawn where the frame would put them one by one.

    A group of 1,250 inputs is 1,250 list paragraphs; handed to the frame one
    at a time each costs a round of ReportLab's document and frame bookkeeping
    (~5 % of the 200-item referat). As one flowable they land on the same
    places of the same pages: between two paragraphs the frame leaves
    max(space after, space before) (its overlapping attached space), a
    paragraph fits when its last line does, and the one that does not is split
    by lines as the frame would split it, or moves to the next page whole.
    """

    def __init__(self, paras: Sequence[Para]) -> None:
        super().__init__()
        self.paras = list(paras)
        self._tops: list[float] = []  # each paragraph's top, down from the run's top

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.paras[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.paras[-1].getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The run's height, measured only as far as the first paragraph that does not fit.

        A height beyond ``availHeight`` is all the frame needs to call ``split``;
        measuring all 1,250 paragraphs again on each of a group's 20 pages would not be.
        """
        y, width, self._tops = 0.0, 0.0, []
        previous: Para | None = None
        for p in self.paras:
            if previous is not None:
                y += max(previous.getSpaceAfter(), p.getSpaceBefore())
            w, h = p.wrap(availWidth, availHeight)
            self._tops.append(y)
            y += h
            width, previous = max(width, w), p
            if y > availHeight + _FUZZ:
                break
        self.width, self.height = width, y
        return width, y

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        i = next((i for i, (p, top) in enumerate(zip(self.paras, self._tops, strict=False))
                  if top + p.height > availHeight + _FUZZ), None)  # the first that does not fit whole
        if i is None:
            return [self]
        p, top = self.paras[i], self._tops[i]
        parts = p.split(availWidth, availHeight - top) if availHeight - top > 0 else []
        if len(parts) == 2:
            head, tail = [*self.paras[:i], parts[0]], [parts[1], *self.paras[i + 1:]]
        else:
            head, tail = self.paras[:i], self.paras[i:]
        return [ParaRun(head), ParaRun(tail)] if head else []

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        # Each paragraph straight on the page, as the frame draws it (no wrapper state of our own).
        assert len(self._tops) == len(self.paras), "drawn without fitting"
        top = y + self.height
        for p, at in zip(self.paras, self._tops, strict=True):
            p.drawOn(canvas, x, top - at - p.height, _sW=self.width - p.width)
