"""Dialogs of the referat panel: each present member's "Godkendt", and the note of a correction."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def _clock(at: datetime) -> str:
    return QCoreApplication.translate("ApprovalDialog", "{date} kl. {time}").format(date=f"{at:%d.%m.%Y}",
                                                                                  time=f"{at:%H.%M}")


class ApprovalDialog(QDialog):
    """One checkbox per member present at the meeting; a given approval cannot be taken back."""

    def __init__(self, signatories: list[dict[str, object]], given: dict[int, datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Godkendelse af referatet"))
        self.boxes: dict[int, QCheckBox] = {}
        self.times: dict[int, QLabel] = {}
        intro = QLabel(self.tr("Sæt kryds ved hvert fremmødt medlem, der har godkendt referatet."
                               " Tidspunktet registreres, når du trykker Gem."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        for row, entry in enumerate(signatories):
            member_id = int(entry["member_id"])  # type: ignore[call-overload]
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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

    def newly_checked(self) -> list[int]:
        return [mid for mid, box in self.boxes.items() if box.isEnabled() and box.isChecked()]


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
