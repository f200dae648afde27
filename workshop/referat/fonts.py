"""DejaVu Sans for the referat PDF, and what happens to characters it cannot print.

The base-14 fonts cannot print "ı" in "Kızılkaya", so every face is a TTF that
gets embedded. The referat prints in the regular and the bold face (user text
is escaped, so nothing is ever italic), and those two have the same characters
(Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic, most combining
marks, many symbols such as ☺ ❤ ✓; right-to-left text is put in display order
by ``rtl``). Chinese, Japanese and Korean come from a second font, Droid Sans
Fallback, loaded the first time such a character is printed (``fallback_spans``
marks where). A character neither has (most emoji), and anything outside the
Basic Multilingual Plane, becomes its Unicode name in brackets, e.g. "[party
popper]", so the referat says what was written instead of printing a blank box.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache
from itertools import groupby
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.errors import StorageError
from workshop.referat import rtl

REGULAR, BOLD, ITALIC, BOLD_ITALIC = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                                      "DejaVuSans-BoldOblique")
FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
FALLBACK = "DroidSansFallback"  # one face: CJK in a heading prints in its regular weight
# Where the fallback may have a glyph (Hangul Jamo, CJK radicals ... ideographs, Hangul syllables,
# compatibility ideographs, full-width forms): only then is it loaded (~0.4 s, 3.4 MB).
_FALLBACK_BLOCKS = re.compile("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
                              "\ufe30-\ufe4f\uff00-\uffef]")

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


@cache
def register() -> frozenset[int]:
    """Register the four faces as one family; returns the code points the referat prints as they are.

    Those are the characters of the regular face that the bold face has too (all
    but four private-use ones; headings are bold). The oblique faces lack
    Arabic, but nothing in the referat is set in them.
    """
    folder = font_dir()
    covered: frozenset[int] | None = None
    for face in FACES:
        font = TTFont(face, str(folder / f"{face}.ttf"))
        pdfmetrics.registerFont(font)
        # Beyond the BMP ReportLab writes a broken ToUnicode map (😀 copies out as "ὠ"),
        # so those characters are named even where DejaVu has a glyph.
        if face in (REGULAR, BOLD):
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


@cache
def _fallback() -> frozenset[int]:
    """Register Droid Sans Fallback (beside DejaVu); the code points it adds. Empty without the file."""
    path = font_dir() / f"{FALLBACK}.ttf"
    if not path.is_file():
        return frozenset()
    font = TTFont(FALLBACK, str(path))
    pdfmetrics.registerFont(font)
    for bold in (0, 1):  # markup may ask for its bold or italic: there is one face
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return frozenset(c for c in font.face.charToGlyph if c < 0x10000) - register()


def _name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(char):04X}]"


def printable(text: str, *, fallback: bool = False) -> str:
    """``text`` with every character the fonts lack replaced by a readable stand-in, Arabic joined.

    ``fallback``: keep what Droid Sans Fallback prints (CJK); for text that goes
    through ``fallback_spans``, not for a string drawn in one font.
    """
    if text.isascii():
        return text
    text = rtl.joined(text)
    covered = register()
    if covered.issuperset(map(ord, text)):  # in C: every paragraph of the referat passes here
        return text
    if fallback and _FALLBACK_BLOCKS.search(text):
        covered = covered | _fallback()
    text = _FLAG.sub(lambda m: "[flag: " + "".join(chr(ord(c) - 0x1F1E6 + 65) for c in m.groups()) + "]",
                     text)
    text = _INVISIBLE.sub("", text)
    return "".join(c if ord(c) in covered or c in "\n\t" else _name(c) for c in text)


def fallback_spans(markup: str) -> str:
    """Paragraph markup with each run of characters DejaVu lacks set in the fallback font.

    ``markup`` has been through ``printable(..., fallback=True)``, so any such
    character is one the fallback has.
    """
    covered = register()
    if markup.isascii() or covered.issuperset(map(ord, markup)):
        return markup
    return "".join(text if dejavu else f'<font name="{FALLBACK}">{text}</font>'
                   for dejavu, run in groupby(markup, key=lambda c: ord(c) in covered or c in "\n\t")
                   for text in ["".join(run)])
