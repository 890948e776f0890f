"""The merged case-worker checklist (§3) with a traffic-light status where data allows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.country import CountrySettings
from desktop_app.core.finance.inputs import PlanInputs
from desktop_app.core.finance.living_test import LivingResult, LivingTest
from desktop_app.core.finance.operating import OperatingBudget
from desktop_app.core.finance.startup import Financing, StartupBudget
from desktop_app.core.finance.validation import Finding, Severity


class ChecklistStatus(StrEnum):
    """OK / needs work / missing, or left to the coach, or not relevant to this plan."""

    OK = "ok"
    NEEDS_WORK = "needs_work"
    MISSING = "missing"
    MANUAL = "manual"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class ChecklistItem:
    """One checklist line: its §3 number, code, status and an optional result code."""

    number: int
    code: str
    status: ChecklistStatus
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready item."""
        return {"number": self.number, "code": self.code, "status": self.status.value,
                "value": self.value}


OK, WORK, MISSING = ChecklistStatus.OK, ChecklistStatus.NEEDS_WORK, ChecklistStatus.MISSING
MANUAL = ChecklistStatus.MANUAL

# Checklist item -> wizard step whose "I don't know yet" makes it missing.
ITEM_STEPS = {1: 1, 5: 2, 6: 3, 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 12, 15: 11, 16: 13}


def _parts(*done: bool) -> ChecklistStatus:
    if all(done):
        return OK
    return WORK if any(done) else MISSING


def _has(findings: Sequence[Finding], code: str) -> bool:
    return any(f.code == code for f in findings)


def checklist(
    inputs: PlanInputs,
    settings: CountrySettings,
    *,
    findings: Sequence[Finding],
    startup: StartupBudget,
    financing: Financing,
    operating: OperatingBudget,
    living: LivingTest,
    loan_total: int,
) -> list[ChecklistItem]:
    """All 18 items in §3 order; `loan_total` is the number of loans with an amount."""
    facts = inputs.facts
    hours = facts.hours_per_week
    hours_ok = hours is not None and (
        settings.budget.min_hours_per_week <= hours <= settings.budget.max_hours_per_week)
    step8_errors = any(f.step == 8 and f.severity is Severity.ERROR for f in findings)
    has_startup = bool(inputs.startup.investments or inputs.startup.start_costs)
    months = operating.months
    revenue = operating.years[0].revenue
    ramp = months[0].revenue < max(m.revenue for m in months)
    vat_alert = _has(findings, "vat_registration_required") or _has(
        findings, "kor_turnover_above_limit")
    year1 = living.years[0]
    items = [
        (1, "person", _parts(hours_ok, facts.relevant_skills_count > 0,
                             facts.strengths_count > 0, facts.motivation_given), None),
        (2, "health_and_barriers", MANUAL, None),
        (3, "debt_situation", MANUAL, None),
        (4, "income_support", MANUAL, None),
        (5, "idea", _parts(facts.what_i_sell_given, facts.to_whom_given, facts.why_me_given),
         None),
        (6, "demand_evidence", _parts(facts.people_asked >= settings.budget.min_people_asked,
                                      facts.people_asked > 0), None),
        (7, "competition_and_price", _parts(facts.competitors_with_price_count > 0,
                                            facts.competitor_count > 0), None),
        (8, "marketing_plan", _parts(facts.channel_count > 0, facts.first_customers_plan_given),
         None),
        (9, "permits_insurance_registration_vat",
         _parts(facts.legal_form is not None, facts.registration_no_given,
                facts.insurance_count > 0, not vat_alert), None),
        (10, "startup_budget", _parts(has_startup, has_startup and not step8_errors), None),
        (11, "financing", _parts(startup.total_need > 0 and financing.gap == 0,
                                 startup.total_need > 0), None),
        (12, "sales_assumptions", _parts(revenue > 0 and ramp and facts.people_asked > 0,
                                         revenue > 0), None),
        (13, "liquidity", WORK if _has(findings, "negative_liquidity") else OK, None),
        (14, "repayment_capacity", _repayment(living, loan_total), None),
        (15, "living_test", _living(inputs, year1.result), year1.result.value),
        (16, "risks_and_plan_b", _parts(facts.risk_count > 0, facts.plan_b_given), None),
        (17, "documents", OK if facts.documents_attached_count > 0 else MISSING, None),
        (18, "decision", MANUAL, None),
    ]
    unknown = set(inputs.unknown_steps)
    return [
        ChecklistItem(number, code,
                      MISSING if ITEM_STEPS.get(number) in unknown else status, value)
        for number, code, status, value in items
    ]


def _repayment(living: LivingTest, loan_total: int) -> ChecklistStatus:
    if loan_total == 0:
        return ChecklistStatus.NOT_APPLICABLE
    return OK if all(year.repayment_margin >= 0 for year in living.years) else WORK


def _living(inputs: PlanInputs, result: LivingResult) -> ChecklistStatus:
    if not inputs.private.expenses:
        return MISSING
    return OK if result is LivingResult.SELF_SUPPORTING else WORK
