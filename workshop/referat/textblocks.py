"""Plain text as typed -> referat blocks: paragraphs, "- " bullet lists, "|" tables.

The text itself is never changed; only its layout is read from it, so what a
secretary types in an editor prints the way it looks there.
"""

from __future__ import annotations

import re

from workshop.referat.content import Block

_BULLET = re.compile(r"^\s*[-*•–]\s+(.*)$")
_TABLE_RULE = re.compile(r"^\|[\s:|-]*\|$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def table_row(cells: list[str]) -> str:
    """One ``| a | b |`` line; pipes inside a cell are escaped so the row parses back."""
    return "| " + " | ".join(c.replace("\n", " ").replace("|", "\\|") for c in cells) + " |"


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()[1:-1]
    return tuple(c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(inner))


def _is_table_line(line: str) -> bool:
    s = line.strip()
    return len(s) >= 2 and s.startswith("|") and s.endswith("|")


def text_blocks(text: str) -> list[Block]:
    """The blocks of one text field, in order; blank text gives none."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    bullets: list[str] = []
    i = 0

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", text="\n".join(para).strip("\n")))
            para.clear()
        if bullets:
            blocks.append(Block("bullets", items=tuple(bullets)))
            bullets.clear()

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        if _is_table_line(line):
            run = []
            while i < len(lines) and _is_table_line(lines[i]):
                run.append(lines[i])
                i += 1
            rows = [_cells(r) for r in run if not _TABLE_RULE.match(r.strip())]
            if len(rows) >= 2:
                flush()
                blocks.append(Block("table", rows=tuple(rows)))
            else:  # a lone "|…|" line is just text
                if bullets:
                    flush()
                para.extend(run)
            continue
        bullet = _BULLET.match(line)
        if bullet:
            if para:
                flush()
            bullets.append(bullet.group(1).rstrip())
        elif bullets and line[:1].isspace():
            bullets[-1] += "\n" + line.strip()  # an indented line continues the bullet
        else:
            if bullets:
                flush()
            para.append(line.rstrip())
        i += 1
    flush()
    return blocks
