"""Handouts for many participants at once, in the background, with progress and Cancel."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.inline_message import InlineMessage

if TYPE_CHECKING:
    from desktop_app.documents.handout import HandoutData

_log = logging.getLogger(__name__)


class BatchCancelled(Exception):
    """Raised from the progress callback to stop a batch the user cancelled."""


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class BatchPrintDialog(QDialog):
    """Builds handouts for (file id, HandoutData) pairs into one PDF or one file each."""

    saved = Signal(list)  # paths written (one combined file, or one per participant)

    def __init__(
        self,
        items: Sequence[tuple[str, HandoutData]],
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._runner = runner or BackgroundRunner(self)
        self._cancel = threading.Event()
        self._running = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self.destination: Path | None = None
        self.setWindowTitle(self.tr("Print handouts"))
        self.header = DialogHeader(
            self.tr("Print handouts"),
            self.tr(
                "Participants: {count}. Each handout holds only what the participant may take home."
            ).replace("{count}", str(len(self._items))),
            self,
        )
        self.combined = QRadioButton(self.tr("&One PDF file to print, all handouts in it"), self)
        self.separate = QRadioButton(self.tr("One PDF file &per participant, in a folder"), self)
        self.combined.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.combined)
        self._modes.addButton(self.separate)
        self._modes.buttonToggled.connect(lambda *_: self._set_destination(None))
        self.choose_button = QPushButton(self.tr("&Choose where to save…"), self)
        self.destination_label = QLabel(self.tr("Nothing chosen yet."), self)
        self.destination_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, max(1, len(self._items)))
        self.progress_bar.setValue(0)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.message = InlineMessage(self)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.choose_button.clicked.connect(self.on_choose)
        self.start_button.clicked.connect(self.on_start)
        self.cancel_button.clicked.connect(self.on_cancel)
        destination = QHBoxLayout()
        destination.addWidget(self.choose_button)
        destination.addWidget(self.destination_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        for widget in (self.header, self.combined, self.separate):
            layout.addWidget(widget)
        layout.addLayout(destination)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 360)

    def reject(self) -> None:
        """Closing while a batch runs cancels it first; the dialog stays until it stops."""
        if self._running:
            self.on_cancel()
            return
        super().reject()

    def _set_destination(self, path: Path | None) -> None:
        self.destination = path
        self.destination_label.setText(str(path) if path else self.tr("Nothing chosen yet."))
        self.start_button.setEnabled(path is not None and bool(self._items))

    def on_choose(self) -> None:
        """Ask for the combined file's name, or for the folder of single files."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if self.combined.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the handouts as"),
                str(Path(folder) / "handouts.pdf"),
                self.tr("PDF documents (*.pdf)"),
            )
            if path and not path.lower().endswith(".pdf"):
                path += ".pdf"
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the handouts"), folder
            )
        if path:
            self._set_destination(Path(path))

    def on_start(self) -> None:
        """Build in the background; the worker reports progress and checks for Cancel."""
        if self.destination is None or self._running:
            return
        self._running = True
        self._cancel.clear()
        self.message.clear_message()
        for widget in (self.start_button, self.choose_button, self.combined, self.separate):
            widget.setEnabled(False)
        self.progress_bar.setValue(0)
        target, combined, items = self.destination, self.combined.isChecked(), self._items
        self._runner.run(
            lambda: self._work(target, combined, items), self._on_done, self._on_failed
        )

    def on_cancel(self) -> None:
        """Stop a running batch (files of this run are removed), or close the dialog."""
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.message.show_message(self.tr("Stopping…"), "info")
        else:
            super().reject()

    def _report(self, done: int, total: int) -> None:
        # Runs on the worker thread: only a queued signal may reach the widgets.
        self._progress.changed.emit(done, total)
        if self._cancel.is_set():
            raise BatchCancelled()

    def _work(
        self, target: Path, combined: bool, items: list[tuple[str, HandoutData]]
    ) -> list[Path]:
        from desktop_app.documents.batch import (
            build_handouts_combined,
            handout_file_name,
            write_atomic,
            write_handouts_to_folder,
        )

        if combined:
            pdf = build_handouts_combined([data for _, data in items], self._report)
            write_atomic(target, pdf)  # only once every handout is built
            return [target]
        existed = {
            name for name in (handout_file_name(i) for i, _ in items) if (target / name).exists()
        }
        try:
            return write_handouts_to_folder(items, target, self._report)
        except BaseException:
            # Cancel or failure: take back the new files of this run, keep older ones.
            for file_id, _ in items:
                name = handout_file_name(file_id)
                if name not in existed:
                    with contextlib.suppress(OSError):
                        (target / name).unlink()
            raise

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)

    def _finish(self) -> None:
        self._running = False
        for widget in (
            self.start_button,
            self.choose_button,
            self.combined,
            self.separate,
            self.cancel_button,
        ):
            widget.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _on_done(self, paths: list[Path]) -> None:
        self._finish()
        self.progress_bar.setValue(self.progress_bar.maximum())
        done = self.tr("Done. Handouts saved: {count}.").replace("{count}", str(len(self._items)))
        self.message.show_message(done, "info")
        self.saved.emit([str(path) for path in paths])

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        self.progress_bar.setValue(0)
        if isinstance(error, BatchCancelled):
            self.message.show_message(self.tr("Cancelled. No handouts were saved."), "warning")
            return
        _log.warning("batch of handouts failed: %s", type(error).__name__)
        self.message.show_message(
            self.tr(
                "The handouts could not be saved. Check that the folder exists and the disk is not "
                "full, then try again."
            )
        )
