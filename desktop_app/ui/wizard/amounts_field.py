"""Monthly amounts by category (household expenses or incomes), one money box each."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.core.finance.answers import decimal_of
from desktop_app.ui.wizard.answer_field import AnswerField
from desktop_app.ui.wizard.money_field import MoneyField


class AmountsField(AnswerField):
    """{category: amount} with a labelled MoneyField per category."""

    def __init__(
        self,
        key: str,
        options: list[tuple[object, str]],
        country: str,
        vat: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key, parent)
        self.fields: dict[str, MoneyField] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for code, label in options:
            field = MoneyField(str(code), country, vat, self)
            field.set_accessible(label)
            field.changed.connect(lambda _k, _v: self._emit())
            field.problem.connect(self.problem)
            text = QLabel(label, self)
            text.setBuddy(field.focus_widget())
            form.addRow(text, field)
            self.fields[str(code)] = field

    def focus_widget(self) -> QWidget:
        """The first amount."""
        return next(iter(self.fields.values())).focus_widget()

    def set_accessible(self, name: str, description: str = "") -> None:
        """Each box keeps its category name."""
        self.setAccessibleName(name)

    def _show(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        for code, field in self.fields.items():
            field.set_value(data.get(code))

    def value(self) -> Any:
        """Categories with an amount other than 0."""
        found = {}
        for code, field in self.fields.items():
            amount = field.value()
            if amount is not None and decimal_of(amount) != 0:
                found[code] = amount
        return found
