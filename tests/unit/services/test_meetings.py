"""Meetings log and open agreed actions."""

from __future__ import annotations

from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.vault import Vault


def test_meetings_newest_first_with_their_actions(vault: Vault) -> None:
    row = ParticipantService(vault).create("Søren", "Ærø")
    meetings = MeetingService(vault)
    first = meetings.add_meeting(row.id, "2026-01-10", "intake")
    second = meetings.add_meeting(row.id, "2026-02-14")
    meetings.add_action(row.id, first.id, "Bring the quote", "2026-01-20")
    ProfileService(vault).update_item("meeting", second.id, "coach_notes", "Seemed tired")
    log = meetings.meetings(row.id)
    assert [e.meeting.id for e in log] == [second.id, first.id]
    assert log[0].meeting["kind"] == "coaching"
    assert log[0].meeting["coach_notes"] == "Seemed tired"
    assert [a["text"] for a in log[1].actions] == ["Bring the quote"]


def test_open_actions_overview_and_count_on_the_list(vault: Vault) -> None:
    people = ParticipantService(vault)
    zoe = people.create("Zoë", "van IJsselmuiden")
    sukru = people.create("Şükrü", "Yılmaz")
    meetings = MeetingService(vault)
    meetings.add_action(zoe.id, text="Call the bank", due_on="2026-03-01")
    done = meetings.add_action(zoe.id, text="Make a flyer", due_on="2026-01-01")
    meetings.add_action(sukru.id, text="Ask three shops")
    meetings.add_action(sukru.id, text="Register the name", due_on="2026-02-01")
    ProfileService(vault).update_item("agreed_action", done.id, "done", True)
    overview = meetings.open_actions()
    assert [(a.participant_name, a.text) for a in overview] == [
        ("Şükrü Yılmaz", "Register the name"),
        ("Zoë van IJsselmuiden", "Call the bank"),
        ("Şükrü Yılmaz", "Ask three shops"),
    ]
    assert overview[0].overdue and not overview[2].overdue
    assert [a.text for a in meetings.open_actions(zoe.id)] == ["Call the bank"]
    assert people.get(sukru.id).open_actions == 2
    assert people.get(zoe.id).open_actions == 1


def test_deleting_a_meeting_removes_its_actions(vault: Vault) -> None:
    row = ParticipantService(vault).create("Małgorzata")
    meetings = MeetingService(vault)
    meeting = meetings.add_meeting(row.id)
    meetings.add_action(row.id, meeting.id, "Write the plan")
    meetings.delete_meeting(meeting.id)
    assert meetings.meetings(row.id) == []
    assert meetings.open_actions() == []
