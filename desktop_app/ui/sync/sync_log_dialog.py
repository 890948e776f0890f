"""The sync log: what each round did and why files were skipped, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.sync.sync_log_model import SyncLogModel
from desktop_app.ui.sync.sync_texts import run_text

if TYPE_CHECKING:
    from desktop_app.services.sync_records import SyncLogEntry, SyncStatusView


class SyncLogDialog(QDialog):
    """Read-only list of sync events, newest first, with the current state on top."""

    def __init__(
        self,
        entries: list[SyncLogEntry],
        status: SyncStatusView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log"))
        folder = status.folder if status is not None and status.connected else ""
        self.header = DialogHeader(
            self.tr("Sync log"),
            self.tr("Shared folder: {folder}").format(folder=folder)
            if folder
            else self.tr("Team sync is off."),
            self,
        )
        self.state = InlineMessage(self)
        if status is not None and status.last_status and status.last_status != "ok":
            kind = "warning" if status.last_status == "offline" else "error"
            self.state.show_message(run_text(status.last_status), kind)
        self.model = SyncLogModel(self)
        self.model.set_rows(entries)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sync log entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 240)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Wrapped sentences need their rows re-measured once the columns have their width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._rows_timer.start())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 460)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()
