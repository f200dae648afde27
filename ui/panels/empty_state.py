"""A panel's body, or a centred hint while nothing is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class EmptyStateStack(QStackedWidget):
    """Fills ``panel`` with ``body``, or with ``message`` while there is nothing to show."""

    def __init__(self, panel: QWidget, message: str, body: QWidget) -> None:
        super().__init__(panel)
        self.empty = QLabel(message, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty)
        self.addWidget(body)
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)

    def show_body(self, shown: bool) -> None:
        self.setCurrentIndex(1 if shown else 0)
