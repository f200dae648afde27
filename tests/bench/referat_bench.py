"""Figure 4: the referat PDF (B's workshop.referat), end to end and per page as content grows.

"Demo" and "200-item" time ``services.referat.export_pdf``: what the user waits for
after pressing print (meeting read, referat drafted, PDF built and written).
"Per page" drafts the demo meeting with its agenda repeated 1x, 10x and 100x and
times ``render_pdf`` alone; the figure is the slowest time per page over the
fastest, so 1.20x means per-page cost varies by 20 %.
"Long paragraph" times ``render_pdf`` of a meeting whose one decision is a single
paragraph of ~100 KB and of ~1 MB: 10x the text should take about 10x the time
(it took ~60x when every page break laid out the whole rest again, issue 11).
"""

from __future__ import annotations

import copy
import io
import time
from typing import Any

from tests.bench import generate
from tests.bench.benchdata import Bench
from tests.bench.results import Figure, alternate, median, missing
from workshop.db import Database

TARGET_DEMO_S = 0.5
TARGET_LARGE_S = 5.0
TARGET_FLAT_X = 1.2
TARGET_LINEAR_X = 15.0  # for 10x the text: linear is 10x, n² was ~60x
FACTORS = {"full": (1, 10, 100), "tiny": (1, 2, 3)}
PARAGRAPH_WORDS = {"full": 14_000, "tiny": 1_400}  # ~100 KB at full scale; the long one is 10x


def _names() -> list[tuple[str, str, float]]:
    return [("referat PDF, demo meeting", "s", TARGET_DEMO_S),
            ("referat PDF, 200-item meeting", "s", TARGET_LARGE_S),
            ("referat PDF time per page, 1x..100x content (slowest/fastest)", "x", TARGET_FLAT_X),
            ("referat PDF, one paragraph 10x longer (time ratio)", "x", TARGET_LINEAR_X)]


def scaled(doc: dict[str, Any], factor: int) -> dict[str, Any]:
    """The meeting with its agenda repeated ``factor`` times (titles numbered to stay distinct)."""
    out = copy.deepcopy(doc)
    items = out["meeting"].get("items", [])
    out["meeting"]["items"] = [dict(copy.deepcopy(item), title=f"{item['title']} ({n + 1})" if n else item["title"])
                               for n in range(factor) for item in items]
    return out


def long_paragraph(words: int) -> dict[str, Any]:
    """A meeting of one item whose decision is one paragraph of ``words`` words (no line break)."""
    from workshop.demo import demo_document

    doc = demo_document()
    item = dict(doc["meeting"]["items"][0], decision=" ".join(f"ord{i}" for i in range(words)))
    doc["meeting"]["items"] = [item]
    return doc


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def run(bench: Bench) -> list[Figure]:
    try:
        from workshop.demo import demo_document, load_demo
        from workshop.referat import draft
        from workshop.referat.pdf import render_pdf
        from workshop.services.referat import export_pdf
    except ImportError as error:
        return [missing(n, u, t, f"referat or demo not there yet ({error})") for n, u, t in _names()]

    db = Database(bench.sqlite_url)
    try:
        demo_id = load_demo(db)
        large_id = generate.large_meeting_id(db)
        out = bench.workdir / "referat.pdf"

        def export(meeting_id: int) -> float:
            t0 = time.perf_counter()
            export_pdf(db, meeting_id, out)
            return time.perf_counter() - t0

        export(demo_id)  # warm-up: fonts registered, ReportLab imported, as after the first print
        demo_pages = pages(out.read_bytes())
        runs = bench.runs if bench.scale == "tiny" else max(1, min(bench.runs, 3))  # the large one is slow
        times = alternate(runs, demo=lambda: export(demo_id), large=lambda: export(large_id))
        large_pages = pages(out.read_bytes()) if runs % 2 else None
        if large_pages is None:
            export(large_id)
            large_pages = pages(out.read_bytes())

        per_page: dict[int, float] = {}
        counts: dict[int, int] = {}
        referats = {f: draft.draft_referat(scaled(demo_document(), f)) for f in FACTORS[bench.scale]}

        def render(factor: int) -> float:
            buffer = io.BytesIO()
            t0 = time.perf_counter()
            render_pdf(referats[factor], buffer, status="draft", version=1)
            elapsed = time.perf_counter() - t0
            counts[factor] = pages(buffer.getvalue())
            return elapsed

        rendered = alternate(runs, **{str(f): (lambda f=f: render(f)) for f in referats})
        for f in referats:
            per_page[f] = median(rendered[str(f)]) / counts[f]
        spread = max(per_page.values()) / min(per_page.values())

        words = PARAGRAPH_WORDS[bench.scale]
        paragraphs = {"short": draft.draft_referat(long_paragraph(words)),
                      "long": draft.draft_referat(long_paragraph(10 * words))}
        sizes = {k: sum(len(b.text) for s in r.items for b in s.blocks) for k, r in paragraphs.items()}

        def render_paragraph(kind: str) -> float:
            t0 = time.perf_counter()
            render_pdf(paragraphs[kind], io.BytesIO(), status="draft", version=1)
            return time.perf_counter() - t0

        long_times = alternate(runs, short=lambda: render_paragraph("short"), long=lambda: render_paragraph("long"))
        short_s, long_s = median(long_times["short"]), median(long_times["long"])
        detail = ", ".join(f"{f}x: {counts[f]} p, {per_page[f] * 1000:.1f} ms/p" for f in referats)
        return [
            Figure("referat PDF, demo meeting", median(times["demo"]), "s", TARGET_DEMO_S,
                   peer=f"{demo_pages} pages, export_pdf end to end, n={len(times['demo'])}"),
            Figure("referat PDF, 200-item meeting", median(times["large"]), "s", TARGET_LARGE_S,
                   peer=f"{large_pages} pages, export_pdf end to end, n={len(times['large'])}"),
            Figure("referat PDF time per page, 1x..100x content (slowest/fastest)", spread, "x", TARGET_FLAT_X,
                   peer=detail, extra={"ms_per_page": {str(f): round(v * 1000, 2) for f, v in per_page.items()}}),
            Figure("referat PDF, one paragraph 10x longer (time ratio)", long_s / short_s, "x", TARGET_LINEAR_X,
                   peer=f"{sizes['short'] / 1000:.0f} KB {short_s:.2f} s, {sizes['long'] / 1000:.0f} KB {long_s:.2f} s,"
                        f" render_pdf, n={len(long_times['long'])}"),
        ]
    finally:
        db.close()
