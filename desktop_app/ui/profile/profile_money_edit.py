"""An amount of money typed in the locale's way (45.000,50 kr. / € 45.000,50); empty allowed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

CURRENCIES = {"dk": "kr.", "nl": "€"}


class ProfileMoneyEdit(QWidget):
    """A line edit with a currency beside it; `value()` is whole øre/cents."""

    edited = Signal()
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.edit.setPlaceholderText(QLocale().toString(0.0, "f", 2))
        self.suffix = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.suffix)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.set_country("")

    def set_country(self, country: str) -> None:
        """Show kr. for Danish participants and € for Dutch ones (nothing when unknown)."""
        self.suffix.setText(CURRENCIES.get(country, ""))

    def value(self) -> int | None:
        """Whole øre/cents; None when empty. Raises ValueError when the text is no amount."""
        text = self.edit.text().strip()
        for sign in ("kr.", "kr", "€", " ", "\u00a0"):
            text = text.replace(sign, "")
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale.c().toDouble(text)
        if not ok or number < 0:
            raise ValueError("not an amount")
        return round(number * 100)

    def set_value(self, cents: int | None) -> None:
        """Show whole øre/cents in the locale's format."""
        self.edit.setText("" if cents is None else QLocale().toString(cents / 100, "f", 2))

    def _tidy(self) -> None:
        try:
            self.set_value(self.value())
        except ValueError:
            pass
        self.editing_finished.emit()
