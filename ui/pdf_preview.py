"""A PDF shown as it will print, and printed page by page on a QPrinter; PDFium (pypdfium2) renders.

Why PDFium and not QtPdf: QtPdf for PySide6 6.11 comes only with PySide6-Addons (~400 MB more),
and 6.12 (which has a small PySide6-Pdf) corrupts the interpreter (issue 11). PDFium is not
thread-safe, so every call into it happens on the GUI thread: a page of the referat renders in
~15 ms, and only the pages on screen are rendered. ``pypdfium2`` is imported with the first PDF
shown, not at start-up (~45 ms).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    import pypdfium2

PRINT_DPI = 200  # enough for text on paper; a page image stays ~15 MB
SCREEN_DPI = 96  # what "100 %" means: a page at its printed size on a common screen
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.25, 2.0, 1.25
PAGE_SPACING = 12  # pixels between pages and around them
CACHE_BYTES = 64 * 1024 * 1024  # rendered page images kept for scrolling back
BACKGROUND = "#8a8f96"  # around the pages, as in a print preview


class PdfLoadError(Exception):
    """The file is missing, unreadable or not a PDF; ``reason`` says which, in Danish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PdfFile:
    """One PDF read into memory: page sizes in points and page images at any scale.

    The bytes are read at once, so the file may be replaced or deleted while it is shown.
    """

    def __init__(self, path: Path) -> None:
        import pypdfium2

        try:
            data = path.read_bytes()
        except OSError as error:
            raise PdfLoadError(error.strerror or str(error)) from error
        try:
            self._pdf: pypdfium2.PdfDocument | None = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as error:
            raise PdfLoadError(str(error)) from error
        self.path = path
        self.sizes = [QSizeF(*self._pdf.get_page_size(i)) for i in range(len(self._pdf))]

    def page_count(self) -> int:
        return len(self.sizes)

    def page_image(self, index: int, scale: float) -> QImage:
        """Page ``index`` (from 0) at ``scale`` pixels per point, on white."""
        assert self._pdf is not None, "closed"
        page = self._pdf[index]
        try:
            # RGBx in byte order: the same QImage format on every machine; white fill, no alpha.
            bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888).copy()  # copy: the buffer is PDFium's
            finally:
                bitmap.close()
        finally:
            page.close()
        return image

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


class _PageColumn(QWidget):
    """The pages one below the other at one scale; paints only what is exposed, rendering on demand."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__()
        self.preview = preview
        self.scale = 1.0  # pixels per point
        self.rects: list[QRect] = []
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._cached_bytes = 0
        self.rendered = 0  # page images rendered since the document was shown (tests, benchmarks)

    def lay_out(self, document: PdfFile | None, scale: float) -> None:
        self.scale = scale
        self.rects = []
        if document is None:
            self.resize(0, 0)
            return
        widest = max((round(size.width() * scale) for size in document.sizes), default=0)
        y = PAGE_SPACING
        for size in document.sizes:
            width, height = round(size.width() * scale), round(size.height() * scale)
            self.rects.append(QRect(PAGE_SPACING + (widest - width) // 2, y, width, height))
            y += height + PAGE_SPACING
        self.resize(widest + 2 * PAGE_SPACING, y)
        self.update()

    def forget(self) -> None:
        self._cache.clear()
        self._cached_bytes = 0
        self.rendered = 0

    def page_at(self, y: int) -> int:
        """The page at height ``y`` (the one above when ``y`` is in a gap)."""
        for index, rect in enumerate(self.rects):
            if y < rect.bottom() + PAGE_SPACING:
                return index
        return max(0, len(self.rects) - 1)

    def _image(self, document: PdfFile, index: int, size: QSize) -> QImage:
        ratio = self.devicePixelRatioF()
        key = (index, round(size.width() * ratio))
        image = self._cache.get(key)
        if image is None:
            image = document.page_image(index, self.scale * ratio)
            image.setDevicePixelRatio(ratio)
            self.rendered += 1
            self._cache[key] = image
            self._cached_bytes += image.sizeInBytes()
            while self._cached_bytes > CACHE_BYTES and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._cached_bytes -= old.sizeInBytes()
        else:
            self._cache.move_to_end(key)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        document = self.preview.document
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(BACKGROUND))
        if document is not None:
            for index, rect in enumerate(self.rects):
                if rect.intersects(event.rect()):
                    painter.drawImage(rect.topLeft(), self._image(document, index, rect.size()))
        painter.end()


class PdfPreview(QWidget):
    """Pages of one PDF file, continuous; fitted to the width or zoomed; keeps the page on reload.

    Signals:
        page_changed(int): the page at the top of the view changed (from 0).
    """

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: PdfFile | None = None
        self.path: Path | None = None
        self.zoom: float | None = None  # None: fit the page width to the view
        self._page = 0
        # PDFium's document is closed with the widget, not left to the interpreter's exit.
        shown: list[PdfFile] = []
        self._shown = shown
        def close_shown(*_: object) -> None:
            for document in shown:
                document.close()

        self.destroyed.connect(close_shown)
        app = QCoreApplication.instance()
        if app is not None:  # the window is not deleted before the interpreter exits
            app.aboutToQuit.connect(close_shown)

        self.pages = _PageColumn(self)
        self.view = QScrollArea()
        self.view.setWidget(self.pages)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view.setFrameShape(QScrollArea.Shape.NoFrame)
        palette = self.view.viewport().palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.view.viewport().setPalette(palette)
        self.view.viewport().setAutoFillBackground(True)
        self.view.viewport().installEventFilter(self)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.previous_button = self._tool_button("◀", self.tr("Forrige side"), self.previous_page)
        self.next_button = self._tool_button("▶", self.tr("Næste side"), self.next_page)
        self.page_label = QLabel()
        self.zoom_out_button = self._tool_button("−", self.tr("Formindsk (Ctrl+rullehjul)"), self.zoom_out)
        self.zoom_in_button = self._tool_button("+", self.tr("Forstør (Ctrl+rullehjul)"), self.zoom_in)
        self.zoom_label = QLabel()
        self.fit_button = self._tool_button(self.tr("Tilpas bredde"), self.tr("Siden fylder visningens bredde"),
                                            lambda: self.set_zoom(None))
        self.fit_button.setCheckable(True)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button, self.status):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._lay_out()

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _checked=False: slot())  # not the checked flag as an argument
        return button

    # --- the document ---------------------------------------------------------------

    def show_pdf(self, path: Path) -> bool:
        """Show ``path``; the reader stays on the page it was on. False (and a note) if it is no PDF."""
        try:
            document = PdfFile(path)
        except PdfLoadError as error:
            self.status.setText(self.tr("Forhåndsvisningen kunne ikke vises ({reason}).").format(reason=error.reason))
            return False
        page = self._page
        if self.document is not None:
            self.document.close()
        self._shown[:] = [document]
        self.document, self.path = document, path
        self.pages.forget()
        self._lay_out()
        self.go_to_page(min(page, max(0, document.page_count() - 1)))
        count = document.page_count()
        self.status.setText(self.tr("1 side") if count == 1 else self.tr("{count} sider").format(count=count))
        return True

    def page_count(self) -> int:
        return 0 if self.document is None else self.document.page_count()

    def print_pages(self, printer: QPrinter) -> int:
        """Print the pages shown (or the range chosen in the print dialog); returns pages printed."""
        return 0 if self.document is None else print_document(self.document, printer)

    # --- pages ----------------------------------------------------------------------

    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        return self._page

    def go_to_page(self, index: int) -> None:
        """Scroll so page ``index`` (from 0) starts at the top of the view."""
        if not self.pages.rects:
            return
        index = max(0, min(index, len(self.pages.rects) - 1))
        self.view.verticalScrollBar().setValue(self.pages.rects[index].top() - PAGE_SPACING)
        self._set_page(index)

    def previous_page(self) -> None:
        self.go_to_page(self._page - 1)

    def next_page(self) -> None:
        self.go_to_page(self._page + 1)

    def _scrolled(self, value: int) -> None:
        if self.pages.rects:
            # The page that fills the top of the view: past the gap after a page's end, it is the next.
            self._set_page(self.pages.page_at(value + PAGE_SPACING))

    def _set_page(self, index: int) -> None:
        changed = index != self._page
        self._page = index
        self._show_page_and_zoom()
        if changed:
            self.page_changed.emit(index)

    # --- zoom -----------------------------------------------------------------------

    def scale(self) -> float:
        """Pixels per point as shown now."""
        return self.pages.scale

    def set_zoom(self, zoom: float | None) -> None:
        """``zoom`` 1.0 is the printed size (at 96 dpi); None fits the page width to the view."""
        if zoom is not None:
            zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.zoom = zoom
        page = self._page
        self._lay_out()
        self.go_to_page(page)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom_shown() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom_shown() / ZOOM_STEP)

    def _zoom_shown(self) -> float:
        return self.pages.scale * 72 / SCREEN_DPI

    def _fit_scale(self) -> float:
        if self.document is None or not self.document.sizes:
            return SCREEN_DPI / 72
        widest = max(size.width() for size in self.document.sizes)
        room = self.view.viewport().width() - 2 * PAGE_SPACING
        # Never wider than the view: a vertical scroll bar appearing must not bring a horizontal one.
        fit = max(room, 50) / widest
        return max(ZOOM_MIN * SCREEN_DPI / 72, min(ZOOM_MAX * SCREEN_DPI / 72, fit))

    def _lay_out(self) -> None:
        scale = self._fit_scale() if self.zoom is None else self.zoom * SCREEN_DPI / 72
        self.pages.lay_out(self.document, scale)
        self._show_page_and_zoom()

    def _show_page_and_zoom(self) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("Side {page} af {count}").format(page=self._page + 1, count=count)
                                if count else "")
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)
        zoom = self._zoom_shown()
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_out_button.setEnabled(count > 0 and zoom > ZOOM_MIN + 1e-6)
        self.zoom_in_button.setEnabled(count > 0 and zoom < ZOOM_MAX - 1e-6)
        self.fit_button.setChecked(self.zoom is None)

    # --- events -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if isinstance(event, QResizeEvent) and self.zoom is None:
                page = self._page
                self._lay_out()
                self.go_to_page(page)
            elif isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)


def print_document(document: PdfFile, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the print dialog); returns pages printed."""
    count = document.page_count()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    # The whole sheet, at the page's own size: the referat carries its own margins, and a
    # printer's unprintable edge lies inside them.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        dpi = min(PRINT_DPI, printer.resolution())
        for number in range(first, last + 1):
            if printed:
                printer.newPage()
            image = document.page_image(number - 1, dpi / 72)
            target: QRect = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(target.x(), target.y()), scaled), image)
            printed += 1
    finally:
        painter.end()
    return printed
