"""Demo participants come with realistic fictional profiles, meetings and goals."""

from __future__ import annotations

from desktop_app.services.demo import add_demo_participants, demo_people
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault


def test_demo_profiles_are_complete_and_reproducible(vault: Vault) -> None:
    assert add_demo_participants(vault, 30, seed=7) == 30
    rows = ParticipantService(vault).list_all()
    assert sorted(r.display_name for r in rows) == sorted(
        f"{first} {last}" for first, last, _ in demo_people(30, seed=7)
    )
    assert all(r.cohort and r.business_idea and r.ladder_step for r in rows)
    profile = ProfileService(vault).load(rows[0].id)
    assert profile["email"].endswith((".dk", ".nl")) and profile["benefit_type"]
    assert profile.items["meeting"] and profile.items["smart_goal"] and profile.items["consent"]
    assert {r.status for r in rows} <= {"active", "completed", "paused", "dropped_out"}
    assert MeetingService(vault).open_actions()
