"""Paint the pages of an in-memory QPdfDocument onto a QPrinter (no file is written)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Enough for crisp text and charts on paper while keeping one page image small (~35 MB at A4).
MAX_DPI = 300


def pages_to_print(document: QPdfDocument, printer: QPrinter) -> list[int]:
    """0-based page numbers the printer's range asks for (all pages when no range is set)."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first < 1:
        return list(range(count))
    return [page for page in range(first - 1, min(last, count))]


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at printer resolution and draw it fitted to the paper; landscape
    pages are turned to fit portrait paper. Returns the number of pages printed."""
    pages = pages_to_print(document, printer)
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            _draw_page(document, page, painter, printer)
    finally:
        painter.end()
    return len(pages)


def _draw_page(document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter) -> None:
    target = QRectF(painter.viewport())
    points = document.pagePointSize(page)
    turn = (points.width() > points.height()) != (target.width() > target.height())
    dpi = min(printer.resolution(), MAX_DPI)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    image = document.render(page, size)
    if turn:
        image = image.transformed(QTransform().rotate(90))
    fitted = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - fitted.width()) / 2
    y = target.y() + (target.height() - fitted.height()) / 2
    painter.drawImage(QRectF(x, y, fitted.width(), fitted.height()), image)
