"""The referat PDF's own paths beside ReportLab's: the same paragraphs, places and PDF bytes.

Two quicker paths stay (docs/performance.md, figure 4, says what each saves):
``paragraphs.para`` builds plain text's runs without ReportLab's HTML parse, and
``Para`` keeps its lines per width. Each is compared here with what ReportLab
itself does. ``paragraphs.pieces`` cuts long text before layout; what it keeps
and where the pieces go is checked here too.
"""

from __future__ import annotations

import io
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from tests.export.docs import rich, with_items
from workshop.referat import paragraphs, pdf
from workshop.referat.draft import draft_referat
from workshop.referat.paragraphs import Para, esc, para, paras, pieces
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
    "Kızılkaya 🎉 ☺ ❤ שלום مرحبا",
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


def _reportlab_para(text: str, style: ParagraphStyle, bullet: str | None = None, cls: type[Any] = Para) -> Any:
    return cls(esc(text), style, bullet)  # every text through ReportLab's parser


def _mixed_doc() -> dict[str, Any]:
    """Headings that keep with what follows, lists across pages, split tables, long and hostile text."""
    rng = random.Random(7)
    words = ["kommune", "borger", "æblerne", "samarbejde", "ø", "infrastruktur", "x", "a&b", "<b>"]
    doc = rich()
    items = [{"title": f"Sag {n}", "summary": " ".join(rng.choice(words) for _ in range(rng.choice([5, 40, 300]))),
              "decision": "\n".join("- " + " ".join(rng.choice(words) for _ in range(rng.choice([1, 12, 60])))
                                    for _ in range(rng.choice([3, 40])))
              + "\n\n| a | b |\n" + "\n".join(f"| {rng.choice(words) * 30} | {n} |" for n in range(20))}
             for n in range(8)]
    doc["meeting"]["items"] += with_items(items)["meeting"]["items"]
    doc["meeting"]["items"][0]["summary"] = "Lang tekst uden linjeskift. " * 700  # cut into pieces
    return doc


def test_the_quicker_paths_write_the_pdf_reportlab_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte for byte: the same lines on the same places of the same pages."""
    referat = draft_referat(_mixed_doc())

    def render() -> bytes:
        out = io.BytesIO()
        pdf.render_pdf(referat, out, status="draft", version=1)
        return out.getvalue()

    ours = render()
    monkeypatch.setattr(Para, "wrap", Paragraph.wrap)  # lines broken again at every wrap
    monkeypatch.setattr(paragraphs, "para", _reportlab_para)
    monkeypatch.setattr(pdf, "para", _reportlab_para)
    theirs = render()
    assert ours.count(b"/Type /Page\n") > 20
    assert ours == theirs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(4, 60), st.integers(1, 6))
def test_pieces_keep_every_character_but_the_separators_they_cut_at(text: str, limit: int, lines: int) -> None:
    parts = pieces(text, limit, lines)
    at = 0
    for part in parts[:-1]:
        assert len(part) <= limit and part.count("\n") < lines
        assert text.startswith(part, at)
        at += len(part)
        if text[at:at + 1] in (" ", "\n"):  # a cut at a separator drops it, a cut inside a word drops nothing
            at += 1
    assert text[at:] == parts[-1] and len(parts[-1]) <= limit and parts[-1].count("\n") < lines + 1


def test_pieces_cut_where_it_shows_least() -> None:
    lines = "\n".join(f"linje {n}" for n in range(100))
    assert [p.count("\n") for p in pieces(lines, 4000, 40)] == [39, 39, 19]  # every 40th line break
    assert pieces("Første sætning. " * 300, 1000)[0].endswith("sætning.")  # after a sentence
    assert all(len(p) == 1000 for p in pieces("x" * 3000, 1000))  # an endless word where it must
    assert pieces("kort") == ["kort"] and pieces("") == [""]


def test_pieces_of_a_long_text_follow_as_one_paragraph() -> None:
    style = styles()["list"]
    parts = paras("ord " * 3000, style, "•")
    assert len(parts) == 3
    assert [p.bulletText for p in parts] == ["•", None, None]
    assert [(p.style.spaceBefore, p.style.spaceAfter) for p in parts] == [(style.spaceBefore, 0), (0, 0),
                                                                         (0, style.spaceAfter)]
    assert all(p.style.leftIndent == style.leftIndent and p.style.leading == style.leading for p in parts)
    heading = paras("titel " * 2000, styles()["item"])
    assert [p.style.keepWithNext for p in heading] == [0] * (len(heading) - 1) + [1]  # the last keeps with the next
    field = paras("tekst " * 1000, styles()["field"], label="Anne <Hjorth>")
    assert field[0].text.startswith("<b>Anne &lt;Hjorth&gt;:</b> tekst") and "Anne" not in field[1].text
