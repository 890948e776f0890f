"""Live figures beside the questions: the key numbers, plain sentences and two charts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.core.finance.vat import calendar_of
from desktop_app.services.plans import PlanResult
from desktop_app.ui.wizard.balance_chart import BalanceChart
from desktop_app.ui.wizard.break_even_chart import BreakEvenChart
from desktop_app.ui.wizard.figure_sentences import (
    break_even_sentence,
    liquidity_sentence,
    living_label,
    living_sentence,
)
from desktop_app.ui.wizard.money_format import format_money

MONTH_LETTERS = "JFMAMJJASOND"


class FiguresPanel(QFrame):
    """Updates on every answer; tests and screen readers read the same labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self.setStyleSheet("#figuresPanel { background: #f5f7fa; border-left: 1px solid #d8dde4; }")
        title = QLabel(self.tr("Your figures"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.need = self._value(self.tr("Money needed to start"))
        self.gap = self._value(self.tr("Still missing"))
        self.revenue = self._value(self.tr("Sales, year 1 (excl. VAT)"))
        self.result = self._value(self.tr("Profit before tax, year 1"))
        self.lowest = self._value(self.tr("Lowest bank balance"))
        self.living = self._value(self.tr("Can you live from it?"))
        self.break_even = QLabel(self)
        self.break_even.setWordWrap(True)
        self.break_even.setAccessibleName(self.tr("Break-even"))
        self.living_text = QLabel(self)
        self.living_text.setWordWrap(True)
        self.liquidity_text = QLabel(self)
        self.liquidity_text.setWordWrap(True)
        self.balance_chart = BalanceChart(self)
        self.break_even_chart = BreakEvenChart(self)
        form = QFormLayout()
        for label, value in self._rows:
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("What you must sell")))
        layout.addWidget(self.break_even)
        layout.addWidget(self.break_even_chart)
        layout.addWidget(self._heading(self.tr("Money in the bank, month by month")))
        layout.addWidget(self.liquidity_text)
        layout.addWidget(self.balance_chart)
        layout.addWidget(self.living_text)
        layout.addStretch(1)

    def _value(self, text: str) -> QLabel:
        if not hasattr(self, "_rows"):
            self._rows: list[tuple[QLabel, QLabel]] = []
        label = QLabel(text, self)
        label.setWordWrap(True)
        value = QLabel("–", self)
        value.setAccessibleName(text)
        bold = QFont(value.font())
        bold.setBold(True)
        value.setFont(bold)
        self._rows.append((label, value))
        return value

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    @staticmethod
    def _colour(label: QLabel, good: bool) -> None:
        label.setStyleSheet(f"color: {'#1b5e20' if good else '#b71c1c'};")

    def update_figures(self, result: PlanResult, answers: dict[str, Any], country: str) -> None:
        """Show the figures of `result`."""
        f = result.figures
        year = f.operating.years[0]
        self.need.setText(format_money(f.startup.total_need, country))
        self.gap.setText(
            format_money(max(f.financing.gap, Decimal(0)), country)
            if f.financing.gap >= 0
            else self.tr("{amount} too much").replace(
                "{amount}", format_money(-f.financing.gap, country)
            )
        )
        self._colour(self.gap, f.financing.gap == 0)
        self.revenue.setText(format_money(year.revenue, country))
        self.result.setText(format_money(year.result, country))
        self._colour(self.result, year.result >= 0)
        self.lowest.setText(format_money(f.liquidity.min_closing, country))
        self._colour(self.lowest, f.liquidity.extra_financing_need == 0)
        self.living.setText(living_label(f))
        self._colour(self.living, f.living_test.years[0].result.value == "self_supporting")
        self.break_even.setText(break_even_sentence(f, answers, country))
        self.living_text.setText(living_sentence(f, country))
        self.liquidity_text.setText(liquidity_sentence(f, country))
        start = (result.inputs.plan_start_year, result.inputs.plan_start_month)
        letters = [MONTH_LETTERS[calendar_of(*start, m + 1)[1] - 1] for m in range(12)]
        self.balance_chart.set_data([m.closing for m in f.liquidity.months], letters, country)
        be = f.break_even
        self.break_even_chart.set_data(
            be.costs_only.costs_to_cover / 12,
            be.with_living.costs_to_cover / 12,
            be.contribution_ratio,
            year.revenue / 12,
            country,
        )
