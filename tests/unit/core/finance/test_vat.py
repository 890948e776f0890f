"""VAT treatment of amounts and the due month of each filing period."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.finance.country import VatRate, VatSchedule, default_settings
from desktop_app.core.finance.vat import (
    VatStatus,
    calendar_of,
    plan_month_of,
    treatment_for,
    vat_settlements,
)

D = Decimal
RATES = default_settings("NL").vat.rates


def test_registered_business_charges_and_reclaims() -> None:
    vat = treatment_for(VatStatus.REGISTERED, RATES)
    assert vat.output_vat(D("100"), VatRate.REDUCED) == D("9.00")
    assert vat.output_vat(D("100"), VatRate.EXEMPT) == D("0.00")
    assert vat.cost(D("100"), VatRate.STANDARD) == D("100.00")
    # Purchases for an exempt sale keep their VAT as a cost.
    assert vat.cost(D("100"), VatRate.STANDARD, VatRate.EXEMPT) == D("121.00")


def test_unregistered_business_pays_vat_as_a_cost() -> None:
    for status in (VatStatus.BELOW_THRESHOLD, VatStatus.EXEMPT_ACTIVITY):
        vat = treatment_for(status, RATES)
        assert vat.output_vat(D("100"), VatRate.STANDARD) == D("0.00")
        assert vat.cost(D("100"), VatRate.STANDARD) == D("121.00")
        assert not vat.deductible()


def test_rate_missing_in_the_country_counts_as_zero() -> None:
    vat = treatment_for(VatStatus.REGISTERED, default_settings("DK").vat.rates)
    assert vat.rate(VatRate.REDUCED) == D(0)


def test_calendar_and_plan_months() -> None:
    assert calendar_of(2025, 11, 3) == (2026, 1)
    assert plan_month_of(2025, 11, 2026, 1) == 3


def test_dk_quarters_are_due_three_months_after_quarter_end() -> None:
    due = vat_settlements([D(1)] * 12, 2025, 1, VatSchedule(3, 3))
    # Q1 → June (1 Jun), Q2 → September, Q3 → December, Q4 → March next year (outside).
    assert due == [D(0)] * 5 + [D(3), D(0), D(0), D(3), D(0), D(0), D(3)]


def test_nl_quarters_are_due_the_month_after() -> None:
    due = vat_settlements([D(1)] * 12, 2025, 1, VatSchedule(3, 1))
    assert [i + 1 for i, v in enumerate(due) if v] == [4, 7, 10]


def test_plan_starting_mid_quarter_files_a_short_first_period() -> None:
    # Start in February: Feb + Mar form Q1, due in April (plan month 3); Q4 is due in January
    # (plan month 12); January 2026 belongs to a quarter due after the window.
    due = vat_settlements([D(1)] * 12, 2025, 2, VatSchedule(3, 1))
    assert due == [D(0), D(0), D(2), D(0), D(0), D(3), D(0), D(0), D(3), D(0), D(0), D(3)]


def test_half_yearly_schedule() -> None:
    due = vat_settlements([D(1)] * 12, 2025, 1, VatSchedule(6, 3))
    assert [i + 1 for i, v in enumerate(due) if v] == [9]
