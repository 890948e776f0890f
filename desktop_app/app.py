"""Composition root: paths -> services -> Qt application -> windows."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

DEMO_PASSPHRASE = "demo opstart vault"


def _prepare_demo_vault() -> Path:
    """A throwaway vault with fictional people in a fresh temp folder."""
    from desktop_app.paths import VaultPaths
    from desktop_app.services.demo import add_demo_participants
    from desktop_app.services.plan_demo import add_demo_plans, participants_without_plan
    from desktop_app.storage.keystore import KdfParams
    from desktop_app.storage.vault import create_vault

    root = Path(tempfile.mkdtemp(prefix="opstart-demo-"))
    vault = create_vault(VaultPaths(root), DEMO_PASSPHRASE, kdf=KdfParams())
    add_demo_participants(vault, 40)
    add_demo_plans(vault, participants_without_plan(vault))
    vault.close()
    return root


def run_gui(data_dir: str | None = None, lang: str | None = None, demo: bool = False) -> int:
    """Start the GUI; returns the process exit code."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QFont, QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app import settings as app_settings
    from desktop_app.paths import VaultPaths, resources_dir
    from desktop_app.services.vault_service import VaultService
    from desktop_app.ui.app_controller import AppController
    from desktop_app.ui.i18n import choose_language, install_translators

    QCoreApplication.setOrganizationName("Opstart")
    QCoreApplication.setApplicationName("Opstart")
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop_app.ui import gui_thread_gc

    gui_thread_gc.install()  # collect cycles on the GUI thread only (see the module)
    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "opstart.png")))
    qsettings = QSettings()
    language = choose_language(
        lang, app_settings.LANGUAGE.coerce(qsettings.value("ui/language", ""))
    )
    translators = install_translators(app, language)  # noqa: F841 - keep them alive
    scale = app_settings.FONT_SCALE_PERCENT.coerce(qsettings.value("ui/font_scale_percent", 100))
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5) * scale / 100)
    app.setFont(font)

    demo_root = _prepare_demo_vault() if demo else None
    try:
        if demo_root is not None:
            from desktop_app.storage.vault import open_vault

            service = VaultService(VaultPaths(demo_root), keyring=_NoKeyring())
            hint = QCoreApplication.translate(
                "App", "This is the demo vault. Its passphrase is: {passphrase}"
            ).format(passphrase=DEMO_PASSPHRASE)
            controller = AppController(service, qsettings, demo=True, unlock_hint=hint)
            controller.on_vault_opened(open_vault(service.paths, DEMO_PASSPHRASE))
        else:
            service = VaultService(VaultPaths.from_override(data_dir))
            controller = AppController(service, qsettings)
            controller.start()
        app.aboutToQuit.connect(controller.shutdown)
        return int(app.exec())
    finally:
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)


class _NoKeyring:
    """The demo vault is never remembered."""

    def available(self) -> bool:
        return False

    def store_new_secret(self, vault_id: str) -> None:
        return None

    def load_secret(self, vault_id: str) -> None:
        return None

    def forget(self, vault_id: str) -> None:
        return None
