"""Figure 8: our referat PDF against a peer, LibreOffice converting the same referat from DOCX.

The DOCX is built with python-docx (the ``bench`` extra) from the very Referat that
B's draft_referat makes of the demo meeting, block by block, so both sides print
the same text. The peer's time is ``libreoffice --headless --convert-to pdf`` with a
fresh HOME per run (no warm profile), as a user's one-off conversion; ours is
``services.referat.export_pdf`` of the demo meeting. The figure is ours / peer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.benchdata import Bench
from tests.bench.results import Figure, alternate, median, missing
from workshop.db import Database

NAME = "referat PDF vs LibreOffice DOCX->PDF (ours/peer)"
TARGET_X = 1.0


def referat_docx(referat: Any, path: Path) -> None:
    """The drafted referat as a Word document: leader page, one section per item, signatories."""
    import docx

    document = docx.Document()
    leader = referat.leader
    document.add_paragraph(leader.header)
    document.add_heading(leader.title, level=0)
    for label, value in (("Mødedato", leader.date_line), ("Mødested", leader.location),
                         ("Sags ID", leader.case_id)):
        if value:
            p = document.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
    if leader.purpose:
        document.add_paragraph(leader.purpose)
    document.add_heading("Deltagere", level=2)
    for name in leader.present:
        document.add_paragraph(name, style="List Bullet")
    if leader.away:
        document.add_heading("Fraværende", level=2)
        for name in leader.away:
            document.add_paragraph(name, style="List Bullet")
    document.add_page_break()
    for section in (*referat.items, *referat.appendices):
        document.add_heading(section.heading, level=1)
        for block in section.blocks:
            if block.kind == "heading":
                document.add_heading(block.text, level=2)
            elif block.kind == "subheading":
                document.add_heading(block.text, level=3)
            elif block.kind == "paragraph":
                for para in block.text.split("\n\n"):
                    document.add_paragraph(para)
            elif block.kind == "field":
                p = document.add_paragraph()
                p.add_run(f"{block.label}: ").bold = True
                p.add_run(block.text)
            elif block.kind in ("numbered", "bullets"):
                style = "List Number" if block.kind == "numbered" else "List Bullet"
                for entry in block.items:
                    document.add_paragraph(entry, style=style)
            elif block.kind == "table":
                width = max(len(r) for r in block.rows)
                table = document.add_table(rows=len(block.rows), cols=width)
                table.style = "Table Grid"
                for r, row in enumerate(block.rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
    if leader.closing:
        document.add_paragraph(leader.closing)
    document.add_heading("Godkendelse", level=2)
    for name in referat.signatories:
        document.add_paragraph(f"{name}: ____________________")
    document.save(str(path))


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def convert(binary: str, source: Path, outdir: Path) -> float:
    """Seconds for one headless DOCX -> PDF conversion with a fresh profile."""
    home = tempfile.mkdtemp(prefix="lo-home-")
    try:
        env = dict(os.environ, HOME=home)
        t0 = time.perf_counter()
        done = subprocess.run([binary, "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(source)],
                              env=env, capture_output=True, timeout=300)
        elapsed = time.perf_counter() - t0
    finally:
        shutil.rmtree(home, ignore_errors=True)
    target = outdir / (source.stem + ".pdf")
    if done.returncode != 0 or not target.exists():
        raise RuntimeError(f"libreoffice failed ({done.returncode}): {done.stderr.decode(errors='replace')[-300:]}")
    target.unlink()
    return elapsed


def run(bench: Bench) -> list[Figure]:
    binary = libreoffice()
    if binary is None:
        return [missing(NAME, "x", TARGET_X, "libreoffice not installed"
                        " (apt-get install --no-install-recommends libreoffice-writer-nogui)")]
    try:
        import docx  # noqa: F401
    except ImportError:
        return [missing(NAME, "x", TARGET_X, "python-docx not installed (pip install -e '.[bench]')")]
    try:
        from workshop.demo import load_demo
        from workshop.meetingfile import meeting_document
        from workshop.referat.draft import draft_referat
        from workshop.services.referat import export_pdf
    except ImportError as error:
        return [missing(NAME, "x", TARGET_X, f"referat or demo not there yet ({error})")]

    db = Database(bench.sqlite_url)
    try:
        demo_id = load_demo(db)
        source = bench.workdir / "demo-referat.docx"
        referat_docx(draft_referat(meeting_document(db, demo_id)), source)
        ours_pdf = bench.workdir / "demo-referat-ours.pdf"
        outdir = bench.workdir / "lo-out"
        outdir.mkdir(exist_ok=True)

        def ours() -> float:
            t0 = time.perf_counter()
            export_pdf(db, demo_id, ours_pdf)
            return time.perf_counter() - t0

        ours()  # warm-up, as figure 4
        runs = bench.runs if bench.scale == "tiny" else max(1, min(bench.runs, 3))
        times = alternate(runs, ours=ours, peer=lambda: convert(binary, source, outdir))
        a, b = median(times["ours"]), median(times["peer"])
        return [Figure(NAME, a / b, "x", TARGET_X,
                       peer=f"ours {a:.2f} s / LibreOffice {b:.2f} s (fresh HOME), n={runs}",
                       extra={"ours_seconds": round(a, 3), "peer_seconds": round(b, 3)})]
    finally:
        db.close()
