"""Dates, times, numbers and money as Danish, Dutch and English readers expect them."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.documents.formatting import (
    format_date,
    format_date_short,
    format_decimal,
    format_money,
    format_time,
    format_weekday_date,
)


@pytest.mark.parametrize(
    ("language", "currency", "expected"),
    [
        ("da", "DKK", "1.234,50 kr."),
        ("nl", "EUR", "€ 1.234,50"),
        ("en", "DKK", "DKK 1,234.50"),
        ("en", "EUR", "€1,234.50"),
        ("da", "EUR", "1.234,50 €"),
        ("nl", "DKK", "DKK 1.234,50"),
    ],
)
def test_money(language, currency, expected):
    assert format_money(Decimal("1234.5"), language, currency) == expected


@pytest.mark.parametrize(
    ("amount", "language", "currency", "expected"),
    [
        (Decimal("-1234567.891"), "da", "DKK", "-1.234.567,89 kr."),
        (Decimal("-0.5"), "nl", "EUR", "€ -0,50"),
        (Decimal("-12"), "en", "EUR", "-€12.00"),
        (Decimal("0.005"), "da", "DKK", "0,01 kr."),
        (Decimal("-0.004"), "da", "DKK", "0,00 kr."),
        (0, "en", "DKK", "DKK 0.00"),
        (999, "nl", "EUR", "€ 999,00"),
        (1000, "nl", "EUR", "€ 1.000,00"),
        (0.1, "en", "EUR", "€0.10"),
        (Decimal("50"), "da", "SEK", "50,00 SEK"),
    ],
)
def test_money_edges(amount, language, currency, expected):
    assert format_money(amount, language, currency) == expected


def test_dates():
    day = date(2026, 11, 24)
    assert format_date(day, "da") == "24. november 2026"
    assert format_date(day, "nl") == "24 november 2026"
    assert format_date(day, "en") == "24 November 2026"
    assert format_date_short(date(2026, 3, 5), "da") == "05.03.2026"
    assert format_date_short(date(2026, 3, 5), "nl") == "05-03-2026"
    assert format_date_short(date(2026, 3, 5), "en") == "05/03/2026"
    assert format_weekday_date(day, "da") == "tirsdag den 24. november 2026"
    assert format_weekday_date(day, "nl") == "dinsdag 24 november 2026"
    assert format_weekday_date(day, "en") == "Tuesday 24 November 2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_has_a_name(month):
    names = {format_date(date(2026, month, 1), lang).split()[1] for lang in ("da", "nl", "en")}
    assert all(name.isalpha() for name in names)


def test_times():
    assert format_time(time(9, 5), "da") == "09.05"
    assert format_time(datetime(2026, 1, 1, 14, 30), "nl") == "14:30"
    assert format_time(time(14, 30), "en") == "14:30"


def test_decimals():
    assert format_decimal(Decimal("2.5"), "da") == "2,5"
    assert format_decimal(6, "nl") == "6"
    assert format_decimal(Decimal("6.0"), "en") == "6"
    assert format_decimal(Decimal("12345.678"), "en", places=1) == "12,345.7"
    assert format_decimal(Decimal("1E+3"), "da") == "1.000"


def test_unknown_language_and_nan_are_refused():
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "sv")
    with pytest.raises(ValueError):
        format_decimal(Decimal("NaN"), "da")


@given(
    st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False, places=4),
    st.sampled_from(["da", "nl", "en"]),
)
def test_decimal_reads_back_to_the_rounded_value(value, language):
    text = format_decimal(value, language, places=2)
    thousands, point = (",", ".") if language == "en" else (".", ",")
    parsed = Decimal(text.replace(thousands, "").replace(point, "."))
    assert parsed == value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
