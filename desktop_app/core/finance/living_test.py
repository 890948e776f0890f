""""Can the owner live from it?" (§2.8), per year 1-3."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.country import LivingTestSettings
from desktop_app.core.finance.money import ZERO, Money, dec_str, money_str, round_money
from desktop_app.core.finance.operating import OperatingBudget
from desktop_app.core.finance.private_budget import PrivateBudget


class LivingResult(StrEnum):
    """Band of the living ratio."""

    SELF_SUPPORTING = "self_supporting"
    PARTLY = "partly"
    NOT_YET = "not_yet"


@dataclass(frozen=True)
class LivingYear:
    """CashForOwner_y = EBT + D − tax − principal, compared with 12 × NeedNet."""

    year: int
    result_before_tax: Money
    depreciation: Money
    income_tax: Money
    principal: Money
    need_net_year: Money
    ratio: Decimal | None
    result: LivingResult

    @property
    def cash_for_owner(self) -> Money:
        """What the business leaves for the household after tax and repayments."""
        return self.result_before_tax + self.depreciation - self.income_tax - self.principal

    @property
    def repayment_margin(self) -> Money:
        """Lender's view: cash for the owner minus the owner's draw for the year."""
        return self.cash_for_owner - self.need_net_year

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready year."""
        return {
            "year": self.year,
            "result_before_tax": money_str(self.result_before_tax),
            "depreciation": money_str(self.depreciation),
            "income_tax": money_str(self.income_tax),
            "principal": money_str(self.principal),
            "cash_for_owner": money_str(self.cash_for_owner),
            "need_net_year": money_str(self.need_net_year),
            "repayment_margin": money_str(self.repayment_margin),
            "ratio": None if self.ratio is None else dec_str(self.ratio, 4),
            "result": self.result.value,
        }


@dataclass(frozen=True)
class LivingTest:
    """Years 1-3 and the first month the liquidity budget covers the private draw."""

    years: tuple[LivingYear, ...]
    first_month_covering_draw: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready test."""
        return {
            "years": [year.to_dict() for year in self.years],
            "first_month_covering_draw": self.first_month_covering_draw,
        }


def income_tax(result_before_tax: Money, rate: Decimal) -> Money:
    """Tax on a positive result at the coach's effective rate."""
    return round_money(max(ZERO, result_before_tax) * rate)


def classify(ratio: Decimal | None, bands: LivingTestSettings) -> LivingResult:
    """Band for a ratio; no need at all counts as self-supporting."""
    if ratio is None or ratio >= bands.self_supporting_min:
        return LivingResult.SELF_SUPPORTING
    if ratio >= bands.partly_min:
        return LivingResult.PARTLY
    return LivingResult.NOT_YET


def living_test(
    operating: OperatingBudget,
    principal_by_year: Sequence[Money],
    private: PrivateBudget,
    bands: LivingTestSettings,
    first_month_covering_draw: int | None,
) -> LivingTest:
    """Living ratio = CashForOwner_y / (12 × NeedNet) for years 1-3."""
    need = private.need_net_year
    years = []
    for row, principal in zip(operating.years, principal_by_year, strict=True):
        tax = income_tax(row.result, private.tax_rate)
        cash = row.result + row.depreciation - tax - principal
        ratio = None if need == 0 else cash / need
        years.append(LivingYear(row.period, row.result, row.depreciation, tax, principal, need,
                                ratio, classify(ratio, bands)))
    return LivingTest(tuple(years), first_month_covering_draw)
