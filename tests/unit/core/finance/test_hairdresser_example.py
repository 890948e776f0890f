"""DOMAIN.md §2.9: every figure of the DK hairdresser table, through compute_plan."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.finance.break_even import BreakEvenStatus
from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.living_test import LivingResult
from desktop_app.core.finance.money import round_to
from desktop_app.core.finance.plan import PlanFigures, compute_plan

D = Decimal


@pytest.fixture
def figures(hairdresser: PlanInputs) -> PlanFigures:
    return compute_plan(hairdresser)


def test_startup_budget_and_financing(figures: PlanFigures) -> None:
    s, f = figures.startup, figures.financing
    assert (s.investments, s.start_costs, s.buffer, s.total_need) == (
        D("30000.00"), D("5000.00"), D("16500.00"), D("51500.00"))
    assert (f.total, f.gap) == (D("51500.00"), D("0.00"))


def test_operating_year_one(figures: PlanFigures) -> None:
    year = figures.operating.years[0]
    assert year.revenue == D("372000.00")
    assert (year.variable_costs, year.contribution) == (D("31000.00"), D("341000.00"))
    assert year.contribution_ratio is not None
    assert round_to(year.contribution_ratio, 4) == D("0.9167")
    assert (year.fixed_costs, year.depreciation, year.interest) == (
        D("66000.00"), D("6000.00"), D("0.00"))
    assert year.result == D("269000.00")


def test_break_even_costs_only(figures: PlanFigures) -> None:
    be = figures.break_even
    assert be.status is BreakEvenStatus.OK
    point = be.costs_only
    assert point.costs_to_cover == D("72000.00")
    assert point.products[0].units_year == D("327.27")
    assert round_to(point.products[0].units_month, 1) == D("27.3")
    assert point.products[0].units_month_whole == 28
    assert point.revenue == D("78545.45")


def test_owner_gross_need_and_living_break_even(figures: PlanFigures) -> None:
    assert figures.private_budget.need_gross_year == D("221538.46")
    point = figures.break_even.with_living
    assert point.costs_to_cover == D("293538.46")
    assert point.products[0].units_year == D("1334.27")
    assert round_to(point.products[0].units_month, 1) == D("111.2")
    assert point.products[0].units_month_whole == 112


def test_loan_principal_and_balance_year_one(figures: PlanFigures) -> None:
    loan = figures.loans[0]
    assert sum(loan.by_plan_month("principal", 12)) == D("11250.00")
    assert loan.balance_after(12) == D("33750.00")


def test_cash_for_owner_and_living_ratio(figures: PlanFigures) -> None:
    year = figures.living_test.years[0]
    assert year.income_tax == D("94150.00")
    assert year.principal == D("11250.00")
    assert year.cash_for_owner == D("169600.00")
    assert year.need_net_year == D("144000.00")
    assert year.ratio is not None and round_to(year.ratio, 2) == D("1.18")
    assert year.result is LivingResult.SELF_SUPPORTING


def test_years_two_and_three_repeat_year_one_volumes(figures: PlanFigures) -> None:
    # Year 2: 12 instalments of 1,250; year 3 likewise (the loan ends in plan month 39).
    y2, y3 = figures.living_test.years[1:]
    assert (y2.result_before_tax, y2.principal, y2.cash_for_owner) == (
        D("269000.00"), D("15000.00"), D("165850.00"))
    assert (y3.principal, y3.cash_for_owner) == (D("15000.00"), D("165850.00"))


def test_dict_carries_the_same_figures(figures: PlanFigures) -> None:
    data = figures.to_dict()
    assert data["startup"]["total_need"] == "51500.00"
    assert data["financing"]["gap"] == "0.00"
    assert data["operating"]["years"][0]["result"] == "269000.00"
    assert data["break_even"]["costs_only"]["revenue"] == "78545.45"
    assert data["living_test"]["years"][0]["cash_for_owner"] == "169600.00"
