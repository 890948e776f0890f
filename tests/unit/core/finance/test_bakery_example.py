"""A small NL bakery computed by hand: 9 % VAT, no KOR, quarterly VAT paid the month after."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.living_test import LivingResult
from desktop_app.core.finance.plan import PlanFigures, compute_plan

D = Decimal

# Hand calculation, per month: sales 1,000 × 4.00 × 1.09 = 4,360; purchases 1,000 × 1.09 =
# 1,090; fixed 800 + 200 × 1.21 + 50 = 1,092; draw 1,500 − 300 = 1,200; preliminary tax
# 4,357.20 / 12 = 363.10; linear loan 200 + interest 40, 39, 38 … 29.
# VAT: Q1 = (360 − 132) × 3 − 1,260 (oven) − 105 (website) = −681 → refund in April;
# Q2 and Q3 = 228 × 3 = 684 → paid in July and October; Q4 falls after the plan year.
CLOSING = ["2159.90", "2535.80", "2912.70", "3971.60", "4350.50", "4730.40",
           "4427.30", "4809.20", "5192.10", "4892.00", "5276.90", "5662.80"]
OUTFLOWS = ["11850.10", "3984.10", "3983.10", "3982.10", "3981.10", "3980.10",
            "4663.10", "3978.10", "3977.10", "4660.10", "3975.10", "3974.10"]


@pytest.fixture
def figures(bakery: PlanInputs) -> PlanFigures:
    return compute_plan(bakery)


def test_startup_and_financing(figures: PlanFigures) -> None:
    s = figures.startup
    assert (s.investments, s.start_costs, s.buffer, s.total_need) == (
        D("6000.00"), D("500.00"), D("3150.00"), D("9650.00"))
    assert figures.financing.gap == D("0.00")
    assert figures.financing.own_share == D("0.170984")


def test_operating_years(figures: PlanFigures) -> None:
    y1, y2, y3 = figures.operating.years
    assert (y1.revenue, y1.variable_costs, y1.contribution) == (
        D("48000.00"), D("12000.00"), D("36000.00"))
    assert (y1.fixed_costs, y1.depreciation, y1.interest) == (
        D("12600.00"), D("1200.00"), D("414.00"))
    assert [y.result for y in (y1, y2, y3)] == [D("21786.00"), D("21930.00"), D("22074.00")]


def test_break_even(figures: PlanFigures) -> None:
    be = figures.break_even
    assert be.contribution_ratio == D("0.75")
    assert be.costs_only.costs_to_cover == D("14214.00")
    assert be.costs_only.revenue == D("18952.00")
    assert be.costs_only.products[0].units_year == D("4738.00")
    assert be.costs_only.products[0].units_month == D("394.83")
    assert be.owner_gross_need == D("18000.00")
    assert be.with_living.revenue == D("42952.00")
    assert be.with_living.products[0].units_month_whole == 895


def test_liquidity_month_by_month(figures: PlanFigures) -> None:
    months = figures.liquidity.months
    assert [str(m.closing) for m in months] == CLOSING
    assert [str(m.outflows) for m in months] == OUTFLOWS
    assert months[0].inflows == D("14010.00")
    assert months[3].inflow_lines["vat_refund"] == D("681.00")
    assert [months[i].outflow_lines["vat_payment"] for i in (6, 9)] == [D("684.00")] * 2
    assert all(m.outflow_lines["prelim_tax"] == D("363.10") for m in months)
    assert figures.liquidity.min_closing == D("2159.90")
    assert figures.liquidity.extra_financing_need == D("0.00")


def test_living_test(figures: PlanFigures) -> None:
    years = figures.living_test.years
    assert [y.income_tax for y in years] == [D("4357.20"), D("4386.00"), D("4414.80")]
    assert [y.cash_for_owner for y in years] == [D("16228.80"), D("16344.00"), D("16459.20")]
    assert all(y.result is LivingResult.SELF_SUPPORTING for y in years)
    # Month 1: 4,360 − 1,090 − 1,092 − 240 − 363.10 = 1,574.90 ≥ 1,200.
    assert figures.living_test.first_month_covering_draw == 1


def test_no_findings(figures: PlanFigures) -> None:
    assert figures.findings == ()
