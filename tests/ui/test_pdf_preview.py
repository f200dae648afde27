"""The PDF preview (PDFium through pypdfium2): pages shown as printed, page navigation, zoom, printing."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from workshop.db import Database
from workshop.demo import load_demo
from workshop.services import referat as referat_service

from ui.pdf_preview import PAGE_SPACING, PdfPreview, print_document


@pytest.fixture(scope="module")
def referat_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo meeting's referat: eight A4 pages."""
    path = tmp_path_factory.mktemp("preview") / "referat.pdf"
    db = Database("sqlite://")
    try:
        referat_service.export_pdf(db, load_demo(db), path)
    finally:
        db.close()
    return path


@pytest.fixture
def preview(qtbot: QtBot, referat_pdf: Path) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.show_pdf(referat_pdf)
    return widget


def _white_share(image: QImage) -> float:
    """The share of sampled pixels that are white (a rendered page is mostly white paper)."""
    white = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            white += image.pixelColor(x, y) == QColor("white")
    return white / total


def test_pages_are_shown_fitted_to_the_width_and_only_those_on_screen_are_rendered(preview: PdfPreview) -> None:
    assert preview.page_count() == 8
    assert preview.status.text() == "8 sider"
    assert preview.page_label.text() == "Side 1 af 8"
    assert preview.fit_button.isChecked() and not preview.previous_button.isEnabled()
    first = preview.pages.rects[0]
    assert first.width() == preview.view.viewport().width() - 2 * PAGE_SPACING
    assert abs(first.height() / first.width() - 297 / 210) < 0.01  # A4, not stretched
    shot = preview.view.viewport().grab().toImage()
    page = shot.copy(first.adjusted(0, 0, 0, -first.height() // 2))
    assert _white_share(page) > 0.8  # paper, not the grey around it
    assert QColor(shot.pixel(2, 2)) == QColor("#8a8f96")  # the margin around the page
    assert 1 <= preview.pages.rendered <= 2  # the view shows at most two of eight pages


def test_page_navigation_and_the_page_kept_across_a_reload(preview: PdfPreview, qtbot: QtBot,
                                                           referat_pdf: Path, tmp_path: Path) -> None:
    pages: list[int] = []
    preview.page_changed.connect(pages.append)
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 2 and pages == [1, 2]
    assert preview.page_label.text() == "Side 3 af 8"
    assert preview.view.verticalScrollBar().value() == preview.pages.rects[2].top() - PAGE_SPACING
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1

    # Scrolling by hand moves the page shown in the bar too.
    preview.view.verticalScrollBar().setValue(preview.pages.rects[3].top() + 40)
    assert preview.page_label.text() == "Side 4 af 8"

    # A new rendering of the referat (after an edit) keeps the reader on the page.
    again = tmp_path / "again.pdf"
    again.write_bytes(referat_pdf.read_bytes())
    rendered_before = preview.pages.rendered
    assert preview.show_pdf(again)
    assert preview.current_page() == 3 and preview.path == again
    assert preview.pages.rendered <= rendered_before  # the cache was dropped: nothing stale is drawn
    preview.go_to_page(99)
    assert preview.current_page() == 7 and not preview.next_button.isEnabled()


def test_zoom_buttons_ctrl_wheel_and_fit_to_width(preview: PdfPreview, qtbot: QtBot) -> None:
    fitted = preview.scale()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom is not None and not preview.fit_button.isChecked()
    assert preview.scale() == pytest.approx(fitted * 1.25)
    assert preview.zoom_label.text() == f"{round(preview.scale() * 72 / 96 * 100)} %"
    assert preview.pages.rects[0].width() > preview.view.viewport().width()  # wider than the view now

    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(preview.view.viewport(), wheel)
    assert preview.scale() == pytest.approx(fitted)

    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom == 0.25 and not preview.zoom_out_button.isEnabled()
    assert preview.zoom_label.text() == "25 %"

    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.zoom is None and preview.scale() == pytest.approx(fitted)
    preview.resize(900, 600)  # fitted pages follow the view's width
    qtbot.waitUntil(lambda: preview.pages.rects[0].width() == preview.view.viewport().width() - 2 * PAGE_SPACING)
    assert preview.scale() > fitted


def test_a_file_that_is_no_pdf_is_refused_and_the_pages_stay(preview: PdfPreview, tmp_path: Path,
                                                             referat_pdf: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_text("ikke en pdf")
    assert not preview.show_pdf(broken)
    assert preview.status.text().startswith("Forhåndsvisningen kunne ikke vises (")
    assert preview.path == referat_pdf and preview.page_count() == 8
    assert not preview.show_pdf(tmp_path / "missing.pdf")


def test_printing_puts_every_page_on_paper_as_the_preview_shows_it(preview: PdfPreview, tmp_path: Path,
                                                                   referat_pdf: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # as the print dialog's printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert preview.print_pages(printer) == 8

    # Each printed page looks like the page it came from, and more like it than like any other
    # page: small grey renderings of both, compared pixel by pixel.
    original, paper = pypdfium2.PdfDocument(str(referat_pdf)), pypdfium2.PdfDocument(str(printed))
    try:
        assert len(paper) == 8
        assert [round(v) for v in paper[0].get_size()] == [round(v) for v in original[0].get_size()]
        sources = [_grey(original[i]) for i in range(8)]
        for index in range(8):
            on_paper = _grey(paper[index])
            distance = [_difference(on_paper, source) for source in sources]
            assert distance[index] < 5, (index, distance)  # mean difference of 0..255 grey values
            assert distance[index] == min(distance), (index, distance)
    finally:
        original.close()
        paper.close()

    # The range chosen in the print dialog.
    ranged = tmp_path / "ranged.pdf"
    printer.setOutputFileName(str(ranged))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.document is not None and print_document(preview.document, printer) == 2
    assert len(PdfReader(str(ranged)).pages) == 2


def _difference(a: list[int], b: list[int]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def _grey(page: pypdfium2.PdfPage) -> list[int]:
    """A 60 x 85 grey image of ``page`` as one list of 0..255 values (the page fitted, no margin)."""
    width, height = page.get_size()
    bitmap = page.render(scale=300 / width, grayscale=True)  # then scaled down smoothly: no aliasing
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8)
    image = image.scaled(60, 85, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return [image.pixelColor(x, y).value() for y in range(85) for x in range(60)]


def test_no_pdf_shown_prints_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nothing.pdf"))
    assert widget.page_count() == 0 and widget.print_pages(printer) == 0
    assert widget.page_label.text() == "" and not widget.zoom_in_button.isEnabled()


def test_the_referat_panel_shows_the_demo_referat_in_the_preview(qtbot: QtBot, tmp_path: Path) -> None:
    """The seam: the referat panel renders in its worker and the preview paints the pages.

    WORKSHOP_UPDATE_SCREENSHOTS=1 writes the grab to docs/screenshots/referat.png.
    """
    import os

    from ui.context import AppContext
    from ui.panels.referat import ReferatPanel

    db = Database("sqlite://")
    try:
        meeting = load_demo(db)
        panel = ReferatPanel(AppContext(db))
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_meeting(meeting)
        qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=20000)
        qtbot.wait(50)
        assert panel.preview.page_label.text() == "Side 1 af 8"
        # The group-work item: its results read-only above the decision, and the page they print on.
        from PySide6.QtWidgets import QScrollArea

        items = list(panel.editors.values())
        assert "Kandidater til pejlemærker" in items[2].results.toPlainText()
        editors = next(a for a in panel.findChildren(QScrollArea) if a.widget() is panel._editors_host)
        editors.verticalScrollBar().setValue(items[2].y())
        panel.preview.go_to_page(3)
        qtbot.wait(300)
        shot = panel.grab()
        docs = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        out = docs if os.environ.get("WORKSHOP_UPDATE_SCREENSHOTS") == "1" else tmp_path
        assert shot.save(str(out / "referat.png"))
        view = panel.preview.view.viewport()
        page = panel.preview.pages.rects[3].intersected(view.rect())
        assert _white_share(view.grab().toImage().copy(page)) > 0.7
    finally:
        db.close()
