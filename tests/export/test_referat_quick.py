"""The referat PDF's quicker paths: the same paragraphs, places, font codes and PDF bytes as ReportLab's own."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from workshop.referat.fonts import REGULAR, _Font, font_dir, register
from workshop.referat.paragraphs import ParaRun, esc, para
from workshop.referat.styles import styles

TEXTS = [
    "Plain Danish text: blåbærgrød, æbleskiver og øl.",
    "  leading and trailing  ",
    "many   spaces\tand a tab",
    "a\xa0no-break space",
    "zero\u200bwidth space",
    "thin\u2009space and ideographic\u3000space",
    "markup <b>bold</b> & <img src='/etc/passwd'/>",
    "two\nlines",
    "Kızılkaya 🎉 ☺ ❤",
    "",
    "   ",
    "x" * 300,
]


def _frags(p: Paragraph) -> list[dict[str, object]]:
    return [dict(f.__dict__) for f in p.frags]


@pytest.mark.parametrize("style", ["body", "list", "item", "cell", "cell_head", "small", "meta"])
@pytest.mark.parametrize("text", TEXTS)
def test_para_makes_what_the_parser_makes(style: str, text: str) -> None:
    ours = para(text, styles()[style], "•")
    theirs = Paragraph(esc(text), styles()[style], bulletText="•")
    assert (ours.text, _frags(ours), ours.bulletText) == (theirs.text, _frags(theirs), theirs.bulletText)


def test_para_wraps_once_per_width_and_again_after_a_refused_split() -> None:
    p = para("ord " * 200, styles()["body"])
    wide = p.wrap(400, 1000)
    lines = p.blPara
    assert p.wrap(400, 10) == wide and p.blPara is lines  # the height does not change the lines
    narrow = p.wrap(200, 1000)
    assert narrow[1] > wide[1] and p.blPara is not lines
    assert p.split(200, 5) == []  # no room for two lines: ReportLab drops the lines it had
    assert p.wrap(200, 1000) == narrow and p.blPara.lines  # laid out again, drawable


def _pdf(flow: list[Flowable]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(flow)
    return out.getvalue()


@pytest.mark.parametrize("before", [0, 1, 7])
def test_a_run_lands_where_the_paragraphs_land_one_by_one(before: int) -> None:
    """Same bytes: the same places, page breaks and splits inside long paragraphs."""
    rng = random.Random(before)
    words = ["kommune", "borger", "æblerne", "samarbejde", "ø", "infrastruktur", "x"]
    items = [" ".join(rng.choice(words) for _ in range(rng.choice([1, 5, 12, 30, 200]))) for _ in range(300)]
    lead = ["Indledning " * 40] * before  # moves where the pages break

    def flow(run: bool) -> list[Flowable]:
        paras = [para(t, styles()["list"], "•") for t in items]
        head = [para(t, styles()["body"]) for t in lead]
        return head + (paras[:1] + [ParaRun(paras[1:])] if run else list(paras))

    one_by_one, as_run = _pdf(flow(False)), _pdf(flow(True))
    assert one_by_one.count(b"/Type /Page\n") > 10
    assert as_run == one_by_one


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

