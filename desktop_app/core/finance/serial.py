"""Dataclass trees to and from JSON-ready dicts: Decimal as plain strings, enums as values."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any


def to_jsonable(value: object) -> Any:
    """Plain dicts, lists, strings, ints, bools and None for a dataclass tree."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(to_jsonable(k)): to_jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def from_jsonable(kind: Any, data: Any) -> Any:
    """Rebuild a value of type `kind` from `to_jsonable` output; raises ValueError on bad data."""
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if data is None and len(options) < len(typing.get_args(kind)):
            return None
        return from_jsonable(options[0], data)
    if origin is list or origin is tuple:
        if not isinstance(data, list):
            raise ValueError(f"expected a list, got {type(data).__name__}")
        item_kind = typing.get_args(kind)[0]
        items = [from_jsonable(item_kind, item) for item in data]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(data, Mapping):
            raise ValueError(f"expected an object, got {type(data).__name__}")
        key_kind, value_kind = typing.get_args(kind)
        return {from_jsonable(key_kind, k): from_jsonable(value_kind, v) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _dataclass_from(kind, data)
    return _scalar_from(kind, data)


def _dataclass_from(kind: type[Any], data: Any) -> Any:
    if not isinstance(data, Mapping):
        raise ValueError(f"expected an object for {kind.__name__}")
    hints = typing.get_type_hints(kind)
    # Unknown keys are ignored and missing ones take their defaults, so older files still load.
    values = {f.name: from_jsonable(hints[f.name], data[f.name])
              for f in dataclasses.fields(kind) if f.init and f.name in data}
    try:
        return kind(**values)
    except TypeError as error:
        raise ValueError(str(error)) from error


def _scalar_from(kind: Any, data: Any) -> Any:
    if kind is Decimal:
        if isinstance(data, bool) or not isinstance(data, str | int):
            raise ValueError("expected a decimal string")
        try:
            number = Decimal(data)
        except InvalidOperation as error:
            raise ValueError(f"not a number: {data!r}") from error
        if not number.is_finite():
            raise ValueError(f"not a finite number: {data!r}")
        return number
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is date:
        if not isinstance(data, str):
            raise ValueError("expected an ISO date string")
        return date.fromisoformat(data)
    if kind is bool:
        if not isinstance(data, bool):
            raise ValueError("expected true or false")
        return data
    if kind is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ValueError("expected a whole number")
        return data
    if kind is str:
        if not isinstance(data, str):
            raise ValueError("expected text")
        return data
    raise ValueError(f"unsupported type {kind!r}")
