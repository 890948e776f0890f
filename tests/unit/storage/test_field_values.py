"""field_values: one conversion between column values and the JSON of the change log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, String, Text

from desktop_app.storage.field_values import FieldValueError, to_column, to_json


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column("t", Text, default=""), "Zoë ✓"),
        (Column("s", String(20)), "Şükrü"),
        (Column("i", Integer), 2_500_000),
        (Column("b", Boolean), True),
        (Column("f", Float), 2.5),
        (Column("d", Date), dt.date(1990, 2, 28)),
        (Column("dt", DateTime), dt.datetime(2026, 1, 5, 9, 30)),
        (Column("n", Numeric(12, 2)), Decimal("1234.50")),
        (Column("j", JSON), {"lines": [1, 2]}),
    ],
)
def test_each_column_type_round_trips(column: Column, value: object) -> None:
    back = to_column(column, to_json(column, value))
    assert (back, type(back)) == (value, type(value))


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column("i", Integer), "12"),
        (Column("i", Integer), 1.5),
        (Column("i", Integer), 2**70),
        (Column("b", Boolean), "yes"),
        (Column("f", Float), float("nan")),
        (Column("d", Date), "28/02/1990"),
        (Column("t", Text), 12),
    ],
)
def test_values_that_do_not_fit_are_refused(column: Column, value: object) -> None:
    with pytest.raises(FieldValueError):
        to_column(column, value)


def test_none_becomes_the_default_of_a_required_column() -> None:
    assert to_column(Column("t", Text, nullable=False, default=""), None) == ""
    assert to_column(Column("i", Integer, nullable=True), None) is None
    assert to_column(Column("b", Boolean), 1) is True  # 0/1 from older writers
