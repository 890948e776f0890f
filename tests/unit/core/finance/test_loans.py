"""Loan schedules: the §2.9 annuity check, microloan terms, linear loans, and invariants."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.finance.loans import (
    LoanInput,
    LoanKind,
    annuity_payment,
    loan_schedule,
    repayment_months,
)

D = Decimal

LOANS = st.builds(
    LoanInput,
    amount=st.integers(0, 50_000_000).map(lambda cents: Decimal(cents) / 100),
    kind=st.sampled_from(LoanKind),
    annual_rate=st.integers(0, 3000).map(lambda bp: Decimal(bp) / 10_000),
    months=st.integers(-1, 240),
    grace_months=st.integers(-1, 24),
    fixed_instalment=st.none() | st.integers(1, 2_000_000).map(lambda c: Decimal(c) / 100),
    payout_month=st.integers(1, 12),
)

ANNUITY = LoanInput(amount=D("100000"), kind=LoanKind.ANNUITY, annual_rate=D("0.08"), months=60)


def test_annuity_instalment_matches_domain_check() -> None:
    assert annuity_payment(D("100000"), D("0.08"), 60) == D("2027.64")


def test_annuity_schedule_half_up_repays_exactly() -> None:
    schedule = loan_schedule(ANNUITY, rounding=ROUND_HALF_UP)
    assert len(schedule.rows) == 60
    assert schedule.rows[0].interest == D("666.67")
    assert schedule.rows[0].principal == D("1360.97")
    assert all(row.instalment == D("2027.64") for row in schedule.rows)
    assert sum(row.principal for row in schedule.rows) == D("100000.00")
    assert schedule.rows[-1].closing == D("0.00")
    # Half-up rounding of each month's interest happens to land exactly (see report).
    assert schedule.total_interest == D("21658.40")


def test_annuity_schedule_default_reproduces_domain_figures() -> None:
    # Interest is rounded half-even (banker's rounding), as in DOMAIN.md §2.9.
    schedule = loan_schedule(ANNUITY)
    assert schedule.rows[-1].instalment == D("2027.63")  # 0.01 over, last one adjusted
    assert sum(row.principal for row in schedule.rows) == D("100000.00")
    assert schedule.total_interest == D("21658.39")


def test_interest_free_with_fixed_instalment_and_grace() -> None:
    loan = LoanInput(amount=D("45000"), grace_months=3, fixed_instalment=D("1250"))
    schedule = loan_schedule(loan)
    assert repayment_months(loan) == 36
    assert len(schedule.rows) == 39
    assert [row.instalment for row in schedule.rows[:4]] == [D(0), D(0), D(0), D("1250")]
    assert all(row.interest == 0 for row in schedule.rows)
    assert schedule.balance_after(12) == D("33750.00")


def test_interest_free_fixed_instalment_last_one_smaller() -> None:
    schedule = loan_schedule(LoanInput(amount=D("5000"), fixed_instalment=D("300")))
    assert len(schedule.rows) == 17  # ceil(5000 / 300)
    assert schedule.rows[-1].instalment == D("200.00")


def test_interest_free_p_over_n_rounds_and_adjusts_last() -> None:
    schedule = loan_schedule(LoanInput(amount=D("10000"), months=3))
    assert [row.principal for row in schedule.rows] == [D("3333.33"), D("3333.33"), D("3333.34")]


def test_linear_interest_falls_with_the_balance() -> None:
    loan = LoanInput(amount=D("8000"), kind=LoanKind.LINEAR, annual_rate=D("0.06"), months=40)
    rows = loan_schedule(loan).rows
    assert [r.interest for r in rows[:3]] == [D("40.00"), D("39.00"), D("38.00")]
    assert all(r.principal == D("200.00") for r in rows)
    assert rows[-1].interest == D("1.00")


def test_grace_on_an_annuity_pays_interest_only() -> None:
    loan = LoanInput(amount=D("12000"), kind=LoanKind.ANNUITY, annual_rate=D("0.12"), months=12,
                     grace_months=2, payout_month=3)
    rows = loan_schedule(loan).rows
    assert [(r.interest, r.principal) for r in rows[:2]] == [(D("120.00"), D(0))] * 2
    assert rows[0].plan_month == 3
    assert rows[2].instalment == annuity_payment(D("12000"), D("0.12"), 12) == D("1066.19")


def test_zero_amount_has_no_rows_and_zero_rate_annuity_is_linear() -> None:
    assert loan_schedule(LoanInput()).rows == ()
    flat = loan_schedule(LoanInput(amount=D("1200"), kind=LoanKind.ANNUITY, months=12))
    assert {row.instalment for row in flat.rows} == {D("100.00")}


def test_by_plan_month_places_rows_after_payout() -> None:
    schedule = loan_schedule(LoanInput(amount=D("600"), months=6, payout_month=10))
    assert schedule.by_plan_month("principal", 12) == [D(0)] * 9 + [D("100.00")] * 3
    assert schedule.balance_after(9) == D(0)


@given(LOANS)
def test_every_schedule_repays_exactly_and_never_goes_negative(loan: LoanInput) -> None:
    schedule = loan_schedule(loan)
    assert sum((row.principal for row in schedule.rows), D(0)) == schedule.amount
    balance = schedule.amount
    for row in schedule.rows:
        assert row.opening == balance
        assert row.principal >= 0 and row.interest >= 0 and row.closing >= 0
        assert row.closing == row.opening - row.principal
        assert row.instalment == row.interest + row.principal
        balance = row.closing
    assert balance == 0
