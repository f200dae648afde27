"""The referat as an A4 PDF (ReportLab platypus), the way Danish municipalities print it.

Every piece of user text goes through ``paragraphs.esc`` (or ``paragraphs.para``)
before it becomes a Paragraph: ReportLab parses markup, and an unescaped
``<img src=…>`` would pull a local file into the PDF.
"""

from __future__ import annotations

import io
from ast import literal_eval
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workshop.atomic_file import replace_file
from workshop.referat import danish, rtl
from workshop.referat.content import Appendix, Block, ItemSection, Referat
from workshop.referat.fonts import BOLD, REGULAR, font_dir, printable, register
from workshop.referat.paragraphs import Para, esc, para, paras
from workshop.referat.styles import styles

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 22 * mm, 24 * mm, 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
STATUS_SHOWN = {"draft": "Udkast", "sent": "Sendt til godkendelse", "approved": "Godkendt"}
APPROVAL_HEADING = "Godkendelse af referat (underskriftside)"

Progress = Callable[[float], None]
# Tables fall back to a Helvetica chosen at import time, before our fonts exist.
_CELL_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]


def _p(text: str, style: str = "body") -> Paragraph:
    """A short text of ours (a label, a status line) as one paragraph."""
    return para(text, styles()[style])


def _paras(text: str, style: str = "body", *, label: str | None = None) -> list[Flowable]:
    """User text of any length: one paragraph, or several pieces when it is long (``paragraphs.paras``)."""
    return list(paras(text, styles()[style], label=label))


def _cell(text: str, style: str) -> Flowable | list[Flowable]:
    """A table cell of user text: a cell takes a list of flowables when the text comes in pieces."""
    parts = _paras(text, style)
    return parts[0] if len(parts) == 1 else parts


class _Heading(Para):
    """A heading that becomes a table-of-contents entry and a PDF bookmark."""

    toc_text = toc_key = ""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts:  # the entry points at where the heading starts
            parts[0].toc_text, parts[0].toc_key = self.toc_text, self.toc_key
        return parts


def _heading(text: str, key: str, style: str) -> list[Flowable]:
    parts = paras(text, styles()[style], cls=_Heading)
    parts[0].toc_text, parts[0].toc_key = _toc_text(text), key  # the entry points at the first piece
    return list(parts)


TOC_CHARS = 300


def _toc_text(heading: str) -> str:
    """A heading as the TOC and the bookmarks show it: a line or a few, even if the title is a book."""
    return heading if len(heading) <= TOC_CHARS else heading[:TOC_CHARS - 1].rstrip() + "…"


class _ReferatDoc(BaseDocTemplate):
    single_pass = True  # how the TOC learns its page numbers; see _build

    def __init__(self, target: Any, referat: Referat, status: str, version: int,
                 verification: str | None = None) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=referat.leader.header, author="Workshop",
                         subject=f"{referat.leader.title} – version {version}",
                         creator="Workshop", invariant=1)
        self.referat, self.status, self.version = referat, status, version
        self.verification = verification if status == "approved" else None
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading) and flowable.toc_key:
            if self.single_pass:
                self.canv.heading_pages[flowable.toc_key] = self.page
            else:  # ReportLab's TableOfContents collects its entries for the next pass
                self.notify("TOCEntry", (0, esc(flowable.toc_text, visual=True), self.page, flowable.toc_key))
            self.canv.bookmarkPage(flowable.toc_key)
            # The viewer draws bookmarks in its own fonts: CJK stays as it is.
            self.canv.addOutlineEntry(printable(flowable.toc_text, fallback=True), flowable.toc_key, level=0)

    def _decorate(self, canv: Canvas, _doc: Any) -> None:
        """Header and UDKAST (or ÆNDRET) mark, drawn first so the text lies on top."""
        canv.saveState()
        mark = "ÆNDRET" if self.verification == "altered" else "UDKAST" if self.status != "approved" else ""
        if mark:
            form = f"mark_{mark.encode('ascii', 'replace').decode()}"
            if not getattr(canv, "_mark_defined", False):  # once per file, reused on every page
                image, (w, h) = _watermark(mark)
                canv.beginForm(form)
                canv.drawImage(image, (PAGE_W - w) / 2, (PAGE_H - h) / 2, w, h, mask="auto")
                canv.endForm()
                canv._mark_defined = True
            canv.doForm(form)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont(REGULAR, 8)
        leader = self.referat.leader
        header = rtl.visual(printable(f"{leader.committee} · {leader.short_date}"))
        canv.drawString(MARGIN_X, PAGE_H - 14 * mm, header[:120])
        status = (f"REFERAT – {STATUS_SHOWN[self.status].upper()}" if self.status != "approved"
                  else f"REFERAT – {VERIFICATION_HEADER[self.verification]}" if self.verification in VERIFICATION_HEADER
                  else "REFERAT")
        canv.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 14 * mm, status)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, PAGE_H - 15.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 15.5 * mm)
        canv.line(MARGIN_X, 13.5 * mm, PAGE_W - MARGIN_X, 13.5 * mm)
        canv.drawString(MARGIN_X, 10 * mm, f"Version {self.version}")
        canv.restoreState()


@cache
def _watermark(word: str = "UDKAST") -> tuple[ImageReader, tuple[float, float]]:
    """The diagonal UDKAST (or ÆNDRET) as a picture, so it never mixes into the PDF's text layer.

    Drawn as text, its letters would turn up in the middle of copied or extracted
    sentences; one image is embedded once and reused on every page.
    """
    font = ImageFont.truetype(str(font_dir() / f"{BOLD}.ttf"), 100)
    left, top, right, bottom = (int(v) for v in font.getbbox(word))
    text = Image.new("RGBA", (right - left + 20, bottom - top + 20), (0, 0, 0, 0))
    ImageDraw.Draw(text).text((10 - left, 10 - top), word, font=font, fill=(217, 26, 26, 34))
    rotated = text.rotate(50, expand=True, resample=Image.Resampling.BICUBIC)
    data = io.BytesIO()
    rotated.save(data, "PNG")
    data.seek(0)
    width = 170 * mm  # the rotated word spans most of the page
    return ImageReader(data), (width, width * rotated.height / rotated.width)


@dataclass(frozen=True)
class _TocSlot:
    """Where a TOC entry's dots and page number go, kept until the page number is known."""

    page_index: int  # into _PageCountCanvas._pages
    code_index: int  # the placeholder in that page's content stream
    x: float  # where the entry's text ends, in the coordinates current then
    y: float
    matrix: tuple[float, ...]
    width: float
    style: ParagraphStyle
    key: str


class _PageCountCanvas(Canvas):
    """Holds pages back until the end so each footer can say "Side X af Y".

    The table of contents' page numbers are written at the same time: the TOC
    comes before the items, so their pages are only known once all is laid out.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.heading_pages: dict[str, int] = {}
        self.toc_slots: dict[int, list[_TocSlot]] = {}  # by page index

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def _fill_toc(self, page_index: int) -> None:
        """Dots and page number of each TOC entry on this page, in the stream where the entry was drawn."""
        code, matrix = self._code, self._currentMatrix  # type: ignore[has-type]
        for slot in self.toc_slots.get(page_index, ()):
            self._code, self._currentMatrix = [], slot.matrix  # type: ignore[var-annotated]  # the link rectangle is relative to it
            _draw_page_number(self, slot, self.heading_pages[slot.key])
            code[slot.code_index] = "\n".join(self._code)
        self._code, self._currentMatrix = code, matrix

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._fill_toc(number - 1)
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Side {number} af {total}")
            self.restoreState()
            super().showPage()
        super().save()


def _draw_page_number(canv: Canvas, slot: _TocSlot, page: int) -> None:
    """Dots and the page number right-aligned after a TOC entry, as ReportLab's own TOC draws them."""
    font, size, text = slot.style.fontName, slot.style.fontSize, str(page)
    width = stringWidth(text, font, size)
    while width > slot.width - slot.x and size >= 1.0:
        size *= 0.9
        width = stringWidth(text, font, size)
    dot = " . "
    dots = int((slot.width - slot.x - width) / stringWidth(dot, font, size))
    tx = canv.beginText(slot.width - dots * stringWidth(dot, font, size) - width, slot.y)
    tx.setFont(font, size)
    tx.setFillColor(slot.style.textColor)
    tx.textLine(dots * dot + text)
    canv.drawText(tx)
    # A name of our own: ReportLab's numbered names restart with each held-back page's state.
    canv.linkRect("", slot.key, (slot.width - width, slot.y, slot.width, slot.y + slot.style.leading),
                  relative=1, name=f"toc_{slot.key}")


class _Contents(TableOfContents):
    """The table of contents, laid out in the one and only build pass.

    Its entries are known before layout (one per item and the approval page),
    and an entry's height does not depend on its page number, which ReportLab
    draws after the text through a zero-width callback. So the pages the TOC
    takes are right from the start; the callback only leaves a slot in the
    page's content stream that ``_PageCountCanvas.save`` fills once every
    heading's page is known. ``multiBuild`` would lay out and draw the whole
    referat twice instead.
    """

    _wrapped_width: float | None = None

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        super().__init__(dotsMinLevel=0)
        # The TOC parses its entries as markup too: hand it escaped text.
        self._lastEntries = [(0, esc(text, visual=True), 0, key) for text, key in entries]  # what wrap lays out
        _toc_look(self)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_width == availWidth:  # asked again (the frame wraps before it splits)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth

        def defer(canv: Canvas, _kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            at = canv._curr_tx_info
            page_index = len(canv._pages)
            canv.toc_slots.setdefault(page_index, []).append(
                _TocSlot(page_index, len(canv._code), at["cur_x"], at["cur_y"], canv._currentMatrix,
                         availWidth, self.getLevelStyle(int(level)), literal_eval(key)))
            canv._code.append("")  # replaced at save()

        self.canv.setNamedCB("drawTOCEntryEnd", defer)  # instead of the one that draws the number now
        return size


def _toc_look(toc: TableOfContents) -> TableOfContents:
    toc.levelStyles = [styles()["toc"]]  # the default styles name Times-Roman
    toc.tableStyle = TableStyle([*_CELL_FONT, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return toc


@cache
def _single_pass_supported() -> bool:
    """Whether this ReportLab has the internals the single-pass TOC writes into.

    They are not public API: the canvas's content stream and matrix, its named
    callbacks, the TOC's entry list (and the position Paragraph leaves for a
    callback, which ReportLab's own TOC reads too).
    """
    canvas = Canvas(io.BytesIO())
    return (all(hasattr(canvas, name) for name in ("_code", "_currentMatrix", "_startPage", "setNamedCB"))
            and hasattr(TableOfContents(), "_lastEntries"))


def _build(doc: _ReferatDoc, story: Callable[[Flowable], list[Flowable]], *, single_pass: bool | None = None) -> None:
    """Lay the referat out and write it, with its table of contents: the one place that knows how.

    ``story`` gets the TOC flowable and returns the whole story. Single pass
    (the default): ``_Contents``, whose entries are known before layout and
    whose page numbers ``_PageCountCanvas`` writes at ``save()``. The
    fallback is ReportLab's own ``TableOfContents`` with ``multiBuild``, which
    lays out and draws the whole referat two or three times until the page
    numbers settle; it is taken when this ReportLab lacks the internals the
    single pass uses, and the tests compare the two.
    """
    doc.single_pass = _single_pass_supported() if single_pass is None else single_pass
    if doc.single_pass:
        doc.build(story(_Contents(_toc_entries(doc.referat))), canvasmaker=_PageCountCanvas)
    else:
        doc.multiBuild(story(_toc_look(TableOfContents(dotsMinLevel=0))), canvasmaker=_PageCountCanvas)


def _toc_entries(referat: Referat) -> list[tuple[str, str]]:
    # The same headings, in the same order, as _item, _appendix and _approval make.
    return ([(_toc_text(s.heading), f"punkt{s.number}") for s in referat.items]
            + [(_toc_text(a.heading), f"bilag{a.number}") for a in referat.appendices]
            + [(APPROVAL_HEADING, "godkendelse")])


def _list(items: Sequence[str], numbered: bool) -> list[Flowable]:
    style = styles()["list"]
    flow: list[Flowable] = []
    for n, text in enumerate(items, start=1):
        flow += paras(text, style, f"{n}." if numbered else "•")
    return flow


# Rows per table: ReportLab measures every remaining row again at each page break of a table.
TABLE_ROWS = 250


def _in_parts(cells: list[list[Any]]) -> list[list[list[Any]]]:
    """A table's rows as tables of at most ``TABLE_ROWS`` rows, each under the header row."""
    head, body = cells[:1], cells[1:]
    return [head + body[i:i + TABLE_ROWS] for i in range(0, len(body), TABLE_ROWS)] or [cells]


CELL_PADDING = 12  # ReportLab's table cells: 6 pt left and right


def _column_widths(rows: Sequence[Sequence[str]], fonts: Sequence[str]) -> list[float]:
    """Columns share the width by how much they hold (a "Stemmer" column stays narrow), and each
    is at least as wide as its longest word (up to a third of the page), so "Stemmer" or
    "kortliste" never break inside the word; the others give up what that takes."""
    width = max(len(r) for r in rows)
    columns = [[(r[c], fonts[i]) for i, r in enumerate(rows) if c < len(r)] for c in range(width)]
    needs = [min(40, max(6, *(len(text) for text, _ in column))) for column in columns]
    mins = [min(FRAME_W / 3, CELL_PADDING + max((stringWidth(w, font, 9) for text, font in column
                                                 for w in text.split()), default=0)) for column in columns]
    widths = [FRAME_W * n / sum(needs) for n in needs]
    for _ in range(width):  # raising one column may push another below its minimum
        short = [c for c in range(width) if widths[c] < mins[c] - 0.01]
        if not short:
            break
        for c in short:
            widths[c] = mins[c]
        rest = [c for c in range(width) if c not in short and widths[c] > mins[c]]
        spare = FRAME_W - sum(widths)
        if not rest:
            break
        share = sum(widths[c] for c in rest)
        for c in rest:
            widths[c] += spare * widths[c] / share
    return widths


def _table(rows: Sequence[Sequence[str]]) -> list[Flowable]:
    width = max(len(r) for r in rows)
    cells = [[_cell(c, "cell_head" if r == 0 else "cell") for c in row] + [""] * (width - len(row))
             for r, row in enumerate(rows)]
    looks = styles()
    widths = _column_widths(rows, [looks["cell_head"].fontName] + [looks["cell"].fontName] * (len(rows) - 1))
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_CELL_FONT,
    ])
    return [Table(part, colWidths=widths, repeatRows=1, hAlign="LEFT",
                  splitInRow=1, style=style)  # a cell taller than a page continues on the next
            for part in _in_parts(cells)]


def _block(block: Block) -> list[Flowable]:
    if block.kind == "heading":
        return _paras(block.text, "section")
    if block.kind == "subheading":
        return _paras(block.text, "subsection")
    if block.kind == "paragraph":
        return _paras(block.text)
    if block.kind == "field":
        return _paras(block.text, "field", label=block.label)
    if block.kind in ("numbered", "bullets"):
        return _list(block.items, block.kind == "numbered")
    if block.kind == "table":
        return [*_table(block.rows), Spacer(1, 4)]
    if block.kind == "meta":
        return _paras(block.text, "meta")
    raise ValueError(f"ukendt bloktype {block.kind!r}")


def _item(section: ItemSection) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(45 * mm), *_heading(section.heading, f"punkt{section.number}", "item")]
    fields: list[Flowable] = []

    def keep_fields() -> None:
        # "Fraværende" and "Afbud" are read as one and as the end of their item: never a page
        # apart, nor alone on top of a page, so the text before them goes along.
        flow.append(KeepTogether([flow.pop(), *fields] if flow and isinstance(flow[-1], Paragraph) else list(fields)))
        fields.clear()

    for block in section.blocks:
        if block.kind == "field":
            fields += _block(block)
            continue
        if fields:
            keep_fields()
        flow += _block(block)
    if fields:
        keep_fields()
    flow.append(Spacer(1, 6 * mm))
    return flow


def _appendix(appendix: Appendix, first: bool) -> list[Flowable]:
    """A Bilag: the first one starts a new page after the items, the others follow like items."""
    flow: list[Flowable] = [PageBreak() if first else CondPageBreak(45 * mm),
                            *_heading(appendix.heading, f"bilag{appendix.number}", "item")]
    for block in appendix.blocks:
        flow += _block(block)
    flow.append(Spacer(1, 6 * mm))
    return flow


def _leader(referat: Referat) -> list[Flowable]:
    leader = referat.leader
    rows = [("Mødedato", leader.date_line), ("Mødested", leader.location)]
    if leader.case_id:
        rows.append(("Sags ID", leader.case_id))
    rows.append(("Tilstede", ", ".join(leader.present)))
    if leader.away:
        rows.append(("Fraværende", ", ".join(leader.away)))
    table = Table([[_p(label, "leader_label"), _cell(value, "body")] for label, value in rows],
                  colWidths=[32 * mm, FRAME_W - 32 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), *_CELL_FONT]))
    flow: list[Flowable] = [*_paras(leader.header, "title"), *_paras(leader.title, "section"), table]
    if referat.correction:
        flow += [Spacer(1, 3 * mm), *_correction(referat)]
    if leader.closing:
        flow += [Spacer(1, 3 * mm), *_paras(leader.closing)]
    if leader.purpose:
        flow += [_p("Formål", "section"), *_paras(leader.purpose)]
    if leader.schedule:
        flow += [_p("Tidsplan", "section"), *_schedule(leader.schedule)]
    return flow


def _schedule(rows: Sequence[Sequence[str]]) -> list[Flowable]:
    """Planned beside actual start per item: narrow time columns, the title takes the rest."""
    times = len(rows[0]) - 1
    cells = [[_cell(c, "cell_head" if r == 0 else "cell") for c in row] for r, row in enumerate(rows)]
    style = TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *_CELL_FONT,
    ])
    return [Table(part, colWidths=[FRAME_W - times * 20 * mm - 30 * mm] + [20 * mm] * times,
                  repeatRows=1, hAlign="LEFT", splitInRow=1, style=style) for part in _in_parts(cells)]


def _correction(referat: Referat) -> list[Flowable]:
    return _paras(referat.correction, label="Rettelse")


def _toc(toc: Flowable) -> list[Flowable]:
    return [Spacer(1, 6 * mm), _p("Indholdsfortegnelse", "section"), toc]


def _approval(referat: Referat, status: str, version: int, approvals: Sequence[dict[str, Any]],
              sha256: str | None, verification: tuple[str, str] | None = None) -> list[Flowable]:
    given = {a["member"]: a["at"] for a in approvals}
    flow: list[Flowable] = [PageBreak(), *_heading(APPROVAL_HEADING, "godkendelse", "item"),
                            _p(f"Version {version} · Status: {_status_shown(status, verification)}"),
                            _p("Referatet godkendes af de medlemmer, der var til stede på mødet"
                               " (lov om kommunernes styrelse § 13). Et medlem, der er uenig, kan"
                               " få sin mening tilført protokollen. Et godkendt referat ændres"
                               " ikke; en rettelse laves som en ny version med en note om, hvad"
                               " der er ændret.", "small"),
                            Spacer(1, 4 * mm)]
    if referat.correction:
        flow[3:3] = _correction(referat)
    rows = [[_p("Medlem", "cell_head"), _p("Godkendelse", "cell_head")]]
    for name in referat.signatories:
        at = given.get(name)
        rows.append([_cell(name, "cell"), _p(f"Godkendt {danish.stamp(at)}", "cell") if at else ""])
    table = Table(rows, colWidths=[FRAME_W * 0.5, FRAME_W * 0.5], repeatRows=1, hAlign="LEFT",
                  rowHeights=[None] + [11 * mm] * len(referat.signatories))
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_CELL_FONT,
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    for r, name in enumerate(referat.signatories, start=1):
        if name not in given:  # a line to sign by hand
            commands.append(("LINEBELOW", (1, r), (1, r), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    flow.append(table)
    if not referat.signatories:
        flow.append(_p("Ingen medlemmer er registreret som til stede."))
    if status == "approved" and sha256:
        flow += [Spacer(1, 6 * mm), *_approved(version, sha256, verification)]
    return flow


def _status_shown(status: str, verification: tuple[str, str] | None) -> str:
    state = verification[0] if verification and status == "approved" else "verified"
    return {"altered": "Ændret efter godkendelse", "unverified": "Godkendt andetsteds – ikke verificeret"}.get(
        state, STATUS_SHOWN[status])


# How an approved version's check shows in the page header (verified: plain "REFERAT").
VERIFICATION_HEADER = {"altered": "ÆNDRET EFTER GODKENDELSE", "unverified": "IKKE VERIFICERET"}


def _approved(version: int, sha256: str, verification: tuple[str, str] | None) -> list[Flowable]:
    """The approval's fingerprint and what the check of its seal found (``services.referat.seal``)."""
    state, reason = verification or ("verified", "")
    fingerprint = [_p(f"Fingeraftryk (SHA-256): {sha256}", "fingerprint"),
                   _p("Fingeraftrykket er beregnet over referatets indhold. Ændres blot ét tegn,"
                      " passer fingeraftrykket ikke længere.", "small")]
    if state == "altered":
        return [_p("Ændret efter godkendelse", "warning"),
                _p(f"Dette er ikke det godkendte referat (version {version}): {reason}"),
                _p("Fingeraftrykket fra godkendelsen:", "small"), *fingerprint]
    if state == "unverified":
        return [_p("Godkendt andetsteds – ikke verificeret", "warning"),
                _p(f"Referatet er markeret som godkendt af alle tilstedeværende medlemmer (version {version}),"
                   f" men godkendelsen kan ikke efterprøves her: {reason}"), *fingerprint]
    return [_p(f"Referatet er godkendt af alle tilstedeværende medlemmer. Version {version}."),
            *fingerprint, *([_p(reason, "small")] if reason else [])]


def story(referat: Referat, toc: Flowable, *, status: str, version: int, approvals: Sequence[dict[str, Any]],
          sha256: str | None, verification: tuple[str, str] | None = None) -> list[Flowable]:
    flow = _leader(referat) + _toc(toc) + ([PageBreak()] if referat.items else [])
    for section in referat.items:
        flow += _item(section)
    for n, appendix in enumerate(referat.appendices):
        flow += _appendix(appendix, first=n == 0)
    return flow + _approval(referat, status, version, approvals, sha256, verification)


def render_pdf(referat: Referat, path_or_file: str | Path | IO[bytes], *, status: str, version: int,
               approvals: Sequence[dict[str, Any]] = (), sha256: str | None = None,
               verification: tuple[str, str] | None = None,
               progress: Progress | None = None, single_pass: bool | None = None) -> None:
    """Write the referat as a PDF.

    Args:
        referat: the drafted referat.
        path_or_file: a file name (written through a temporary file beside it, see
            ``atomic_file.replace_file``; a symbolic link's target is written) or a
            binary file object.
        status: ``draft``, ``sent`` or ``approved``; all but approved print UDKAST on every page.
        version: the referat version number.
        approvals: ``{"member": name, "at": datetime or ISO string}`` per approval given.
        sha256: the fingerprint, printed when approved.
        verification: an approved version's check, ``(state, reason)`` with state ``verified``,
            ``unverified`` (*Godkendt andetsteds – ikke verificeret*) or ``altered`` (*Ændret
            efter godkendelse*: the header says so and ÆNDRET lies over every page); None
            prints it as verified, without a reason.
        progress: called with a fraction 0..1 while the PDF is built.
        single_pass: how the table of contents is made (see ``_build``); None chooses.
    """
    if status not in STATUS_SHOWN:
        raise ValueError(f"ukendt status {status!r}")
    if isinstance(path_or_file, (str, Path)):
        # Beside the target and moved in place: an interrupted export never destroys the old file.
        replace_file(path_or_file, lambda out: render_pdf(
            referat, out, status=status, version=version, approvals=approvals, sha256=sha256,
            verification=verification, progress=progress, single_pass=single_pass))
        return
    register()
    doc = _ReferatDoc(path_or_file, referat, status, version, verification[0] if verification else None)
    if progress is not None:
        doc.setProgressCallBack(_progress_relay(progress))
    _build(doc, lambda toc: story(referat, toc, status=status, version=version, approvals=approvals,
                                  sha256=sha256, verification=verification), single_pass=single_pass)
    if progress is not None:
        progress(1.0)


def _progress_relay(progress: Progress) -> Callable[[str, int], None]:
    """ReportLab's progress of its one build pass as a fraction; 1.0 comes after save()."""
    state = {"total": 1, "shown": 0.0}

    def relay(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
        elif kind == "PROGRESS":
            fraction = min(0.99, value / state["total"])  # never go backwards
            if fraction > state["shown"]:
                state["shown"] = fraction
                progress(fraction)

    return relay

