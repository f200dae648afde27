"""Dialogs of the referat panel: each present member's "Godkendt", and the note of a correction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _clock(at: datetime) -> str:
    return QCoreApplication.translate("ApprovalDialog", "{date} kl. {time}").format(date=f"{at:%d.%m.%Y}",
                                                                                  time=f"{at:%H.%M}")


class ApprovalDialog(QDialog):
    """One checkbox per member present at the meeting; a given approval cannot be taken back.

    "Godkend for alle til stede" records every missing approval at once through
    ``approve_all`` (one transaction), which returns the approvals as they now stand
    (member id -> when), or None when it was refused; each is then shown here.
    """

    def __init__(self, signatories: list[dict[str, Any]], given: dict[int, datetime],
                 parent: QWidget | None = None,
                 approve_all: Callable[[], dict[int, datetime] | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Godkendelse af referatet"))
        self.boxes: dict[int, QCheckBox] = {}
        self.times: dict[int, QLabel] = {}
        intro = QLabel(self.tr("Sæt kryds ved hvert fremmødt medlem, der har godkendt referatet."
                               " Tidspunktet registreres, når du trykker Gem."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        for row, entry in enumerate(signatories):
            member_id = int(entry["member_id"])
            box = QCheckBox(str(entry["name"]))
            box.setAccessibleName(self.tr("Godkendt af {name}").format(name=entry["name"]))
            time = QLabel()
            time.setStyleSheet("color: palette(mid);")
            if member_id in given:
                box.setChecked(True)
                box.setEnabled(False)
                time.setText(self.tr("godkendt {when}").format(when=_clock(given[member_id])))
            else:
                now = self.tr("godkendes nu")
                box.toggled.connect(lambda on, label=time, now=now: label.setText(now if on else ""))
            grid.addWidget(box, row, 0)
            grid.addWidget(time, row, 1)
            self.boxes[member_id] = box
            self.times[member_id] = time
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._approve_all = approve_all
        self.all_button = QPushButton(self.tr("Godkend for alle til stede"))
        self.all_button.setToolTip(self.tr("Registrér en godkendelse for hvert fremmødt medlem, der ikke har"
                                           " godkendt endnu, nu og på én gang"))
        self.all_button.clicked.connect(self.approve_all)
        self.all_button.setVisible(approve_all is not None)
        self.all_button.setEnabled(any(member_id not in given for member_id in self.boxes))
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

    def newly_checked(self) -> list[int]:
        return [mid for mid, box in self.boxes.items() if box.isEnabled() and box.isChecked()]

    def approve_all(self) -> None:
        """Record the missing approvals at once and show each with its time."""
        if self._approve_all is None:
            return
        given = self._approve_all()
        if given is None:
            return  # refused: the panel has said why
        for member_id, at in given.items():
            box = self.boxes.get(member_id)
            if box is None:
                continue
            box.blockSignals(True)  # not "godkendes nu": it is given
            box.setChecked(True)
            box.blockSignals(False)
            box.setEnabled(False)
            self.times[member_id].setText(self.tr("godkendt %1").replace("%1", _clock(at)))
        missing = any(box.isEnabled() for box in self.boxes.values())
        self.all_button.setEnabled(missing)
        if not missing:  # nothing left to save or cancel
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Luk"))


class CorrectionDialog(QDialog):
    """What the new version corrects; printed with the new version."""

    def __init__(self, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny version {version} (rettelse)").format(version=version))
        intro = QLabel(self.tr("Den godkendte version bevares uændret. Version {version} bliver et nyt udkast."
                               " Skriv, hvad der rettes:").format(version=version))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Hvad rettes"))
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opret ny version"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.note())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def note(self) -> str:
        return self.text.toPlainText().strip()
