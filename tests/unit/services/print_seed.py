"""A fictional participant with every profile field filled; everything coach-only is a canary."""

from __future__ import annotations

import uuid
from typing import Any

from desktop_app.core.profile_fields import PARTICIPANT_FIELDS
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.print_settings import save_coach_contact
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault


def canary(tag: str) -> str:
    """A string that can only come from this seed."""
    return f"CANARY{tag.upper()}{uuid.uuid4().hex[:10]}"


# Handout fields: what the participant takes home.
ALLOWED = {
    "preferred_name": "Søren",
    "programme": "Den Gode Opstart",
    "cohort": "Hold 4 efterår",
    "education_level": "isced_3",
    "courses": "Førstehjælp\nHygiejnebevis",
    "certificates": "Truckcertifikat",
    "skills": "Cykelmekanik\nKundeservice",
    "strengths": "Tålmodig & grundig <altid>",
    "motivation_why": 'Jeg vil være min egen chef – "helt" & <frit>',
    "motivation_start": 3,
    "motivation_mid": 4,
    "business_idea": "Mobil cykelreparation & <service> for 'alle'",
    "outcome": "partly_self_supporting",
    "outcome_date": "2026-10-01",
    "preferred_language": "da",
    "country": "dk",
}


def coach_only_values() -> dict[str, Any]:
    """A value for every field the handout leaves out; text ones are unique canaries."""
    return {
        "date_of_birth": "1911-11-11",
        "gender": "not_stated",
        "national_id": canary("cpr"),
        "phone": "+45 91 82 73 64",
        "email": "canary.mail.7731@example.org",
        "address": canary("address"),
        "interpreter_needed": True,
        "referral_date": "1912-12-12",
        "referring_caseworker": canary("caseworker"),
        "referring_office": canary("office"),
        "benefit_type": "dk_kontanthjaelp",
        "benefit_start": "1913-01-13",
        "benefit_amount": 987_654_32,
        "household_type": "single_parent",
        "children_count": 19,
        "partner_income": 876_543_21,
        "barriers": ("health_mental", "criminal_record"),
        "barrier_note": canary("barrier"),
        "assessment_decision": "not_now",
        "assessment_date": "1914-02-14",
        "assessment_reason": canary("reason"),
        "loan_amount": 765_432_10,
        "loan_payout_date": "1915-03-15",
        "loan_instalment": 654_321_09,
        "loan_schedule": canary("schedule"),
        "loan_arrears": 543_210_98,
        "loan_status": "arrears",
        "status": "paused",
        "status_date": "1916-04-16",
        "dropout_reason": "moved",
        "note": canary("note"),
    }


# How each coach-only value reads on paper (English), so a test can look for it.
PRINTED = {
    "date_of_birth": "1911",
    "gender": "Prefers not to say",
    "phone": "91 82 73 64",
    "email": "canary.mail.7731",
    "interpreter_needed": "Needs an interpreter",
    "referral_date": "1912",
    "benefit_type": "Kontanthjælp",
    "benefit_start": "1913",
    "benefit_amount": "987,654",
    "household_type": "Single parent",
    "partner_income": "876,543",
    "barriers": "Mental health",
    "assessment_decision": "Not now",
    "assessment_date": "1914",
    "loan_amount": "765,432",
    "loan_payout_date": "1915",
    "loan_instalment": "654,321",
    "loan_arrears": "543,210",
    "loan_status": "In arrears",
    "status": "Paused",
    "status_date": "1916",
    "dropout_reason": "Moved away",
}


def seed_participant(vault: Vault, first: str = "Søren", last: str = "Ærø") -> dict[str, Any]:
    """Create the participant; returns ids and every canary/printed form to look for."""
    pid = ParticipantService(vault).create(first, last).id
    profiles = ProfileService(vault)
    hidden = coach_only_values()
    for key, value in {**ALLOWED, **hidden}.items():
        profiles.update_field(pid, key, value)
    assert {f.key for f in PARTICIPANT_FIELDS if not f.handout} <= set(hidden) | {
        "preferred_language",
        "country",
    }
    item_canaries = {
        k: canary(k) for k in ("assessor", "topics", "attendees", "coach_notes", "comment")
    }
    add = profiles.add_item
    add(
        pid,
        "smart_goal",
        {
            "goal": "Finde 10 faste kunder",
            "measure": "Kundeliste",
            "deadline": "2027-01-10",
            "status": "in_progress",
        },
    )
    add(pid, "work_experience", {"role": "Cykelmekaniker", "sector": "Detailhandel", "years": 6})
    add(
        pid,
        "language_skill",
        {"language": "da", "speaking": "native", "reading": "c1", "writing": "b2"},
    )
    add(pid, "module_attended", {"module": "bookkeeping", "attended_on": "2026-09-10"})
    add(
        pid,
        "ladder_step",
        {
            "moment": "start",
            "step": 3,
            "assessed_on": "2026-09-01",
            "assessor": item_canaries["assessor"],
        },
    )
    add(
        pid,
        "consent",
        {
            "given_on": "2026-09-01",
            "version": "2026-1",
            "purposes": ("coaching", "team_sync"),
            "photo": False,
        },
    )
    profiles.set_checklist(pid, 2, "comment", item_canaries["comment"])
    meetings = MeetingService(vault)
    meeting = meetings.add_meeting(pid, "2026-11-20", "mid")
    for key in ("topics", "attendees", "coach_notes"):
        profiles.update_item("meeting", meeting.id, key, item_canaries[key])
    profiles.update_item("meeting", meeting.id, "shared_notes", "Vi talte om priser & <kunder>.")
    meetings.add_action(pid, meeting.id, "Ring til tre cykelforretninger", "2026-12-01")
    meetings.add_meeting(pid, "2026-12-08", "coaching")
    save_coach_contact(vault, "Mette Holm", "+45 33 66 12 34", "mette.holm@example.dk")
    texts = [v for v in hidden.values() if isinstance(v, str) and v.startswith("CANARY")]
    return {
        "id": pid,
        "meeting_id": meeting.id,
        "canaries": texts + list(item_canaries.values()),
        "item_canaries": item_canaries,
        "hidden": hidden,
    }
