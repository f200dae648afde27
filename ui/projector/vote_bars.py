"""A horizontal bar chart of candidate votes, painted with QPainter (QtCharts is not shipped),
and ``CandidateBars``: the chart as a view of a group-work item's candidate model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.models.candidate_model import RANK_ROLE, STATUS_ROLE, VOTES_ROLE, CandidateModel


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    highlighted: bool = False  # a chosen pejlemærke


class VoteBars(QWidget):
    """Bars in the order given (callers pass them ranked, most votes first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.scale = 1.0
        self.bar_color = QColor("#4da3ff")
        self.highlight_color = QColor("#58d68d")
        self.text_color = QColor("white")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[Bar]) -> None:
        if bars != self._bars:
            self._bars = list(bars)
            self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(20 * self.scale)
        p.setFont(font)
        fm = QFontMetrics(font)
        w, h = self.width(), self.height()
        row_h = min(h / len(self._bars), fm.height() * 2.2)
        label_w = min(w * 0.42, max(fm.horizontalAdvance(b.label) for b in self._bars) + 24)
        count_w = fm.horizontalAdvance("000") + 16
        bar_area = max(10.0, w - label_w - count_w)
        top_value = max(1, max(b.value for b in self._bars))
        for i, bar in enumerate(self._bars):
            y = i * row_h
            p.setPen(self.text_color)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 24))
            p.drawText(QRectF(0, y, label_w - 16, row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            length = bar_area * bar.value / top_value
            rect = QRectF(label_w, y + row_h * 0.18, length, row_h * 0.64)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.highlight_color if bar.highlighted else self.bar_color)
            p.drawRoundedRect(rect, 6, 6)
            p.setPen(self.text_color)
            p.drawText(QRectF(label_w + length + 10, y, count_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(bar.value))
        p.end()


class CandidateBars(VoteBars):
    """The ranked candidates of one model, the rejected left out, the chosen highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: CandidateModel | None = None

    def set_model(self, model: CandidateModel | None) -> None:
        if model is self.model:
            return
        if self.model is not None:
            for signal in self._signals(self.model):
                signal.disconnect(self._follow)
        self.model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self._follow)
        self._follow()

    @staticmethod
    def _signals(model: CandidateModel) -> list:
        return [model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged,
                model.rowsMoved]

    def _follow(self, *_args: object) -> None:
        model = self.model
        if model is None:
            self.set_bars([])
            return
        rows = sorted((model.item(r) for r in range(model.rowCount())), key=lambda i: i.data(RANK_ROLE))
        self.set_bars([Bar(i.text(), int(i.data(VOTES_ROLE)), i.data(STATUS_ROLE) == "chosen") for i in rows
                       if i.data(STATUS_ROLE) != "rejected"])
