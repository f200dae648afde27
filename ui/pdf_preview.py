"""A PDF shown as it will print (QtPdf), and printing those pages on a QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

PRINT_DPI = 200  # enough for text on paper; a page image stays ~2 MB

# ReportLab's table-of-contents links carry no zoom; QtPdf logs each one as a warning.
QLoggingCategory.setFilterRules("qt.pdf.links.warning=false")


class PdfPreview(QWidget):
    """Pages of one PDF file, continuous and fitted to the width; keeps the page on reload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.path: Path | None = None

    def show_pdf(self, path: Path) -> bool:
        """Show ``path``; the reader stays on the page it was on. False if the file is no PDF."""
        page = self.view.pageNavigator().currentPage()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.status.setText(f"Forhåndsvisningen kunne ikke vises ({error.name}).")
            return False
        self.path = path
        count = self.document.pageCount()
        if 0 < page < count:
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self.status.setText(f"{count} sider" if count != 1 else "1 side")
        return True

    def page_count(self) -> int:
        return self.document.pageCount()


def page_image(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """One page at ``dpi``, on white: QtPdf renders with a transparent background."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the print dialog); returns pages printed."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = page_image(document, number - 1, min(PRINT_DPI, printer.resolution()))
            target: QRect = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed
