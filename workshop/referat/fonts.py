"""DejaVu Sans for the referat PDF, and what happens to characters it cannot print.

The base-14 fonts cannot print "ı" in "Kızılkaya", so every face is a TTF that
gets embedded. DejaVu has some symbols (☺ ❤ ✓) but most emoji are missing; a
character no face has, and any emoji outside the Basic Multilingual Plane,
becomes its Unicode name in brackets, e.g. "[party popper]", so the referat
says what was written instead of printing a blank box.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.errors import StorageError

REGULAR, BOLD, ITALIC, BOLD_ITALIC = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                                      "DejaVuSans-BoldOblique")
FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# Invisible helpers of emoji sequences: joiner, variation selectors, skin tones, tags.
_INVISIBLE = re.compile("[\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")


def font_dir() -> Path:
    """``WORKSHOP_FONTS_DIR``, the checkout's resources/fonts, or Debian's fonts-dejavu-core."""
    candidates = [Path(os.environ["WORKSHOP_FONTS_DIR"])] if os.environ.get("WORKSHOP_FONTS_DIR") else []
    candidates += [Path(__file__).resolve().parents[2] / "resources" / "fonts",
                   Path("/usr/share/fonts/truetype/dejavu")]
    for path in candidates:
        if all((path / f"{face}.ttf").is_file() for face in FACES):
            return path
    raise StorageError("Skrifttypen DejaVu Sans findes ikke (resources/fonts). PDF'en kan ikke laves;"
                       " geninstallér Workshop.")


class _Font(TTFont):
    """DejaVu as ReportLab embeds it, with a quicker ``splitString`` for text seen before.

    ReportLab maps every drawn string to the font subset's byte codes in a
    Python loop per character (~10 % of a 350-page referat). Once every
    character of a string has a code in the first subset (Danish text after a
    page or so), the codes are a table lookup; anything else — a character
    seen for the first time, one without a glyph, a no-break space, a code past
    the first subset — takes ReportLab's own loop, which also assigns codes.
    """

    def splitString(self, text: str | bytes, doc: object, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            try:
                codes = bytes(map(state.assignments.__getitem__, map(ord, text)))
            except (KeyError, ValueError):  # not assigned yet, or a code of a later subset (>= 256)
                pass
            else:
                return [(0, codes)] if codes else []
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result


@cache
def register() -> frozenset[int]:
    """Register the four faces as one family; returns the code points all of them print."""
    folder = font_dir()
    covered: frozenset[int] | None = None
    for face in FACES:
        font = _Font(face, str(folder / f"{face}.ttf"))
        pdfmetrics.registerFont(font)
        # Beyond the BMP ReportLab writes a broken ToUnicode map (😀 copies out as "ὠ"),
        # so those characters are named even where DejaVu has a glyph.
        cmap = frozenset(c for c in font.face.charToGlyph if c < 0x10000)
        covered = cmap if covered is None else covered & cmap
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, face)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    # Without this the canvas still names a (non-embedded) Helvetica in the PDF.
    rl_config.canvas_basefontname = REGULAR
    assert covered is not None
    return covered


def _name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(char):04X}]"


def printable(text: str) -> str:
    """``text`` with every character the fonts lack replaced by a readable stand-in."""
    if text.isascii():
        return text
    covered = register()
    if covered.issuperset(map(ord, text)):  # in C: every paragraph of the referat passes here
        return text
    text = _FLAG.sub(lambda m: "[flag: " + "".join(chr(ord(c) - 0x1F1E6 + 65) for c in m.groups()) + "]",
                     text)
    text = _INVISIBLE.sub("", text)
    return "".join(c if ord(c) in covered or c in "\n\t" else _name(c) for c in text)
