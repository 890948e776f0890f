"""A date or a month answer, with a calendar pop-up; shows "Choose…" until one is picked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from desktop_app.ui.wizard.answer_field import AnswerField


class DateField(AnswerField):
    """ISO date ("2025-03-01"), or "2025-03" with `month_only`; None until chosen."""

    def __init__(self, key: str, month_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        self.month_only = month_only
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(not month_only)
        self.edit.setDisplayFormat("MMMM yyyy" if month_only else "d MMMM yyyy")
        # The minimum stands for "not chosen"; one step up is next month or tomorrow.
        today = QDate.currentDate()
        self._unset = QDate(today.year(), today.month(), 1).addYears(-5)
        self.edit.setMinimumDate(self._unset)
        self.edit.setSpecialValueText(self.tr("Choose…"))
        self.edit.setDate(self._unset)
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("September 2025") + 60)
        self.edit.dateChanged.connect(lambda _d: self._emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        """The date box."""
        return self.edit

    def _show(self, value: Any) -> None:
        date = self._unset
        if isinstance(value, str) and value:
            parsed = QDate.fromString(value + "-01" if len(value) == 7 else value, "yyyy-MM-dd")
            if parsed.isValid() and parsed > self._unset:
                date = parsed
        self.edit.setDate(date)

    def value(self) -> Any:
        """ISO text of the chosen date (or month), or None."""
        date = self.edit.date()
        if date <= self._unset:
            return None
        return date.toString("yyyy-MM") if self.month_only else date.toString("yyyy-MM-dd")

    def choose(self, year: int, month: int, day: int = 1) -> None:
        """Set a date as a user would (emits `changed`)."""
        self.edit.setDate(QDate(year, month, day))
