"""The budget a money step produces, shown under its questions (steps 8 to 12)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.core.finance.plan import PlanFigures
from desktop_app.services.plans import PlanResult
from desktop_app.ui.wizard.balance_chart import BalanceChart
from desktop_app.ui.wizard.budget_table_model import BudgetTableModel
from desktop_app.ui.wizard.figure_sentences import liquidity_sentence, living_sentence
from desktop_app.ui.wizard.money_format import format_money, month_name, tr

OPERATING_ROWS = [
    ("revenue", QT_TRANSLATE_NOOP("PlanWizard", "Sales")),
    ("variable_costs", QT_TRANSLATE_NOOP("PlanWizard", "Variable costs")),
    ("contribution", QT_TRANSLATE_NOOP("PlanWizard", "Contribution margin")),
    ("fixed_costs", QT_TRANSLATE_NOOP("PlanWizard", "Fixed costs")),
    ("depreciation", QT_TRANSLATE_NOOP("PlanWizard", "Depreciation")),
    ("interest", QT_TRANSLATE_NOOP("PlanWizard", "Interest")),
    ("result", QT_TRANSLATE_NOOP("PlanWizard", "Profit before tax")),
]
LIQUIDITY_ROWS = [
    ("opening", QT_TRANSLATE_NOOP("PlanWizard", "Start of month")),
    ("inflows", QT_TRANSLATE_NOOP("PlanWizard", "Money in (incl. VAT)")),
    ("outflows", QT_TRANSLATE_NOOP("PlanWizard", "Money out (incl. VAT)")),
    ("closing", QT_TRANSLATE_NOOP("PlanWizard", "End of month")),
]


class StepFiguresView(QWidget):
    """Plain key lines, plus a table (and for step 12 a chart) of this step's budget."""

    def __init__(self, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        heading = QLabel(self.tr("What this means"), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.lines.setAccessibleName(self.tr("What this means"))
        self.model = BudgetTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVisible(step in (9, 10, 12))
        self.chart = BalanceChart(self)
        self.chart.setVisible(step == 12)
        self.chart.setMinimumHeight(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)

    def update_figures(self, result: PlanResult, answers: dict[str, Any], country: str) -> None:
        """Refresh from the newest figures."""
        f = result.figures
        money = lambda v: format_money(v, country)  # noqa: E731
        months = [month_name(*m.calendar)[:3] for m in f.liquidity.months]
        if self.step == 8:
            self._lines(
                [
                    (
                        QT_TRANSLATE_NOOP("PlanWizard", "Things to buy"),
                        money(f.startup.investments),
                    ),
                    (QT_TRANSLATE_NOOP("PlanWizard", "Start costs"), money(f.startup.start_costs)),
                    (QT_TRANSLATE_NOOP("PlanWizard", "Buffer"), money(f.startup.buffer)),
                    (QT_TRANSLATE_NOOP("PlanWizard", "Total needed"), money(f.startup.total_need)),
                ]
            )
        elif self.step == 9:
            self._financing(f, money)
        elif self.step == 10:
            year = f.operating.years[0]
            self._lines(
                [
                    (QT_TRANSLATE_NOOP("PlanWizard", "Sales, year 1"), money(year.revenue)),
                    (
                        QT_TRANSLATE_NOOP("PlanWizard", "Profit before tax, year 1"),
                        money(year.result),
                    ),
                ]
            )
            self._table(
                months, OPERATING_ROWS, [m.to_dict("month") for m in f.operating.months], country
            )
        elif self.step == 11:
            p = f.private_budget
            self._lines(
                [
                    (
                        QT_TRANSLATE_NOOP("PlanWizard", "Your household needs per month"),
                        money(max(p.need_net_month, Decimal(0))),
                    ),
                    (
                        QT_TRANSLATE_NOOP("PlanWizard", "Before tax, per year"),
                        money(p.need_gross_year),
                    ),
                ],
                extra=living_sentence(f, country),
            )
        elif self.step == 12:
            self.lines.setText(liquidity_sentence(f, country))
            self.chart.set_data([m.closing for m in f.liquidity.months], months, country)
            self._table(months, LIQUIDITY_ROWS, [m.to_dict() for m in f.liquidity.months], country)

    def _lines(self, pairs: list[tuple[str, str]], extra: str = "") -> None:
        text = "<br>".join(f"{tr(label)}: <b>{value}</b>" for label, value in pairs)
        self.lines.setText(text + (f"<br><br>{extra}" if extra else ""))

    def _financing(self, f: PlanFigures, money: Any) -> None:
        gap = f.financing.gap
        pairs = [
            (QT_TRANSLATE_NOOP("PlanWizard", "Total needed"), money(f.startup.total_need)),
            (QT_TRANSLATE_NOOP("PlanWizard", "Money found"), money(f.financing.total)),
            (QT_TRANSLATE_NOOP("PlanWizard", "Still missing"), money(max(gap, Decimal(0)))),
        ]
        if f.financing.own_share is not None:
            share = f"{float(f.financing.own_share) * 100:.0f} %"
            pairs.append((QT_TRANSLATE_NOOP("PlanWizard", "Your own share"), share))
        self._lines(pairs)
        schedule = next((s for s in f.loans if s.rows), None)
        if schedule is None:
            self.table.setVisible(False)
            return
        self.table.setVisible(True)
        shown = schedule.rows[:12]
        headers = [str(row.month) for row in shown]
        labels = [
            tr(QT_TRANSLATE_NOOP("PlanWizard", "Owed at start")),
            tr(QT_TRANSLATE_NOOP("PlanWizard", "Interest")),
            tr(QT_TRANSLATE_NOOP("PlanWizard", "Repayment")),
            tr(QT_TRANSLATE_NOOP("PlanWizard", "Owed at end")),
        ]
        cells = [
            [money(getattr(row, name)) for row in shown]
            for name in ("opening", "interest", "principal", "closing")
        ]
        self.model.set_table(headers, labels, cells)
        self._fit()

    def _table(
        self,
        months: list[str],
        spec: list[tuple[str, str]],
        data: list[dict[str, Any]],
        country: str,
    ) -> None:
        cells, negative = [], set()
        for row, (field, _label) in enumerate(spec):
            line = []
            for column, month in enumerate(data):
                value = Decimal(str(month[field]))
                if value < 0:
                    negative.add((row, column))
                line.append(format_money(value, country).replace(" kr.", ""))
            cells.append(line)
        self.model.set_table(
            months, [tr(label) for _f, label in spec], cells, negative, {len(spec) - 1}
        )
        self._fit()

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 6
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + self.table.horizontalScrollBar().sizeHint().height())
