"""Start-up budget (§2.1) and its financing (§2.2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.core.finance.country import VatRate
from desktop_app.core.finance.loans import LoanInput
from desktop_app.core.finance.money import (
    ZERO,
    Money,
    dec_str,
    money_str,
    round_money,
    round_to,
    total,
)
from desktop_app.core.finance.vat import VatTreatment


@dataclass
class InvestmentRow:
    """An asset bought before the first sale; `in_kind` assets bring no cash outflow."""

    name: str = ""
    amount_excl_vat: Money = ZERO
    life_years: int = 5
    residual: Money = ZERO
    bought_new: bool = True
    vat_rate: VatRate = VatRate.STANDARD
    month: int = 1
    in_kind: bool = False


@dataclass
class StartCostRow:
    """A one-off start cost (deposit, registration, first stock, website, launch marketing)."""

    name: str = ""
    amount_excl_vat: Money = ZERO
    vat_rate: VatRate = VatRate.STANDARD
    month: int = 1


@dataclass
class StartupInputs:
    """Step 8: investments, start costs and the buffer."""

    investments: list[InvestmentRow] = field(default_factory=list)
    start_costs: list[StartCostRow] = field(default_factory=list)
    buffer_months: int = 3
    # Registered businesses may have to finance input VAT until the refund arrives.
    prefinance_input_vat: bool = False


@dataclass
class InKindItem:
    """Something the owner brings in instead of cash."""

    name: str = ""
    value: Money = ZERO


@dataclass
class FinancingInputs:
    """Step 9: where the money comes from."""

    own_cash: Money = ZERO
    own_cash_month: int = 1
    in_kind: list[InKindItem] = field(default_factory=list)
    microloan: LoanInput = field(default_factory=LoanInput)
    other_loans: list[LoanInput] = field(default_factory=list)
    grants: Money = ZERO
    grants_month: int = 1
    credit_line: Money = ZERO

    def loans(self) -> list[LoanInput]:
        """The microloan followed by the other loans."""
        return [self.microloan, *self.other_loans]


@dataclass(frozen=True)
class StartupBudget:
    """I, S, B and N of §2.1."""

    investments: Money
    start_costs: Money
    buffer: Money
    input_vat: Money
    total_need: Money

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "investments": money_str(self.investments),
            "start_costs": money_str(self.start_costs),
            "buffer": money_str(self.buffer),
            "input_vat_prefinanced": money_str(self.input_vat),
            "total_need": money_str(self.total_need),
        }


@dataclass(frozen=True)
class Financing:
    """F, the gap N − F and the own share of §2.2."""

    own_cash: Money
    in_kind: Money
    microloan: Money
    other_loans: Money
    grants: Money
    total: Money
    gap: Money
    own_share: Decimal | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures; own_share is a ratio with 4 decimals or null."""
        return {
            "own_cash": money_str(self.own_cash),
            "in_kind": money_str(self.in_kind),
            "microloan": money_str(self.microloan),
            "other_loans": money_str(self.other_loans),
            "grants": money_str(self.grants),
            "total": money_str(self.total),
            "gap": money_str(self.gap),
            "own_share": None if self.own_share is None else dec_str(self.own_share, 4),
        }


def investment_cost(row: InvestmentRow, vat: VatTreatment) -> Money:
    """Cost basis of an asset: excl. VAT, plus VAT the business cannot reclaim (none in kind)."""
    if row.in_kind:
        return round_money(row.amount_excl_vat)
    return vat.cost(row.amount_excl_vat, row.vat_rate)


def startup_budget(
    inputs: StartupInputs, monthly_fixed_costs: Money, vat: VatTreatment
) -> StartupBudget:
    """Total need N = I + S + B (+ input VAT on I and S when it must be pre-financed)."""
    investments = total([investment_cost(row, vat) for row in inputs.investments])
    start_costs = total([vat.cost(row.amount_excl_vat, row.vat_rate) for row in inputs.start_costs])
    buffer = max(0, inputs.buffer_months) * monthly_fixed_costs
    input_vat = ZERO
    if inputs.prefinance_input_vat and vat.deductible():
        input_vat = total(
            [vat.input_vat(row.amount_excl_vat, row.vat_rate)
             for row in inputs.investments if not row.in_kind]
            + [vat.input_vat(row.amount_excl_vat, row.vat_rate) for row in inputs.start_costs]
        )
    need = investments + start_costs + buffer + input_vat
    return StartupBudget(investments, start_costs, buffer, input_vat, need)


def financing(inputs: FinancingInputs, total_need: Money) -> Financing:
    """Sum of the sources, the gap to the total need and the owner's share."""
    own_cash = round_money(inputs.own_cash)
    grants = round_money(inputs.grants)
    in_kind = total([round_money(item.value) for item in inputs.in_kind])
    microloan = round_money(max(inputs.microloan.amount, ZERO))
    others = total([round_money(max(loan.amount, ZERO)) for loan in inputs.other_loans])
    sources = own_cash + in_kind + microloan + others + grants
    share = None
    if total_need > 0:
        share = round_to((own_cash + in_kind) / total_need, 6)
    return Financing(own_cash, in_kind, microloan, others, grants, sources,
                     total_need - sources, share)
