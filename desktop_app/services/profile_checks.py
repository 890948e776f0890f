"""Validate a profile value against the field table and the code lists; plain English errors."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.code_lists import EDITABLE_LISTS, is_known
from desktop_app.core.errors import ValidationError
from desktop_app.core.profile_fields import FieldKind, ProfileField
from desktop_app.core.profile_values import normalise, problem
from desktop_app.services.code_lists import team_codes

MESSAGES = {
    "required": "{label} cannot be empty.",
    "too_long": "This text is too long.",
    "control_chars": "This text contains characters that cannot be stored.",
    "bad_email": "This is not an e-mail address. Write it like name@example.dk.",
    "bad_phone": "A phone number can only hold digits, spaces and + ( ) - . /",
    "bad_date": "This is not a date. Write it like 2026-03-01 or 01-03-2026.",
    "out_of_range": "This number is outside the range {minimum}–{maximum}.",
    "unknown_code": "This choice is not in the list.",
    "wrong_type": "This value has the wrong type.",
}


def message(field: ProfileField, code: str) -> str:
    """The plain English sentence for an error code on `field` (the CLI prints it)."""
    if field.key == "first_name" and code == "required":
        return "The first name cannot be empty."
    label = field.key.replace("_", " ").capitalize()
    return MESSAGES[code].format(label=label, minimum=field.minimum, maximum=field.maximum)


def checked(session: Session | None, field: ProfileField, value: Any) -> Any:
    """The stored form of `value`, or ValidationError; codes are checked against the lists."""
    code = problem(field, value)
    if code is None and field.kind in (FieldKind.CODE, FieldKind.CODES) and value:
        extra = (
            team_codes(session, field.code_list)
            if session is not None and field.code_list in EDITABLE_LISTS
            else frozenset()
        )
        values = [value] if isinstance(value, str) else list(value)
        if not all(is_known(field.code_list, v, extra) for v in values):
            code = "unknown_code"
    if code is not None:
        raise ValidationError(field.key, code, message(field, code))
    return normalise(field, value)
