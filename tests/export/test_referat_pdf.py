"""The referat PDF read back: sections, Danish text, TOC pages, hostile text, scripts, size (speed: tests/bench, figure 4)."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from tests.export import pdfread
from tests.export.docs import rich, with_items
from workshop.referat import pdf as pdf_module
from workshop.referat import rtl
from workshop.referat.draft import draft_referat
from workshop.referat.fonts import printable
from workshop.referat.paragraphs import Para, para
from workshop.referat.pdf import render_pdf
from workshop.referat.styles import styles


def _render(tmp_path: Path, doc: dict[str, Any], name: str = "referat.pdf", **kw: Any) -> Path:
    path = tmp_path / name
    options: dict[str, Any] = {"status": "draft", "version": 1, "approvals": [], "sha256": None}
    options.update(kw)
    render_pdf(draft_referat(doc), path, **options)
    return path


def _has_image(resources: Any) -> bool:
    for x in resources.get("/XObject", {}).values():
        x = x.get_object()
        if x["/Subtype"] == "/Image" or ("/Resources" in x and _has_image(x["/Resources"])):
            return True
    return False


def _images(path: Path) -> int:
    """How many pages show a picture (directly or inside a form XObject)."""
    return sum(1 for page in PdfReader(str(path)).pages if _has_image(page["/Resources"]))


def test_every_section_in_order_with_danish_text(tmp_path: Path) -> None:
    path = _render(tmp_path, rich())
    text = pdfread.text(path)
    expected = [
        "REFERAT Opgaveudvalg for digitalisering og teknologi (2017-2018) d. 15-11-2017",
        "Mødedato Onsdag d. 15. november 2017 kl. 18:00", "Mødested Udvalgsværelse G",
        "Tilstede Mikael Fenger (C) (formand)", "Özcan Kızılkaya, Søren Ærø Åberg",
        "Fraværende Poul V. Jensen, Anders Bonde (afbud)",
        "Protokollen blev læst og mødet hævet kl.: 21:00", "Indholdsfortegnelse",
        "Punkt 1: Velkomst (Åben)", "Resumé",
        "Punkt 2: Opsamling på konferencen Teknologilaboratorium (Åben)", "Resultater",
        "Medlemmerne besvarede spørgsmålet", "Brian Mühdorff: Internet of Things og sensorer",
        "Punkt 3: Pejlemærker påbegyndes (Åben)", "Resultater", "Gruppe 1 Anne Hjorth og Brian Mühdorff 2",
        "Borgeren først (5 stemmer)", "Punkt 4: Nedsættelse af arbejdsgrupper (Åben)", "Resultater",
        "Mødes: den 20. december 2017", "Melder tilbage: til opgaveudvalgets møde den 17. januar 2018",
        "Punkt 5: Dagsorden til 3. møde (Lukket)", "Sags ID: EMN-2017-05405", "Resumé", "Baggrund",
        "Sagsfremstilling", "Økonomiske konsekvenser og finansiering", "Indstilling",
        "Tværgående Funktioner indstiller", "1. at udvalget fortsætter arbejdet", "Tidligere beslutninger",
        "Beslutningen træffes af", "Beslutning Godkendt.", "Bilag", "1. ANBEFALET Procesplan",
        "Fraværende: Søren Ærø Åberg, Poul V. Jensen", "Afbud: Anders Bonde",
        "Marie-Louise Andreassen (næstformand) deltog ikke i behandlingen af punktet på grund af inhabilitet.",
        "Tilførsler til protokollen", "Brian Mühdorff: Jeg kan ikke tilslutte mig indstillingen.",
        "Punkt 6: Afrunding (Åben)", "Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker påbegyndes",
        "Gruppe 1 (Anne Hjorth og Brian Mühdorff)", "Pejlemærke: Borgeren først", "Mål frem for middel",
        "Godkendelse af referat (underskriftside)", "Version 1 · Status: Udkast",
    ]
    at = 0
    for piece in expected:
        found = text.find(piece, at)
        assert found >= 0, f"mangler efter position {at}: {piece!r}"
        at = found + len(piece)
    for name in ("Mikael Fenger", "Anne Hjorth", "Özcan Kızılkaya", "Søren Ærø Åberg"):
        assert name in text.split("Godkendelse af referat (underskriftside)")[-1]
    assert "Poul V. Jensen" not in text.split("Medlem Godkendelse")[-1]  # absent members do not sign
    assert "\ufffd" not in text



def test_every_result_prints_beside_written_decisions_and_every_input_in_the_bilag(tmp_path: Path) -> None:
    """Issue 10 §1: short decisions typed live never replace what the room produced."""
    doc = rich()
    items = doc["meeting"]["items"]
    items[1]["decision"] = "Udvalget drøftede konferencen."
    items[2]["decision"] = "Udvalget valgte to pejlemærker, som anført."
    items[3]["decision"] = "Arbejdsgrupperne blev nedsat."
    items[2]["candidates"] += [{"title": "Mod til at eksperimentere", "votes": 4, "status": "chosen"},
                               {"title": "Alt automatiseret", "votes": 1, "status": "rejected"}]
    items[2]["groups"][1]["inputs"].append({"text": "Prøv i det små først", "candidate": "Mod til at eksperimentere"})
    items[3]["working_groups"][0]["convener"] = "Anne Hjorth"
    items[3]["working_groups"][0]["guests"] = [{"name": "Jens Vej", "organisation": "Vejdirektoratet"}]
    path = _render(tmp_path, doc)
    text = pdfread.text(path)
    pdfread.assert_in_order(text, [
        "Punkt 2: Opsamling", "Resultater", "Medlemmerne besvarede spørgsmålet: \u201dHvilke teknologier",
        "Her blev blandt andre nævnt:", "Anne Hjorth: Kunstig intelligens",
        "Brian Mühdorff: Internet of Things og sensorer", "Özcan Kızılkaya: Robotter og øget brug af data",
        "Beslutning", "Udvalget drøftede konferencen.",
        "Punkt 3: Pejlemærker påbegyndes", "Resultater",
        "Deltagerne drøftede i grupper følgende spørgsmål:", "Hvad er et godt pejlemærke?",
        "Drøftelsen tog udgangspunkt i følgende perspektiver:", "Politikere, borgere og organisation",
        "Strategisk, taktisk, operationelt",
        "Grupperne", "Gruppe Deltagere Input", "Gruppe 1 Anne Hjorth og Brian Mühdorff 2",
        "Gruppe 2 Mikael Fenger (C) (formand) og Özcan Kızılkaya 2", "I alt 4 input; de står i fuld længde i bilag 1.",
        "Valgte pejlemærker", "1. Borgeren først (5 stemmer): Digitalt når det giver mening",
        "2. Mod til at eksperimentere (4 stemmer)",
        "Øvrige kandidater", "Data på tværs 2 kortliste", "Alt automatiseret 1 fravalgt",
        "Beslutning", "Udvalget valgte to pejlemærker, som anført.",
        "Punkt 4: Nedsættelse af arbejdsgrupper", "Resultater", "Arbejdsgruppe om pejlemærker",
        "Mandat: Arbejder videre med input om pejlemærkerne",
        "Medlemmer: Mikael Fenger (C) (formand) og Anne Hjorth (tovholder)", "Udefra: Jens Vej (Vejdirektoratet)",
        "Mødes: den 20. december 2017", "Melder tilbage: til opgaveudvalgets møde den 17. januar 2018",
        "Arbejdsgruppe om principper", "Medlemmer: Brian Mühdorff", "Mødes: den 12. december 2017",
        "Beslutning", "Arbejdsgrupperne blev nedsat.",
        "Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker påbegyndes",
        "Gruppe 1 (Anne Hjorth og Brian Mühdorff)", "Pejlemærke: Borgeren først", "Mål frem for middel",
        "Uden pejlemærke:", "Konkret første skridt",
        "Gruppe 2 (Mikael Fenger og Özcan Kızılkaya)", "Pejlemærke: Mod til at eksperimentere",
        "Prøv i det små først", "Uden pejlemærke:", "Data | deling på tværs",
        "Godkendelse af referat (underskriftside)",
    ])
    toc, bilag = pdfread.toc(path), pdfread.heading_pages(path, "Bilag")
    assert toc["Bilag 1: Input fra gruppearbejdet, punkt 3: Pejlemærker påbegyndes"] == bilag[1]
    assert pdfread.heading_pages(path)[6] < bilag[1] < toc["Godkendelse af referat (underskriftside)"]


def test_toc_page_numbers_match_where_items_start(tmp_path: Path) -> None:
    doc = rich()
    doc["meeting"]["items"][1]["answers"][0]["text"] = "Lang tekst. " * 900  # push items onto later pages
    path = _render(tmp_path, doc)
    toc, starts = pdfread.toc(path), pdfread.heading_pages(path)
    assert len(starts) == 6
    for number, page in starts.items():
        entry = next(v for k, v in toc.items() if k.startswith(f"Punkt {number}: "))
        assert entry == page, f"Punkt {number}: TOC siger side {entry}, står på side {page}"
    assert toc["Godkendelse af referat (underskriftside)"] == pdfread.page_count(path)
    assert starts[3] > starts[2]  # the long answers really moved item 3


def test_single_pass_toc_and_the_multibuild_fallback_print_the_same(tmp_path: Path) -> None:
    """The fallback (ReportLab's TableOfContents, multiBuild) for a ReportLab without the internals."""
    doc = rich()
    doc["meeting"]["items"][1]["answers"][0]["text"] = "Lang tekst. " * 900  # items start on later pages
    doc["meeting"]["items"] += [{"title": f"Sag {n} <b>&amp;</b>", "summary": "Tekst. " * 30} for n in range(60)]
    single = _render(tmp_path, doc, "single.pdf", single_pass=True)
    multi = _render(tmp_path, doc, "multi.pdf", single_pass=False)
    assert pdf_module._single_pass_supported()  # this ReportLab takes the single pass by default
    toc = pdfread.toc(single)
    assert len(toc) == 68 and toc["Punkt 66: Sag 59 <b>&amp;</b> (Åben)"] > toc["Punkt 3: Pejlemærker påbegyndes (Åben)"] > 3
    assert pdfread.toc(multi) == toc
    assert pdfread.pages(multi) == pdfread.pages(single)  # the same text on the same pages
    assert [o.title for o in PdfReader(str(multi)).outline] == [o.title for o in PdfReader(str(single)).outline]
    assert all(page == toc[title] for title, page in pdfread.toc(single).items())


def test_header_footer_page_x_of_y_and_fonts(tmp_path: Path) -> None:
    path = _render(tmp_path, rich())
    pages = pdfread.pages(path)
    total = pdfread.page_count(path)
    assert 3 <= total <= 8
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {total}" in page
        assert "Opgaveudvalg for digitalisering og teknologi · 15-11-2017" in page
        assert "REFERAT – UDKAST" in page
    rows = pdfread.fonts(path)
    assert rows and all("DejaVuSans" in row and " yes " in row for row in rows), rows
    assert not any("Helvetica" in row or "Times" in row for row in rows)
    assert PdfReader(str(path)).pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_udkast_mark_until_approved_then_version_and_fingerprint(tmp_path: Path) -> None:
    doc = rich()
    referat = draft_referat(doc)
    signers = referat.signatories
    draft = _render(tmp_path, doc, "draft.pdf")
    assert _images(draft) == pdfread.page_count(draft)  # the UDKAST picture on every page
    approvals = [{"member": name, "at": f"2017-11-2{i % 9}T10:0{i}"} for i, name in enumerate(signers)]
    done = _render(tmp_path, doc, "approved.pdf", status="approved", version=2, approvals=approvals,
                   sha256="0123456789abcdef" * 4)
    assert _images(done) == 0
    last = pdfread.pages(done)[-1]
    assert "Version 2 · Status: Godkendt" in last
    assert "Fingeraftryk (SHA-256): " + "0123456789abcdef" * 4 in last
    assert "Godkendt 20-11-2017 10:00" in last
    assert "UDKAST" not in " ".join(pdfread.pages(done))


def test_approval_page_leaves_a_line_for_those_who_have_not_approved(tmp_path: Path) -> None:
    path = _render(tmp_path, rich(), status="sent", approvals=[{"member": "Anne Hjorth", "at": "2017-11-20T09:30"}])
    last = pdfread.pages(path)[-1]
    assert "Status: Sendt til godkendelse" in last
    lines = {line.split("  ")[0].strip(): line for line in last.splitlines() if line.strip()}
    assert "Godkendt 20-11-2017 09:30" in lines["Anne Hjorth"]
    assert "Godkendt" not in lines["Brian Mühdorff"]
    assert "Fingeraftryk" not in last


HOSTILE = ['<img src="/etc/passwd">', "<b>fed?</b>", "&amp;", "]]>", "a < b & c > d", "<para>",
           "<font name=\"Courier\">x</font>", "\"citat\" 'enkelt'"]


def test_hostile_text_comes_out_literally(tmp_path: Path) -> None:
    hostile = " ".join(HOSTILE)
    doc = with_items([{
        "title": f"Titel {hostile}", "summary": hostile, "decision": f"- {hostile}\n\n| {HOSTILE[0]} | x |\n| y | z |",
        "recommendations": [hostile], "attachments": [{"title": hostile, "recommended": True}],
        "remarks": [{"member": "Anne Hjorth", "text": hostile}],
    }])
    doc["committee"]["name"] = f"Udvalg {HOSTILE[1]}"
    doc["meeting"]["location"] = HOSTILE[0]
    path = _render(tmp_path, doc, status="approved", sha256="0" * 64)
    text = pdfread.text(path)
    for piece in HOSTILE:
        assert text.count(piece) >= 5, piece
    assert f"Mødested {HOSTILE[0]}" in text
    assert _images(path) == 0  # no file was pulled in
    assert not any("Courier" in row for row in pdfread.fonts(path))


def test_emoji_become_readable_names(tmp_path: Path) -> None:
    assert printable("Tak 🎉!") == "Tak [party popper]!"
    assert printable("👍🏽 ❤️ 🇩🇰") == "[thumbs up sign] ❤ [flag: DK]"
    assert printable("☺ ✓ Kızılkaya æøå ÆØÅ") == "☺ ✓ Kızılkaya æøå ÆØÅ"  # DejaVu has these
    assert printable("😀") == "[grinning face]"  # has a glyph, but would not copy out right
    doc = with_items([{"title": "Emoji 🎉", "decision": "Godt gået 👍🏽 🇩🇰 😀 ☺ \U0001f9ec"}])
    text = pdfread.text(_render(tmp_path, doc))
    assert "Punkt 1: Emoji [party popper] (Åben)" in text
    assert "Godt gået [thumbs up sign] [flag: DK] [grinning face] ☺ [dna double helix]" in text
    assert "\ufffd" not in text


SCRIPTS = {  # what DejaVu's regular and bold faces have, as a member might type it
    "græsk": "Καλημέρα σας", "kyrillisk": "Доброе утро", "armensk": "Բարի լույս", "georgisk": "დილა მშვიდობისა",
    "latin": "Łódź, Đorđević, Nguyễn Thị Ánh, Şişli", "kombinerede tegn": "e\u0301 a\u0308 n\u0303 q\u0323 x\u035cy",
    "symboler": "☺ ❤ ✓ → € ½ °C", "tifinagh": "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ",
}


def test_every_script_the_fonts_have_prints_as_typed(tmp_path: Path) -> None:
    """Printed in the regular and the bold face, and read back as typed (it was kept only where all four faces had it)."""
    line = " · ".join(SCRIPTS.values())
    doc = with_items([{"title": f"Skrifter {SCRIPTS['græsk']} {SCRIPTS['kyrillisk']}", "decision": line,
                       "remarks": [{"member": "Anne Hjorth", "text": line}]}])
    doc["committee"]["name"] = f"Udvalg {SCRIPTS['georgisk']}"  # the header on every page, drawn on the canvas
    path = _render(tmp_path, doc)
    text = unicodedata.normalize("NFC", pdfread.text(path))
    for script, typed in SCRIPTS.items():
        assert text.count(unicodedata.normalize("NFC", typed)) >= 2, script
    assert f"Punkt 1: Skrifter {SCRIPTS['græsk']} {SCRIPTS['kyrillisk']} (Åben)" in text  # bold, and in the TOC
    assert text.count(f"Udvalg {SCRIPTS['georgisk']}") >= pdfread.page_count(path)
    assert "[" not in text and "\ufffd" not in text
    assert printable(line) == line


HEBREW = "שלום לכל חברי הוועדה"  # "greetings to every member of the committee"
ARABIC = "مرحبا بأعضاء اللجنة"


def _words(n: int) -> list[str]:
    """n different Hebrew words (no digits: they would run left to right inside the line)."""
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    return ["".join(letters[(i // 22 ** k) % 22] for k in range(3)) for i in range(n)]


def _unspaced(text: str) -> str:
    """Text as a PDF reader gives it back, for comparing right-to-left runs.

    pdftotext wraps each run in embedding marks (U+202B … U+202C) and may move
    a space or a bracket at a run's end to its other side; Arabic comes back in
    its joined forms.
    """
    return re.sub("[\u202a-\u202e()\\s]", "", unicodedata.normalize("NFKC", text))


def test_hebrew_and_arabic_print_right_to_left_and_read_back_as_typed(tmp_path: Path) -> None:
    """Each line is drawn in display order; a PDF reader turns the runs back, so the text reads as typed."""
    doc = with_items([{"title": f"Hilsen {HEBREW}", "decision": f"Formanden sagde: {HEBREW} og {ARABIC}.",
                       "remarks": [{"member": "Anne Hjorth", "text": ARABIC}]}])
    text = _unspaced(pdfread.text(_render(tmp_path, doc)))
    assert _unspaced(f"Formanden sagde: {HEBREW} og {ARABIC}.") in text
    heading = _unspaced(f"Punkt 1: Hilsen {HEBREW} (Åben)")
    assert text.count(heading) == 2 and heading in text.split("Indholdsfortegnelse")[1]  # TOC and bold heading
    assert _unspaced(f"Anne Hjorth: {ARABIC}") in text
    assert "[" not in text


def test_a_long_hebrew_paragraph_reads_line_by_line_in_typed_order(tmp_path: Path) -> None:
    """Lines are broken in typed order and each is turned around on its own: the first words on the first line."""
    long = " ".join(_words(400))
    path = _render(tmp_path, with_items([{"title": "Lang", "summary": long}]))
    lines = [line for page in pdfread.pages(path) for line in page.splitlines() if re.search("[\u05d0-\u05ea]{3}", line)]
    assert len(lines) > 10
    assert re.findall("[\u05d0-\u05ea]{3}", " ".join(lines)) == long.split()


def test_rtl_lines_are_drawn_in_display_order() -> None:
    """What python-bidi and arabic-reshaper give, on a line of one font and on a line of several."""
    assert rtl.visual("abc שלום def") == "abc םולש def"
    assert rtl.joined("لا") == "ﻻ" and unicodedata.normalize("NFKC", rtl.joined(ARABIC)) == ARABIC
    one = para(f"Tekst {HEBREW} slut", styles()["body"])
    one.wrap(400, 1000)
    assert rtl.visual_lines(one.blPara).lines[0][1] == ["Tekst", *HEBREW[::-1].split(" "), "slut"]
    assert one.blPara.lines[0][1][1] == "שלום"  # the paragraph itself keeps the typed order
    several = Para(f"<b>Anne:</b> {HEBREW}", styles()["body"])
    several.wrap(400, 1000)
    shown = rtl.visual_lines(several.blPara).lines[0].words
    assert [w.text for w in shown][:2] == ["Anne:", " " + HEBREW[::-1]]
    plain = para("ingen højre-til-venstre her", styles()["body"])
    plain.wrap(400, 1000)
    assert rtl.visual_lines(plain.blPara) is plain.blPara


CJK = "日本語の議事録 · 中文会议记录 · 한국어 회의록"


def test_chinese_japanese_and_korean_print_from_the_fallback_font(tmp_path: Path) -> None:
    long = "会议记录" * 800  # no spaces: broken where the line is full
    doc = with_items([{"title": f"Sprog {CJK}", "decision": CJK, "remarks": [{"member": "Anne Hjorth", "text": CJK}]},
                      {"title": "Lang", "summary": long + "。结束"}])
    path = _render(tmp_path, doc)
    text = pdfread.text(path)
    assert text.count(f"Punkt 1: Sprog {CJK} (Åben)") == 2  # bold heading and TOC
    assert f"Anne Hjorth: {CJK}" in text and "[" not in text
    assert "".join(re.findall("[会议记录]+", text.split("Punkt 2: Lang (Åben)")[-1])) == long
    assert any("DroidSansFallback" in row and " yes " in row for row in pdfread.fonts(path))  # embedded
    assert [o.title for o in PdfReader(str(path)).outline][0] == f"Punkt 1: Sprog {CJK} (Åben)"
    plain = _render(tmp_path, rich(), "plain.pdf")
    assert not any("Droid" in row for row in pdfread.fonts(plain))


def test_100_kb_paragraph_and_endless_word_split_across_pages(tmp_path: Path) -> None:
    words = " ".join(f"ord{i}" for i in range(16000))
    assert len(words) > 100_000
    word = "x" * 6000 + "SLUT"
    doc = with_items([{"title": "Lang", "decision": f"START {words} FÆRDIG"},
                      {"title": "Ord", "summary": word}])
    path = _render(tmp_path, doc)
    assert pdfread.page_count(path) > 25
    text = pdfread.text(path)
    assert "START ord0 ord1" in text and "ord15999 FÆRDIG" in text
    assert re.findall(r"\bord\d+\b", text) == words.split()  # every word, in order, none lost at a cut
    # the endless word wraps into many full lines instead of running off the page
    pieces = [line.strip() for page in pdfread.pages(path, layout=False) for line in page.splitlines()
              if re.fullmatch(r"x+(SLUT)?", line.strip())]
    assert len(pieces) > 50 and "".join(pieces) == word
    starts = pdfread.heading_pages(path)
    assert starts[2] > 20


class _LayoutWork:
    """What laying out costs, counted: words broken into lines, paragraphs and table rows measured.

    ReportLab splits a paragraph at a page break by breaking the rest into lines
    again, and a table by measuring every remaining row again: both show here as
    work that grows with the square of the text.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.words = self.wraps = self.rows = 0
        break_lines, wrap, table_wrap = Paragraph.breakLines, Paragraph.wrap, Table.wrap

        def counted_break(para: Paragraph, width: Any) -> Any:
            lines = break_lines(para, width)
            self.words += sum(len(line[1]) if isinstance(line, tuple) else len(line.words) for line in lines.lines)
            return lines

        def counted_wrap(para: Paragraph, *args: Any) -> Any:
            self.wraps += 1
            return wrap(para, *args)

        def counted_table(table: Table, *args: Any) -> Any:
            self.rows += table._nrows  # type: ignore[attr-defined]  # every row is measured
            return table_wrap(table, *args)

        monkeypatch.setattr(Paragraph, "breakLines", counted_break)
        monkeypatch.setattr(Paragraph, "wrap", counted_wrap)
        monkeypatch.setattr(Table, "wrap", counted_table)

    def of(self, doc: dict[str, Any]) -> int:
        self.words = self.wraps = self.rows = 0
        render_pdf(draft_referat(doc), io.BytesIO(), status="draft", version=1)
        return self.words + self.wraps + self.rows


def _long_text(kind: str, n: int) -> dict[str, Any]:
    words = [f"ord{i}" for i in range(n)]
    if kind == "paragraph":
        return with_items([{"title": "Lang", "decision": " ".join(words)}])
    if kind == "lines":  # every word on a line of its own: one paragraph of line breaks
        return with_items([{"title": "Lang", "decision": "\n".join(words)}])
    if kind == "remark":  # a field: bold label, then the text
        return with_items([{"title": "Lang", "remarks": [{"member": "Anne Hjorth", "text": " ".join(words)}]}])
    if kind == "table cell":
        return with_items([{"title": "Lang", "decision": "| a | b |\n| " + " ".join(words) + " | x |"}])
    if kind == "table rows":
        return with_items([{"title": "Lang", "decision": "| a | b |\n" + "\n".join(f"| {w} | x |" for w in words[::8])}])
    if kind == "bullet":
        return with_items([{"title": "Lang", "decision": "- " + " ".join(words)}])
    if kind == "title":
        return with_items([{"title": " ".join(words), "decision": "x"}])
    doc = with_items([{"title": "Lang", "decision": "x"}])
    doc["meeting"]["location"] = " ".join(words)  # a cell of the leader page's table
    return doc


@pytest.mark.parametrize("kind", ["paragraph", "lines", "remark", "table cell", "table rows", "bullet", "title",
                                  "location"])
def test_layout_work_grows_linearly_with_the_text(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the text, about four times the work (it was 12-17 times: n² / page)."""
    work = _LayoutWork(monkeypatch)
    small, large = work.of(_long_text(kind, 3000)), work.of(_long_text(kind, 12000))
    assert large / small < 5.0, (small, large)


def test_300_item_agenda(tmp_path: Path) -> None:
    items = [{"title": f"Sag nummer {n}", "summary": f"Resumé af sag {n}.", "decision": "Godkendt."}
             for n in range(1, 301)]
    path = _render(tmp_path, with_items(items))
    total = pdfread.page_count(path)
    assert 20 < total < 400
    toc, starts = pdfread.toc(path), pdfread.heading_pages(path)
    assert len(starts) == 300
    assert all(toc[f"Punkt {n}: Sag nummer {n} (Åben)"] == starts[n] for n in range(1, 301))
    assert toc["Godkendelse af referat (underskriftside)"] == total


def test_progress_reports_rising_fractions_to_one(tmp_path: Path) -> None:
    seen: list[float] = []
    render_pdf(draft_referat(rich()), tmp_path / "p.pdf", status="draft", version=1, progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 3


def test_unknown_status_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ukendt status"):
        render_pdf(draft_referat(rich()), tmp_path / "x.pdf", status="final", version=1)


def test_text_taller_than_a_page_inside_tables_and_the_leader_page(tmp_path: Path) -> None:
    big = " ".join(f"ord{i}" for i in range(3000))  # about 20 KB: several pages in a table cell
    doc = with_items([
        {"title": "Pejlemærker", "kind": "group_work",
         "candidates": [{"title": "A", "description": big + " SLUT-A", "votes": 1}]},
        {"title": "Tabel", "decision": "| a | b |\n| " + big + " SLUT-B | x |"},
    ])
    doc["meeting"]["location"] = big + " SLUT-C"
    doc["committee"]["members"] += [{"name": f"Medlem {i}"} for i in range(150)]
    doc["meeting"]["attendance"] += [{"member": f"Medlem {i}", "status": "present"} for i in range(150)]
    path = _render(tmp_path, doc)
    text = pdfread.text(path)
    for marker in ("SLUT-A", "SLUT-B", "SLUT-C", "Medlem 149"):
        assert marker in text
    assert pdfread.page_count(path) > 8


def test_bare_meeting_gives_leader_and_approval_page_only(tmp_path: Path) -> None:
    doc = {"format": "workshop-meeting/1", "committee": {"name": "Udvalg"},
           "meeting": {"title": "Møde", "starts_at": "2018-01-31T17:00"}}
    path = _render(tmp_path, doc)
    pages = pdfread.pages(path)
    assert len(pages) == 2
    assert "Mødedato Onsdag d. 31. januar 2018 kl. 17:00" in " ".join(pages[0].split())
    assert "Fraværende" not in pages[0]
    assert "Ingen medlemmer er registreret som til stede." in pages[1]


def test_fravaerende_and_afbud_are_never_a_page_apart(tmp_path: Path) -> None:
    """An item ends with who was away; the two lines are read as one and print on one page, with
    the text before them (never alone on top of a page, away from their item).

    The Beslutning grows a line at a time, so one of the variants puts the page break right
    between "Fraværende" and "Afbud" unless they are kept together.
    """
    line = "Udvalget drøftede sagen og besluttede at gå videre med forslaget. "
    for lines in range(50, 80):
        doc = with_items([{"title": "Orientering", "kind": "case", "decision": line * lines}])
        path = _render(tmp_path, doc, name=f"r{lines}.pdf")
        for page in pdfread.pages(path)[1:]:  # the leader page lists the absent its own way
            assert ("Afbud:" in page) == ("Fraværende:" in page), (lines, page)
            body = [line.strip() for line in page.splitlines()[1:] if line.strip()]  # below the header
            assert not body[0].startswith(("Fraværende:", "Afbud:")), (lines, page)  # with their item's text
