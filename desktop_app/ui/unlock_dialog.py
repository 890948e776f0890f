"""Later starts and after a lock: enter the passphrase to open the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.passphrase_field import PassphraseField

if TYPE_CHECKING:
    from desktop_app.storage.vault import Vault

UnlockFn = Callable[[str, bool], "Vault"]


class UnlockDialog(QDialog):
    """Passphrase entry; the key derivation runs in the background with a busy message."""

    vault_opened = Signal(object)

    def __init__(
        self,
        unlock: UnlockFn,
        remember_available: bool,
        runner: BackgroundRunner,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self._runner = runner
        self.setWindowTitle(self.tr("Opstart – unlock"))
        self.header = DialogHeader(
            self.tr("Opstart is locked"),
            self.tr("Enter your passphrase to open the vault."),
            self,
        )
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setVisible(remember_available)
        self.hint = InlineMessage(self)
        if hint:
            self.hint.show_message(hint, "info")
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._on_unlock_clicked)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _on_unlock_clicked(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(self.tr("Type your passphrase first."))
            return
        self.error.show_message(self.tr("Opening the vault…"), "info")
        self._set_busy(True)
        remember = not self.remember.isHidden() and self.remember.isChecked()
        self._runner.run(
            lambda: self._unlock(passphrase, remember), self._on_opened, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.remember, self.unlock_button):
            widget.setEnabled(not busy)

    def _on_opened(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.passphrase.edit.selectAll()
        self.passphrase.setFocus()
        self.error.show_message(describe_error(exc))
