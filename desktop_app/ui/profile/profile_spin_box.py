"""A whole number in a range that may also be left empty ("–")."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


class ProfileSpinBox(QSpinBox):
    """A spin box whose lowest position means "not filled in"."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText("–")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))

    def number(self) -> int | None:
        """The number, or None when empty."""
        value = self.value()
        return None if value == self.minimum() else value

    def set_number(self, number: int | None) -> None:
        """Show a number, or "–" for None."""
        self.setValue(self.minimum() if number is None else number)
