"""Plain, translated sentences for problems with one profile field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop_app.core.errors import OpstartError, ValidationError
from desktop_app.core.profile_fields import FIELDS_BY_KEY, ITEM_KINDS, ProfileField
from desktop_app.ui.error_messages import describe_error
from desktop_app.ui.profile.labels import field_label
from desktop_app.ui.profile.profile_date_edit import format_date

_BY_CODE = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "“{field}” cannot be empty."),
    "too_long": QT_TRANSLATE_NOOP(
        "FieldErrors", "“{field}” is too long. Shorten it; nothing was saved yet."
    ),
    "control_chars": QT_TRANSLATE_NOOP(
        "FieldErrors", "“{field}” contains characters that cannot be stored."
    ),
    "bad_email": QT_TRANSLATE_NOOP(
        "FieldErrors", "This is not an e-mail address. Write it like name@example.dk."
    ),
    "bad_phone": QT_TRANSLATE_NOOP(
        "FieldErrors", "A phone number can only hold digits, spaces and + ( ) - . /"
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "FieldErrors", "“{field}” is not a date. Write it like {example}."
    ),
    "bad_amount": QT_TRANSLATE_NOOP(
        "FieldErrors", "“{field}” is not an amount. Write it like {example}."
    ),
    "out_of_range": QT_TRANSLATE_NOOP(
        "FieldErrors", "“{field}” must be between {minimum} and {maximum}."
    ),
    "unknown_code": QT_TRANSLATE_NOOP("FieldErrors", "Choose one of the options in the list."),
    "item_not_found": QT_TRANSLATE_NOOP(
        "FieldErrors", "That entry no longer exists. It may have been removed on another device."
    ),
}


def _field(label_key: str) -> ProfileField | None:
    if "." in label_key:
        kind, key = label_key.split(".", 1)
        return ITEM_KINDS[kind].field(key) if kind in ITEM_KINDS else None
    return FIELDS_BY_KEY.get(label_key)


def describe_field_error(exc: BaseException, label_key: str) -> str:
    """What went wrong with a field, and what to do, in the coach's language."""
    code = exc.code if isinstance(exc, OpstartError) else str(exc)
    if not isinstance(exc, ValidationError | ValueError) and code not in _BY_CODE:
        return describe_error(exc)
    text = _BY_CODE.get(code)
    if text is None:
        return describe_error(exc)
    field = _field(label_key)
    amount = QLocale().toString(12500.0, "f", 2)
    return QCoreApplication.translate("FieldErrors", text).format(
        field=field_label(label_key) if label_key else "",
        example=format_date("2026-03-01") if code == "bad_date" else amount,
        minimum=field.minimum if field else "",
        maximum=field.maximum if field else "",
    )
