"""When two member names are the same name: one rule for the app, the meeting file and the approval.

A committee's members are told apart by name (the phone's name list, the referat's
"Tilstede" and its approvals, ``workshop approve --member``). Two members whose names
differ only by case, spacing, Unicode composition or an invisible character look like
one person on paper; a name that mixes Latin with Cyrillic or Greek letters in one word
("Mikael Fеnger" with a Cyrillic е) is made to look like someone else's. So:

- ``clean``: the name as stored: composed (NFC), every run of spaces one space, trimmed;
- ``key``: what must be unique in a committee (compatibility-folded, case-folded,
  spaces and invisible characters ignored);
- ``mixed_script``: the first word mixing those alphabets, which is refused.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_CONFUSABLE_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def clean(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()


def key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Cf")


def mixed_script(name: str) -> str | None:
    """The first word of ``name`` with letters of more than one of Latin, Greek and Cyrillic."""
    for word in clean(name).split(" "):
        scripts = set()
        for ch in word:
            if ch.isalpha():
                script = unicodedata.name(ch, "").split(" ", 1)[0]
                if script in _CONFUSABLE_SCRIPTS:
                    scripts.add(script)
        if len(scripts) > 1:
            return word
    return None


def mixed_script_message(name: str, word: str) -> str:
    return (f'"{name}" blander bogstaver fra flere alfabeter (latinsk, græsk, kyrillisk) i ordet "{word}",'
            " så navnet kan ligne et andet medlems; skriv det med ét alfabet")
