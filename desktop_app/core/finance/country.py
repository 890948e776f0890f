"""Country settings for DK and NL: every rate and threshold is editable and dated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.core.finance.money import Money
from desktop_app.core.finance.serial import from_jsonable, to_jsonable


class Country(StrEnum):
    """Countries the engine knows."""

    DK = "DK"
    NL = "NL"


class VatRate(StrEnum):
    """VAT rate code of a product or cost row; the percentage lives in the settings."""

    STANDARD = "standard"
    REDUCED = "reduced"
    ZERO = "zero"
    EXEMPT = "exempt"


@dataclass(frozen=True)
class VatSchedule:
    """Filing period length and how many months after the period's end VAT is due."""

    period_months: int = 3
    due_offset_months: int = 3


@dataclass(frozen=True)
class VatBand:
    """Filing schedule for established businesses with annual turnover up to a limit."""

    turnover_up_to: Money | None
    schedule: VatSchedule


@dataclass(frozen=True)
class VatSettings:
    """VAT rates, the small-business threshold and the filing schedules."""

    as_of: date
    rates: dict[VatRate, Decimal]
    # DK: compulsory registration above it; NL: the KOR turnover ceiling.
    small_business_threshold: Money
    new_business_schedule: VatSchedule
    new_business_months: int
    established_bands: tuple[VatBand, ...] = ()


@dataclass(frozen=True)
class TaxSettings:
    """Income-tax planning values (the app is not a tax engine)."""

    as_of: date
    effective_tax_rate_default: Decimal
    am_bidrag_rate: Decimal
    # Calendar months (1-12) with a preliminary-tax instalment.
    prelim_tax_months: tuple[int, ...]
    instant_writeoff_limit: Money
    pool_writedown_rate: Decimal


@dataclass(frozen=True)
class LivingTestSettings:
    """Bands of the living ratio: at or above `self_supporting_min`, at or above `partly_min`."""

    as_of: date
    self_supporting_min: Decimal = Decimal("1.0")
    partly_min: Decimal = Decimal("0.3")


@dataclass(frozen=True)
class LoanSettings:
    """Reference microloan limits and a typical rate for other loans."""

    as_of: date
    microloan_min: Money
    microloan_max: Money
    reference_rate: Decimal


@dataclass(frozen=True)
class BudgetSettings:
    """Plan-level defaults and limits used by validation and the checklist."""

    as_of: date
    buffer_months_default: int = 3
    max_customer_payment_days: int = 90
    min_hours_per_week: int = 1
    max_hours_per_week: int = 80
    min_people_asked: int = 10


@dataclass(frozen=True)
class CountrySettings:
    """All editable settings for one country."""

    country: Country
    currency: str
    vat: VatSettings
    tax: TaxSettings
    living_test: LivingTestSettings
    loans: LoanSettings
    budget: BudgetSettings = field(default_factory=lambda: BudgetSettings(as_of=date(2025, 1, 1)))


def _dk() -> CountrySettings:
    as_of = date(2025, 1, 1)
    quarterly = VatSchedule(period_months=3, due_offset_months=3)
    return CountrySettings(
        country=Country.DK,
        currency="DKK",
        vat=VatSettings(
            as_of=as_of,
            rates={VatRate.STANDARD: Decimal("0.25"), VatRate.ZERO: Decimal(0),
                   VatRate.EXEMPT: Decimal(0)},
            small_business_threshold=Decimal("50000.00"),
            new_business_schedule=quarterly,
            new_business_months=18,
            established_bands=(
                VatBand(Decimal("5000000.00"), VatSchedule(6, 3)),
                VatBand(Decimal("50000000.00"), quarterly),
                VatBand(None, VatSchedule(1, 1)),
            ),
        ),
        tax=TaxSettings(
            as_of=as_of,
            # Placeholder the coach overrides per participant.
            effective_tax_rate_default=Decimal("0.35"),
            am_bidrag_rate=Decimal("0.08"),
            prelim_tax_months=(1, 2, 3, 4, 5, 7, 8, 9, 10, 11),
            instant_writeoff_limit=Decimal("34400.00"),
            pool_writedown_rate=Decimal("0.25"),
        ),
        living_test=LivingTestSettings(as_of=as_of),
        loans=LoanSettings(as_of=date(2014, 1, 1), microloan_min=Decimal("5000.00"),
                           microloan_max=Decimal("50000.00"), reference_rate=Decimal(0)),
        budget=BudgetSettings(as_of=as_of),
    )


def _nl() -> CountrySettings:
    as_of = date(2025, 1, 1)
    quarterly = VatSchedule(period_months=3, due_offset_months=1)
    return CountrySettings(
        country=Country.NL,
        currency="EUR",
        vat=VatSettings(
            as_of=as_of,
            rates={VatRate.STANDARD: Decimal("0.21"), VatRate.REDUCED: Decimal("0.09"),
                   VatRate.ZERO: Decimal(0), VatRate.EXEMPT: Decimal(0)},
            small_business_threshold=Decimal("20000.00"),
            new_business_schedule=quarterly,
            new_business_months=0,
            established_bands=(VatBand(None, quarterly),),
        ),
        tax=TaxSettings(
            as_of=as_of,
            # Placeholder: allowances vary a lot, so the coach sets the real rate.
            effective_tax_rate_default=Decimal("0.20"),
            am_bidrag_rate=Decimal(0),
            prelim_tax_months=tuple(range(1, 13)),
            instant_writeoff_limit=Decimal("450.00"),
            pool_writedown_rate=Decimal("0.20"),
        ),
        living_test=LivingTestSettings(as_of=as_of),
        loans=LoanSettings(as_of=date(2015, 1, 1), microloan_min=Decimal("0.00"),
                           microloan_max=Decimal("50000.00"), reference_rate=Decimal("0.08")),
        budget=BudgetSettings(as_of=as_of),
    )


def default_settings(country: Country | str) -> CountrySettings:
    """Fresh default settings for "DK" or "NL"; raises ValueError for anything else."""
    code = Country(country)
    return _dk() if code is Country.DK else _nl()


def vat_schedule_for(
    vat: VatSettings, months_in_business: int, annual_turnover: Money
) -> VatSchedule:
    """Filing schedule for a business of this age and turnover."""
    if months_in_business < vat.new_business_months or not vat.established_bands:
        return vat.new_business_schedule
    for band in vat.established_bands:
        if band.turnover_up_to is None or annual_turnover < band.turnover_up_to:
            return band.schedule
    return vat.established_bands[-1].schedule


def effective_tax_rate(income_tax_rate: Decimal, am_rate: Decimal) -> Decimal:
    """Combined rate when AM-bidrag is taken first and income tax from the rest."""
    return am_rate + (Decimal(1) - am_rate) * income_tax_rate


def settings_to_dict(settings: CountrySettings) -> dict[str, Any]:
    """JSON-ready settings with rates and amounts as strings and dates as ISO text."""
    data: dict[str, Any] = to_jsonable(settings)
    return data


def settings_from_dict(data: Mapping[str, Any]) -> CountrySettings:
    """Inverse of `settings_to_dict`; raises ValueError on bad data."""
    settings: CountrySettings = from_jsonable(CountrySettings, data)
    return settings
