"""Confirm an erasure by typing the participant's full name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.dialog_header import DialogHeader


class EraseDialog(QDialog):
    """The Erase button only works once the typed name matches."""

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = display_name
        self.setWindowTitle(self.tr("Erase participant"))
        header = DialogHeader(
            self.tr("Erase {name}?").format(name=display_name),
            self.tr(
                "This removes the profile, meetings, goals, history and every other record "
                "of this person from this computer, and from your team's computers at the next "
                "sync. It cannot be undone. Export the data first if the person asked for a copy."
            ),
            self,
        )
        prompt = QLabel(self.tr("Type the full name to confirm:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Full name of the participant"))
        self.name_edit.setPlaceholderText(display_name)
        prompt.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setStyleSheet(
            "QPushButton:enabled { background: #b91c1c; color: white; padding: 4px 12px; }"
        )
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())
        self._update()

    def _matches(self) -> bool:
        from desktop_app.services.gdpr import name_matches  # services load after the window

        return name_matches(self._name, self.name_edit.text())

    def _update(self) -> None:
        self.erase_button.setEnabled(self._matches())

    def accept(self) -> None:
        """Close as accepted only when the name matches."""
        if self._matches():
            super().accept()
