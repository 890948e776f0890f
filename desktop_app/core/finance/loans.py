"""Loan repayment schedules: interest-free microloan, annuity and linear."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.money import ZERO, Money, money_str, round_money, total

# Caps keep a mistyped instalment (say 0.01 on 50,000) from building a million-row schedule.
MAX_REPAYMENT_MONTHS = 480
MAX_GRACE_MONTHS = 60


class LoanKind(StrEnum):
    """How a loan is repaid."""

    INTEREST_FREE = "interest_free"
    ANNUITY = "annuity"
    LINEAR = "linear"


@dataclass
class LoanInput:
    """One loan: amount, repayment terms and the plan month it is paid out."""

    amount: Money = ZERO
    kind: LoanKind = LoanKind.INTEREST_FREE
    annual_rate: Decimal = Decimal(0)
    # Repayment months after the grace period; ignored when a fixed instalment is set.
    months: int = 0
    grace_months: int = 0
    fixed_instalment: Money | None = None
    payout_month: int = 1
    lender: str = ""


@dataclass(frozen=True)
class ScheduleRow:
    """One month of a schedule; `plan_month` places it in the plan (1 = first plan month)."""

    month: int
    plan_month: int
    opening: Money
    interest: Money
    principal: Money
    instalment: Money
    closing: Money

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready row with money as strings."""
        return {
            "month": self.month,
            "plan_month": self.plan_month,
            "opening": money_str(self.opening),
            "interest": money_str(self.interest),
            "principal": money_str(self.principal),
            "instalment": money_str(self.instalment),
            "closing": money_str(self.closing),
        }


@dataclass(frozen=True)
class LoanSchedule:
    """A loan's full repayment schedule."""

    kind: LoanKind
    amount: Money
    payout_month: int
    rows: tuple[ScheduleRow, ...]

    @property
    def total_interest(self) -> Money:
        """Interest over the whole schedule."""
        return total([row.interest for row in self.rows])

    def by_plan_month(self, attribute: str, horizon: int) -> list[Money]:
        """`interest`, `principal` or `instalment` per plan month 1..horizon."""
        values = [ZERO] * horizon
        for row in self.rows:
            if 1 <= row.plan_month <= horizon:
                values[row.plan_month - 1] += getattr(row, attribute)
        return values

    def balance_after(self, plan_month: int) -> Money:
        """Outstanding balance at the end of a plan month."""
        if plan_month < self.payout_month:
            return ZERO
        balance = self.amount
        for row in self.rows:
            if row.plan_month <= plan_month:
                balance = row.closing
        return balance

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready schedule."""
        return {
            "kind": self.kind.value,
            "amount": money_str(self.amount),
            "payout_month": self.payout_month,
            "total_interest": money_str(self.total_interest),
            "rows": [row.to_dict() for row in self.rows],
        }


def annuity_payment(principal: Money, annual_rate: Decimal, months: int) -> Money:
    """Level monthly instalment A = P·r / (1 − (1+r)^−n), rounded to øre."""
    if months <= 0:
        return round_money(principal)
    if annual_rate <= 0:
        return round_money(principal / months)
    with localcontext() as ctx:
        ctx.prec = 40
        rate = annual_rate / 12
        payment = principal * rate / (1 - (1 + rate) ** -months)
    return round_money(payment)


def repayment_months(loan: LoanInput) -> int:
    """Number of repayment months after grace (n, or ceil(P / k) for a fixed instalment)."""
    if loan.kind is LoanKind.INTEREST_FREE and loan.fixed_instalment is not None:
        if loan.fixed_instalment > 0:
            months = math.ceil(max(loan.amount, ZERO) / loan.fixed_instalment)
            return min(MAX_REPAYMENT_MONTHS, max(1, months))
    return min(MAX_REPAYMENT_MONTHS, max(1, loan.months))


def loan_schedule(loan: LoanInput, rounding: str = ROUND_HALF_EVEN) -> LoanSchedule:
    """Month-by-month schedule that repays exactly the amount; interest rounded per month."""
    amount = round_money(max(loan.amount, ZERO))
    payout = max(1, loan.payout_month)
    if amount == 0:
        return LoanSchedule(loan.kind, ZERO, payout, ())
    rate = ZERO if loan.kind is LoanKind.INTEREST_FREE else max(loan.annual_rate, ZERO) / 12
    n = repayment_months(loan)
    grace = min(MAX_GRACE_MONTHS, max(0, loan.grace_months))
    level = _level_principal(loan, amount, n)
    annuity = annuity_payment(amount, rate * 12, n) if loan.kind is LoanKind.ANNUITY else ZERO
    rows: list[ScheduleRow] = []
    balance = amount
    for index in range(1, grace + n + 1):
        interest = round_money(balance * rate, rounding)
        if index <= grace:
            principal = ZERO
        elif index == grace + n:
            # The last instalment takes whatever rounding left over.
            principal = balance
        elif loan.kind is LoanKind.ANNUITY:
            principal = annuity - interest
        else:
            principal = level
        principal = max(ZERO, min(principal, balance))
        closing = balance - principal
        rows.append(ScheduleRow(index, payout + index - 1, balance, interest, principal,
                                interest + principal, closing))
        balance = closing
        if balance == 0 and index > grace:
            break
    return LoanSchedule(loan.kind, amount, payout, tuple(rows))


def _level_principal(loan: LoanInput, amount: Money, n: int) -> Money:
    if loan.kind is LoanKind.INTEREST_FREE and loan.fixed_instalment is not None:
        if loan.fixed_instalment > 0:
            return round_money(loan.fixed_instalment)
    return round_money(amount / n)
