"""Two laptops saved the same text: both side by side until a person keeps one or merges them.

Opened by a versioned ``AutosaveField`` (``ui/autosave.py``) when its save was refused with
``ConflictError``, and by a table cell's edit (``ui/versioned.py``). Window-modal and opened with
``open()``: the window goes on painting and listening while it waits, and nothing is written until
a person chooses.

A field keeps the typed text when the dialog is closed without a choice; a table cell has nothing
that would, so its dialog is ``must_choose``: Esc or closing the window does not close it (the
typed text would be gone) but says so and offers "Kassér min tekst", the one way out without
keeping a text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def merged(mine: str, theirs: str) -> str:
    """A first proposal for the merge: their text, then the lines of ours it does not already hold."""
    have = {line.strip() for line in theirs.splitlines() if line.strip()}
    extra = [line for line in mine.splitlines() if line.strip() and line.strip() not in have]
    return "\n".join([theirs.rstrip(), *extra]) if extra else theirs


class ConflictDialog(QDialog):
    """``chosen(text, keep_theirs)``: the text to keep; ``keep_theirs`` True when it is theirs unchanged."""

    chosen = Signal(str, bool)

    def __init__(self, label: str, mine: str, theirs: str, parent: QWidget | None = None, *,
                 must_choose: bool = False) -> None:
        super().__init__(parent)
        self.mine_text, self.theirs_text = mine, theirs
        self.must_choose = must_choose
        self.setWindowTitle(self.tr("{field}: gemt af en anden imens").format(field=label))
        self.setObjectName("conflictDialog")
        intro = QLabel(self.tr(
            "En anden bærbar har gemt »{field}«, mens du skrev. Intet er overskrevet: vælg den tekst, der skal"
            " gælde, eller flet dem nedenfor og gem den flettede.").format(field=label))
        intro.setWordWrap(True)

        self.mine = self._text(mine, self.tr("Din tekst"))
        self.theirs = self._text(theirs, self.tr("Den andens tekst (gemt)"))
        self.merge = QPlainTextEdit(merged(mine, theirs))
        self.merge.setAccessibleName(self.tr("Flettet tekst"))
        self.merge.setTabChangesFocus(True)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Din tekst")), 0, 0)
        grid.addWidget(QLabel(self.tr("Den andens tekst (gemt)")), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)

        self.keep_mine = QPushButton(self.tr("Behold min"))
        self.keep_theirs = QPushButton(self.tr("Behold den andens"))
        self.save_merged = QPushButton(self.tr("Gem den flettede"))
        self.keep_mine.clicked.connect(lambda: self._choose(self.mine_text, False))
        self.keep_theirs.clicked.connect(lambda: self._choose(self.theirs_text, True))
        self.save_merged.clicked.connect(lambda: self._choose(self.merge.toPlainText(), False))
        self.save_merged.setDefault(True)
        self.discard = QPushButton(self.tr("Kassér min tekst"))
        self.discard.clicked.connect(self._discard)
        self.discard.hide()  # offered once a close without a choice was refused (``must_choose``)
        self.warning = QLabel(self.tr(
            "Din tekst er ikke gemt: lukker du nu, er den væk. Vælg en af teksterne eller flet dem – eller tryk"
            " »Kassér min tekst«, hvis den ikke skal gemmes."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a33; font-weight: 600;")
        self.warning.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        for button in (self.keep_mine, self.keep_theirs, self.save_merged):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 2)
        layout.addWidget(QLabel(self.tr("Flettet (kan rettes):")))
        layout.addWidget(self.merge, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.resize(820, 520)

    @staticmethod
    def _text(value: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(value)
        view.setReadOnly(True)
        view.setAccessibleName(name)
        return view

    def _choose(self, text: str, keep_theirs: bool) -> None:
        self.chosen.emit(text, keep_theirs)
        self.accept()

    def reject(self) -> None:
        """Esc, or the window's close button: a ``must_choose`` dialog stays open and says why."""
        if self.must_choose:
            self.warning.show()
            self.discard.show()
            self.keep_mine.setFocus()
            return
        super().reject()

    def _discard(self) -> None:
        """A person chose to keep no text of theirs: closed without anything written."""
        super().reject()
