"""Render the main screens offscreen to PNG files so a person can look at them.

Usage: python tools/screenshots.py OUTDIR [--lang da]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import VaultPaths
    from desktop_app.services.demo import add_demo_participants
    from desktop_app.services.participants import ParticipantService
    from desktop_app.services.vault_service import VaultService
    from desktop_app.storage.keystore import fast_kdf_for_tests
    from desktop_app.ui.background import BackgroundRunner
    from desktop_app.ui.create_vault_dialog import CreateVaultDialog
    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.unlock_dialog import UnlockDialog

    QCoreApplication.setOrganizationName("OpstartScreenshots")
    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    install_translators(app, args.lang)
    font = QFont("DejaVu Sans", 11)
    app.setFont(font)
    runner = BackgroundRunner()

    def shot(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{args.lang}.png"))

    create = CreateVaultDialog(lambda p, r: None, True, runner)
    create.passphrase.edit.setText("blue kettle garden 42")
    create.repeat.edit.setText("blue kettle garden 42")
    create.resize(560, 480)
    shot(create, "create-vault")
    unlock = UnlockDialog(lambda p, r: None, True, runner)
    unlock.error.show_message(
        QCoreApplication.translate(
            "Errors", "That passphrase does not open this vault. Check Caps Lock and try again."
        )
    )
    unlock.resize(520, 300)
    shot(unlock, "unlock-wrong-passphrase")

    root = Path(tempfile.mkdtemp(prefix="opstart-shots-"))
    service = VaultService(VaultPaths(root), kdf=fast_kdf_for_tests())
    vault = service.create("screenshot passphrase")
    empty = MainWindow()
    empty.set_service(ParticipantService(vault))
    shot(empty, "main-empty")
    add_demo_participants(vault, 40)
    window = MainWindow(demo=True)
    window.set_service(ParticipantService(vault))
    window.select_participant(ParticipantService(vault).list_all()[3].id)
    shot(window, "main-demo")
    vault.close()
    print(f"wrote screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
