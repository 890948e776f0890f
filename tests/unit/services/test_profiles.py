"""Profile use cases: every field kind saves and reloads, lists, checklist, validation."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core.errors import ValidationError
from desktop_app.services.code_lists import CodeListService
from desktop_app.services.participants import ParticipantNotFound, ParticipantService
from desktop_app.services.profiles import ItemNotFound, ProfileService, checklist_item_id
from desktop_app.storage.models import OperationRow, Tombstone
from desktop_app.storage.vault import Vault

VALUES = {
    "preferred_name": "Zo",
    "date_of_birth": "1988-04-30",
    "gender": "female",
    "national_id": "010203-1234",
    "email": "zoe@example.nl",
    "interpreter_needed": True,
    "country": "nl",
    "cohort": "Rotterdam voorjaar 2026",
    "benefit_type": "nl_bijstand",
    "benefit_amount": 123_456,
    "children_count": 2,
    "barriers": ("debt", "childcare"),
    "motivation_start": 4,
    "business_idea": "Fietsenmaker aan huis",
    "loan_amount": 4_500_000,
    "status": "dropped_out",
    "dropout_reason": "found_job",
    "note": "Line 1\nLine 2",
}


def test_every_kind_of_field_saves_and_reloads(vault: Vault) -> None:
    row = ParticipantService(vault).create("Zoë", "van IJsselmuiden")
    profiles = ProfileService(vault)
    for key, value in VALUES.items():
        profiles.update_field(row.id, key, list(value) if isinstance(value, tuple) else value)
    profile = profiles.load(row.id)
    for key, value in VALUES.items():
        assert profile[key] == value, key
    listed = ParticipantService(vault).get(row.id)
    assert (listed.cohort, listed.status, listed.business_idea) == (
        "Rotterdam voorjaar 2026",
        "dropped_out",
        "Fietsenmaker aan huis",
    )


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("first_name", "", "required"),
        ("email", "zoe at example", "bad_email"),
        ("referral_date", "soon", "bad_date"),
        ("motivation_end", 0, "out_of_range"),
        ("benefit_type", "dk_unknown", "unknown_code"),
        ("barriers", ["debt", "nope"], "unknown_code"),
    ],
)
def test_invalid_values_change_nothing(vault: Vault, key: str, value: object, code: str) -> None:
    row = ParticipantService(vault).create("Şükrü", "Yılmaz")
    profiles = ProfileService(vault)
    before = profiles.load(row.id, record_view=False)[key]
    with pytest.raises(ValidationError) as info:
        profiles.update_field(row.id, key, value)
    assert info.value.code == code and info.value.field == key
    assert profiles.load(row.id, record_view=False)[key] == before


def test_team_codes_are_valid_choices(vault: Vault) -> None:
    row = ParticipantService(vault).create("Søren", "Ærø")
    entry = CodeListService(vault).add("benefit_type", "Kommunal startydelse", "dk")
    ProfileService(vault).update_field(row.id, "benefit_type", entry.code)
    assert ProfileService(vault).load(row.id)["benefit_type"] == entry.code


def test_lists_add_edit_remove_and_are_synced(vault: Vault) -> None:
    row = ParticipantService(vault).create("Małgorzata", "Wójcik")
    profiles = ProfileService(vault)
    goal = profiles.add_item(row.id, "smart_goal", {"goal": "Sell to 5 customers"})
    assert goal["status"] == "not_started"
    profiles.update_item("smart_goal", goal.id, "deadline", "2026-06-30")
    profiles.add_item(row.id, "work_experience", {"role": "Cook", "years": 2.5})
    profiles.add_item(row.id, "ladder_step", {"moment": "start", "step": 2})
    profiles.add_item(
        row.id, "ladder_step", {"moment": "mid", "step": 4, "assessed_on": "2026-02-01"}
    )
    profile = profiles.load(row.id)
    assert [g["deadline"] for g in profile.items["smart_goal"]] == ["2026-06-30"]
    assert profile.items["work_experience"][0]["years"] == 2.5
    assert ParticipantService(vault).get(row.id).ladder_step == 4
    profiles.delete_item("smart_goal", goal.id)
    assert profiles.items(row.id, "smart_goal") == ()
    with vault.transaction() as session:
        fields = set(
            session.scalars(select(OperationRow.field).where(OperationRow.record_id == goal.id))
        )
        assert {"goal", "deadline", "participant_id", "__deleted__"} <= fields
        assert session.get(Tombstone, ("smart_goal", goal.id)) is not None
    with pytest.raises(ItemNotFound):
        profiles.update_item("smart_goal", goal.id, "goal", "x")
    with pytest.raises(ValidationError):
        profiles.update_item("ladder_step", profile.items["ladder_step"][0].id, "step", 7)


def test_checklist_items_have_one_id_per_participant_and_number(vault: Vault) -> None:
    row = ParticipantService(vault).create("Zoë")
    profiles = ProfileService(vault)
    profiles.set_checklist(row.id, 3, "score", "needs_work")
    item = profiles.set_checklist(row.id, 3, "comment", "Debt plan in progress")
    assert item.id == checklist_item_id(row.id, 3)
    (only,) = profiles.items(row.id, "checklist_item")
    assert (only["item"], only["score"], only["comment"]) == (3, "needs_work", item["comment"])
    with pytest.raises(ValueError):
        profiles.set_checklist(row.id, 19, "score", "ok")


def test_missing_participant(vault: Vault) -> None:
    profiles = ProfileService(vault)
    with pytest.raises(ParticipantNotFound):
        profiles.load("0" * 32)
    with pytest.raises(ParticipantNotFound):
        profiles.update_field("0" * 32, "cohort", "x")
    with pytest.raises(ParticipantNotFound):
        profiles.add_item("0" * 32, "smart_goal")
