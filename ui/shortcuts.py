"""Every keyboard shortcut of the app, in one registry that builds the actions, the keys and F1.

An entry names its keys, where it works (the F1 "Hvor" column and the tabs it works from)
and what it does (the F1 "Hvad" column, and the text of the menu entry it makes). Code
never sets a key itself (``tests/ui/test_shortcut_registry.py`` greps ``ui/`` for it):

- ``action(name, parent, slot)`` makes the entry's ``QAction``: its text, keys and
  shortcut context. ``"window"`` entries work from every tab (they sit in the window's
  menus); ``"panel"`` entries while the focus is in the widget they are added to.
- ``on_key(name, widget, slot)`` binds a ``"widget"`` entry to one widget (a list, a tree):
  the same letter means something else in the next column; an ``"area"`` entry to a widget
  and everything in it (the question round and its answers).
- ``"typing"`` entries are keys a field handles itself while one types (Enter in an
  answer, Alt+digit in a group's list, the arrows in a date field): listed in F1 only.

F1 (``ShortcutHelp``) shows the registry, so it cannot leave out a key that works, nor
list one that no longer does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.qt_typed import QT_TRANSLATE_NOOP

Scope = Literal["window", "panel", "widget", "area", "typing"]
EVERY_TAB = ("committee", "agenda", "attendance", "capture", "referat", "run")
MEETING_LAYOUTS = ("capture", "run")


@dataclass(frozen=True)
class Shortcut:
    name: str  # how code asks for it: "meeting.next"
    keys: tuple[str, ...]  # portable text, the first one shown first
    where: str  # source text in context "Shortcuts": the F1 "Hvor" column
    what: str  # source text in context "Shortcuts": the F1 "Hvad" column and the action's text
    scope: Scope
    tabs: tuple[str, ...] = ()  # the tabs (ui/panels PanelSpec.key) it works from; () = not in a tab

    def text(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.what)

    def place(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.where)

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]


def _s(name: str, keys: str | tuple[str, ...], where: str, what: str, scope: Scope,
       tabs: tuple[str, ...] = ()) -> Shortcut:
    return Shortcut(name, (keys,) if isinstance(keys, str) else keys, where, what, scope, tabs)


_WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Vindue")
_NAVIGATOR = QT_TRANSLATE_NOOP("Shortcuts", "Navigatoren")
_MEETING = QT_TRANSLATE_NOOP("Shortcuts", "Møde")
_COMMITTEE = QT_TRANSLATE_NOOP("Shortcuts", "Udvalg")
_AGENDA = QT_TRANSLATE_NOOP("Shortcuts", "Dagsorden")
_ATTENDANCE = QT_TRANSLATE_NOOP("Shortcuts", "Fremmøde")
_QUESTION_ROUND = QT_TRANSLATE_NOOP("Shortcuts", "Spørgerunde")
_GROUPS = QT_TRANSLATE_NOOP("Shortcuts", "Grupper")
_INPUT = QT_TRANSLATE_NOOP("Shortcuts", "Input")
_INPUTS = QT_TRANSLATE_NOOP("Shortcuts", "Input og pejlemærker")
_CANDIDATES = QT_TRANSLATE_NOOP("Shortcuts", "Pejlemærker og rangordning")
_REMARKS = QT_TRANSLATE_NOOP("Shortcuts", "Tilførsler til protokollen")
_DATES = QT_TRANSLATE_NOOP("Shortcuts", "Datofelter")
_PROJECTOR = QT_TRANSLATE_NOOP("Shortcuts", "Projektorvinduet, når det har fokus")
_LAYOUTS = MEETING_LAYOUTS

SHORTCUTS: tuple[Shortcut, ...] = (
    # the window's menus: from every tab
    _s("file.import", "Ctrl+I", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Importér mødefil…"), "window", EVERY_TAB),
    _s("file.export", "Ctrl+E", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Eksportér mødefil…"), "window", EVERY_TAB),
    _s("file.quit", "Ctrl+Q", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Afslut"), "window", EVERY_TAB),
    _s("edit.undo", "Ctrl+Z", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Fortryd"), "window", EVERY_TAB),
    _s("edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"), _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Annullér fortryd"),
       "window", EVERY_TAB),
    _s("view.navigator", "Ctrl+0", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Gå til navigatoren"), "window",
       EVERY_TAB),
    _s("panel.committee", "Ctrl+1", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Udvalg"), "window", EVERY_TAB),
    _s("panel.agenda", "Ctrl+2", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Dagsorden"), "window", EVERY_TAB),
    _s("panel.attendance", "Ctrl+3", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Fremmøde"), "window", EVERY_TAB),
    _s("panel.capture", "Ctrl+4", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Indfangning"), "window", EVERY_TAB),
    _s("panel.referat", "Ctrl+5", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Referat"), "window", EVERY_TAB),
    _s("panel.run", "Ctrl+6", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Afvikling"), "window", EVERY_TAB),
    _s("view.danish", "Ctrl+Alt+D", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Dansk"), "window", EVERY_TAB),
    _s("view.english", "Ctrl+Alt+E", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "English"), "window", EVERY_TAB),
    _s("help.shortcuts", "F1", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Tastaturgenveje"), "window", EVERY_TAB),
    _s("help.about", "Shift+F1", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Om Workshop"), "window", EVERY_TAB),
    _s("navigator.new_committee", "Ctrl+Shift+N", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Nyt udvalg…"),
       "window", EVERY_TAB),
    _s("navigator.new_meeting", "Ctrl+N", _WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Nyt møde…"), "window",
       EVERY_TAB),
    # the navigator's own: in a table F2 edits a cell, in a text field Ctrl+Del deletes a word
    _s("navigator.rename", "F2", _NAVIGATOR, QT_TRANSLATE_NOOP("Shortcuts", "Omdøb…"), "panel"),
    _s("navigator.delete", "Ctrl+Del", _NAVIGATOR, QT_TRANSLATE_NOOP("Shortcuts", "Slet…"), "panel"),
    # the running meeting: the window's Møde menu, so from every tab (and the chair's own window)
    _s("meeting.previous", ("Ctrl+PgUp", "Ctrl+Left"), _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Forrige trin"),
       "window", EVERY_TAB),
    _s("meeting.next", ("Ctrl+PgDown", "Ctrl+Right"), _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Næste trin"),
       "window", EVERY_TAB),
    _s("meeting.follow", "Ctrl+Shift+F", _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Følg mødet"), "window",
       EVERY_TAB),
    _s("meeting.projector", "Ctrl+Shift+P", _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Vis projektorvindue"),
       "window", EVERY_TAB),
    _s("meeting.zoom_in", ("Ctrl++", "Ctrl+="), _MEETING,
       QT_TRANSLATE_NOOP("Shortcuts", "Større tekst på projektoren"), "window", EVERY_TAB),
    _s("meeting.zoom_out", "Ctrl+-", _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Mindre tekst på projektoren"),
       "window", EVERY_TAB),
    _s("meeting.room", "Ctrl+Shift+D", _MEETING, QT_TRANSLATE_NOOP("Shortcuts", "Åbn for deltagere"), "window",
       EVERY_TAB),
    # committee (Rediger menu): adding from every tab, removing where the table has the focus
    _s("committee.add_member", "Ctrl+Shift+M", _COMMITTEE, QT_TRANSLATE_NOOP("Shortcuts", "Tilføj medlem"),
       "window", EVERY_TAB),
    _s("committee.add_task", "Ctrl+Shift+T", _COMMITTEE, QT_TRANSLATE_NOOP("Shortcuts", "Tilføj opgave"),
       "window", EVERY_TAB),
    _s("committee.remove_member", "Del", _COMMITTEE, QT_TRANSLATE_NOOP("Shortcuts", "Fjern medlem…"), "panel",
       ("committee",)),
    _s("committee.remove_task", "Del", _COMMITTEE, QT_TRANSLATE_NOOP("Shortcuts", "Fjern opgave…"), "panel",
       ("committee",)),
    _s("committee.next_row", "Enter", QT_TRANSLATE_NOOP("Shortcuts", "Medlemmer og opgaver i Udvalg"),
       QT_TRANSLATE_NOOP("Shortcuts", "Gemmer feltet; igen: næste række, på sidste række en ny"), "typing",
       ("committee",)),
    # agenda
    _s("agenda.add", "Ctrl+T", _AGENDA, QT_TRANSLATE_NOOP("Shortcuts", "Tilføj punkt…"), "panel", ("agenda",)),
    _s("agenda.delete", "Del", _AGENDA, QT_TRANSLATE_NOOP("Shortcuts", "Slet punkt…"), "panel", ("agenda",)),
    _s("agenda.up", "Alt+Up", _AGENDA, QT_TRANSLATE_NOOP("Shortcuts", "Flyt punkt op"), "panel", ("agenda",)),
    _s("agenda.down", "Alt+Down", _AGENDA, QT_TRANSLATE_NOOP("Shortcuts", "Flyt punkt ned"), "panel", ("agenda",)),
    # attendance
    _s("attendance.rest_present", "Ctrl+Shift+R", _ATTENDANCE,
       QT_TRANSLATE_NOOP("Shortcuts", "Marker resten som til stede"), "window", EVERY_TAB),
    _s("attendance.present", "P", _ATTENDANCE, QT_TRANSLATE_NOOP("Shortcuts", "Valgt medlem er til stede"),
       "typing", ("attendance",)),
    _s("attendance.absent", "F", _ATTENDANCE, QT_TRANSLATE_NOOP("Shortcuts", "Valgt medlem er fraværende"),
       "typing", ("attendance",)),
    _s("attendance.excused", "A", _ATTENDANCE, QT_TRANSLATE_NOOP("Shortcuts", "Valgt medlem har meldt afbud"),
       "typing", ("attendance",)),
    _s("attendance.item_absence", "Space", QT_TRANSLATE_NOOP("Shortcuts", "Fremmøde, punkter"),
       QT_TRANSLATE_NOOP("Shortcuts", "Skift fraværende/inhabil for medlem og punkt"), "typing", ("attendance",)),
    # the step's tools, the same in both meeting layouts
    _s("question_round.submit", "Enter", _QUESTION_ROUND,
       QT_TRANSLATE_NOOP("Shortcuts", "Gem svaret og giv ordet videre"), "typing", _LAYOUTS),
    _s("question_round.new_line", "Shift+Enter", _QUESTION_ROUND,
       QT_TRANSLATE_NOOP("Shortcuts", "Ny linje i svaret"), "typing", _LAYOUTS),
    _s("question_round.skip", "Ctrl+S", _QUESTION_ROUND,
       QT_TRANSLATE_NOOP("Shortcuts", "Spring taleren over (kommer igen til sidst)"), "area", _LAYOUTS),
    _s("groups.move", "Alt+1 … Alt+9", _GROUPS,
       QT_TRANSLATE_NOOP("Shortcuts", "Flyt det valgte medlem til gruppe 1 … 9"), "typing", _LAYOUTS),
    _s("groups.remove", "Alt+0", _GROUPS, QT_TRANSLATE_NOOP("Shortcuts", "Tag det valgte medlem ud af sin gruppe"),
       "typing", _LAYOUTS),
    _s("inputs.add", "Enter", _INPUT, QT_TRANSLATE_NOOP("Shortcuts", "Tilføj inputtet og bliv i feltet til det næste"),
       "typing", _LAYOUTS),
    _s("inputs.edit", "F2", _INPUTS, QT_TRANSLATE_NOOP("Shortcuts", "Ret det valgte input eller pejlemærke"),
       "typing", _LAYOUTS),
    _s("inputs.delete", "Del", _INPUT, QT_TRANSLATE_NOOP("Shortcuts", "Slet de valgte input"), "widget", _LAYOUTS),
    _s("inputs.hide", "Ctrl+H", _INPUT,
       QT_TRANSLATE_NOOP("Shortcuts", "Skjul de valgte input for projektor og telefoner (eller vis dem igen)"),
       "widget", _LAYOUTS),
    _s("inputs.merge", "Ctrl+M", _INPUT,
       QT_TRANSLATE_NOOP("Shortcuts", "Slå de valgte input sammen i det øverste (teksterne efter hinanden)"),
       "widget", _LAYOUTS),
    _s("candidates.delete", "Del", _CANDIDATES, QT_TRANSLATE_NOOP("Shortcuts", "Slet de valgte pejlemærker"),
       "widget", _LAYOUTS),
    _s("candidates.chosen", "V", _CANDIDATES, QT_TRANSLATE_NOOP("Shortcuts", "De valgte pejlemærker: valgt"),
       "widget", _LAYOUTS),
    _s("candidates.shortlisted", "K", _CANDIDATES,
       QT_TRANSLATE_NOOP("Shortcuts", "De valgte pejlemærker: kortliste"), "widget", _LAYOUTS),
    _s("candidates.rejected", "F", _CANDIDATES, QT_TRANSLATE_NOOP("Shortcuts", "De valgte pejlemærker: fravalgt"),
       "widget", _LAYOUTS),
    _s("candidates.candidate", "N", _CANDIDATES,
       QT_TRANSLATE_NOOP("Shortcuts", "De valgte pejlemærker: tilbage til kandidat"), "widget", _LAYOUTS),
    _s("working_groups.remove_guest", "Del", QT_TRANSLATE_NOOP("Shortcuts", "Arbejdsgrupper"),
       QT_TRANSLATE_NOOP("Shortcuts", "Fjern den valgte person udefra"), "widget", _LAYOUTS),
    _s("remarks.delete", "Del", _REMARKS, QT_TRANSLATE_NOOP("Shortcuts", "Slet den valgte tilførsel"), "widget",
       ("capture",)),
    # date fields (the agenda's meeting date, working groups' dates)
    _s("date.calendar", "F4", _DATES, QT_TRANSLATE_NOOP("Shortcuts", "Vælg datoen i kalenderen"), "typing",
       ("agenda", *_LAYOUTS)),
    _s("date.later", "Up", _DATES, QT_TRANSLATE_NOOP("Shortcuts", "En dag senere (en tom dato forbliver tom)"),
       "typing", ("agenda", *_LAYOUTS)),
    _s("date.earlier", "Down", _DATES, QT_TRANSLATE_NOOP("Shortcuts", "En dag tidligere"), "typing",
       ("agenda", *_LAYOUTS)),
    # the projector's own window (its keys also work from the main window's Møde menu)
    _s("projector.zoom_in", ("Ctrl++", "Ctrl+="), _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Større tekst"),
       "window"),
    _s("projector.zoom_out", "Ctrl+-", _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Mindre tekst"), "window"),
    _s("projector.normal", "Ctrl+0", _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Normal tekststørrelse"), "window"),
    _s("projector.close", "Esc", _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Luk projektorvinduet"), "window"),
    _s("projector.previous", ("Ctrl+PgUp", "Ctrl+Left"), _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Forrige trin"),
       "window"),
    _s("projector.next", ("Ctrl+PgDown", "Ctrl+Right"), _PROJECTOR, QT_TRANSLATE_NOOP("Shortcuts", "Næste trin"),
       "window"),
)

REGISTRY: dict[str, Shortcut] = {s.name: s for s in SHORTCUTS}
assert len(REGISTRY) == len(SHORTCUTS), "two shortcuts with one name"

_CONTEXT = {
    "window": Qt.ShortcutContext.WindowShortcut,
    "panel": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "widget": Qt.ShortcutContext.WidgetShortcut,
    "area": Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


def entry(name: str) -> Shortcut:
    return REGISTRY[name]


def keys_of(name: str) -> tuple[str, ...]:
    return REGISTRY[name].keys


def hint(name: str) -> str:
    """The keys as a tooltip shows them: "Ctrl+PgDown eller Ctrl+Right"."""
    return QCoreApplication.translate("Shortcuts", " eller ").join(native(k) for k in REGISTRY[name].keys)


def action(name: str, parent: QWidget, slot: Callable[..., object] | None = None, *,
           text: str | None = None, owner: QObject | None = None) -> QAction:
    """The QAction of ``name`` (a "window" or "panel" entry), added to ``parent`` so its keys work
    there; ``text`` replaces the registry's (e.g. a tab's translated title). ``owner`` is the
    QObject that keeps it, ``parent`` when not given."""
    shortcut = REGISTRY[name]
    if shortcut.scope not in ("window", "panel"):
        raise ValueError(f"{name} is a {shortcut.scope} key, not an action")
    made = QAction(text if text is not None else shortcut.text(), owner if owner is not None else parent)
    made.setObjectName(name)
    made.setShortcuts(shortcut.sequences())
    made.setShortcutContext(_CONTEXT[shortcut.scope])
    if slot is not None:
        made.triggered.connect(slot)
    parent.addAction(made)
    return made


def on_key(name: str, widget: QWidget, slot: Callable[[], object]) -> list[QShortcut]:
    """The keys of the "widget" entry ``name`` on ``widget`` while it has the focus, of an "area"
    entry while the focus is in it (a window-wide key would clash with the same key in every
    other column), of a "window" entry while ``widget``'s window is active (the projector's). PySide6 ignores ``context=`` in QShortcut's constructor, so it is set after."""
    shortcut = REGISTRY[name]
    if shortcut.scope not in ("widget", "area", "window"):
        raise ValueError(f"{name} is a {shortcut.scope} key, not a widget's")
    made = []
    for sequence in shortcut.sequences():
        bound = QShortcut(sequence, widget)
        bound.setObjectName(name)
        bound.setContext(_CONTEXT[shortcut.scope])
        bound.activated.connect(slot)
        made.append(bound)
    return made


def native(keys: str) -> str:
    """``keys`` as this platform writes them; a description such as "Alt+1 … Alt+9" as it is."""
    sequence = QKeySequence(keys)
    if sequence.toString(QKeySequence.SequenceFormat.PortableText) != keys:
        return keys
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def collect() -> list[tuple[str, str, str]]:
    """(keys, where, what) of every registry entry, translated, as F1 lists them."""
    rows = []
    for shortcut in SHORTCUTS:
        keys = ", ".join(native(k) for k in shortcut.keys)
        rows.append((keys, shortcut.place(), shortcut.text().replace("&", "").rstrip(".…")))
    return rows


class ShortcutHelp(QDialog):
    """A table of every shortcut, opened with F1."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        rows = collect()
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Taster"), self.tr("Hvor"), self.tr("Hvad")])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSortingEnabled(False)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(720, 600)
