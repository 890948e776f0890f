"""The profile field table agrees with the models, the code lists and DOMAIN.md §4."""

from __future__ import annotations

from sqlalchemy import inspect

from desktop_app.core.code_lists import CHECKLIST_ITEMS, CODE_LISTS, EDITABLE_LISTS
from desktop_app.core.profile_fields import (
    ITEM_KINDS,
    PARTICIPANT_FIELDS,
    FieldKind,
    Sensitivity,
    handout_fields,
    hidden_in_meeting_mode,
)
from desktop_app.storage.models import Participant
from desktop_app.storage.profile_models import ITEM_MODELS


def test_every_participant_field_is_a_synced_column() -> None:
    columns = set(inspect(Participant).columns.keys())
    keys = [f.key for f in PARTICIPANT_FIELDS]
    assert len(keys) == len(set(keys))
    assert set(keys) <= columns
    assert set(keys) == set(Participant.__sync_fields__)


def test_every_list_kind_has_a_synced_model_with_its_fields() -> None:
    assert set(ITEM_KINDS) == set(ITEM_MODELS)
    for kind, spec in ITEM_KINDS.items():
        model = ITEM_MODELS[kind]
        assert model.__sync_entity__ == kind
        assert {f.key for f in spec.fields} <= set(model.__sync_fields__)
        assert "participant_id" in model.__sync_fields__


def test_code_fields_name_an_existing_list() -> None:
    for spec in [*PARTICIPANT_FIELDS, *(f for k in ITEM_KINDS.values() for f in k.fields)]:
        if spec.kind in (FieldKind.CODE, FieldKind.CODES):
            assert spec.code_list in CODE_LISTS, spec.key
        else:
            assert not spec.code_list, spec.key
    assert set(EDITABLE_LISTS) <= set(CODE_LISTS)
    assert len(CHECKLIST_ITEMS) == 18


def test_meeting_mode_hides_coach_only_and_special_categories() -> None:
    hidden = hidden_in_meeting_mode()
    for spec in PARTICIPANT_FIELDS:
        special = spec.sensitivity in (
            Sensitivity.SPECIAL,
            Sensitivity.CRIMINAL,
            Sensitivity.NATIONAL_ID,
        )
        assert (spec.key in hidden) == (special or spec.coach_only), spec.key
    # DOMAIN.md §4: barriers, IDs, income, household, assessment, loan and status are coach-only.
    for key in (
        "barriers",
        "barrier_note",
        "national_id",
        "benefit_type",
        "partner_income",
        "assessment_decision",
        "loan_amount",
        "status",
        "dropout_reason",
        "note",
    ):
        assert key in hidden
    assert "meeting.coach_notes" in hidden
    assert "meeting.shared_notes" not in hidden
    assert ITEM_KINDS["checklist_item"].hidden_in_meeting_mode
    assert "business_idea" not in hidden and "first_name" not in hidden


def test_nothing_coach_only_is_printed_on_a_handout() -> None:
    printed = handout_fields()
    assert not printed & hidden_in_meeting_mode()
    assert {"first_name", "business_idea", "smart_goal.goal", "agreed_action.text"} <= printed
    assert "phone" not in printed  # the handout shows the coach's contact, not the participant's
