"""Case-worker checklist (§3): 18 items with statuses from the plan data."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.core.finance.checklist import ChecklistStatus
from desktop_app.core.finance.inputs import LegalForm, PlanInputs
from desktop_app.core.finance.plan import compute_plan

D = Decimal
S = ChecklistStatus


def _statuses(plan: PlanInputs) -> dict[str, ChecklistStatus]:
    return {item.code: item.status for item in compute_plan(plan).checklist}


def test_eighteen_items_in_order(hairdresser: PlanInputs) -> None:
    items = compute_plan(hairdresser).checklist
    assert [item.number for item in items] == list(range(1, 19))
    manual = [item.code for item in items if item.status is S.MANUAL]
    assert manual == ["health_and_barriers", "debt_situation", "income_support", "decision"]


def test_hairdresser_statuses(hairdresser: PlanInputs) -> None:
    status = _statuses(hairdresser)
    assert status["person"] is S.OK
    assert status["demand_evidence"] is S.OK
    assert status["competition_and_price"] is S.NEEDS_WORK  # no competitor prices yet
    assert status["startup_budget"] is S.OK
    assert status["financing"] is S.OK
    assert status["sales_assumptions"] is S.OK  # starts at 60 and ramps to 150
    assert status["liquidity"] is S.NEEDS_WORK  # months 1-4 below zero
    assert status["repayment_capacity"] is S.OK
    assert status["living_test"] is S.OK
    assert status["idea"] is S.MISSING
    living = next(i for i in compute_plan(hairdresser).checklist if i.code == "living_test")
    assert living.value == "self_supporting"


def test_filled_in_facts_turn_items_green(hairdresser: PlanInputs) -> None:
    facts = hairdresser.facts
    facts.what_i_sell_given = facts.to_whom_given = facts.why_me_given = True
    facts.competitors_with_price_count = 1
    facts.channel_count, facts.first_customers_plan_given = 2, True
    facts.legal_form, facts.registration_no_given, facts.insurance_count = (
        LegalForm.SOLE_PROPRIETORSHIP, True, 1)
    facts.risk_count, facts.plan_b_given, facts.documents_attached_count = 2, True, 3
    hairdresser.financing.credit_line = D("11000")
    status = _statuses(hairdresser)
    assert all(s in (S.OK, S.MANUAL) for s in status.values()), status


def test_partial_answers_need_work_and_unknown_steps_are_missing(
    hairdresser: PlanInputs,
) -> None:
    hairdresser.facts.people_asked = 3
    hairdresser.unknown_steps = [8]
    status = _statuses(hairdresser)
    assert status["demand_evidence"] is S.NEEDS_WORK
    assert status["startup_budget"] is S.MISSING


def test_no_loan_means_repayment_is_not_applicable(bakery: PlanInputs) -> None:
    bakery.financing.other_loans = []
    bakery.financing.own_cash = D("9650")
    assert _statuses(bakery)["repayment_capacity"] is S.NOT_APPLICABLE
    assert _statuses(bakery)["sales_assumptions"] is S.NEEDS_WORK  # flat from month 1
