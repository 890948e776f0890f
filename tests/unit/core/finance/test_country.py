"""Default DK/NL settings, their dates, schedules and the settings JSON round trip."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.core.finance.country import (
    Country,
    VatRate,
    VatSchedule,
    default_settings,
    effective_tax_rate,
    settings_from_dict,
    settings_to_dict,
    vat_schedule_for,
)

D = Decimal


def test_dk_defaults() -> None:
    dk = default_settings("DK")
    assert dk.currency == "DKK"
    assert dk.vat.rates[VatRate.STANDARD] == D("0.25")
    assert VatRate.REDUCED not in dk.vat.rates
    assert dk.vat.small_business_threshold == D("50000.00")
    assert dk.vat.new_business_schedule == VatSchedule(3, 3)  # Q1 due 1 June
    assert dk.vat.new_business_months == 18
    assert dk.tax.am_bidrag_rate == D("0.08")
    assert len(dk.tax.prelim_tax_months) == 10
    assert 6 not in dk.tax.prelim_tax_months and 12 not in dk.tax.prelim_tax_months
    assert dk.tax.instant_writeoff_limit == D("34400.00")


def test_nl_defaults() -> None:
    nl = default_settings(Country.NL)
    assert nl.currency == "EUR"
    assert (nl.vat.rates[VatRate.STANDARD], nl.vat.rates[VatRate.REDUCED]) == (
        D("0.21"), D("0.09"))
    assert nl.vat.small_business_threshold == D("20000.00")
    assert nl.vat.new_business_schedule == VatSchedule(3, 1)  # Q1 due 30 April
    assert nl.tax.prelim_tax_months == tuple(range(1, 13))


@pytest.mark.parametrize("code", ["DK", "NL"])
def test_every_setting_group_is_dated(code: str) -> None:
    settings = default_settings(code)
    for group in (settings.vat, settings.tax, settings.living_test, settings.loans,
                  settings.budget):
        assert isinstance(group.as_of, date)
    assert (settings.living_test.self_supporting_min, settings.living_test.partly_min) == (
        D("1.0"), D("0.3"))


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError):
        default_settings("SE")


def test_dk_schedule_after_eighteen_months() -> None:
    vat = default_settings("DK").vat
    assert vat_schedule_for(vat, 6, D("400000")) == VatSchedule(3, 3)
    assert vat_schedule_for(vat, 24, D("400000")) == VatSchedule(6, 3)
    assert vat_schedule_for(vat, 24, D("20000000")) == VatSchedule(3, 3)
    assert vat_schedule_for(vat, 24, D("90000000")).period_months == 1


def test_effective_tax_rate_takes_am_bidrag_first() -> None:
    assert effective_tax_rate(D("0.30"), D("0.08")) == D("0.3560")


@pytest.mark.parametrize("code", ["DK", "NL"])
def test_settings_round_trip_through_json(code: str) -> None:
    settings = default_settings(code)
    edited = dataclasses.replace(
        settings, tax=dataclasses.replace(settings.tax, effective_tax_rate_default=D("0.31")))
    text = json.dumps(settings_to_dict(edited))
    assert settings_from_dict(json.loads(text)) == edited
