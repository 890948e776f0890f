"""First start: choose a passphrase and create the encrypted vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.passphrase import assess
from desktop_app.ui.background import BackgroundRunner
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.passphrase_field import PassphraseField
from desktop_app.ui.passphrase_strength_bar import PassphraseStrengthBar

if TYPE_CHECKING:
    from desktop_app.storage.vault import Vault

CreateFn = Callable[[str, bool], "Vault"]


class CreateVaultDialog(QDialog):
    """Asks for a passphrase twice, shows its strength, then creates the vault in the background."""

    vault_opened = Signal(object)

    def __init__(
        self,
        create: CreateFn,
        remember_available: bool,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._runner = runner
        self.setWindowTitle(self.tr("Opstart – create your vault"))
        self.header = DialogHeader(
            self.tr("Welcome to Opstart"),
            self.tr(
                "Opstart keeps the information about the people you coach in an encrypted "
                "vault on this computer. Choose a passphrase to lock it."
            ),
            self,
        )
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        self.repeat = PassphraseField(self.tr("Repeat passphrase"), self)
        self.strength_bar = PassphraseStrengthBar(self.tr("Passphrase strength"), self)
        self.strength_label = QLabel(self)
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.warning = InlineMessage(self)
        self.warning.show_message(
            self.tr(
                "Nobody can recover a lost passphrase, not even IT. If you forget it, the data "
                "in this vault is gone. Write it down and keep it somewhere safe."
            ),
            "warning",
        )
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setToolTip(
            self.tr(
                "Opens the vault without the passphrase when you are logged in to this computer."
            )
        )
        self.remember.setVisible(remember_available)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            self.tr("Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.passphrase.edit.textChanged.connect(self._on_passphrase_changed)
        self._on_passphrase_changed("")
        self.passphrase.setFocus()

    def _on_passphrase_changed(self, text: str) -> None:
        strength = assess(text)
        self.strength_bar.show_score(strength.score)
        self.strength_label.setText(self._strength_text(strength.problem, strength.score))

    def _strength_text(self, problem: str | None, score: int) -> str:
        if problem == "empty":
            return self.tr("Tip: use four or more words, for example a short sentence.")
        if problem == "common":
            return self.tr("This passphrase is too common. Choose another.")
        if problem in ("too_short", "repetitive"):
            return self.tr("Too short: use at least 10 characters, for example four words.")
        if score >= 4:
            return self.tr("Strong passphrase.")
        if score == 3:
            return self.tr("Good passphrase.")
        return self.tr("Acceptable. A longer passphrase is safer.")

    def _on_create_clicked(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        strength = assess(first)
        if not strength.acceptable:
            self.error.show_message(self._strength_text(strength.problem, strength.score))
            self.passphrase.setFocus()
            return
        if first != second:
            self.error.show_message(
                self.tr("The two passphrases are not the same. Type them again.")
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.error.show_message(self.tr("Creating your vault…"), "info")
        self._set_busy(True)
        remember = not self.remember.isHidden() and self.remember.isChecked()
        self._runner.run(lambda: self._create(first, remember), self._on_created, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.remember, self.create_button):
            widget.setEnabled(not busy)

    def _on_created(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error.show_message(describe_error(exc))
