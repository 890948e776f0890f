"""Generic dataclass <-> JSON conversion used by PlanInputs and the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.core.finance.country import VatRate
from desktop_app.core.finance.serial import from_jsonable, to_jsonable


@dataclass
class Sample:
    amount: Decimal = Decimal(0)
    when: date = date(2025, 1, 1)
    rates: dict[VatRate, Decimal] = field(default_factory=dict)
    months: tuple[int, ...] = ()
    note: str | None = None


def test_round_trip_keeps_exact_values() -> None:
    sample = Sample(Decimal("1E+3"), date(2024, 5, 1), {VatRate.REDUCED: Decimal("0.09")},
                    (1, 2), "x")
    data = to_jsonable(sample)
    assert data == {"amount": "1000", "when": "2024-05-01", "rates": {"reduced": "0.09"},
                    "months": [1, 2], "note": "x"}
    assert from_jsonable(Sample, data) == sample


@pytest.mark.parametrize("data", [
    {"amount": "NaN"}, {"amount": "abc"}, {"amount": 1.5}, {"amount": True},
    {"months": "1,2"}, {"months": [True]}, {"note": 3}, {"when": 20240501}, [],
])
def test_bad_data_raises_value_error(data: object) -> None:
    with pytest.raises(ValueError):
        from_jsonable(Sample, data)


def test_unknown_keys_are_ignored() -> None:
    assert from_jsonable(Sample, {"later_field": 1}) == Sample()


def test_unsupported_values_are_refused() -> None:
    with pytest.raises(TypeError):
        to_jsonable(object())
