"""Plain text as Workshop stores it: which characters a field may hold, how long it may be,
and how user text is shown inside an error message.

One definition for the services (``services/rows.py``) and the meeting file (its schema's
``text`` pattern, ``maxLength`` and ``visible`` format, checked by ``meetingfile/validate.py``),
so whatever a service accepts, export writes and import reads back. The limits themselves
are in ``workshop/limits.py``.
"""

from __future__ import annotations

import re
import unicodedata

from workshop.limits import NAME_MAX_CHARS, TEXT_MAX_CHARS

# Fields whose values are names or titles (the last part of a service's field path).
NAME_FIELDS = frozenset({"name", "title"})

# C0 controls except tab and newline, DEL, and the C1 controls: refused in every text field.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# What a terminal or a dialog could act on or hide if a message showed it raw: every control
# character (newline and tab too) and the bidirectional overrides, marks and isolates.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# Not a visible character on its own: controls, format characters (zero-width space, joiners,
# bidi marks, soft hyphen), separators and combining marks without a base.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Mc", "Me"})
# Unicode's Default_Ignorable_Code_Point outside those categories (Hangul fillers, Khmer vowel
# inherents, Mongolian free variation selectors, variation selectors, reserved ranges) and the
# blank Braille pattern, which every font draws as nothing.
_INVISIBLE_RANGES = (
    (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2065, 0x2065), (0x2800, 0x2800),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0xE0000, 0xE0FFF),
)


# Printable ASCII other than the space: visible, and in almost every name (a fast first look).
_ASCII_VISIBLE = re.compile(r"[!-~]")


def is_visible(char: str) -> bool:
    """True when ``char`` (one character) shows as something on its own."""
    if char.isspace() or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return False
    code = ord(char)
    return code < _INVISIBLE_RANGES[0][0] or not any(lo <= code <= hi for lo, hi in _INVISIBLE_RANGES)


def has_visible(value: str) -> bool:
    """True when ``value`` holds at least one visible character (a name is more than blanks)."""
    return _ASCII_VISIBLE.search(value) is not None or any(is_visible(c) for c in value)


# What no text field may hold: the controls above and lone UTF-16 surrogates (JSON's "\ud800"
# is valid JSON, yet no UTF-8 text: the database driver fails to encode it).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def control_character(value: str) -> str | None:
    """The first character no text field may hold (a control or a lone surrogate), or None."""
    match = _NOT_TEXT.search(value)
    return match.group() if match else None


def is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def max_chars(field: str) -> int:
    """The length limit of a field, given its name or its path (``attachments[0].title``)."""
    last = re.split(r"[.\[\]]", field.rstrip("]"))[-1] if field else field
    return NAME_MAX_CHARS if last in NAME_FIELDS else TEXT_MAX_CHARS


def too_long(length: int, limit: int) -> str:
    """The Danish message for a text over its limit."""
    return f"er for lang ({thousands(length)} tegn); højst {thousands(limit)} tegn er tilladt"


def invisible_only(value: str) -> str:
    """The Danish message for a name without a visible character."""
    if not value.strip():
        return "må ikke være tom"
    code = next(ord(c) for c in value if not c.isspace())
    return f"indeholder ingen synlige tegn (kun fx U+{code:04X})"


def escaped(value: str) -> str:
    r"""``value`` safe to show in a message: control and bidi characters as ``\uXXXX``.

    A file name, a JSON key or a revision read from a hostile file cannot then move the
    cursor, recolour or clear a terminal, or reorder the text around it.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def thousands(n: int) -> str:
    """``100000`` as ``100.000``, the Danish way."""
    return f"{n:,}".replace(",", ".")
