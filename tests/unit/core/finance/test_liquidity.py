"""Liquidity budget (§2.5): the hairdresser by hand, VAT timing, terms, tax and invariants."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.liquidity import prelim_tax_by_month, shift_by_days
from desktop_app.core.finance.plan import compute_plan
from desktop_app.core.finance.vat import VatStatus

D = Decimal

# §2.9 hairdresser from January 2025, by hand. Per month: sales = cuts × 300 incl. VAT;
# purchases = cuts × 25; fixed = 5,000 + 250 + 300 (insurance, no VAT) + 625 + 625 = 6,800;
# draw 12,000; B-skat 94,150 / 10 = 9,415 except June and December; loan 1,250 from month 4.
# Month 1 also: own cash 6,500, loan 45,000 in; equipment 37,500 and start costs 6,250 out.
# VAT (output cuts × 60, input cuts × 5 + 1,300 fixed, + 8,750 on the purchases in month 1):
# Q1 = −6,750 + 3,100 + 4,200 = 550 due June; Q2 = 5,300 + 6,400 + 6,950 = 18,650 due
# September; Q3 = 3 × 6,950 = 20,850 due December.
INFLOWS = ["69500", "24000", "30000", "36000", "42000"] + ["45000"] * 7
OUTFLOWS = ["73465", "30215", "30715", "32465", "32965", "24350",
            "33215", "33215", "51865", "33215", "33215", "44650"]
CLOSING = ["-3965", "-10180", "-10895", "-7360", "1675", "22325",
           "34110", "45895", "39030", "50815", "62600", "62950"]


def test_hairdresser_month_by_month(hairdresser: PlanInputs) -> None:
    liquidity = compute_plan(hairdresser).liquidity
    assert [m.inflows for m in liquidity.months] == [D(v) for v in INFLOWS]
    assert [m.outflows for m in liquidity.months] == [D(v) for v in OUTFLOWS]
    assert [m.closing for m in liquidity.months] == [D(v) for v in CLOSING]
    vat = [m.outflow_lines["vat_payment"] for m in liquidity.months]
    assert (vat[5], vat[8], vat[11]) == (D(550), D(18650), D(20850))
    assert sum(vat) == D(40050)
    assert [m.outflow_lines["prelim_tax"] == 0 for m in liquidity.months].count(True) == 2
    assert liquidity.min_closing == D(-10895) and liquidity.min_month == 3
    assert liquidity.extra_financing_need == D("10895.00")
    # Month 4: 36,000 − 3,000 − 6,800 − 1,250 − 9,415 = 15,535 covers the 12,000 draw.
    assert liquidity.first_month_covering_draw() == 4


def test_not_registered_has_no_vat_lines(hairdresser: PlanInputs) -> None:
    plan = dataclasses.replace(hairdresser, vat_status=VatStatus.BELOW_THRESHOLD)
    months = compute_plan(plan).liquidity.months
    assert all(m.outflow_lines["vat_payment"] == 0 for m in months)
    assert all(m.inflow_lines["vat_refund"] == 0 for m in months)
    assert months[0].inflow_lines["sales"] == D("14400.00")  # no VAT charged
    assert months[0].outflow_lines["purchases"] == D("1500.00")  # VAT paid, not reclaimed


def test_customer_days_shift_part_of_the_sales() -> None:
    amounts = [D("300.00")] * 3
    assert shift_by_days(amounts, 15) == [D("150.00"), D("300.00"), D("300.00")]
    assert shift_by_days(amounts, 30) == [D(0), D("300.00"), D("300.00")]
    assert shift_by_days(amounts, 0) == amounts
    assert shift_by_days(amounts, 90) == [D(0)] * 3


def test_payment_days_move_receipts_in_the_plan(hairdresser: PlanInputs) -> None:
    hairdresser.operating.customer_payment_days = 30
    months = compute_plan(hairdresser).liquidity.months
    assert months[0].inflow_lines["sales"] == 0
    assert months[1].inflow_lines["sales"] == D("18000.00")


def test_b_skat_skips_june_and_december_whatever_the_start() -> None:
    # Start in March: the 10 instalment months are Mar-May, Jul-Nov, Jan, Feb.
    values = prelim_tax_by_month(D("10000"), 2025, 3, (1, 2, 3, 4, 5, 7, 8, 9, 10, 11))
    assert values[3] == 0 and values[9] == 0  # June and December
    assert values.count(D("1000.00")) == 10


def test_prelim_tax_overrides(hairdresser: PlanInputs) -> None:
    hairdresser.liquidity.prelim_tax_annual = D("12000")
    months = compute_plan(hairdresser).liquidity.months
    assert months[0].outflow_lines["prelim_tax"] == D("1200.00")
    hairdresser.liquidity.include_prelim_tax = False
    months = compute_plan(hairdresser).liquidity.months
    assert all(m.outflow_lines["prelim_tax"] == 0 for m in months)


def test_private_draw_override_and_loan_payout_timing(hairdresser: PlanInputs) -> None:
    hairdresser.liquidity.private_draw = D("9000")
    hairdresser.financing.microloan.payout_month = 2
    months = compute_plan(hairdresser).liquidity.months
    assert months[0].outflow_lines["private_draw"] == D("9000.00")
    assert months[0].inflow_lines["loan_payouts"] == 0
    assert months[1].inflow_lines["loan_payouts"] == D("45000.00")
    assert months[4].outflow_lines["loan_instalments"] == D("1250.00")  # grace months 2-4


def test_vat_timing_override(hairdresser: PlanInputs) -> None:
    hairdresser.liquidity.vat_period_months = 6
    months = compute_plan(hairdresser).liquidity.months
    # First half-year: −6,750 + 3,100 + 4,200 + 5,300 + 6,400 + 6,950 = 19,200 due September.
    assert months[8].outflow_lines["vat_payment"] == D("19200.00")


@given(st.data())
def test_every_month_closes_and_chains(
    plan_strategy: st.SearchStrategy[PlanInputs], data: st.DataObject
) -> None:
    months = compute_plan(data.draw(plan_strategy)).liquidity.months
    assert len(months) == 12 and months[0].opening == 0
    for month, following in zip(months, months[1:], strict=False):
        assert month.closing == month.opening + month.inflows - month.outflows
        assert following.opening == month.closing
    assert months[-1].closing == months[-1].opening + months[-1].inflows - months[-1].outflows
