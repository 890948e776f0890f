"""A money answer: locale-formatted amount, kr./€ beside it, and "excl. VAT" or "incl. VAT"."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop_app.core.finance.answers import decimal_of
from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.money_format import decimal_text, format_number, parse_decimal, suffix_of


class MoneyField(AnswerField):
    """Amount in whole øre/cents; shows how VAT applies right next to the field."""

    def __init__(
        self, key: str, country: str, vat: str = "excl", parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14 + 24)
        self.suffix = QLabel(suffix_of(country), self)
        self.vat_label = QLabel(self._vat_text(vat), self)
        self.vat_label.setStyleSheet("color: #555;")
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._reformat)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.suffix)
        layout.addWidget(self.vat_label)
        layout.addStretch(1)

    def _vat_text(self, vat: str) -> str:
        if vat == "incl":
            return self.tr("incl. VAT")
        if vat == "excl":
            return self.tr("excl. VAT")
        return ""

    def set_country(self, country: str) -> None:
        """kr. or € after a change of country."""
        self.suffix.setText(suffix_of(country))

    def focus_widget(self) -> QWidget:
        """The amount box."""
        return self.edit

    def _show(self, value: Any) -> None:
        number = decimal_of(value)
        self.edit.setText("" if number is None else format_number(number, self._places(number)))

    @staticmethod
    def _places(number: Decimal) -> int:
        return 0 if number == number.to_integral_value() else 2

    def _on_edited(self, text: str) -> None:
        if text.strip() and parse_decimal(text) is None:
            self.problem.emit(self.tr("Type an amount, for example 1250 or 1250,50."))
            return
        self.problem.emit("")
        self._emit()

    def _reformat(self) -> None:
        number = parse_decimal(self.edit.text())
        if number is not None:
            self.set_value(decimal_text(number))

    def value(self) -> Any:
        """The amount as stored text ("1250.5"), or None when empty or not a number."""
        number = parse_decimal(self.edit.text())
        return None if number is None else decimal_text(number)
