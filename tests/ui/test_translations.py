"""Issue 13: every user-visible string goes through Qt's translation, and the English catalogue is complete.

Danish is the source language: a Danish literal passed to a Qt text setter without ``tr()`` /
``QCoreApplication.translate`` would stay Danish in English, and a ``tr()`` text missing from
``resources/translations/workshop_en.ts`` (or left unfinished there) too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "workshop_en.ts"

# Calls that put text in front of the user (Qt setters, widgets made with a text, dialogs, the error signal).
SETTERS = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "addItem", "addItems", "insertItem",
    "setAccessibleName", "setAccessibleDescription", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addTab", "insertTab", "setTabText", "setTabToolTip", "addMenu", "setStatusTip",
    "showMessage", "setTitle", "setWhatsThis", "setSpecialValueText", "setSuffix", "setPrefix", "setLabelText",
    "setInformativeText", "setDetailedText", "addAction", "addButton", "addRow", "setPlainText", "setHtml",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setCancelButtonText", "emit",
    "QLabel", "QPushButton", "QGroupBox", "QCheckBox", "QRadioButton", "QAction", "QToolButton", "QMenu",
    "QTableWidgetItem", "QTreeWidgetItem", "QListWidgetItem", "QProgressDialog", "QMessageBox",
    "Operation", "AutosaveField",  # their labels reach the user (error messages, "Fortryd …" in the menu)
}
# ``_tr``: a module's shorthand for QCoreApplication.translate (agenda, navigator model, start-up preview).
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_tr"}
# Danish letters, or a common Danish word of the interface written without them.
DANISH = re.compile(
    r"[æøåÆØÅéÉ]|\b(?:og|ikke|til|af|med|eller|fra|den|det|som|har|kan|skal|ingen|alle|valgte|nyt|ny|navn|dato|kl"
    r"|mødet|punkt|punkter|gruppe|grupper|medlem|medlemmer|udvalg|beslutning|referat|referatet|godkend|godkendt"
    r"|godkendelse|send|sendt|udskriv|eksport|gem|slet|ret|luk|vis|skjul|side|fejl|version|rettelse|tilbage"
    r"|indstilling|bilag|sagen|underskrift|underskrevet|afvis|afvist|annuller|fortryd|vent|venter|hent|valg|hvad|hvem|hvor|godkendes|start|starter|sted)\b",
    re.IGNORECASE)
# Kept as they are, on purpose (file: literal: why).
ALLOWED = {
    ("ui/main_window.py", "Workshop"),  # the product's name
    ("ui/main_window.py", " — Workshop"),  # the window title after the meeting's own title
    ("ui/date_field.py", r"^\s*(\d{1,2})\.?\s+([a-zæøå]+)\.?\s*(\d{4})?\s*$"),  # a pattern for typed dates
    ("ui/date_field.py", r"^(.*?)\s*\b(?:kl\.?|klokken)\s*(\d{1,2}(?:[:.]\d{2})?)\s*$"),  # ... and a typed time
    ("ui/projector/window.py", ". møde"),  # compared with the meeting's own (Danish) title
}
# Whole files of Danish on purpose: an agenda item's starting texts are referat text, which stays
# Danish whatever the UI's language (only their menu labels are translated).
ALLOWED_FILES = {"ui/panels/agenda_templates.py"}
# A text that is a name in the code (a panel key, a column, a shortcut's name), not a sentence.
IDENTIFIER = re.compile(r"[a-z0-9_.\-]+")


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _untranslated(node: ast.AST) -> Iterator[ast.Constant]:
    """The str constants in ``node`` that are not inside a translating call."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
        return
    for child in ast.iter_child_nodes(node):
        yield from _untranslated(child)


def danish_literals(source: str) -> list[tuple[int, str]]:
    """Danish texts handed to a text setter, and Danish sentences anywhere else outside ``tr()``."""
    tree = ast.parse(source)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in SETTERS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                found |= {(c.lineno, c.value) for c in _untranslated(arg) if DANISH.search(c.value)}
    # A text kept in a constant, raised, returned or formatted reaches the user as surely; what
    # is not shown is left out: docstrings, log and assert messages, dict keys and compared values
    # (data such as a role "næstformand"), and names in the code (IDENTIFIER).
    not_shown = _not_shown(tree)
    found |= {(c.lineno, c.value) for c in _untranslated(tree) if id(c) not in not_shown
              and DANISH.search(c.value) and not IDENTIFIER.fullmatch(c.value)}
    return sorted(found)


def _not_shown(tree: ast.AST) -> set[int]:
    """The ids of the str constants in ``tree`` that never reach the user."""
    ids: set[int] = set()

    def all_in(node: ast.AST) -> None:
        ids.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)):
            ids.add(id(body[0].value))  # a docstring
        elif isinstance(node, ast.Dict):
            ids.update(id(k) for k in node.keys if k is not None)
        elif isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                all_in(operand)
        elif isinstance(node, ast.Subscript):
            all_in(node.slice)
        elif isinstance(node, ast.Assert) and node.msg is not None:
            all_in(node.msg)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name) and node.func.value.id in {"log", "logging", "logger"}):
            all_in(node)
    return ids


def test_the_scan_finds_what_it_should() -> None:
    """The scan itself: a bare Danish text is found, a translated one and a style sheet are not."""
    source = ('label.setText("Hæv mødet")\nQPushButton("Gem", self)\nself.tr("Slet")\n'
              'box.setToolTip(self.tr("Vis") + " (Ctrl+V)")\nw.setStyleSheet("color: red")\n'
              'ctx.error.emit(f"{name} er ikke gyldig")\n')
    assert danish_literals(source) == [(1, "Hæv mødet"), (2, "Gem"), (6, " er ikke gyldig")]
    # kept in a constant, raised or returned: shown as surely, found as surely
    kept = ('TITLE = "Referatet er klar"\nlabel.setText(TITLE)\nHEADERS = ("Nr.", "Punkt")\n'
            'raise ValueError(f"{text} er ikke en dato")\n')
    assert danish_literals(kept) == [(1, "Referatet er klar"), (3, "Punkt"), (4, " er ikke en dato")]
    # not shown: a docstring, a log message, a key, a compared value, a name in the code
    quiet = ('def f():\n    """Gem mødet."""\n    log.info("Mødet er gemt")\n'
             '    roles = {"næstformand": self.tr("næstformand")}\n    if role == "næstformand": pass\n'
             '    show_panel("referat")\n    assert ok, "ikke på GUI-tråden"\n')
    assert danish_literals(quiet) == []


def test_no_danish_literal_outside_tr_in_ui() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED_FILES:
            continue
        for line, text in danish_literals(path.read_text(encoding="utf-8")):
            if (relative, text) not in ALLOWED:
                offenders.append(f"{relative}:{line}: {text!r}")
    assert offenders == []


def test_the_english_catalogue_is_complete(tmp_path: Path) -> None:
    """Every tr() text of ui/ is in workshop_en.ts, translated (lupdate run on a copy finds nothing new)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "workshop_en.ts"
    copy.write_bytes(CATALOGUE.read_bytes())
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-source-language", "da", "-target-language", "en",
                    "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
    unfinished = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                unfinished.append(f"{context.findtext('name')}: {source!r}")
    assert unfinished == []
    # nothing left that the code no longer has (an entry kept for nothing misleads a translator)
    stored = sum(1 for _ in ET.parse(CATALOGUE).getroot().iter("message"))
    assert stored == sum(1 for _ in ET.parse(copy).getroot().iter("message"))
