"""Preferences: auto-lock time, language and text size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import settings as app_settings


class PreferencesDialog(QDialog):
    """Edits the declared settings; the caller stores them."""

    def __init__(
        self,
        auto_lock_minutes: int,
        language: str,
        font_scale: int,
        remember: bool | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        lock = app_settings.AUTO_LOCK_MINUTES
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(lock.minimum or 1, lock.maximum or 240)
        self.auto_lock.setValue(auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in (
            ("", self.tr("Same as the computer")),
            ("en", "English"),
            ("da", "Dansk"),
            ("nl", "Nederlands"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.font_scale = QSpinBox(self)
        scale = app_settings.FONT_SCALE_PERCENT
        self.font_scale.setRange(scale.minimum or 80, scale.maximum or 200)
        self.font_scale.setSingleStep(10)
        self.font_scale.setSuffix(" %")
        self.font_scale.setValue(font_scale)
        self.font_scale.setAccessibleName(self.tr("Text size"))
        self.remember = QCheckBox(self.tr("Remember the vault on this computer"), self)
        self.remember.setVisible(remember is not None)
        self.remember.setChecked(bool(remember))
        note = QLabel(self.tr("Language and text size apply the next time Opstart starts."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Lock after:"), self.auto_lock)
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow(self.tr("&Text size:"), self.font_scale)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """ "" for the computer's language, else en/da/nl."""
        return str(self.language.currentData())
