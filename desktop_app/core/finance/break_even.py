"""Break-even (§2.4): units and revenue to cover costs, and to cover costs plus a living."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.money import (
    Money,
    ceil_int,
    dec_str,
    money_str,
    round_money,
    round_to,
)
from desktop_app.core.finance.operating import MONTHS, OperatingBudget, ProductInput


class BreakEvenStatus(StrEnum):
    """Whether a break-even point exists."""

    OK = "ok"
    NO_SALES = "no_sales"
    NO_CONTRIBUTION = "no_contribution"


@dataclass(frozen=True)
class ProductUnits:
    """Units of one product needed at the break-even point (year-1 sales mix)."""

    product: int
    units_year: Decimal
    units_month: Decimal
    units_month_whole: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready units (2 decimals) and the whole number to quote."""
        return {
            "product": self.product,
            "units_year": dec_str(self.units_year, 2),
            "units_month": dec_str(self.units_month, 2),
            "units_month_whole": self.units_month_whole,
        }


@dataclass(frozen=True)
class BreakEvenPoint:
    """Costs to cover (FC*), the revenue that covers them, and the units per product."""

    costs_to_cover: Money
    revenue: Money | None
    products: tuple[ProductUnits, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready point."""
        return {
            "costs_to_cover": money_str(self.costs_to_cover),
            "revenue": None if self.revenue is None else money_str(self.revenue),
            "revenue_month": None if self.revenue is None else money_str(self.revenue / MONTHS),
            "products": [p.to_dict() for p in self.products],
        }


@dataclass(frozen=True)
class BreakEven:
    """Break-even for costs only and for costs plus the owner's gross need."""

    status: BreakEvenStatus
    contribution_ratio: Decimal | None
    costs_only: BreakEvenPoint
    with_living: BreakEvenPoint
    owner_gross_need: Money
    months_to_break_even: int | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready break-even."""
        ratio = self.contribution_ratio
        return {
            "status": self.status.value,
            "contribution_ratio": None if ratio is None else dec_str(ratio, 4),
            "costs_only": self.costs_only.to_dict(),
            "with_living": self.with_living.to_dict(),
            "owner_gross_need": money_str(self.owner_gross_need),
            "months_to_break_even": self.months_to_break_even,
        }


def break_even(
    operating: OperatingBudget, products: Sequence[ProductInput], owner_gross_need: Money
) -> BreakEven:
    """Units_BE = FC* / (price − varcost); Revenue_BE = FC* / weighted CM ratio (year 1)."""
    year = operating.years[0]
    fixed = year.fixed_costs + year.depreciation + year.interest
    living = fixed + owner_gross_need
    months = _months_to_break_even(operating)
    ratio = year.contribution_ratio
    if ratio is None or ratio <= 0:
        status = BreakEvenStatus.NO_SALES if ratio is None else BreakEvenStatus.NO_CONTRIBUTION
        return BreakEven(status, ratio, BreakEvenPoint(fixed, None, ()),
                         BreakEvenPoint(living, None, ()), owner_gross_need, months)
    return BreakEven(
        BreakEvenStatus.OK,
        ratio,
        _point(fixed, ratio, operating, products),
        _point(living, ratio, operating, products),
        owner_gross_need,
        months,
    )


def _point(
    costs: Money, ratio: Decimal, operating: OperatingBudget, products: Sequence[ProductInput]
) -> BreakEvenPoint:
    revenue = costs / ratio
    total_revenue = operating.years[0].revenue
    units: list[ProductUnits] = []
    for index, (product, product_revenue) in enumerate(
        zip(products, operating.product_revenue, strict=True)
    ):
        if product.price_excl_vat <= 0:
            continue
        # Each product keeps its share of year-1 revenue at the break-even point.
        per_year = revenue * product_revenue / total_revenue / product.price_excl_vat
        units.append(ProductUnits(index, round_to(per_year, 2), round_to(per_year / MONTHS, 2),
                                  ceil_int(per_year / MONTHS)))
    return BreakEvenPoint(costs, round_money(revenue), tuple(units))


def _months_to_break_even(operating: OperatingBudget) -> int | None:
    cumulative = Decimal(0)
    for row in operating.months:
        cumulative += row.result
        if cumulative >= 0:
            return row.period
    return None
