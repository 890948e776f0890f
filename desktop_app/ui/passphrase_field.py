"""A password line edit with a show/hide toggle."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget


class PassphraseField(QWidget):
    """QLineEdit in password mode plus a "Show" check box."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(320)
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.setAccessibleName(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._on_show_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        """The typed passphrase."""
        return self.edit.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.edit.clear()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
