"""Private budget (§2.6): what the household needs from the business, net and gross."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.money import (
    ZERO,
    Money,
    clamp,
    dec_str,
    money_str,
    round_money,
    total,
)

MONTHS = 12
# Keeps 1 / (1 − t) finite when a coach types 100 %.
MAX_TAX_RATE = Decimal("0.95")


class ExpenseKind(StrEnum):
    """Household expense category."""

    HOUSING = "housing"
    UTILITIES = "utilities"
    FOOD = "food"
    TRANSPORT = "transport"
    INSURANCE = "insurance"
    PHONE = "phone"
    CHILDCARE = "childcare"
    DEBT_PAYMENTS = "debt_payments"
    OTHER = "other"


class IncomeKind(StrEnum):
    """Other household income category (net)."""

    PARTNER = "partner"
    CHILD_BENEFIT = "child_benefit"
    HOUSING_SUPPORT = "housing_support"
    REMAINING_BENEFIT = "remaining_benefit"
    OTHER = "other"


@dataclass
class HouseholdExpense:
    """A monthly household expense."""

    kind: ExpenseKind = ExpenseKind.OTHER
    amount: Money = ZERO


@dataclass
class HouseholdIncome:
    """A monthly net household income other than the business."""

    kind: IncomeKind = IncomeKind.OTHER
    amount: Money = ZERO


@dataclass
class PrivateInputs:
    """Step 11: household expenses, other income and the coach's tax-rate assumption."""

    expenses: list[HouseholdExpense] = field(default_factory=list)
    incomes: list[HouseholdIncome] = field(default_factory=list)
    tax_rate: Decimal | None = None


@dataclass(frozen=True)
class PrivateBudget:
    """NeedNet per month and year, the tax rate used and NeedGross per year."""

    expenses_month: Money
    income_month: Money
    need_net_month: Money
    tax_rate: Decimal
    need_gross_year: Money

    @property
    def need_net_year(self) -> Money:
        """12 × NeedNet (never below 0)."""
        return max(ZERO, self.need_net_month) * MONTHS

    @property
    def private_draw(self) -> Money:
        """What the owner takes from the business each month."""
        return max(ZERO, self.need_net_month)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready budget."""
        return {
            "expenses_month": money_str(self.expenses_month),
            "income_month": money_str(self.income_month),
            "need_net_month": money_str(self.need_net_month),
            "need_net_year": money_str(self.need_net_year),
            "tax_rate": dec_str(self.tax_rate, 4),
            "need_gross_year": money_str(self.need_gross_year),
        }


def private_budget(inputs: PrivateInputs, default_tax_rate: Decimal) -> PrivateBudget:
    """NeedNet = expenses − other income; NeedGross_y = 12 × NeedNet / (1 − t)."""
    expenses = total([round_money(row.amount) for row in inputs.expenses])
    income = total([round_money(row.amount) for row in inputs.incomes])
    need = expenses - income
    rate = default_tax_rate if inputs.tax_rate is None else inputs.tax_rate
    rate = clamp(rate, Decimal(0), MAX_TAX_RATE)
    gross = round_money(MONTHS * max(ZERO, need) / (1 - rate))
    return PrivateBudget(expenses, income, need, rate, gross)
