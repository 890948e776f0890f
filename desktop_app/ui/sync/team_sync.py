"""Team sync in the main window: the menu, the status-bar corner and their dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from desktop_app.ui.sync.conflicts_dialog import ConflictsDialog
from desktop_app.ui.sync.connect_dialog import ConnectDialog
from desktop_app.ui.sync.sync_controller import SyncController
from desktop_app.ui.sync.sync_log_dialog import SyncLogDialog
from desktop_app.ui.sync.sync_status_widget import SyncStatusWidget
from desktop_app.ui.sync.team_sync_menu import TeamSyncMenu

if TYPE_CHECKING:
    from desktop_app.storage.vault import Vault


class TeamSync(QObject):
    """Adds team sync to a main window; `start` at unlock, `stop` before locking."""

    data_changed = Signal()  # records changed here (a sync, or a value taken back)

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.vault: Vault | None = None
        self.dialog: QDialog | None = None
        self.controller = SyncController(self)
        self.widget = SyncStatusWidget(window)
        window.statusBar().addPermanentWidget(self.widget)
        self.menu = TeamSyncMenu(window)
        actions = window.menuBar().actions()
        if actions:
            window.menuBar().insertMenu(actions[-1], self.menu)  # Help stays the last menu
        else:
            window.menuBar().addMenu(self.menu)
        c, m, w = self.controller, self.menu, self.widget
        c.status_changed.connect(w.show_status)
        c.status_changed.connect(m.update_for)
        c.syncing_changed.connect(w.set_syncing)
        c.data_changed.connect(self.data_changed)
        m.connect_action.triggered.connect(self.open_connect)
        m.sync_action.triggered.connect(c.request_sync)
        m.conflicts_action.triggered.connect(self.open_conflicts)
        m.log_action.triggered.connect(self.open_log)
        m.leave_action.triggered.connect(self.leave)
        w.conflicts_requested.connect(self.open_conflicts)
        w.details_requested.connect(self._on_details)

    def start(self, vault: Vault) -> None:
        """Sync the unlocked vault in the background."""
        from desktop_app.services.sync import SyncService

        self.vault = vault
        self.controller.start(SyncService(vault))

    def stop(self) -> None:
        """Close the sync dialogs and wait for a running round (before the vault closes)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.controller.stop()
        self.vault = None

    def open_connect(self) -> None:
        """The connect dialog (pre-filled with the current folder when rejoining)."""
        status = self.controller.status
        if status is None:
            return
        dialog = ConnectDialog(self.controller, status.folder, self.window)
        self._show(dialog)

    def open_conflicts(self) -> None:
        """The conflict review."""
        if self.vault is None:
            return
        from desktop_app.services.sync_conflicts import ConflictService

        dialog = ConflictsDialog(ConflictService(self.vault), self.window)
        dialog.changed.connect(self._on_conflicts_changed)
        self._show(dialog)

    def open_log(self) -> None:
        """The sync log."""
        service = self.controller.service
        if service is None:
            return
        dialog = SyncLogDialog(service.log.entries(), self.controller.status, self.window)
        self._show(dialog)

    def leave(self) -> None:
        """Stop syncing after the coach confirms; nothing here is deleted."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Leave the team workspace"),
            self.tr(
                "Stop syncing with the shared folder? Your participants stay on this computer. "
                "You can join again later with the team passphrase."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.leave()

    def _on_details(self) -> None:
        status = self.controller.status
        if status is not None and (
            not status.connected or status.last_status == "needs_passphrase"
        ):
            self.open_connect()
        else:
            self.open_log()

    def _on_conflicts_changed(self) -> None:
        self.controller.refresh_status()
        self.data_changed.emit()  # a taken-back value is a local edit: it syncs soon

    def _show(self, dialog: Any) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
