"""compute_plan: every figure of a business plan from its inputs and the country settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.finance.break_even import BreakEven, break_even
from desktop_app.core.finance.checklist import ChecklistItem, checklist
from desktop_app.core.finance.country import CountrySettings, VatSchedule, default_settings
from desktop_app.core.finance.country import vat_schedule_for as _schedule_for
from desktop_app.core.finance.inputs import PlanFacts, PlanInputs, Purpose
from desktop_app.core.finance.liquidity import (
    LiquidityBudget,
    liquidity_budget,
    prelim_tax_by_month,
)
from desktop_app.core.finance.living_test import LivingTest, income_tax, living_test
from desktop_app.core.finance.loans import LoanSchedule, loan_schedule
from desktop_app.core.finance.money import ZERO, Money, round_money, total
from desktop_app.core.finance.operating import (
    HORIZON,
    MONTHS,
    YEARS,
    OperatingBudget,
    depreciation_by_month,
    monthly_fixed_costs,
    operating_budget,
)
from desktop_app.core.finance.private_budget import PrivateBudget, private_budget
from desktop_app.core.finance.startup import Financing, StartupBudget, financing, startup_budget
from desktop_app.core.finance.validation import Finding, validate
from desktop_app.core.finance.vat import treatment_for

__all__ = ["PlanFacts", "PlanFigures", "PlanInputs", "Purpose", "compute_plan"]


@dataclass(frozen=True)
class PlanFigures:
    """Everything compute_plan derives; `to_dict` is what the UI and documents read."""

    currency: str
    startup: StartupBudget
    financing: Financing
    operating: OperatingBudget
    break_even: BreakEven
    liquidity: LiquidityBudget
    private_budget: PrivateBudget
    loans: tuple[LoanSchedule, ...]
    living_test: LivingTest
    findings: tuple[Finding, ...]
    checklist: tuple[ChecklistItem, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable figures; money as strings with 2 decimals."""
        return {
            "currency": self.currency,
            "startup": self.startup.to_dict(),
            "financing": self.financing.to_dict(),
            "operating": self.operating.to_dict(),
            "break_even": self.break_even.to_dict(),
            "liquidity": [month.to_dict() for month in self.liquidity.months],
            "liquidity_summary": self.liquidity.summary_dict(),
            "private_budget": self.private_budget.to_dict(),
            "loans": [dict(schedule.to_dict(), role="microloan" if i == 0 else "other")
                      for i, schedule in enumerate(self.loans)],
            "living_test": self.living_test.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "checklist": [item.to_dict() for item in self.checklist],
        }


def _vat_schedule(inputs: PlanInputs, settings: CountrySettings, revenue: Money) -> VatSchedule:
    schedule = _schedule_for(settings.vat, 0, revenue)
    period = inputs.liquidity.vat_period_months
    offset = inputs.liquidity.vat_due_offset_months
    return VatSchedule(
        schedule.period_months if period is None or period < 1 else period,
        schedule.due_offset_months if offset is None or offset < 0 else offset,
    )


def _by_month(schedules: tuple[LoanSchedule, ...], attribute: str) -> list[Money]:
    values = [ZERO] * HORIZON
    for schedule in schedules:
        values = [a + b for a, b in
                  zip(values, schedule.by_plan_month(attribute, HORIZON), strict=True)]
    return values


def compute_plan(inputs: PlanInputs, settings: CountrySettings | None = None) -> PlanFigures:
    """All budgets, break-even, loans, living test, findings and checklist for one plan."""
    settings = settings or default_settings(inputs.country)
    vat = treatment_for(inputs.vat_status, settings.vat.rates)
    schedules = tuple(loan_schedule(loan) for loan in inputs.financing.loans())
    principal = _by_month(schedules, "principal")
    operating = operating_budget(
        inputs.operating, vat,
        depreciation_by_month(inputs.startup.investments, vat), _by_month(schedules, "interest"))
    startup = startup_budget(inputs.startup, monthly_fixed_costs(inputs.operating.fixed_costs, vat),
                             vat)
    funding = financing(inputs.financing, startup.total_need)
    private = private_budget(inputs.private, settings.tax.effective_tax_rate_default)
    start = (inputs.plan_start_year, inputs.plan_start_month)
    overrides = inputs.liquidity
    annual_tax = income_tax(operating.years[0].result, private.tax_rate)
    if overrides.prelim_tax_annual is not None:
        annual_tax = max(ZERO, round_money(overrides.prelim_tax_annual))
    prelim = [ZERO] * MONTHS
    if overrides.include_prelim_tax:
        prelim = prelim_tax_by_month(annual_tax, *start, settings.tax.prelim_tax_months)
    draw = private.private_draw if overrides.private_draw is None else overrides.private_draw
    liquidity = liquidity_budget(
        start=start, operating=inputs.operating, startup=inputs.startup,
        financing=inputs.financing, schedules=schedules, vat=vat,
        vat_schedule=_vat_schedule(inputs, settings, operating.years[0].revenue),
        private_draw=max(ZERO, round_money(draw)), prelim_tax=prelim)
    living = living_test(
        operating, [total(principal[y * MONTHS:(y + 1) * MONTHS]) for y in range(YEARS)],
        private, settings.living_test, liquidity.first_month_covering_draw())
    findings = validate(inputs, settings, financing=funding, operating=operating,
                        liquidity=liquidity)
    items = checklist(inputs, settings, findings=findings, startup=startup, financing=funding,
                      operating=operating, living=living,
                      loan_total=sum(1 for s in schedules if s.amount > 0))
    return PlanFigures(
        currency=settings.currency, startup=startup, financing=funding, operating=operating,
        break_even=break_even(operating, inputs.operating.products, private.need_gross_year),
        liquidity=liquidity, private_budget=private, loans=schedules, living_test=living,
        findings=tuple(findings), checklist=tuple(items))
