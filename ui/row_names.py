"""What a row is called in the screens' messages, in the UI's language.

The Danish names are the domain's (``workshop.errors.ROW_NAMES``: the CLI and the log keep
them); here they are marked for the catalogue and looked up in it, so an English window says
"The working group has been changed…" instead of mixing in "Arbejdsgruppen". A name the domain
adds must be added here too (tests/ui/test_english.py checks that every one is).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.errors import row_name as danish_row_name

from ui.qt_typed import QT_TRANSLATE_NOOP

CONTEXT = "RowNames"
MARKED = (  # ROW_NAMES' values and the fallback, for pyside6-lupdate
    QT_TRANSLATE_NOOP("RowNames", "udvalget"),
    QT_TRANSLATE_NOOP("RowNames", "medlemmet"),
    QT_TRANSLATE_NOOP("RowNames", "opgaven"),
    QT_TRANSLATE_NOOP("RowNames", "mødet"),
    QT_TRANSLATE_NOOP("RowNames", "dagsordenen"),
    QT_TRANSLATE_NOOP("RowNames", "dagsordenspunktet"),
    QT_TRANSLATE_NOOP("RowNames", "fremmødet"),
    QT_TRANSLATE_NOOP("RowNames", "svaret"),
    QT_TRANSLATE_NOOP("RowNames", "gruppen"),
    QT_TRANSLATE_NOOP("RowNames", "inputtet"),
    QT_TRANSLATE_NOOP("RowNames", "pejlemærket"),
    QT_TRANSLATE_NOOP("RowNames", "arbejdsgruppen"),
    QT_TRANSLATE_NOOP("RowNames", "tilførslen"),
    QT_TRANSLATE_NOOP("RowNames", "referatet"),
    QT_TRANSLATE_NOOP("RowNames", "stemmefordelingen"),
    QT_TRANSLATE_NOOP("RowNames", "fraværsregistreringen"),
    QT_TRANSLATE_NOOP("RowNames", "rækken"),
)


def row_name(table: str) -> str:
    """What a row of ``table`` is called, with its article, in the UI's language ("arbejdsgruppen")."""
    return QCoreApplication.translate(CONTEXT, danish_row_name(table))


def row_name_first(table: str) -> str:
    """``row_name`` to begin a sentence with ("Arbejdsgruppen", "The working group")."""
    name = row_name(table)
    return name[:1].upper() + name[1:]
