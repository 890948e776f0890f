"""Private budget (§2.6): net need, gross need and the tax rate used."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.finance.private_budget import (
    ExpenseKind,
    HouseholdExpense,
    HouseholdIncome,
    IncomeKind,
    PrivateInputs,
    private_budget,
)

D = Decimal


def test_need_net_and_gross() -> None:
    inputs = PrivateInputs(
        expenses=[HouseholdExpense(ExpenseKind.HOUSING, D("6000")),
                  HouseholdExpense(ExpenseKind.FOOD, D("4000")),
                  HouseholdExpense(ExpenseKind.CHILDCARE, D("2000"))],
        incomes=[HouseholdIncome(IncomeKind.CHILD_BENEFIT, D("1500"))],
        tax_rate=D("0.30"),
    )
    budget = private_budget(inputs, D("0.35"))
    assert (budget.expenses_month, budget.income_month, budget.need_net_month) == (
        D("12000.00"), D("1500.00"), D("10500.00"))
    assert budget.need_net_year == D("126000.00")
    assert budget.need_gross_year == D("180000.00")  # 126,000 / 0.70
    assert budget.private_draw == D("10500.00")


def test_default_rate_when_coach_has_not_set_one() -> None:
    inputs = PrivateInputs(expenses=[HouseholdExpense(amount=D("1000"))])
    budget = private_budget(inputs, D("0.20"))
    assert budget.tax_rate == D("0.20")
    assert budget.need_gross_year == D("15000.00")


def test_other_income_above_expenses_means_no_need() -> None:
    inputs = PrivateInputs(expenses=[HouseholdExpense(amount=D("500"))],
                           incomes=[HouseholdIncome(amount=D("800"))])
    budget = private_budget(inputs, D("0.35"))
    assert budget.need_net_month == D("-300.00")
    assert (budget.need_net_year, budget.need_gross_year, budget.private_draw) == (
        D("0.00"), D("0.00"), D("0.00"))


def test_impossible_tax_rate_is_capped() -> None:
    inputs = PrivateInputs(expenses=[HouseholdExpense(amount=D("100"))], tax_rate=D("1"))
    assert private_budget(inputs, D("0.35")).tax_rate == D("0.95")
