"""The lock cycle: unlock, lock by shortcut and by idle time, unlock again."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop_app.paths import VaultPaths
from desktop_app.services.vault_service import VaultService
from desktop_app.ui.app_controller import AppController
from desktop_app.ui.create_vault_dialog import CreateVaultDialog
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE


def _controller(tmp_path, service: VaultService) -> AppController:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppController(service, settings)


def _unlock(qtbot, controller: AppController) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase.edit, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)


def test_first_start_asks_to_create_a_vault(qtbot, tmp_path, vault_paths: VaultPaths) -> None:
    controller = _controller(tmp_path, VaultService(vault_paths))
    controller.start()
    assert isinstance(controller.dialog, CreateVaultDialog)
    controller.dialog.reject()
    controller.shutdown()


def test_lock_hides_data_and_unlock_brings_it_back(qtbot, tmp_path, vault_paths) -> None:
    service = VaultService(vault_paths)
    vault = service.create(TEST_PASSPHRASE)
    from desktop_app.services.participants import ParticipantService

    ParticipantService(vault).create("Şükrü", "Yılmaz")
    vault.close()
    controller = _controller(tmp_path, service)
    qtbot.addWidget(controller.window)
    controller.start()
    _unlock(qtbot, controller)
    assert controller.window.isVisible()
    assert controller.window.model.rowCount() == 1
    qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.vault is None
    assert not controller.window.isVisible()
    assert controller.window.model.rowCount() == 0
    assert isinstance(controller.dialog, UnlockDialog)
    _unlock(qtbot, controller)
    assert controller.window.model.rowCount() == 1
    controller.shutdown()


def test_idle_time_locks_the_vault(qtbot, tmp_path, vault_paths) -> None:
    service = VaultService(vault_paths)
    service.create(TEST_PASSPHRASE).close()
    controller = _controller(tmp_path, service)
    qtbot.addWidget(controller.window)
    controller.start()
    _unlock(qtbot, controller)
    controller.idle.set_interval_ms(200)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5_000)
    assert isinstance(controller.dialog, UnlockDialog)
    controller.shutdown()
