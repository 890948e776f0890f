"""Operating budget (§2.3): volumes, VAT as a cost, depreciation and years 2-3."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.finance.country import VatRate, default_settings
from desktop_app.core.finance.operating import (
    FixedCostRow,
    OperatingInputs,
    ProductInput,
    VolumeMode,
    annual_units,
    depreciation_by_month,
    monthly_units,
    operating_budget,
)
from desktop_app.core.finance.startup import InvestmentRow
from desktop_app.core.finance.vat import VatStatus, treatment_for

D = Decimal
RATES = default_settings("DK").vat.rates
REGISTERED = treatment_for(VatStatus.REGISTERED, RATES)
UNREGISTERED = treatment_for(VatStatus.BELOW_THRESHOLD, RATES)
ZEROS = [D("0.00")] * 36


def test_same_every_month_and_a_short_grid() -> None:
    assert monthly_units(ProductInput(units_per_month=D(5))) == [D(5)] * 12
    grid = ProductInput(volume_mode=VolumeMode.MONTHLY, monthly_units=[D(1), D(-2), D(3)])
    assert monthly_units(grid) == [D(1), D(0), D(3)] + [D(0)] * 9


def test_years_two_and_three_units() -> None:
    product = ProductInput(units_per_month=D(10), units_year2=D(200))
    assert annual_units(product) == [D(120), D(200), D(200)]


def test_depreciation_is_exact_over_the_life_and_starts_in_the_purchase_month() -> None:
    values = depreciation_by_month([InvestmentRow(amount_excl_vat=D("10000"), life_years=3,
                                                  residual=D("1000"), month=4)], REGISTERED)
    assert values[:3] == [D(0)] * 3
    assert values[3] == D("250.00")
    assert sum(values) == D("8250.00")  # 33 of 36 months of 9,000 / 36
    two_years = depreciation_by_month([InvestmentRow(amount_excl_vat=D("1000"), life_years=1,
                                                     month=1)], REGISTERED)
    assert sum(two_years) == D("1000.00") and two_years[12:] == [D(0)] * 24


def test_depreciation_uses_the_vat_inclusive_cost_when_not_registered() -> None:
    row = InvestmentRow(amount_excl_vat=D("12000"), life_years=5)
    assert depreciation_by_month([row], UNREGISTERED)[0] == D("250.00")  # 15,000 / 60


def test_unregistered_costs_include_vat_but_revenue_does_not_change() -> None:
    inputs = OperatingInputs(
        products=[ProductInput(price_excl_vat=D("100"), variable_cost_per_unit=D("40"),
                               units_per_month=D(10))],
        fixed_costs=[FixedCostRow(monthly_amount_excl_vat=D("400")),
                     FixedCostRow(monthly_amount_excl_vat=D("100"), vat_rate=VatRate.EXEMPT)],
        fixed_cost_change_year2=D("0.10"),
    )
    budget = operating_budget(inputs, UNREGISTERED, ZEROS, ZEROS)
    month = budget.months[0]
    assert (month.revenue, month.variable_costs, month.fixed_costs) == (
        D("1000.00"), D("500.00"), D("600.00"))
    assert month.result == D("-100.00")
    y1, y2, y3 = budget.years
    assert (y1.fixed_costs, y2.fixed_costs, y3.fixed_costs) == (
        D("7200.00"), D("7920.00"), D("7920.00"))
    assert y2.revenue == D("12000.00")


def test_interest_and_depreciation_feed_the_result() -> None:
    inputs = OperatingInputs(products=[ProductInput(price_excl_vat=D("50"),
                                                    units_per_month=D(2))])
    interest = [D("10.00")] * 36
    depreciation = [D("5.00")] * 36
    budget = operating_budget(inputs, REGISTERED, depreciation, interest)
    assert budget.months[0].result == D("85.00")
    assert budget.years[2].interest == D("120.00")
    assert budget.months[0].contribution_ratio == D(1)
    assert operating_budget(OperatingInputs(), REGISTERED, ZEROS, ZEROS).years[0] \
        .contribution_ratio is None
