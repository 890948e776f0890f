"""Connect dialog: pick a folder, create a workspace or join one, plain messages on errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.sync import SyncService
from desktop_app.ui.sync.connect_dialog import ConnectDialog
from desktop_app.ui.sync.sync_controller import SyncController
from tests.unit.storage.sync_vaults import make_vault

TEAM = "orchard lantern seven rivers"


@pytest.fixture
def controller(qapp, vault) -> Iterator[SyncController]:
    """A controller owned by the application, as in the app (where AppController owns it)."""
    made = SyncController(qapp, interval_ms=3_600_000)
    made.start(SyncService(vault))
    yield made
    made.stop()
    made.deleteLater()  # by the event loop, after its queued results


def _dialog(qtbot, controller: SyncController) -> ConnectDialog:
    dialog = ConnectDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, monkeypatch, dialog: ConnectDialog, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mode != "" or "cannot be reached" in dialog.folder_info.text())


def test_create_a_workspace_in_an_empty_folder(
    qtbot, monkeypatch, vault, controller, tmp_path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    dialog = _dialog(qtbot, controller)
    _choose(qtbot, monkeypatch, dialog, shared)
    assert dialog.mode == "create" and dialog.repeat.isVisible()
    assert dialog.connect_button.text() == "Create team workspace"
    qtbot.keyClicks(dialog.passphrase.edit, "short")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.error.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.edit, TEAM)
    assert dialog.strength_label.text() == "Strong team passphrase."
    qtbot.keyClicks(dialog.repeat.edit, TEAM + "x")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    qtbot.keyClicks(dialog.repeat.edit, TEAM)
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    status = SyncService(vault).status()
    assert status.connected and status.folder == str(shared.resolve())


def test_join_says_plainly_when_the_team_passphrase_is_wrong(
    qtbot, monkeypatch, vault, controller, tmp_path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    colleague = make_vault(tmp_path / "colleague")
    try:
        SyncService(colleague).connect(shared, TEAM)
    finally:
        colleague.close()
    dialog = _dialog(qtbot, controller)
    _choose(qtbot, monkeypatch, dialog, shared)
    assert dialog.mode == "join" and not dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase.edit, "orchard lantern six rivers")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.connect_button.isEnabled()
    assert not SyncService(vault).status().connected
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.edit, TEAM)
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert SyncService(vault).status().connected


def test_an_unreachable_folder_is_explained(qtbot, monkeypatch, controller, tmp_path) -> None:
    dialog = _dialog(qtbot, controller)
    _choose(qtbot, monkeypatch, dialog, tmp_path / "not-mounted")
    assert "cannot be reached" in dialog.folder_info.text()
    assert not dialog.connect_button.isEnabled() and not dialog.passphrase.isVisible()
