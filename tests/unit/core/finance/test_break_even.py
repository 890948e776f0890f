"""Break-even (§2.4): single and multi-product, edge cases, and the ratio identity."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.finance.break_even import BreakEvenStatus, break_even
from desktop_app.core.finance.country import default_settings
from desktop_app.core.finance.operating import (
    FixedCostRow,
    OperatingInputs,
    ProductInput,
    VolumeMode,
    operating_budget,
)
from desktop_app.core.finance.vat import VatStatus, treatment_for

D = Decimal
VAT = treatment_for(VatStatus.REGISTERED, default_settings("DK").vat.rates)
ZEROS = [D("0.00")] * 36


MIX = OperatingInputs(
    products=[ProductInput("a", price_excl_vat=D("100"), variable_cost_per_unit=D("40"),
                           units_per_month=D(10)),
              ProductInput("b", price_excl_vat=D("50"), variable_cost_per_unit=D("10"),
                           units_per_month=D(20))],
    fixed_costs=[FixedCostRow(monthly_amount_excl_vat=D("1000"))],
)


def test_multi_product_uses_the_weighted_ratio_and_the_sales_mix() -> None:
    budget = operating_budget(MIX, VAT, ZEROS, ZEROS)
    result = break_even(budget, MIX.products, D("6000.00"))
    assert result.contribution_ratio == D("0.7")  # 16,800 / 24,000
    assert result.costs_only.revenue == D("17142.86")
    assert [p.units_year for p in result.costs_only.products] == [D("85.71"), D("171.43")]
    assert result.with_living.costs_to_cover == D("18000.00")
    assert result.with_living.revenue == D("25714.29")
    assert [p.units_year for p in result.with_living.products] == [D("128.57"), D("257.14")]
    assert result.months_to_break_even == 1


def test_months_to_break_even_counts_cumulative_result() -> None:
    inputs = OperatingInputs(
        products=[ProductInput(price_excl_vat=D("100"), volume_mode=VolumeMode.MONTHLY,
                               monthly_units=[D(n) for n in (0, 0, 10, 20, 30, 30, 30, 30, 30,
                                                             30, 30, 30)])],
        fixed_costs=[FixedCostRow(monthly_amount_excl_vat=D("1000"))],
    )
    # Cumulative result: −1,000, −2,000, −2,000, −1,000, +1,000 → month 5.
    result = break_even(operating_budget(inputs, VAT, ZEROS, ZEROS), inputs.products, D(0))
    assert result.months_to_break_even == 5


def test_no_sales_and_no_contribution() -> None:
    empty = OperatingInputs(products=[ProductInput(price_excl_vat=D("10"))])
    result = break_even(operating_budget(empty, VAT, ZEROS, ZEROS), empty.products, D(0))
    assert result.status is BreakEvenStatus.NO_SALES
    assert result.costs_only.revenue is None and result.with_living.products == ()
    losing = OperatingInputs(products=[ProductInput(price_excl_vat=D("10"),
                                                    variable_cost_per_unit=D("12"),
                                                    units_per_month=D(1))])
    result = break_even(operating_budget(losing, VAT, ZEROS, ZEROS), losing.products, D(0))
    assert result.status is BreakEvenStatus.NO_CONTRIBUTION


def _cents(high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(0, high * 100).map(lambda c: Decimal(c) / 100)


PRODUCTS = st.lists(st.builds(ProductInput, price_excl_vat=_cents(5000).map(lambda d: d + 1),
                              variable_cost_per_unit=_cents(5000),
                              units_per_month=st.integers(0, 500).map(Decimal)),
                    min_size=1, max_size=4)


@given(PRODUCTS, _cents(50_000), _cents(500_000))
def test_revenue_times_ratio_equals_costs_to_cover(
    products: list[ProductInput], fixed: Decimal, need: Decimal
) -> None:
    inputs = OperatingInputs(products=products,
                             fixed_costs=[FixedCostRow(monthly_amount_excl_vat=fixed)])
    result = break_even(operating_budget(inputs, VAT, ZEROS, ZEROS), products, need)
    if result.status is not BreakEvenStatus.OK:
        return
    assert result.contribution_ratio is not None
    for point in (result.costs_only, result.with_living):
        assert point.revenue is not None
        assert abs(point.revenue * result.contribution_ratio - point.costs_to_cover) <= D("0.01")
