"""Preview a PDF held in memory, print it through Qt's print dialog, or save it as a file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.batch import write_atomic
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.pdf_printing import print_document

_log = logging.getLogger(__name__)
ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    """Shows the PDF page by page with zoom; "Print…" and "Save as PDF…" use the same bytes."""

    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # path of the saved file

    def __init__(
        self, pdf_bytes: bytes, title: str, suggested_file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pdf = bytes(pdf_bytes)
        self._suggested = suggested_file_name
        self.printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Print preview – {title}").replace("{title}", title))
        self.document = QPdfDocument(self)
        # The buffer must outlive the document, which reads from it while rendering: as
        # the document's child it is destroyed only after the document's own destructor.
        self._buffer = QBuffer(self.document)
        self._buffer.setData(QByteArray(self._pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pages of the document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole page first, then zoom
        self.view.setDocument(self.document)
        self.message = InlineMessage(self)
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons)
        self._add_shortcuts()
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self._on_page_changed(0)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.message.show_message(
                self.tr("This document could not be shown. Close this window and try again.")
            )
            self.print_button.setEnabled(False)
        self.resize(900, 1000)

    def page_count(self) -> int:
        """Number of pages in the document."""
        return self.document.pageCount()

    def _build_controls(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, max(1, self.page_count()))
        self.page_box.setAccessibleName(self.tr("Page number"))
        page_label = QLabel(self.tr("&Page"), self)
        page_label.setBuddy(self.page_box)
        self.page_total = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.fit_width_button = QPushButton(self.tr("Fit width"), self)
        self.whole_page_button = QPushButton(self.tr("Whole page"), self)
        self._toolbar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.next_button,
            page_label,
            self.page_box,
            self.page_total,
        ):
            self._toolbar.addWidget(widget)
        self._toolbar.addStretch(1)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.whole_page_button,
        ):
            self._toolbar.addWidget(widget)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.setDefault(True)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        for widget in (self.save_button, self.print_button, self.close_button):
            self._buttons.addWidget(widget)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self._current() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self._current() + 1))
        self.page_box.editingFinished.connect(lambda: self.go_to_page(self.page_box.value() - 1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.whole_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        self.print_button.clicked.connect(self.on_print)
        self.save_button.clicked.connect(self.on_save)
        self.close_button.clicked.connect(self.reject)

    def _add_shortcuts(self) -> None:
        keys = (
            (QKeySequence.StandardKey.Print, self.on_print),
            (QKeySequence.StandardKey.Save, self.on_save),
            (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(1 / ZOOM_STEP)),
            (QKeySequence("Ctrl+PgDown"), lambda: self.go_to_page(self._current() + 1)),
            (QKeySequence("Ctrl+PgUp"), lambda: self.go_to_page(self._current() - 1)),
            (QKeySequence("Ctrl+Home"), lambda: self.go_to_page(0)),
            (QKeySequence("Ctrl+End"), lambda: self.go_to_page(self.page_count() - 1)),
        )
        for key, slot in keys:
            action = QAction(self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            self.addAction(action)

    def _current(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show 0-based `page` at the top of the view (clamped to the document)."""
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._on_page_changed(page)

    def _on_page_changed(self, page: int) -> None:
        self.page_box.setValue(page + 1)
        self.page_total.setText(self.tr("of {count}").replace("{count}", str(self.page_count())))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def on_print(self) -> None:
        """Qt's print dialog, then every chosen page rendered from memory onto the printer."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(self.windowTitle())
        self.printer.setFullPage(True)  # the PDF carries its own margins
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_document(self.document, self.printer)
        except OSError as exc:
            _log.warning("printing failed: %s", type(exc).__name__)
            self.message.show_message(
                self.tr(
                    "The document could not be sent to the printer. Check that the printer is on "
                    "and connected, then try again."
                )
            )
            return
        text = self.tr("Pages sent to the printer: {count}.").replace("{count}", str(pages))
        self.message.show_message(text, "info")
        self.printed.emit(pages)

    def on_save(self) -> None:
        """Ask where to save, then write the same bytes atomically."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self._suggested)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_atomic(target, self._pdf)
        except OSError as exc:
            # The path may name a person: log the kind of failure only.
            _log.warning("saving a PDF failed (errno %s)", exc.errno)
            self.message.show_message(
                self.tr(
                    "The file could not be saved there. Choose another folder, or check that the "
                    "disk is not full."
                )
            )
            return
        self.message.show_message(
            self.tr("Saved as {name}.").replace("{name}", target.name), "info"
        )
        self.saved.emit(str(target))
