"""Drives the vault lifecycle on screen: create or unlock, main window, lock, quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app import settings as app_settings
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.create_vault_dialog import CreateVaultDialog
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.feature_actions import FeatureActions
from desktop_app.ui.idle_lock import IdleWatcher
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences_dialog import PreferencesDialog
from desktop_app.ui.sync.team_sync import TeamSync
from desktop_app.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from desktop_app.services.vault_service import VaultService
    from desktop_app.storage.vault import Vault


class AppController(QObject):
    """Owns the open vault (if any), the main window and the lock state."""

    def __init__(
        self,
        service: VaultService,
        qsettings: QSettings,
        demo: bool = False,
        unlock_hint: str = "",
    ) -> None:
        super().__init__()
        self.service = service
        self.qsettings = qsettings
        self.vault: Vault | None = None
        self.dialog: CreateVaultDialog | UnlockDialog | None = None
        self._unlock_hint = unlock_hint
        self.runner = BackgroundRunner(self)
        self.window = MainWindow(demo=demo)
        self.window.lock_requested.connect(self.lock)
        self.window.preferences_requested.connect(self.open_preferences)
        self.team_sync = TeamSync(self.window, self)
        self.features = FeatureActions(self.window, self.runner)
        self.team_sync.data_changed.connect(self._on_synced_data)
        geometry = qsettings.value("ui/main_window_geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        minutes = app_settings.AUTO_LOCK_MINUTES.coerce(
            qsettings.value(app_settings.AUTO_LOCK_MINUTES.key, 10)
        )
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def start(self) -> None:
        """Ask to create or unlock at once; slow checks (keyring, imports) run behind it."""
        self.show_vault_dialog(remember_available=False)
        # After the first paint: the heavy imports must not delay the dialog.
        QTimer.singleShot(0, self._start_background_checks)

    def _start_background_checks(self) -> None:
        self.runner.run(self._background_start, self._on_background_start, lambda _e: None)

    def _background_start(self) -> tuple[bool, Vault | None]:
        available = self.service.remember_available()
        try:
            vault = self.service.unlock_remembered() if available else None
        except Exception:  # noqa: BLE001 - the passphrase dialog stays up
            vault = None
        import desktop_app.storage.vault  # noqa: F401 - warm the import before unlock

        return available, vault

    def _on_background_start(self, result: tuple[bool, Vault | None]) -> None:
        available, vault = result
        if vault is not None:
            dialog, self.dialog = self.dialog, None
            if dialog is not None:
                dialog.blockSignals(True)
                dialog.close()
            self.on_vault_opened(vault)
        elif self.dialog is not None:
            self.dialog.remember.setVisible(available)

    def show_vault_dialog(self, remember_available: bool | None = None) -> None:
        """The create dialog on a first start, the unlock dialog later."""
        if remember_available is None:
            remember_available = self.service.remember_available()
        dialog: CreateVaultDialog | UnlockDialog
        if self.service.exists():
            dialog = UnlockDialog(
                self._unlock, remember_available, self.runner, hint=self._unlock_hint
            )
        else:
            dialog = CreateVaultDialog(self._create, remember_available, self.runner)
        dialog.vault_opened.connect(self.on_vault_opened)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _create(self, passphrase: str, remember: bool) -> Vault:
        return self.service.create(passphrase, remember=remember)

    def _unlock(self, passphrase: str, remember: bool) -> Vault:
        vault = self.service.unlock(passphrase)
        if remember:
            self.service.set_remember(vault, True)
        return vault

    def _on_dialog_rejected(self) -> None:
        self.dialog = None
        if self.vault is None:
            QApplication.quit()

    def on_vault_opened(self, vault: Vault) -> None:
        """Show the main window on the newly opened vault."""
        from desktop_app.services.participants import ParticipantService

        self.vault = vault
        self.dialog = None
        self.window.set_service(ParticipantService(vault))
        self.window.show()
        self.window.raise_()
        self.idle.start()
        self.features.set_vault(vault)
        self.team_sync.start(vault)

    def _on_synced_data(self) -> None:
        # Colleagues' changes arrived: reload the list; an erased person disappears at once.
        if self.vault is None:
            return
        from desktop_app.services.participants import ParticipantNotFound

        shown = self.window.current_participant_id()
        self.window.participants_added()
        service = self.window.service
        if shown is None or service is None:
            return
        try:
            service.get(shown)
        except ParticipantNotFound:
            self.window.participant_removed(shown)

    def lock(self) -> None:
        """Save, close the vault, hide every participant and ask for the passphrase."""
        if self.vault is None:
            return
        self.idle.stop()
        self.window.flush_edits()
        self.team_sync.stop()
        self.features.set_vault(None)
        self.window.set_service(None)
        self.window.hide()
        self.vault.close()
        self.vault = None
        self.show_vault_dialog()

    def open_preferences(self) -> None:
        """Let the coach change auto-lock, language, text size and "remember"."""
        s = self.qsettings
        remember = self.service.is_remembered() if self.service.remember_available() else None
        dialog = PreferencesDialog(
            app_settings.AUTO_LOCK_MINUTES.coerce(s.value(app_settings.AUTO_LOCK_MINUTES.key, 10)),
            app_settings.LANGUAGE.coerce(s.value(app_settings.LANGUAGE.key, "")),
            app_settings.FONT_SCALE_PERCENT.coerce(
                s.value(app_settings.FONT_SCALE_PERCENT.key, 100)
            ),
            remember,
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        s.setValue(app_settings.AUTO_LOCK_MINUTES.key, dialog.auto_lock.value())
        s.setValue(app_settings.LANGUAGE.key, dialog.chosen_language())
        s.setValue(app_settings.FONT_SCALE_PERCENT.key, dialog.font_scale.value())
        self.idle.set_minutes(dialog.auto_lock.value())
        if remember is not None and self.vault is not None:
            try:
                self.service.set_remember(self.vault, dialog.remember.isChecked())
            except Exception as exc:  # noqa: BLE001 - shown as a plain sentence
                self.window.save_label.setText(describe_error(exc))

    def shutdown(self) -> None:
        """Save pending edits and close the vault (called when the app quits)."""
        self.idle.stop()
        self.window.flush_edits()
        self.qsettings.setValue("ui/main_window_geometry", self.window.saveGeometry())
        self.team_sync.stop()
        self.runner.wait()
        if self.vault is not None:
            self.window.set_service(None)
            self.vault.close()
            self.vault = None
