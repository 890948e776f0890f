"""Rounding, formatting and exact splitting of money."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.finance.money import (
    ceil_int,
    money_str,
    round_money,
    round_to,
    split_evenly,
    spread,
)

D = Decimal


def test_round_money_is_half_up_to_whole_ore() -> None:
    assert round_money(D("0.005")) == D("0.01")
    assert round_money(D("2.345")) == D("2.35")
    assert round_money(D("-2.345")) == D("-2.35")
    assert round_money(D("0.005"), ROUND_HALF_EVEN) == D("0.00")


def test_negative_zero_never_escapes() -> None:
    assert str(round_money(D("-0.001"))) == "0.00"
    assert money_str(D("-0.004")) == "0.00"
    assert str(round_to(D("-0.00001"), 2)) == "0.00"


def test_money_str_has_two_decimals_and_no_exponent() -> None:
    assert money_str(D("1E+3")) == "1000.00"
    assert money_str(D("12.5")) == "12.50"


def test_split_evenly_puts_the_rounding_where_it_falls() -> None:
    assert split_evenly(D("100.00"), 3) == [D("33.33"), D("33.34"), D("33.33")]
    assert split_evenly(D("5.00"), 0) == []


def test_spread_with_zero_weights() -> None:
    assert spread(D("9.00"), [D(0), D(0)]) == [D("0.00"), D("0.00")]
    assert spread(D("9.00"), [D(1), D(0), D(2)]) == [D("3.00"), D("0.00"), D("6.00")]


def test_ceil_int() -> None:
    assert ceil_int(D("27.27")) == 28
    assert ceil_int(D("27")) == 27


@given(st.integers(-10**9, 10**9), st.lists(st.integers(0, 1000), min_size=1, max_size=40))
def test_spread_adds_up_exactly(cents: int, weights: list[int]) -> None:
    amount = D(cents) / 100
    pieces = spread(amount, [D(w) for w in weights])
    assert len(pieces) == len(weights)
    if sum(weights) > 0:
        assert sum(pieces) == amount
