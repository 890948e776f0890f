"""Operating budget (§2.3): 12 months of year 1, then years 2 and 3 as totals; excl. VAT."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.country import VatRate
from desktop_app.core.finance.money import (
    ZERO,
    Money,
    dec_str,
    money_str,
    round_money,
    spread,
    total,
)
from desktop_app.core.finance.startup import InvestmentRow, investment_cost
from desktop_app.core.finance.vat import VatTreatment

MONTHS = 12
YEARS = 3
HORIZON = MONTHS * YEARS
MAX_LIFE_YEARS = 100


class Unit(StrEnum):
    """What one sold unit is."""

    PIECE = "piece"
    HOUR = "hour"
    JOB = "job"


class VolumeMode(StrEnum):
    """Whether the user typed one number for every month or a 12-month grid."""

    SAME = "same"
    MONTHLY = "monthly"


class FixedCostKind(StrEnum):
    """Category of a fixed-cost row."""

    RENT = "rent"
    PHONE = "phone"
    INSURANCE = "insurance"
    TRANSPORT = "transport"
    ACCOUNTANT = "accountant"
    MARKETING = "marketing"
    SOFTWARE = "software"
    FEES = "fees"
    OTHER = "other"


@dataclass
class ProductInput:
    """A product or service with its price, unit cost, VAT codes and monthly volumes."""

    name: str = ""
    unit: Unit = Unit.PIECE
    price_excl_vat: Money = ZERO
    variable_cost_per_unit: Money = ZERO
    vat_rate: VatRate = VatRate.STANDARD
    purchase_vat_rate: VatRate = VatRate.STANDARD
    volume_mode: VolumeMode = VolumeMode.SAME
    units_per_month: Decimal = Decimal(0)
    monthly_units: list[Decimal] = field(default_factory=list)
    # Annual units for years 2 and 3; None repeats the previous year.
    units_year2: Decimal | None = None
    units_year3: Decimal | None = None


@dataclass
class FixedCostRow:
    """A monthly fixed cost, excl. VAT."""

    name: str = ""
    kind: FixedCostKind = FixedCostKind.OTHER
    monthly_amount_excl_vat: Money = ZERO
    vat_rate: VatRate = VatRate.STANDARD


@dataclass
class OperatingInputs:
    """Step 10: products, volumes, fixed costs and payment terms."""

    products: list[ProductInput] = field(default_factory=list)
    fixed_costs: list[FixedCostRow] = field(default_factory=list)
    customer_payment_days: int = 0
    supplier_payment_days: int = 0
    # Fractions, e.g. 0.03 for 3 % more fixed costs than the year before.
    fixed_cost_change_year2: Decimal = Decimal(0)
    fixed_cost_change_year3: Decimal = Decimal(0)


@dataclass(frozen=True)
class OperatingRow:
    """Revenue to result for one month (`period` 1-12) or one year (`period` 1-3)."""

    period: int
    revenue: Money
    variable_costs: Money
    fixed_costs: Money
    depreciation: Money
    interest: Money

    @property
    def contribution(self) -> Money:
        """CM = R − V."""
        return self.revenue - self.variable_costs

    @property
    def contribution_ratio(self) -> Decimal | None:
        """CM / R, or None without revenue."""
        return None if self.revenue == 0 else self.contribution / self.revenue

    @property
    def result(self) -> Money:
        """EBT = CM − FC − D − Int."""
        return self.contribution - self.fixed_costs - self.depreciation - self.interest

    def to_dict(self, key: str) -> dict[str, Any]:
        """JSON-ready row; `key` names the period ("month" or "year")."""
        ratio = self.contribution_ratio
        return {
            key: self.period,
            "revenue": money_str(self.revenue),
            "variable_costs": money_str(self.variable_costs),
            "contribution": money_str(self.contribution),
            "contribution_ratio": None if ratio is None else dec_str(ratio, 4),
            "fixed_costs": money_str(self.fixed_costs),
            "depreciation": money_str(self.depreciation),
            "interest": money_str(self.interest),
            "result": money_str(self.result),
        }


@dataclass(frozen=True)
class OperatingBudget:
    """Twelve months of year 1, totals for years 1-3, and year-1 revenue per product."""

    months: tuple[OperatingRow, ...]
    years: tuple[OperatingRow, ...]
    product_revenue: tuple[Money, ...]
    product_variable_costs: tuple[Money, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready budget."""
        return {
            "months": [row.to_dict("month") for row in self.months],
            "years": [row.to_dict("year") for row in self.years],
            "product_revenue_year1": [money_str(v) for v in self.product_revenue],
        }


def monthly_units(product: ProductInput) -> list[Decimal]:
    """The 12 monthly volumes (negative values count as 0, a short grid is padded)."""
    if product.volume_mode is VolumeMode.SAME:
        values = [product.units_per_month] * MONTHS
    else:
        values = (list(product.monthly_units) + [Decimal(0)] * MONTHS)[:MONTHS]
    return [max(Decimal(0), value) for value in values]


def annual_units(product: ProductInput) -> list[Decimal]:
    """Units sold in years 1, 2 and 3."""
    year1 = sum(monthly_units(product), Decimal(0))
    year2 = year1 if product.units_year2 is None else max(Decimal(0), product.units_year2)
    year3 = year2 if product.units_year3 is None else max(Decimal(0), product.units_year3)
    return [year1, year2, year3]


def variable_cost(product: ProductInput, units: Decimal, vat: VatTreatment) -> Money:
    """Purchases for `units`, plus VAT the business cannot reclaim."""
    net = round_money(product.variable_cost_per_unit * units)
    return vat.cost(net, product.purchase_vat_rate, product.vat_rate)


def monthly_fixed_costs(rows: Sequence[FixedCostRow], vat: VatTreatment) -> Money:
    """FC for one month of year 1."""
    return total([vat.cost(row.monthly_amount_excl_vat, row.vat_rate) for row in rows])


def depreciation_by_month(
    investments: Sequence[InvestmentRow], vat: VatTreatment, horizon: int = HORIZON
) -> list[Money]:
    """Straight-line (cost − residual) / (life × 12) from the month of purchase, to the øre."""
    values = [ZERO] * horizon
    for row in investments:
        if row.life_years < 1:
            continue
        cost = investment_cost(row, vat)
        base = max(ZERO, cost - max(ZERO, round_money(row.residual)))
        life = min(row.life_years, MAX_LIFE_YEARS) * MONTHS
        start = max(1, row.month)
        if start > horizon:
            continue
        # Spread over the whole life, then keep the months that fall inside the horizon.
        pieces = spread(base, [Decimal(1)] * life)[: horizon + 1 - start]
        for offset, piece in enumerate(pieces):
            values[start - 1 + offset] += piece
    return values


def operating_budget(
    inputs: OperatingInputs,
    vat: VatTreatment,
    depreciation: Sequence[Money],
    interest: Sequence[Money],
) -> OperatingBudget:
    """Monthly year 1 and annual years 1-3; `depreciation` and `interest` cover 36 months."""
    grids = [monthly_units(product) for product in inputs.products]
    fixed = monthly_fixed_costs(inputs.fixed_costs, vat)
    months = []
    for m in range(MONTHS):
        revenue = total([round_money(p.price_excl_vat * g[m])
                         for p, g in zip(inputs.products, grids, strict=True)])
        variable = total([variable_cost(p, g[m], vat)
                          for p, g in zip(inputs.products, grids, strict=True)])
        months.append(OperatingRow(m + 1, revenue, variable, fixed, depreciation[m], interest[m]))
    years = [_sum_rows(1, months)]
    annual_fixed = fixed * MONTHS
    for year, change in ((2, inputs.fixed_cost_change_year2), (3, inputs.fixed_cost_change_year3)):
        annual_fixed = round_money(annual_fixed * (1 + change))
        revenue = total([round_money(p.price_excl_vat * annual_units(p)[year - 1])
                         for p in inputs.products])
        variable = total([variable_cost(p, annual_units(p)[year - 1], vat)
                          for p in inputs.products])
        window = slice((year - 1) * MONTHS, year * MONTHS)
        years.append(OperatingRow(year, revenue, variable, annual_fixed,
                                  total(depreciation[window]), total(interest[window])))
    product_revenue = tuple(
        total([round_money(p.price_excl_vat * u) for u in g])
        for p, g in zip(inputs.products, grids, strict=True))
    product_variable = tuple(
        total([variable_cost(p, u, vat) for u in g])
        for p, g in zip(inputs.products, grids, strict=True))
    return OperatingBudget(tuple(months), tuple(years), product_revenue, product_variable)


def _sum_rows(period: int, rows: Sequence[OperatingRow]) -> OperatingRow:
    return OperatingRow(
        period,
        total([r.revenue for r in rows]),
        total([r.variable_costs for r in rows]),
        total([r.fixed_costs for r in rows]),
        total([r.depreciation for r in rows]),
        total([r.interest for r in rows]),
    )
