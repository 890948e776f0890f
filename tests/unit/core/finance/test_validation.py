"""Cross-field validations: codes, severities, steps and field paths."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from desktop_app.core.finance.country import Country, VatRate, default_settings
from desktop_app.core.finance.inputs import PlanInputs, Purpose
from desktop_app.core.finance.loans import LoanInput, LoanKind
from desktop_app.core.finance.plan import compute_plan
from desktop_app.core.finance.validation import Finding, Severity
from desktop_app.core.finance.vat import VatStatus

D = Decimal


def _codes(plan: PlanInputs) -> dict[str, Finding]:
    return {f"{f.code}@{f.field}": f for f in compute_plan(plan).findings}


def test_hairdresser_only_flags_its_negative_months(hairdresser: PlanInputs) -> None:
    findings = compute_plan(hairdresser).findings
    assert [f.field for f in findings] == [f"liquidity[{i}].closing" for i in range(4)]
    assert {(f.code, f.severity, f.step) for f in findings} == {
        ("negative_liquidity", Severity.ERROR, 12)}


def test_a_credit_line_carries_negative_months(hairdresser: PlanInputs) -> None:
    hairdresser.financing.credit_line = D("11000")
    assert compute_plan(hairdresser).findings == ()


def test_variable_cost_at_price_warns(hairdresser: PlanInputs) -> None:
    hairdresser.operating.products[0].variable_cost_per_unit = D("240")
    finding = _codes(hairdresser)[
        "variable_cost_at_or_above_price@products[0].variable_cost_per_unit"]
    assert (finding.severity, finding.step) == (Severity.WARNING, 4)


def test_financing_gap_both_ways(hairdresser: PlanInputs) -> None:
    hairdresser.financing.own_cash = D("6000")
    assert "financing_shortfall@financing" in _codes(hairdresser)
    hairdresser.financing.own_cash = D("7000")
    assert "financing_surplus@financing" in _codes(hairdresser)


def test_competitors_required_for_a_loan(hairdresser: PlanInputs) -> None:
    hairdresser.facts.competitor_count = 0
    assert _codes(hairdresser)["competitors_required@competitors"].step == 5
    hairdresser.purpose = Purpose.OWN_USE
    assert "competitors_required@competitors" not in _codes(hairdresser)


def test_dk_vat_registration_alert_above_threshold(hairdresser: PlanInputs) -> None:
    plan = dataclasses.replace(hairdresser, vat_status=VatStatus.BELOW_THRESHOLD)
    assert _codes(plan)["vat_registration_required@vat_status"].severity is Severity.WARNING
    plan = dataclasses.replace(hairdresser, vat_status=VatStatus.EXEMPT_ACTIVITY)
    assert "vat_registration_required@vat_status" not in _codes(plan)


def test_nl_kor_alert_above_twenty_thousand(bakery: PlanInputs) -> None:
    plan = dataclasses.replace(bakery, vat_status=VatStatus.BELOW_THRESHOLD)
    assert "kor_turnover_above_limit@vat_status" in _codes(plan)
    plan.operating.products[0].units_per_month = D("400")  # 19,200 a year
    assert "kor_turnover_above_limit@vat_status" not in _codes(plan)


def test_reduced_rate_is_not_available_in_denmark(hairdresser: PlanInputs) -> None:
    hairdresser.operating.products[0].vat_rate = VatRate.REDUCED
    assert "vat_rate_not_available@products[0].vat_rate" in _codes(hairdresser)


def test_range_checks(hairdresser: PlanInputs) -> None:
    hairdresser.facts.hours_per_week = 90
    hairdresser.operating.customer_payment_days = 120
    hairdresser.startup.investments[0].life_years = 0
    hairdresser.private.tax_rate = D("1.2")
    hairdresser.plan_start_month = 13
    hairdresser.financing.other_loans = [LoanInput(amount=D("1000"), kind=LoanKind.ANNUITY,
                                                   annual_rate=D("-0.1"))]
    codes = _codes(hairdresser)
    for key in ("hours_per_week_out_of_range@hours_per_week",
                "payment_days_out_of_range@customer_payment_days",
                "life_years_invalid@investments[0].life_years",
                "tax_rate_out_of_range@tax_rate",
                "start_month_invalid@plan_start_month",
                "loan_months_missing@other_loans[0].months",
                "loan_rate_invalid@other_loans[0].annual_rate"):
        assert codes[key].severity is Severity.ERROR, key


def test_empty_plan_lists_what_is_missing() -> None:
    codes = {f.code for f in compute_plan(PlanInputs()).findings}
    assert {"no_products", "no_fixed_costs", "no_household_expenses",
            "competitors_required"} <= codes


def test_unknown_steps_go_on_the_to_do_list(hairdresser: PlanInputs) -> None:
    hairdresser.unknown_steps = [13, 3, 3]
    unknown = [f for f in compute_plan(hairdresser).findings if f.code == "step_unknown"]
    assert [(f.step, f.severity) for f in unknown] == [(3, Severity.INFO), (13, Severity.INFO)]


def test_microloan_limits_and_in_kind(hairdresser: PlanInputs) -> None:
    hairdresser.financing.microloan.amount = D("60000")
    hairdresser.startup.investments[0].in_kind = True
    codes = _codes(hairdresser)
    assert "microloan_above_limit@microloan.amount" in codes
    assert "in_kind_mismatch@in_kind" in codes


def test_settings_for_another_country_are_flagged(hairdresser: PlanInputs) -> None:
    findings = compute_plan(hairdresser, default_settings(Country.NL)).findings
    assert any(f.code == "settings_country_mismatch" for f in findings)
