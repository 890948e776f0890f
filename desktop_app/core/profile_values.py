"""Checks and normal forms of profile values; returns codes, the edges word them."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop_app.core.profile_fields import FieldKind, ProfileField

TEXT_MAX = 200
LONG_TEXT_MAX = 20_000
MONEY_MAX = 100_000_000_00  # 100 million in øre/cents: more is a typing slip
YEAR_MIN, YEAR_MAX = 1900, 2100
_CODE = re.compile(r"^[a-z0-9_]{1,40}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,40}$")
_DATE_FORMS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})$"),
)


def parse_date(text: str) -> str | None:
    """ISO "YYYY-MM-DD" for 2026-03-01, 1-3-2026, 01.03.2026 or 01/03/2026; None if invalid."""
    text = text.strip()
    for form in _DATE_FORMS:
        found = form.match(text)
        if found:
            try:
                day = date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                return None
            return day.isoformat() if YEAR_MIN <= day.year <= YEAR_MAX else None
    return None


def _text_problem(field: ProfileField, value: Any) -> str | None:
    if not isinstance(value, str):
        return "wrong_type"
    if field.required and not value.strip():
        return "required"
    default_max = TEXT_MAX if field.kind is FieldKind.TEXT else LONG_TEXT_MAX
    if len(value) > (field.max_length or default_max):
        return "too_long"
    allowed = "\t" if field.kind is FieldKind.TEXT else "\n\t"
    if any(ord(ch) < 32 and ch not in allowed for ch in value):
        return "control_chars"
    if field.key == "email" and value.strip() and not _EMAIL.match(value.strip()):
        return "bad_email"
    if field.key == "phone" and value.strip() and not _PHONE.match(value.strip()):
        return "bad_phone"
    return None


def _number_problem(field: ProfileField, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "wrong_type"
    if field.kind is not FieldKind.NUMBER and not isinstance(value, int):
        return "wrong_type"
    if field.kind is FieldKind.MONEY:
        return "out_of_range" if not 0 <= value <= MONEY_MAX else None
    if field.minimum is not None and value < field.minimum:
        return "out_of_range"
    if field.maximum is not None and value > field.maximum:
        return "out_of_range"
    return None


def problem(field: ProfileField, value: Any) -> str | None:
    """An error code when `value` does not fit `field`, else None."""
    kind = field.kind
    if kind in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        return _text_problem(field, value)
    if kind is FieldKind.DATE:
        if not isinstance(value, str):
            return "wrong_type"
        return None if value == "" or parse_date(value) == value else "bad_date"
    if kind in (FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.MONEY):
        return _number_problem(field, value)
    if kind is FieldKind.CODE:
        if not isinstance(value, str):
            return "wrong_type"
        return None if value == "" or _CODE.match(value) else "unknown_code"
    if kind is FieldKind.CODES:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return "wrong_type"
        return None if all(_CODE.match(v) for v in value) else "unknown_code"
    if kind is FieldKind.BOOL:
        return None if isinstance(value, bool) else "wrong_type"
    return "wrong_type"


def normalise(field: ProfileField, value: Any) -> Any:
    """The stored form of a valid value (names trimmed, codes de-duplicated and joined)."""
    if field.kind is FieldKind.TEXT:
        return str(value).strip()
    if field.kind is FieldKind.CODES:
        return ",".join(dict.fromkeys(v for v in value if v))
    if field.kind is FieldKind.NUMBER and value is not None:
        return float(value)
    return value


def stored_to_value(field: ProfileField, stored: Any) -> Any:
    """The service-level value of a stored column (CODES become a tuple)."""
    if field.kind is FieldKind.CODES:
        return tuple(code for code in str(stored or "").split(",") if code)
    if field.kind is FieldKind.BOOL:
        return bool(stored)
    if field.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.DATE, FieldKind.CODE):
        return stored or ""
    return stored


def empty_value(field: ProfileField) -> Any:
    """The value of a field nobody has filled in."""
    if field.kind is FieldKind.CODES:
        return ()
    if field.kind is FieldKind.BOOL:
        return False
    if field.kind in (FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.MONEY):
        return None
    return ""
