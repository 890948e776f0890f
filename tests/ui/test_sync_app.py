"""Team sync in the running app: syncs at unlock and after edits, stops at lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop_app.services.gdpr import GdprService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.sync import SyncService
from desktop_app.services.vault_service import VaultService
from desktop_app.ui.app_controller import AppController
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import TEST_PASSPHRASE
from tests.unit.storage.sync_vaults import make_vault

TEAM = "orchard lantern seven rivers"


def _unlock(qtbot, controller: AppController) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase.edit, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=10_000)


def test_colleagues_changes_arrive_and_ours_leave(qtbot, tmp_path: Path, vault_paths) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    colleague = make_vault(tmp_path / "colleague")
    SyncService(colleague).connect(shared, TEAM)
    ParticipantService(colleague).create("Zoë", "van IJsselmuiden")
    SyncService(colleague).sync_now()
    service = VaultService(vault_paths)
    mine = service.create(TEST_PASSPHRASE)
    SyncService(mine).connect(shared, TEAM)
    mine.close()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app = AppController(service, settings)
    qtbot.addWidget(app.window)
    titles = [a.text() for a in app.window.menuBar().actions()]
    assert "&Team sync" in titles and titles[-1] == "&Help"
    app.start()
    _unlock(qtbot, app)
    sync = app.team_sync
    qtbot.waitUntil(lambda: app.window.model.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: sync.widget.state_text().startswith("Synced"), timeout=20_000)
    assert sync.menu.sync_action.isEnabled() and not sync.menu.connect_action.isEnabled()

    sync.controller.edit_timer.setInterval(50)
    app.window.on_new_participant()  # a local edit: synced shortly after, no click needed
    qtbot.waitUntil(lambda: SyncService(app.vault).status().pending_changes == 0, timeout=20_000)
    SyncService(colleague).sync_now()
    assert len(ParticipantService(colleague).list_all()) == 2

    zoe = next(p.id for p in ParticipantService(colleague).list_all() if p.first_name == "Zoë")
    app.window.select_participant(zoe)
    assert app.window.current_participant_id() == zoe
    GdprService(colleague).erase(zoe)  # a colleague erases the person shown here
    SyncService(colleague).sync_now()
    sync.controller.request_sync()
    qtbot.waitUntil(lambda: app.window.current_participant_id() is None, timeout=20_000)
    assert app.window.model.rowCount() == 1

    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.vault is None and sync.controller.service is None
    assert not sync.widget.isVisible() and not sync.menu.sync_action.isEnabled()
    app.shutdown()
    colleague.close()
