"""A whole-number answer (hours, people asked, months)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.finance.answers import int_of
from desktop_app.ui.wizard.answer_field import AnswerField


class NumberField(AnswerField):
    """Digits only; empty means "not answered"; an optional unit word after it."""

    def __init__(
        self,
        key: str,
        low: int = 0,
        high: int = 1_000_000,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, parent)
        self.edit = QLineEdit(self)
        self.edit.setValidator(QIntValidator(low, high, self.edit))
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 10 + 24)
        self.edit.textEdited.connect(lambda _text: self._emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if suffix:
            layout.addWidget(QLabel(suffix, self))
        layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        """The number box."""
        return self.edit

    def _show(self, value: Any) -> None:
        number = int_of(value)
        self.edit.setText("" if number is None else str(number))

    def value(self) -> Any:
        """The number, or None when empty."""
        return int_of(self.edit.text())
