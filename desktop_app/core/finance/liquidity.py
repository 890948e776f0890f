"""12-month liquidity budget (§2.5), incl. VAT, payment terms, tax and private draw."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.core.finance.country import VatSchedule
from desktop_app.core.finance.loans import LoanSchedule
from desktop_app.core.finance.money import ZERO, Money, money_str, round_money, spread, total
from desktop_app.core.finance.operating import MONTHS, OperatingInputs, monthly_units
from desktop_app.core.finance.startup import (
    FinancingInputs,
    InvestmentRow,
    StartCostRow,
    StartupInputs,
)
from desktop_app.core.finance.vat import VatTreatment, calendar_of, vat_settlements

INFLOW_LINES = ("sales", "own_cash", "loan_payouts", "grants", "vat_refund")
OUTFLOW_LINES = ("purchases", "fixed_costs", "investments", "start_costs", "loan_instalments",
                 "private_draw", "prelim_tax", "vat_payment")
DAYS_PER_MONTH = 30


@dataclass
class LiquidityInputs:
    """Step 12 overrides: VAT timing, private draw and preliminary tax."""

    vat_period_months: int | None = None
    vat_due_offset_months: int | None = None
    private_draw: Money | None = None
    include_prelim_tax: bool = True
    prelim_tax_annual: Money | None = None


@dataclass(frozen=True)
class LiquidityMonth:
    """One month: opening, the inflow and outflow lines, closing."""

    month: int
    calendar: tuple[int, int]
    opening: Money
    inflow_lines: dict[str, Money]
    outflow_lines: dict[str, Money]

    @property
    def inflows(self) -> Money:
        """Sum of the inflow lines."""
        return total(list(self.inflow_lines.values()))

    @property
    def outflows(self) -> Money:
        """Sum of the outflow lines."""
        return total(list(self.outflow_lines.values()))

    @property
    def closing(self) -> Money:
        """Closing = opening + inflows − outflows."""
        return self.opening + self.inflows - self.outflows

    @property
    def operating_cash(self) -> Money:
        """Cash the running business leaves before the private draw."""
        out = self.outflow_lines
        return (self.inflow_lines["sales"] + self.inflow_lines["vat_refund"] - out["purchases"]
                - out["fixed_costs"] - out["loan_instalments"] - out["prelim_tax"]
                - out["vat_payment"])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready month."""
        year, month = self.calendar
        return {
            "month": self.month,
            "calendar_month": f"{year:04d}-{month:02d}",
            "opening": money_str(self.opening),
            "inflows": money_str(self.inflows),
            "outflows": money_str(self.outflows),
            "closing": money_str(self.closing),
            "inflow_lines": {k: money_str(v) for k, v in self.inflow_lines.items()},
            "outflow_lines": {k: money_str(v) for k, v in self.outflow_lines.items()},
        }


@dataclass(frozen=True)
class LiquidityBudget:
    """The 12 months and what they say about financing."""

    months: tuple[LiquidityMonth, ...]

    @property
    def min_closing(self) -> Money:
        """Lowest closing balance."""
        return min(m.closing for m in self.months)

    @property
    def min_month(self) -> int:
        """First month with the lowest closing balance."""
        return min(self.months, key=lambda m: (m.closing, m.month)).month

    @property
    def extra_financing_need(self) -> Money:
        """|min closing| when it is below zero, else 0."""
        return max(ZERO, -self.min_closing)

    def first_month_covering_draw(self) -> int | None:
        """First month whose operating cash covers that month's private draw."""
        for month in self.months:
            if month.operating_cash >= month.outflow_lines["private_draw"]:
                return month.month
        return None

    def summary_dict(self) -> dict[str, Any]:
        """JSON-ready key figures."""
        return {
            "min_closing": money_str(self.min_closing),
            "min_month": self.min_month,
            "extra_financing_need": money_str(self.extra_financing_need),
            "first_month_covering_draw": self.first_month_covering_draw(),
        }


def shift_by_days(amounts: Sequence[Money], days: int) -> list[Money]:
    """Move each month's amount `days` later (30-day months); what leaves the window is dropped."""
    horizon = len(amounts)
    whole, rest = divmod(max(0, days), DAYS_PER_MONTH)
    later_share = Decimal(rest) / DAYS_PER_MONTH
    shifted = [ZERO] * horizon
    for index, amount in enumerate(amounts):
        later = round_money(amount * later_share)
        for target, part in ((index + whole, amount - later), (index + whole + 1, later)):
            if target < horizon:
                shifted[target] += part
    return shifted


def prelim_tax_by_month(
    annual: Money, start_year: int, start_month: int, tax_months: Sequence[int]
) -> list[Money]:
    """Annual preliminary tax split evenly over the instalment months in the plan year."""
    weights = [Decimal(1) if calendar_of(start_year, start_month, m)[1] in tax_months
               else Decimal(0) for m in range(1, MONTHS + 1)]
    return spread(round_money(annual), weights)


def _at_month(month: int, amount: Money, values: list[Money]) -> None:
    values[min(MONTHS, max(1, month)) - 1] += amount


def liquidity_budget(
    *,
    start: tuple[int, int],
    operating: OperatingInputs,
    startup: StartupInputs,
    financing: FinancingInputs,
    schedules: Sequence[LoanSchedule],
    vat: VatTreatment,
    vat_schedule: VatSchedule,
    private_draw: Money,
    prelim_tax: Sequence[Money],
) -> LiquidityBudget:
    """Opening_1 = 0; Closing_m = Opening_m + Inflows_m − Outflows_m, chained over 12 months."""
    sales, purchases, net_vat = [ZERO] * MONTHS, [ZERO] * MONTHS, [ZERO] * MONTHS
    for product in operating.products:
        for m, units in enumerate(monthly_units(product)):
            revenue = round_money(product.price_excl_vat * units)
            output = vat.output_vat(revenue, product.vat_rate)
            cost = round_money(product.variable_cost_per_unit * units)
            input_vat = vat.input_vat(cost, product.purchase_vat_rate)
            sales[m] += revenue + output
            purchases[m] += cost + input_vat
            net_vat[m] += output - (input_vat if vat.deductible(product.vat_rate) else ZERO)
    fixed = ZERO
    for row in operating.fixed_costs:
        input_vat = vat.input_vat(row.monthly_amount_excl_vat, row.vat_rate)
        fixed += round_money(row.monthly_amount_excl_vat) + input_vat
        for m in range(MONTHS):
            net_vat[m] -= input_vat if vat.deductible() else ZERO
    investments, start_costs = [ZERO] * MONTHS, [ZERO] * MONTHS
    one_offs: list[tuple[InvestmentRow | StartCostRow, list[Money]]] = [
        (row, investments) for row in startup.investments if not row.in_kind]
    one_offs += [(row, start_costs) for row in startup.start_costs]
    for item, values in one_offs:
        input_vat = vat.input_vat(item.amount_excl_vat, item.vat_rate)
        _at_month(item.month, round_money(item.amount_excl_vat) + input_vat, values)
        _at_month(item.month, -input_vat if vat.deductible() else ZERO, net_vat)
    own_cash, grants, payouts = [ZERO] * MONTHS, [ZERO] * MONTHS, [ZERO] * MONTHS
    _at_month(financing.own_cash_month, round_money(financing.own_cash), own_cash)
    _at_month(financing.grants_month, round_money(financing.grants), grants)
    instalments = [ZERO] * MONTHS
    for schedule in schedules:
        if schedule.amount > 0 and schedule.payout_month <= MONTHS:
            payouts[schedule.payout_month - 1] += schedule.amount
        instalments = [a + b for a, b in
                       zip(instalments, schedule.by_plan_month("instalment", MONTHS), strict=True)]
    settled = vat_settlements(net_vat, start[0], start[1], vat_schedule) if vat.registered \
        else [ZERO] * MONTHS
    receipts = shift_by_days(sales, operating.customer_payment_days)
    payments = shift_by_days(purchases, operating.supplier_payment_days)
    months: list[LiquidityMonth] = []
    opening = ZERO
    for m in range(MONTHS):
        month = LiquidityMonth(
            m + 1, calendar_of(start[0], start[1], m + 1), opening,
            dict(zip(INFLOW_LINES, (receipts[m], own_cash[m], payouts[m], grants[m],
                                    max(ZERO, -settled[m])), strict=True)),
            dict(zip(OUTFLOW_LINES, (payments[m], fixed, investments[m], start_costs[m],
                                     instalments[m], private_draw, prelim_tax[m],
                                     max(ZERO, settled[m])), strict=True)),
        )
        months.append(month)
        opening = month.closing
    return LiquidityBudget(tuple(months))
