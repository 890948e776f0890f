"""Business plan and printing are reachable from the participant shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop_app.services.participants import ParticipantService
from desktop_app.services.vault_service import VaultService
from desktop_app.ui.app_controller import AppController
from tests.conftest import TEST_PASSPHRASE


def _opened(qtbot, tmp_path, vault_paths) -> tuple[AppController, str]:
    service = VaultService(vault_paths)
    vault = service.create(TEST_PASSPHRASE)
    person = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(service, settings)
    qtbot.addWidget(controller.window)
    controller.on_vault_opened(vault)
    return controller, person.id


def test_actions_follow_the_participant_shown(qtbot, tmp_path, vault_paths) -> None:
    controller, person_id = _opened(qtbot, tmp_path, vault_paths)
    features = controller.features
    assert not features.plan_action.isEnabled()
    controller.window.select_participant(person_id)
    qtbot.waitUntil(lambda: features.plan_action.isEnabled(), timeout=5_000)
    assert features.handout_action.isEnabled() and features.cohort_action.isEnabled()
    controller.shutdown()


def test_business_plan_opens_the_wizard_and_lock_closes_it(qtbot, tmp_path, vault_paths) -> None:
    controller, person_id = _opened(qtbot, tmp_path, vault_paths)
    controller.window.select_participant(person_id)
    qtbot.waitUntil(lambda: controller.features.plan_action.isEnabled(), timeout=5_000)
    controller.features.plan_action.trigger()
    wizards = [w for w in controller.features._open if isinstance(w, QWidget)]
    assert wizards and wizards[0].isVisible()
    controller.lock()
    assert not wizards[0].isVisible()
    assert not controller.features.plan_action.isEnabled()
    controller.shutdown()
