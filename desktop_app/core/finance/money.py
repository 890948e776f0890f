"""Decimal money helpers: whole øre/cents, half-up rounding, exact splitting."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

Money = Decimal

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
ONE = Decimal(1)


def round_money(value: Decimal, rounding: str = ROUND_HALF_UP) -> Money:
    """Round to whole øre/cents (half-up unless told otherwise)."""
    result = value.quantize(CENT, rounding=rounding)
    # Decimal keeps the sign of zero; "-0.00" must never reach the UI or the JSON.
    return ZERO if result == 0 else result


def round_to(value: Decimal, places: int) -> Decimal:
    """Round a non-money figure (ratio, units) half-up to `places` decimals."""
    result = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return abs(result) if result == 0 else result


def ceil_int(value: Decimal) -> int:
    """Smallest whole number not below `value`."""
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def money_str(value: Decimal) -> str:
    """Money as a plain string with exactly two decimals, e.g. "1234.50"."""
    return format(round_money(value), "f")


def dec_str(value: Decimal, places: int) -> str:
    """A non-money figure as a plain string with `places` decimals."""
    return format(round_to(value, places), "f")


def total(values: Sequence[Decimal]) -> Money:
    """Sum that stays a Decimal (and 0.00 for an empty sequence)."""
    return sum(values, ZERO)


def split_evenly(amount: Money, parts: int) -> list[Money]:
    """Split into `parts` øre amounts that add up to `amount` exactly."""
    if parts <= 0:
        return []
    return spread(amount, [ONE] * parts)


def spread(amount: Money, weights: Sequence[Decimal]) -> list[Money]:
    """Split by weights with cumulative rounding, so the pieces add up to `amount`."""
    weight_sum = sum(weights, Decimal(0))
    if weight_sum <= 0:
        return [ZERO for _ in weights]
    pieces: list[Money] = []
    running = Decimal(0)
    done = ZERO
    for weight in weights:
        running += weight
        target = round_money(amount * running / weight_sum)
        pieces.append(target - done)
        done = target
    return pieces


def clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    """`value` limited to [low, high]."""
    return max(low, min(high, value))
