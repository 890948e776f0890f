"""Wizard answers (JSON values by key) to the PlanInputs the finance engine computes on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.core.finance.answers import (
    decimal_of,
    goals_not_in_future,
    int_of,
    is_empty,
    lines,
    rows,
)
from desktop_app.core.finance.country import Country, VatRate
from desktop_app.core.finance.inputs import LegalForm, PlanFacts, PlanInputs, Purpose
from desktop_app.core.finance.liquidity import LiquidityInputs
from desktop_app.core.finance.loans import LoanInput, LoanKind
from desktop_app.core.finance.money import ZERO
from desktop_app.core.finance.operating import (
    FixedCostKind,
    FixedCostRow,
    OperatingInputs,
    ProductInput,
    Unit,
    VolumeMode,
)
from desktop_app.core.finance.private_budget import (
    ExpenseKind,
    HouseholdExpense,
    HouseholdIncome,
    IncomeKind,
    PrivateInputs,
)
from desktop_app.core.finance.startup import (
    FinancingInputs,
    InKindItem,
    InvestmentRow,
    StartCostRow,
    StartupInputs,
)
from desktop_app.core.finance.vat import VatStatus

HUNDRED = Decimal(100)


def _enum(kind: Any, value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _money(value: Any) -> Decimal:
    number = decimal_of(value, ZERO)
    return number if number is not None else ZERO


def _percent(value: Any) -> Decimal | None:
    number = decimal_of(value)
    return None if number is None else number / HUNDRED


def _month_in_plan(value: Any) -> int:
    month = int_of(value, 1) or 1
    return min(12, max(1, month))


def start_of(answers: Mapping[str, Any], today: date) -> tuple[int, int]:
    """(year, month) of the first plan month from "YYYY-MM"; next month when not given."""
    text = answers.get("setup.start_month")
    if isinstance(text, str) and len(text) == 7 and text[4] == "-":
        year, month = int_of(text[:4]), int_of(text[5:])
        if year is not None and month is not None and 1 <= month <= 12:
            return year, month
    return (today.year + today.month // 12, today.month % 12 + 1)


def purchase_rate(sale_rate: VatRate) -> VatRate:
    """VAT on what a product costs to make: like the sale, standard for zero/exempt sales."""
    return sale_rate if sale_rate in (VatRate.STANDARD, VatRate.REDUCED) else VatRate.STANDARD


def products_of(answers: Mapping[str, Any]) -> list[ProductInput]:
    """Step 4 rows with their step-10 volumes."""
    volumes = answers.get("operating.volumes")
    volumes = volumes if isinstance(volumes, dict) else {}
    found = []
    for row in rows(answers.get("products")):
        rate = _enum(VatRate, row.get("vat"), VatRate.STANDARD)
        product = ProductInput(
            name=str(row.get("name") or ""),
            unit=_enum(Unit, row.get("unit"), Unit.PIECE),
            price_excl_vat=_money(row.get("price")),
            variable_cost_per_unit=_money(row.get("cost")),
            vat_rate=rate,
            purchase_vat_rate=purchase_rate(rate),
        )
        volume = volumes.get(str(row.get("id") or ""))
        if isinstance(volume, dict):
            months = volume.get("months")
            if volume.get("mode") == "monthly" and isinstance(months, list):
                product.volume_mode = VolumeMode.MONTHLY
                product.monthly_units = [
                    max(Decimal(0), decimal_of(m, Decimal(0)) or Decimal(0))
                    for m in (months + [0] * 12)[:12]
                ]
            else:
                product.units_per_month = decimal_of(
                    volume.get("per_month"), Decimal(0)
                ) or Decimal(0)
        found.append(product)
    return found


def _investments(answers: Mapping[str, Any], month: int) -> list[InvestmentRow]:
    return [
        InvestmentRow(
            name=str(row.get("name") or ""),
            amount_excl_vat=_money(row.get("amount")),
            life_years=max(1, int_of(row.get("life_years"), 5) or 5),
            bought_new=row.get("bought_new") is not False,
            month=month,
            in_kind=row.get("in_kind") is True,
        )
        for row in rows(answers.get("startup.investments"))
    ]


def _microloan(answers: Mapping[str, Any], payout: int) -> LoanInput:
    instalment = decimal_of(answers.get("financing.microloan_instalment"))
    return LoanInput(
        amount=_money(answers.get("financing.microloan")),
        kind=LoanKind.INTEREST_FREE,
        months=int_of(answers.get("financing.microloan_months"), 0) or 0,
        grace_months=max(0, int_of(answers.get("financing.microloan_grace"), 0) or 0),
        fixed_instalment=instalment if instalment is not None and instalment > 0 else None,
        payout_month=payout,
        lender="microloan",
    )


def _other_loans(answers: Mapping[str, Any], payout: int) -> list[LoanInput]:
    return [
        LoanInput(
            amount=_money(row.get("amount")),
            kind=_enum(LoanKind, row.get("kind"), LoanKind.ANNUITY),
            annual_rate=_percent(row.get("rate")) or Decimal(0),
            months=max(0, int_of(row.get("months"), 0) or 0),
            payout_month=payout,
            lender=str(row.get("lender") or ""),
        )
        for row in rows(answers.get("financing.other_loans"))
    ]


def _amounts(value: Any, kinds: Iterable[Any]) -> list[tuple[Any, Decimal]]:
    data = value if isinstance(value, dict) else {}
    found = []
    for kind in kinds:
        amount = decimal_of(data.get(kind.value))
        if amount is not None and amount != 0:
            found.append((kind, amount))
    return found


def facts_of(answers: Mapping[str, Any], today: date) -> PlanFacts:
    """Counts and yes/no facts of the text steps."""
    competitors = [r for r in rows(answers.get("market.competitors")) if r.get("name")]
    risks = [r for r in rows(answers.get("risks.top")) if r.get("risk")]
    goals = [r for r in rows(answers.get("goals.smart")) if r.get("goal")]
    legal = answers.get("practical.legal_form")
    return PlanFacts(
        hours_per_week=int_of(answers.get("about.hours_per_week")),
        relevant_skills_count=len(lines(answers.get("about.skills"))),
        strengths_count=len(lines(answers.get("about.strengths"))),
        motivation_given=not is_empty(answers.get("about.motivation")),
        what_i_sell_given=not is_empty(answers.get("idea.what")),
        to_whom_given=not is_empty(answers.get("idea.to_whom")),
        why_me_given=not is_empty(answers.get("idea.why_me")),
        customer_groups_count=len(lines(answers.get("customers.groups"))),
        customer_problem_given=not is_empty(answers.get("customers.problem")),
        people_asked=max(0, int_of(answers.get("customers.asked"), 0) or 0),
        customers_nearby_estimate=int_of(answers.get("customers.nearby")),
        competitor_count=len(competitors),
        competitors_with_price_count=sum(1 for r in competitors if not is_empty(r.get("price"))),
        channel_count=len(lines(answers.get("marketing.channels"))),
        first_customers_plan_given=not is_empty(answers.get("marketing.first10")),
        legal_form=None if is_empty(legal) else _enum(LegalForm, legal, LegalForm.OTHER),
        registration_no_given=not is_empty(answers.get("practical.registration_no")),
        permits_count=len(lines(answers.get("practical.permits"))),
        insurance_count=len(lines(answers.get("practical.insurance"))),
        risk_count=len(risks),
        plan_b_given=not is_empty(answers.get("risks.plan_b")),
        smart_goal_count=len(goals),
        smart_goals_not_in_future=goals_not_in_future(answers, today),
        documents_attached_count=len(lines(answers.get("summary.documents"))),
    )


def inputs_from_answers(
    answers: Mapping[str, Any], unknown_steps: Iterable[int], today: date
) -> PlanInputs:
    """The PlanInputs of a plan; missing or bad answers count as empty, never raise."""
    year, month = start_of(answers, today)
    payout = _month_in_plan(answers.get("liquidity.payout_month"))
    bought = _month_in_plan(answers.get("liquidity.investment_month"))
    investments = _investments(answers, bought)
    period = int_of(answers.get("liquidity.vat_period"))
    draw = answers.get("liquidity.private_draw")
    return PlanInputs(
        country=_enum(Country, answers.get("setup.country"), Country.DK),
        purpose=_enum(Purpose, answers.get("setup.purpose"), Purpose.MICROLOAN),
        vat_status=_enum(VatStatus, answers.get("setup.vat_status"), VatStatus.REGISTERED),
        plan_start_year=year,
        plan_start_month=month,
        unknown_steps=sorted(set(unknown_steps)),
        facts=facts_of(answers, today),
        startup=StartupInputs(
            investments=investments,
            start_costs=[
                StartCostRow(str(r.get("name") or ""), _money(r.get("amount")), month=bought)
                for r in rows(answers.get("startup.costs"))
            ],
            buffer_months=max(0, int_of(answers.get("startup.buffer_months"), 3) or 0),
        ),
        financing=FinancingInputs(
            own_cash=_money(answers.get("financing.own_cash")),
            in_kind=[InKindItem(r.name, r.amount_excl_vat) for r in investments if r.in_kind],
            microloan=_microloan(answers, payout),
            other_loans=_other_loans(answers, payout),
            grants=_money(answers.get("financing.grants")),
            credit_line=_money(answers.get("financing.credit_line")),
        ),
        operating=OperatingInputs(
            products=products_of(answers),
            fixed_costs=[
                FixedCostRow(
                    str(r.get("name") or ""),
                    _enum(FixedCostKind, r.get("kind"), FixedCostKind.OTHER),
                    _money(r.get("amount")),
                    _enum(VatRate, r.get("vat"), VatRate.STANDARD),
                )
                for r in rows(answers.get("operating.fixed_costs"))
            ],
            customer_payment_days=int_of(answers.get("operating.customer_days"), 0) or 0,
            supplier_payment_days=int_of(answers.get("operating.supplier_days"), 0) or 0,
        ),
        private=PrivateInputs(
            expenses=[
                HouseholdExpense(k, a)
                for k, a in _amounts(answers.get("private.expenses"), ExpenseKind)
            ],
            incomes=[
                HouseholdIncome(k, a)
                for k, a in _amounts(answers.get("private.incomes"), IncomeKind)
            ],
            tax_rate=_percent(answers.get("private.tax_rate")),
        ),
        liquidity=LiquidityInputs(
            vat_period_months=period if period and period > 0 else None,
            private_draw=None if is_empty(draw) else decimal_of(draw),
            include_prelim_tax=answers.get("liquidity.prelim_tax") is not False,
        ),
    )
