"""Connect to a shared folder: create a team workspace there, or join the one it holds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.passphrase import assess
from desktop_app.ui.dialog_header import DialogHeader
from desktop_app.ui.inline_message import InlineMessage
from desktop_app.ui.passphrase_field import PassphraseField
from desktop_app.ui.passphrase_strength_bar import PassphraseStrengthBar
from desktop_app.ui.sync.sync_texts import connect_error_text

if TYPE_CHECKING:
    from desktop_app.ui.sync.sync_controller import SyncController



class ConnectDialog(QDialog):
    """Pick a folder; then create (passphrase twice, with strength) or join (once)."""

    connected = Signal(object)  # ConnectResult

    def __init__(
        self, controller: SyncController, folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.mode = ""  # "create" or "join" once a reachable folder is chosen
        self.setWindowTitle(self.tr("Team sync – connect to a shared folder"))
        self.header = DialogHeader(
            self.tr("Work together through a shared folder"),
            self.tr(
                "Pick a folder that every coach of your team can reach: a network drive, or a "
                "OneDrive, Dropbox, Nextcloud or Syncthing folder. Opstart keeps a copy of your "
                "changes there, encrypted with a team passphrase, and picks up your colleagues' "
                "changes. Your vault itself stays on this computer."
            ),
            self,
        )
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the shared folder"))
        self.folder_info = InlineMessage(self)
        self.passphrase = PassphraseField(self.tr("Team passphrase"), self)
        self.repeat = PassphraseField(self.tr("Repeat team passphrase"), self)
        self.strength_bar = PassphraseStrengthBar(self.tr("Team passphrase strength"), self)
        self.strength_label = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self._build_layout()
        self.choose_button.clicked.connect(self.choose_folder)
        self.folder_edit.editingFinished.connect(self.inspect)
        self.passphrase.edit.textChanged.connect(self._on_passphrase_changed)
        self.buttons.accepted.connect(self._on_connect_clicked)
        self.buttons.rejected.connect(self.reject)
        self._show_mode("")
        if folder:
            self.inspect()

    def _build_layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        self.folder_label = QLabel(self.tr("Shared &folder:"), self)
        self.folder_label.setBuddy(self.folder_edit)
        form.addRow(self.folder_label, folder_row)
        form.addRow("", self.folder_info)
        self.passphrase_label = QLabel(self.tr("Team &passphrase:"), self)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_label)
        self.repeat_label = QLabel(self.tr("&Repeat it:"), self)
        self.repeat_label.setBuddy(self.repeat.edit)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    # -- choosing the folder --------------------------------------------------------------
    def choose_folder(self) -> None:
        """Open the system's folder picker."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared folder"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)
            self.inspect()

    def inspect(self) -> None:
        """Find out whether the folder holds a team workspace (in the background)."""
        text = self.folder_edit.text().strip()
        self.error.clear_message()
        if not text:
            self._show_mode("")
            return
        self.folder_info.show_message(self.tr("Looking into the folder…"), "info")
        self.connect_button.setEnabled(False)
        self._controller.inspect_folder(Path(text), self._on_inspected, self._on_failed)

    def _on_inspected(self, info: Any) -> None:
        if not info.reachable:
            self._show_mode("")
            self.folder_info.show_message(
                self.tr(
                    "That folder cannot be reached. Check that the drive or cloud folder is "
                    "connected, or choose another."
                )
            )
        elif len(info.workspaces) > 1:
            self._show_mode("")
            self.folder_info.show_message(
                self.tr(
                    "This folder holds more than one team workspace. Ask your IT contact which "
                    "folder to use."
                )
            )
        else:
            self._show_mode("join" if info.workspaces else "create")

    def _show_mode(self, mode: str) -> None:
        self.mode = mode
        create, join = mode == "create", mode == "join"
        for widget in (self.passphrase_label, self.passphrase, self.hint):
            widget.setVisible(create or join)
        for widget in (self.repeat_label, self.repeat, self.strength_bar, self.strength_label):
            widget.setVisible(create)
        self.connect_button.setEnabled(create or join)
        if create:
            self.folder_info.show_message(
                self.tr(
                    "There is no team workspace in this folder yet. Opstart will create one. "
                    "Choose a team passphrase that your colleagues will type to join."
                ),
                "info",
            )
            self.connect_button.setText(self.tr("Create team workspace"))
            self.hint.setText(
                self.tr(
                    "The team passphrase is not your own vault passphrase. Give it to your "
                    "colleagues in person or by phone, never by e-mail."
                )
            )
        elif join:
            self.folder_info.show_message(
                self.tr(
                    "This folder holds your team's workspace. Type the team passphrase a "
                    "colleague gave you."
                ),
                "info",
            )
            self.connect_button.setText(self.tr("Join team workspace"))
            self.hint.setText(
                self.tr("Joining takes a moment; then your colleagues' participants appear.")
            )
        else:
            self.folder_info.clear_message()
            self.connect_button.setText(self.tr("Connect"))
        self._on_passphrase_changed(self.passphrase.text())

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
            return self.tr("Strong team passphrase.")
        if score == 3:
            return self.tr("Good team passphrase.")
        return self.tr("Acceptable. A longer team passphrase is safer.")

    # -- connecting -----------------------------------------------------------------------
    def _on_connect_clicked(self) -> None:
        first = self.passphrase.text()
        if not self.mode:
            return
        if not first:
            self.error.show_message(self.tr("Type the team passphrase."))
            self.passphrase.setFocus()
            return
        if self.mode == "create":
            strength = assess(first)
            if not strength.acceptable:
                self.error.show_message(self._strength_text(strength.problem, strength.score))
                self.passphrase.setFocus()
                return
            if first != self.repeat.text():
                self.error.show_message(
                    self.tr("The two team passphrases are not the same. Type them again.")
                )
                self.repeat.clear()
                self.repeat.setFocus()
                return
        self.error.show_message(self.tr("Connecting… this takes a moment."), "info")
        self._set_busy(True)
        folder = Path(self.folder_edit.text().strip())
        self._controller.connect_folder(
            folder, first, self.mode, self._on_connected, self._on_failed
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.folder_edit, self.choose_button, self.passphrase, self.repeat,
                       self.connect_button):  # fmt: skip
            widget.setEnabled(not busy)

    def _on_connected(self, result: Any) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.connected.emit(result)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.connect_button.setEnabled(bool(self.mode))
        self.error.show_message(connect_error_text(exc))
        if getattr(exc, "code", "") == "wrong_team_passphrase":
            self.passphrase.edit.selectAll()
            self.passphrase.setFocus()
