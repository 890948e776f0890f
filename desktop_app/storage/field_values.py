"""The one place that turns a model column's value into JSON for the change log, and back.

Change capture records every field as a JSON value; sync ships those values and writes
them back into the columns of another vault. Received values come from other devices and
are checked here: a value that cannot be stored in its column raises `FieldValueError`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, Numeric, String, Text

from desktop_app.core.changes import JsonValue


class FieldValueError(ValueError):
    """A received value does not fit its column."""


def encode_value(value: JsonValue) -> str:
    """JSON text of a field value as stored in the change log."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def decode_value(text: str) -> JsonValue:
    """The JSON value of a change-log entry."""
    return json.loads(text)


def to_json(column: Column[Any], value: Any) -> JsonValue:
    """A column value (date, Decimal, bool, int, text…) as a JSON value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime) and isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(kind, Date) and isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(value, bytes):
        raise TypeError("binary columns are not syncable")
    return value


def to_column(column: Column[Any], value: JsonValue) -> Any:
    """A received JSON value as the column expects it; FieldValueError if it cannot be."""
    if value is None:
        return None if column.nullable else _empty(column)
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            return _to_bool(value)
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(_text(value))
        if isinstance(kind, Date):
            return dt.date.fromisoformat(_text(value))
        if isinstance(kind, Numeric) and not isinstance(kind, Float):
            return _to_decimal(value)
        if isinstance(kind, Float):
            return float(_number(value))
        if isinstance(kind, Integer):
            return _to_int(value)
        if isinstance(kind, String | Text):
            return _text(value)
        if isinstance(kind, JSON):
            return value
    except (ValueError, TypeError, InvalidOperation, OverflowError) as exc:
        raise FieldValueError(f"value does not fit a {type(kind).__name__} column") from exc
    raise FieldValueError(f"unsupported column type {type(kind).__name__}")


def _empty(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return getattr(default, "arg", None)
    if isinstance(column.type, String | Text):
        return ""
    raise FieldValueError("no value for a required column")


def _text(value: JsonValue) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _number(value: JsonValue) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("expected a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def _to_decimal(value: JsonValue) -> Decimal:
    # Exact amounts travel as text ("1234.50"), so no binary float rounds them.
    number = Decimal(value) if isinstance(value, str) else Decimal(str(_number(value)))
    if not number.is_finite():
        raise ValueError("not a finite number")
    return number


def _to_int(value: JsonValue) -> int:
    number = _number(value)
    if isinstance(number, float):
        if not number.is_integer():
            raise ValueError("expected a whole number")
        number = int(number)
    if not -(2**63) <= number < 2**63:
        raise OverflowError("out of range for SQLite")
    return number


def _to_bool(value: JsonValue) -> bool:
    # Integer 0/1 columns written by older versions count as booleans too.
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise TypeError("expected true or false")
