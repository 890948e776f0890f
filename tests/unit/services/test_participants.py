"""Participant use cases: create, edit with validation, list, delete."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.services.participants import ParticipantNotFound, ParticipantService
from desktop_app.storage.vault import Vault


def test_create_edit_and_list(vault: Vault) -> None:
    people = ParticipantService(vault)
    row = people.create("Søren", "Ærø", "Wants to repair bicycles.")
    people.update_field(row.id, "last_name", "  Ærø-Nielsen ")
    people.update_field(row.id, "note", "Line 1\nLine 2")
    again = people.get(row.id)
    assert again.last_name == "Ærø-Nielsen"
    assert again.note == "Line 1\nLine 2"
    assert [r.id for r in people.list_all()] == [row.id]


def test_list_is_ordered_by_last_then_first_name(vault: Vault) -> None:
    people = ParticipantService(vault)
    for first, last in [("Zoë", "van IJsselmuiden"), ("Şükrü", "Yılmaz"), ("Anna", "Bakker")]:
        people.create(first, last)
    assert [r.last_name for r in people.list_all()] == ["Bakker", "van IJsselmuiden", "Yılmaz"]


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("first_name", "   ", "required"),
        ("last_name", "x" * 101, "too_long"),
        ("note", "a\x00b", "control_chars"),
    ],
)
def test_invalid_values_are_refused_with_a_code(
    vault: Vault, field: str, value: str, code: str
) -> None:
    people = ParticipantService(vault)
    row = people.create("Małgorzata", "Wójcik")
    with pytest.raises(ValidationError) as info:
        people.update_field(row.id, field, value)
    assert info.value.code == code
    assert people.get(row.id).first_name == "Małgorzata"


def test_missing_participant(vault: Vault) -> None:
    people = ParticipantService(vault)
    with pytest.raises(ParticipantNotFound):
        people.get("0" * 32)
    row = people.create("Zoë")
    people.delete(row.id)
    with pytest.raises(ParticipantNotFound):
        people.update_field(row.id, "note", "x")
