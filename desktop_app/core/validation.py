"""Validation rules for participant fields; returns codes, the edges word them."""

from __future__ import annotations

from dataclasses import dataclass

NAME_MAX = 100
NOTE_MAX = 20_000


@dataclass(frozen=True)
class FieldRule:
    """Limits for one text field."""

    required: bool
    max_length: int


PARTICIPANT_RULES: dict[str, FieldRule] = {
    "first_name": FieldRule(required=True, max_length=NAME_MAX),
    "last_name": FieldRule(required=False, max_length=NAME_MAX),
    "note": FieldRule(required=False, max_length=NOTE_MAX),
}


def check_text(
    field: str, value: str, rules: dict[str, FieldRule] = PARTICIPANT_RULES
) -> str | None:
    """Return an error code ("required", "too_long", "control_chars") or None when valid."""
    rule = rules[field]
    stripped = value.strip()
    if rule.required and not stripped:
        return "required"
    if len(value) > rule.max_length:
        return "too_long"
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        return "control_chars"
    return None
