"""Profile value checks: codes for what is wrong, normal forms for what is right."""

from __future__ import annotations

import pytest

from desktop_app.core.profile_fields import ITEM_KINDS, participant_field
from desktop_app.core.profile_values import (
    empty_value,
    normalise,
    parse_date,
    problem,
    stored_to_value,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-03-01", "2026-03-01"),
        ("1-3-2026", "2026-03-01"),
        ("01.03.2026", "2026-03-01"),
        ("01/03/2026", "2026-03-01"),
        (" 2026-3-1 ", "2026-03-01"),
        ("31-02-2026", None),
        ("2026-13-01", None),
        ("03/01/26", None),
        ("1850-01-01", None),
        ("tomorrow", None),
    ],
)
def test_dates_in_danish_dutch_and_iso_form(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("first_name", "  ", "required"),
        ("first_name", "x" * 101, "too_long"),
        ("last_name", "a\nb", "control_chars"),
        ("note", "line 1\nline 2", None),
        ("email", "zoe@example", "bad_email"),
        ("email", "zoë@example.nl", None),
        ("phone", "call me", "bad_phone"),
        ("phone", "+45 12 34 56 78", None),
        ("referral_date", "01-03-2026", "bad_date"),
        ("referral_date", "2026-03-01", None),
        ("motivation_start", 6, "out_of_range"),
        ("motivation_start", True, "wrong_type"),
        ("motivation_start", None, None),
        ("loan_amount", -1, "out_of_range"),
        ("loan_amount", 4_500_000, None),
        ("status", "Dropped Out", "unknown_code"),
        ("barriers", ["debt", "housing"], None),
        ("barriers", "debt", "wrong_type"),
        ("interpreter_needed", 1, "wrong_type"),
    ],
)
def test_problems_are_codes(key: str, value: object, code: str | None) -> None:
    assert problem(participant_field(key), value) == code


def test_stored_forms_round_trip() -> None:
    barriers = participant_field("barriers")
    stored = normalise(barriers, ["debt", "debt", "housing"])
    assert stored == "debt,housing"
    assert stored_to_value(barriers, stored) == ("debt", "housing")
    assert normalise(participant_field("first_name"), "  Zoë ") == "Zoë"
    assert normalise(participant_field("note"), "  keep spaces ") == "  keep spaces "
    years = ITEM_KINDS["work_experience"].field("years")
    assert normalise(years, 3) == 3.0 and isinstance(normalise(years, 3), float)
    assert empty_value(barriers) == () and empty_value(participant_field("loan_amount")) is None
