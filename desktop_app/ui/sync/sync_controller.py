"""Runs team sync in the background: at unlock, on a timer and shortly after edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.error_messages import describe_error

if TYPE_CHECKING:
    from desktop_app.services.sync import SyncService
    from desktop_app.services.sync_records import SyncRun, SyncStatusView

SYNC_INTERVAL_MS = 2 * 60 * 1000
AFTER_EDIT_MS = 10 * 1000


class SyncController(QObject):
    """Owns one vault's SyncService while unlocked; sync never runs on the GUI thread."""

    status_changed = Signal(object)  # SyncStatusView, or None while locked
    syncing_changed = Signal(bool)
    data_changed = Signal()  # a round changed records here: lists must reload
    sync_finished = Signal(object)  # SyncRun
    sync_failed = Signal(str)  # a plain sentence
    _local_edit = Signal()  # from whichever thread committed the edit

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = SYNC_INTERVAL_MS,
        after_edit_ms: int = AFTER_EDIT_MS,
    ) -> None:
        super().__init__(parent)
        self.runner = BackgroundRunner(self)  # its own worker: a slow share never delays others
        self.service: SyncService | None = None
        self.status: SyncStatusView | None = None
        self.syncing = False
        self.last_error = ""
        self._again = False
        self._generation = 0  # results of rounds started for an earlier unlock are ignored
        self._stop_watching: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.request_sync)
        self.edit_timer = QTimer(self)
        self.edit_timer.setSingleShot(True)
        self.edit_timer.setInterval(after_edit_ms)
        self.edit_timer.timeout.connect(self.request_sync)
        self._local_edit.connect(self._on_local_edit)

    # -- lifecycle ------------------------------------------------------------------------
    def start(self, service: SyncService) -> None:
        """Begin syncing an unlocked vault: once now, then on the timer and after edits."""
        self.stop()
        self._generation += 1
        self.service = service
        self._stop_watching = service.watch_local_changes(self._local_edit.emit)
        self.timer.start()
        self.refresh_status()
        self.request_sync()

    def stop(self) -> None:
        """Before the vault locks: no new rounds, wait for a running one, forget the vault."""
        self.timer.stop()
        self.edit_timer.stop()
        if self._stop_watching is not None:
            self._stop_watching()
            self._stop_watching = None
        self.runner.wait()
        self._generation += 1
        self.service = None
        self.status = None
        self._again = False
        self._set_syncing(False)
        self.status_changed.emit(None)

    # -- syncing --------------------------------------------------------------------------
    def request_sync(self) -> None:
        """Sync soon: now if idle, right after the running round otherwise."""
        if self.service is None or (self.status is not None and not self.status.connected):
            return
        if self.syncing:
            self._again = True
            return
        service, generation = self.service, self._generation
        self._set_syncing(True)
        self.runner.run(
            service.sync_now,
            lambda run: self._on_finished(run) if generation == self._generation else None,
            lambda exc: self._on_failed(exc) if generation == self._generation else None,
        )

    def _on_local_edit(self) -> None:
        if self.service is not None and self.status is not None and self.status.connected:
            self.edit_timer.start()  # restarts: one round after a burst of typing

    def _on_finished(self, run: SyncRun) -> None:
        self._set_syncing(False)
        self.last_error = ""
        if self.service is None:
            return
        if run.changed_data:
            self.data_changed.emit()
        self.sync_finished.emit(run)
        self.refresh_status()
        if self._again:
            self._again = False
            self.request_sync()

    def _on_failed(self, exc: Exception) -> None:
        self._set_syncing(False)
        self.last_error = describe_error(exc)
        self.sync_failed.emit(self.last_error)
        self.refresh_status()

    def _set_syncing(self, syncing: bool) -> None:
        if syncing != self.syncing:
            self.syncing = syncing
            self.syncing_changed.emit(syncing)

    # -- connecting -----------------------------------------------------------------------
    def connect_folder(
        self,
        folder: Path,
        passphrase: str,
        mode: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Create or join a workspace in the background (the team KDF takes a second)."""
        service = self.service
        if service is None:
            return
        from desktop_app.services.sync_records import ConnectMode

        def done(result: Any) -> None:
            self.refresh_status()
            on_success(result)
            self.request_sync()

        self.runner.run(lambda: service.connect(folder, passphrase, ConnectMode(mode)),
                        done, on_failure)  # fmt: skip

    def inspect_folder(
        self,
        folder: Path,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Look into a folder in the background (a network share may be slow)."""
        service = self.service
        if service is not None:
            self.runner.run(lambda: service.inspect_folder(folder), on_success, on_failure)

    def leave(self) -> None:
        """Stop syncing this vault with its shared folder."""
        service = self.service
        if service is None:
            return
        self.edit_timer.stop()
        self.runner.run(service.leave, lambda _r: self.refresh_status(), self._on_failed)

    def refresh_status(self) -> None:
        """Read the status from the vault (quick; never touches the share) and announce it."""
        if self.service is None:
            return
        try:
            self.status = self.service.status()
        except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
            self.last_error = describe_error(exc)
            return
        self.status_changed.emit(self.status)
