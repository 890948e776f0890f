"""Create-vault and unlock dialogs, driven like a coach would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.paths import VaultPaths
from desktop_app.services.vault_service import VaultService
from desktop_app.storage.vault import Vault
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.create_vault_dialog import CreateVaultDialog
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE


def _create_dialog(qtbot, service: VaultService) -> CreateVaultDialog:
    runner = BackgroundRunner()
    dialog = CreateVaultDialog(lambda p, r: service.create(p, r), True, runner)
    dialog._runner_ref = runner  # keep alive for the test
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_create_refuses_mismatch_and_weak_then_creates(qtbot, vault_paths: VaultPaths) -> None:
    service = VaultService(vault_paths)
    dialog = _create_dialog(qtbot, service)
    qtbot.keyClicks(dialog.passphrase.edit, "short")
    assert "Too short" in dialog.strength_label.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "10 characters" in dialog.error.text()
    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, TEST_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat.edit, TEST_PASSPHRASE + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    assert not vault_paths.exists()
    qtbot.keyClicks(dialog.repeat.edit, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.vault_opened, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    vault: Vault = blocker.args[0]
    assert vault_paths.exists()
    assert dialog.passphrase.text() == ""
    vault.close()


def test_remember_box_only_where_a_keyring_exists(qtbot, vault_paths: VaultPaths) -> None:
    runner = BackgroundRunner()
    without = CreateVaultDialog(lambda p, r: None, False, runner)
    qtbot.addWidget(without)
    without.show()
    assert not without.remember.isVisible()
    with_keyring = _create_dialog(qtbot, VaultService(vault_paths))
    assert with_keyring.remember.isVisible()


def _unlock_dialog(qtbot, service: VaultService) -> UnlockDialog:
    runner = BackgroundRunner()
    dialog = UnlockDialog(lambda p, r: service.unlock(p), False, runner)
    dialog._runner_ref = runner
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_unlock_wrong_then_right_passphrase(qtbot, vault_paths: VaultPaths) -> None:
    service = VaultService(vault_paths)
    service.create(TEST_PASSPHRASE).close()
    dialog = _unlock_dialog(qtbot, service)
    qtbot.keyClicks(dialog.passphrase.edit, "not my passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in dialog.error.text(), timeout=10_000)
    assert dialog.unlock_button.isEnabled()
    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.vault_opened, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    blocker.args[0].close()


def test_damaged_keystore_gets_its_own_message(qtbot, vault_paths: VaultPaths) -> None:
    service = VaultService(vault_paths)
    service.create(TEST_PASSPHRASE).close()
    vault_paths.keystore.write_text("{ not json", encoding="utf-8")
    dialog = _unlock_dialog(qtbot, service)
    qtbot.keyClicks(dialog.passphrase.edit, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in dialog.error.text(), timeout=10_000)
    assert "does not open" not in dialog.error.text()
