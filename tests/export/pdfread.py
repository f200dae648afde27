"""Reading a referat PDF back: text per page (pdftotext), fonts (pdffonts), page count (pypdf)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

_TOC_LINE = re.compile(r"^\s*(Punkt \d+: .*?|Bilag \d+: .*?|Godkendelse af referat.*?)[\s.]*\.\s*(\d+)\s*$")


def pages(path: Path, *, layout: bool = True) -> list[str]:
    """The text of each page, in order."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    return text.split("\f")[: page_count(path)]


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def fonts(path: Path) -> list[str]:
    """pdffonts' rows (name, type, ..., emb): one per font the PDF references."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


def toc(path: Path) -> dict[str, int]:
    """Table-of-contents entries (``Punkt 3: …``, ``Bilag 1: …``, the approval page) -> printed page number."""
    entries: dict[str, int] = {}
    for page in pages(path):
        for line in page.splitlines():
            m = _TOC_LINE.match(line)
            if m and ". ." in line:
                entries[m.group(1).strip()] = int(m.group(2))
    return entries


def heading_pages(path: Path, word: str = "Punkt") -> dict[int, int]:
    """Item (or with ``word="Bilag"`` Bilag) number -> the (1-based) page where its "Punkt N:"
    heading is printed (not the TOC line)."""
    found: dict[int, int] = {}
    for number, page in enumerate(pages(path), start=1):
        for line in page.splitlines():
            m = re.match(rf"^\s*{word} (\d+): ", line)
            if m and ". ." not in line and int(m.group(1)) not in found:
                found[int(m.group(1))] = number
    return found


def text(path: Path) -> str:
    """All text in reading order, lines joined by single spaces (wrapping undone)."""
    return " ".join(" ".join(pages(path, layout=False)).split())


def assert_in_order(text: str, pieces: list[str]) -> None:
    """Each piece is in ``text``, after the one before it."""
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= 0, f"mangler efter position {at}: {piece!r}"
        at = found + len(piece)
