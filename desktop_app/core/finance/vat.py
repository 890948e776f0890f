"""VAT treatment of amounts and the month each VAT period is settled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop_app.core.finance.country import VatRate, VatSchedule
from desktop_app.core.finance.money import ZERO, Money, round_money


class VatStatus(StrEnum):
    """The business's VAT position chosen in the setup step."""

    REGISTERED = "registered"
    BELOW_THRESHOLD = "below_threshold"  # DK under DKK 50,000 or NL KOR
    EXEMPT_ACTIVITY = "exempt_activity"


@dataclass(frozen=True)
class VatTreatment:
    """How VAT applies to this plan: charged on sales, and reclaimable on purchases or a cost."""

    registered: bool
    rates: Mapping[VatRate, Decimal]

    def rate(self, code: VatRate) -> Decimal:
        """Percentage for a rate code (0 when exempt or not offered in the country)."""
        if code is VatRate.EXEMPT:
            return Decimal(0)
        return self.rates.get(code, Decimal(0))

    def output_vat(self, net: Money, code: VatRate) -> Money:
        """VAT charged to the customer on a sale of `net`."""
        if not self.registered:
            return ZERO
        return round_money(net * self.rate(code))

    def input_vat(self, net: Money, code: VatRate) -> Money:
        """VAT paid to the supplier on a purchase of `net`."""
        return round_money(net * self.rate(code))

    def deductible(self, code_of_sale: VatRate | None = None) -> bool:
        """Whether input VAT is reclaimed (never for exempt sales or unregistered businesses)."""
        return self.registered and code_of_sale is not VatRate.EXEMPT

    def cost(self, net: Money, code: VatRate, code_of_sale: VatRate | None = None) -> Money:
        """What a purchase costs the business: net, plus VAT it cannot reclaim."""
        if self.deductible(code_of_sale):
            return round_money(net)
        return round_money(net) + self.input_vat(net, code)


def treatment_for(status: VatStatus, rates: Mapping[VatRate, Decimal]) -> VatTreatment:
    """VAT treatment for a status and the country's rates."""
    return VatTreatment(registered=status is VatStatus.REGISTERED, rates=rates)


def plan_month_of(start_year: int, start_month: int, year: int, month: int) -> int:
    """1-based plan month of a calendar month (may be outside 1..n)."""
    return (year - start_year) * 12 + (month - start_month) + 1


def calendar_of(start_year: int, start_month: int, plan_month: int) -> tuple[int, int]:
    """Calendar (year, month) of a 1-based plan month."""
    index = start_year * 12 + (start_month - 1) + (plan_month - 1)
    return index // 12, index % 12 + 1


def vat_settlements(
    net_vat_by_month: Sequence[Money],
    start_year: int,
    start_month: int,
    schedule: VatSchedule,
) -> list[Money]:
    """Net VAT per plan month moved to its due month; positive = payment, negative = refund."""
    horizon = len(net_vat_by_month)
    due = [ZERO] * horizon
    period = max(1, schedule.period_months)
    for index, amount in enumerate(net_vat_by_month):
        year, month = calendar_of(start_year, start_month, index + 1)
        # Periods run from January, so a 3-month period is a calendar quarter.
        period_end = ((month - 1) // period + 1) * period
        due_plan_month = plan_month_of(start_year, start_month, year, period_end)
        due_plan_month += max(0, schedule.due_offset_months)
        if due_plan_month <= horizon:
            due[due_plan_month - 1] += amount
    return due
