"""Cross-field validations (§1.2, §2) as findings: codes only, the UI writes the sentences."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.country import Country, CountrySettings, VatRate
from desktop_app.core.finance.inputs import PlanInputs, Purpose
from desktop_app.core.finance.liquidity import LiquidityBudget
from desktop_app.core.finance.loans import LoanInput, LoanKind
from desktop_app.core.finance.money import round_money, total
from desktop_app.core.finance.operating import MONTHS, OperatingBudget, VolumeMode
from desktop_app.core.finance.startup import Financing
from desktop_app.core.finance.vat import VatStatus

VAT_PERIODS = (1, 2, 3, 4, 6, 12)
LOAN_PURPOSES = (Purpose.MICROLOAN, Purpose.BANK)


class Severity(StrEnum):
    """Error blocks finishing the step; warning and info only inform."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One validation result: a code, how serious, the wizard step and the field path."""

    code: str
    severity: Severity
    step: int
    field: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready finding."""
        return {"code": self.code, "severity": self.severity.value, "step": self.step,
                "field": self.field}


class _Collector:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, when: bool, code: str, severity: Severity, step: int, path: str) -> None:
        if when:
            self.findings.append(Finding(code, severity, step, path))


ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def validate(
    inputs: PlanInputs,
    settings: CountrySettings,
    *,
    financing: Financing,
    operating: OperatingBudget,
    liquidity: LiquidityBudget,
) -> list[Finding]:
    """All findings for a plan, in wizard-step order."""
    out = _Collector()
    _setup(out, inputs, settings, operating.years[0].revenue)
    _facts(out, inputs, settings)
    _products(out, inputs, settings)
    _startup(out, inputs, settings)
    _financing(out, inputs, settings, financing)
    _operating(out, inputs, settings, operating)
    _private(out, inputs)
    _liquidity(out, inputs, liquidity)
    for step in sorted(set(inputs.unknown_steps)):
        out.add(True, "step_unknown", INFO, step, "")
    return sorted(out.findings, key=lambda f: f.step)


def _setup(
    out: _Collector, inputs: PlanInputs, settings: CountrySettings, revenue: Decimal
) -> None:
    out.add(settings.country is not inputs.country, "settings_country_mismatch", ERR, 0, "country")
    out.add(not 1 <= inputs.plan_start_month <= MONTHS, "start_month_invalid", ERR, 0,
            "plan_start_month")
    above = inputs.vat_status is VatStatus.BELOW_THRESHOLD and (
        revenue > settings.vat.small_business_threshold)
    out.add(above and inputs.country is Country.DK, "vat_registration_required", WARN, 0,
            "vat_status")
    out.add(above and inputs.country is Country.NL, "kor_turnover_above_limit", WARN, 0,
            "vat_status")


def _facts(out: _Collector, inputs: PlanInputs, settings: CountrySettings) -> None:
    facts, limits = inputs.facts, settings.budget
    hours = facts.hours_per_week
    out.add(hours is not None and not limits.min_hours_per_week <= hours
            <= limits.max_hours_per_week, "hours_per_week_out_of_range", ERR, 1, "hours_per_week")
    out.add(inputs.purpose in LOAN_PURPOSES and facts.competitor_count < 1,
            "competitors_required", ERR, 5, "competitors")
    out.add(facts.smart_goals_not_in_future > 0, "smart_goal_date_not_in_future", ERR, 14,
            "smart_goals")


def _vat_code_missing(code: VatRate, settings: CountrySettings) -> bool:
    return code is not VatRate.EXEMPT and code not in settings.vat.rates


def _products(out: _Collector, inputs: PlanInputs, settings: CountrySettings) -> None:
    products = inputs.operating.products
    out.add(not products, "no_products", ERR, 4, "products")
    for i, p in enumerate(products):
        path = f"products[{i}]"
        out.add(p.price_excl_vat <= 0, "price_not_positive", ERR, 4, f"{path}.price_excl_vat")
        out.add(p.variable_cost_per_unit < 0, "variable_cost_negative", ERR, 4,
                f"{path}.variable_cost_per_unit")
        out.add(p.price_excl_vat > 0 and p.variable_cost_per_unit >= p.price_excl_vat,
                "variable_cost_at_or_above_price", WARN, 4, f"{path}.variable_cost_per_unit")
        out.add(_vat_code_missing(p.vat_rate, settings), "vat_rate_not_available", ERR, 4,
                f"{path}.vat_rate")
        out.add(_vat_code_missing(p.purchase_vat_rate, settings), "vat_rate_not_available", ERR,
                4, f"{path}.purchase_vat_rate")
        grid = p.monthly_units if p.volume_mode is VolumeMode.MONTHLY else [p.units_per_month]
        out.add(p.volume_mode is VolumeMode.MONTHLY and len(grid) != MONTHS,
                "monthly_units_incomplete", ERR, 10, f"{path}.monthly_units")
        extra = [u for u in (p.units_year2, p.units_year3) if u is not None]
        out.add(any(u < 0 for u in [*grid, *extra]), "units_negative", ERR, 10,
                f"{path}.units")


def _startup(out: _Collector, inputs: PlanInputs, settings: CountrySettings) -> None:
    s = inputs.startup
    out.add(s.buffer_months < 0, "buffer_months_negative", ERR, 8, "buffer_months")
    for i, row in enumerate(s.investments):
        path = f"investments[{i}]"
        out.add(row.amount_excl_vat < 0, "amount_negative", ERR, 8, f"{path}.amount_excl_vat")
        out.add(row.life_years < 1, "life_years_invalid", ERR, 8, f"{path}.life_years")
        out.add(row.residual < 0 or row.residual > row.amount_excl_vat, "residual_invalid", WARN,
                8, f"{path}.residual")
        out.add(not 1 <= row.month <= MONTHS, "month_out_of_range", ERR, 12, f"{path}.month")
        out.add(_vat_code_missing(row.vat_rate, settings), "vat_rate_not_available", ERR, 8,
                f"{path}.vat_rate")
    for i, cost in enumerate(s.start_costs):
        path = f"start_costs[{i}]"
        out.add(cost.amount_excl_vat < 0, "amount_negative", ERR, 8, f"{path}.amount_excl_vat")
        out.add(not 1 <= cost.month <= MONTHS, "month_out_of_range", ERR, 12, f"{path}.month")
        out.add(_vat_code_missing(cost.vat_rate, settings), "vat_rate_not_available", ERR, 8,
                f"{path}.vat_rate")


def _financing(
    out: _Collector, inputs: PlanInputs, settings: CountrySettings, financing: Financing
) -> None:
    f = inputs.financing
    out.add(financing.gap > 0, "financing_shortfall", ERR, 9, "financing")
    out.add(financing.gap < 0, "financing_surplus", ERR, 9, "financing")
    out.add(f.own_cash < 0, "amount_negative", ERR, 9, "own_cash")
    out.add(f.grants < 0, "amount_negative", ERR, 9, "grants")
    out.add(f.credit_line < 0, "amount_negative", ERR, 12, "credit_line")
    out.add(any(item.value < 0 for item in f.in_kind), "amount_negative", ERR, 9, "in_kind")
    in_kind_assets = total([round_money(r.amount_excl_vat)
                            for r in inputs.startup.investments if r.in_kind])
    out.add(financing.in_kind != in_kind_assets, "in_kind_mismatch", WARN, 9, "in_kind")
    for month, path in ((f.own_cash_month, "own_cash_month"), (f.grants_month, "grants_month")):
        out.add(not 1 <= month <= MONTHS, "month_out_of_range", ERR, 12, path)
    loans = settings.loans
    micro = f.microloan.amount
    out.add(inputs.purpose is Purpose.MICROLOAN and micro > loans.microloan_max,
            "microloan_above_limit", WARN, 9, "microloan.amount")
    out.add(inputs.purpose is Purpose.MICROLOAN and 0 < micro < loans.microloan_min,
            "microloan_below_limit", WARN, 9, "microloan.amount")
    _loan(out, f.microloan, "microloan")
    for i, loan in enumerate(f.other_loans):
        _loan(out, loan, f"other_loans[{i}]")


def _loan(out: _Collector, loan: LoanInput, path: str) -> None:
    active = loan.amount > 0
    fixed = loan.kind is LoanKind.INTEREST_FREE and loan.fixed_instalment is not None
    out.add(loan.amount < 0, "amount_negative", ERR, 9, f"{path}.amount")
    out.add(active and not fixed and loan.months < 1, "loan_months_missing", ERR, 9,
            f"{path}.months")
    out.add(fixed and loan.fixed_instalment is not None and loan.fixed_instalment <= 0,
            "loan_instalment_invalid", ERR, 9, f"{path}.fixed_instalment")
    out.add(loan.kind is not LoanKind.INTEREST_FREE and not 0 <= loan.annual_rate < 1,
            "loan_rate_invalid", ERR, 9, f"{path}.annual_rate")
    out.add(loan.grace_months < 0, "loan_grace_invalid", ERR, 9, f"{path}.grace_months")
    out.add(active and not 1 <= loan.payout_month <= MONTHS, "month_out_of_range", ERR, 12,
            f"{path}.payout_month")


def _operating(
    out: _Collector, inputs: PlanInputs, settings: CountrySettings, operating: OperatingBudget
) -> None:
    o = inputs.operating
    out.add(bool(o.products) and operating.years[0].revenue == 0, "no_sales", WARN, 10, "products")
    out.add(not o.fixed_costs, "no_fixed_costs", WARN, 10, "fixed_costs")
    for i, row in enumerate(o.fixed_costs):
        out.add(row.monthly_amount_excl_vat < 0, "amount_negative", ERR, 10,
                f"fixed_costs[{i}].monthly_amount_excl_vat")
        out.add(_vat_code_missing(row.vat_rate, settings), "vat_rate_not_available", ERR, 10,
                f"fixed_costs[{i}].vat_rate")
    max_days = settings.budget.max_customer_payment_days
    out.add(not 0 <= o.customer_payment_days <= max_days, "payment_days_out_of_range", ERR, 10,
            "customer_payment_days")
    out.add(o.supplier_payment_days < 0, "payment_days_out_of_range", ERR, 10,
            "supplier_payment_days")


def _private(out: _Collector, inputs: PlanInputs) -> None:
    p = inputs.private
    out.add(not p.expenses, "no_household_expenses", WARN, 11, "expenses")
    out.add(any(row.amount < 0 for row in p.expenses), "amount_negative", ERR, 11, "expenses")
    out.add(any(row.amount < 0 for row in p.incomes), "amount_negative", ERR, 11, "incomes")
    out.add(p.tax_rate is not None and not 0 <= p.tax_rate < 1, "tax_rate_out_of_range", ERR, 11,
            "tax_rate")


def _liquidity(out: _Collector, inputs: PlanInputs, liquidity: LiquidityBudget) -> None:
    li = inputs.liquidity
    out.add(li.vat_period_months is not None and li.vat_period_months not in VAT_PERIODS,
            "vat_period_invalid", ERR, 12, "vat_period_months")
    out.add(li.vat_due_offset_months is not None and li.vat_due_offset_months < 0,
            "vat_due_offset_invalid", ERR, 12, "vat_due_offset_months")
    out.add(li.private_draw is not None and li.private_draw < 0, "amount_negative", ERR, 12,
            "private_draw")
    floor = -max(inputs.financing.credit_line, Decimal(0))
    for month in liquidity.months:
        # A credit line the user entered may carry a negative balance.
        out.add(month.closing < floor, "negative_liquidity", ERR, 12,
                f"liquidity[{month.month - 1}].closing")
