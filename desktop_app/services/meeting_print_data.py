"""One meeting as MeetingSummaryData: the shared notes and agreed actions, never coach notes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop_app.documents.meeting_summary import MeetingSummaryData
from desktop_app.documents.records import AgreedAction, CoachContact
from desktop_app.services.meetings import MeetingEntry

# Profile meeting kinds -> the summary's wording (an intake is where the course starts).
KINDS = {
    "intake": "start",
    "start": "start",
    "mid": "mid",
    "end": "end",
    "follow_up": "follow_up",
    "coaching": "other",
}


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def next_meeting(entries: list[MeetingEntry], held_on: str) -> date | None:
    """The first meeting planned after `held_on` (ISO date), if any."""
    later = [
        d for e in entries if (d := _day(e.meeting["held_on"])) and e.meeting["held_on"] > held_on
    ]
    return min(later) if later else None


def meeting_data(
    entry: MeetingEntry,
    entries: list[MeetingEntry],
    *,
    participant_name: str,
    profile_values: Mapping[str, Any],
    language: str,
    coach: CoachContact | None,
    today: date,
) -> MeetingSummaryData:
    """The summary of `entry`; `entries` are all of the participant's meetings."""
    meeting = entry.meeting
    actions = tuple(
        AgreedAction(a["text"], _day(a["due_on"]), a["done"])
        for a in entry.actions
        if str(a["text"]).strip()
    )
    return MeetingSummaryData(
        participant_name=participant_name,
        language=language,
        meeting_date=_day(meeting["held_on"]) or today,
        kind=KINDS.get(meeting["kind"], "other"),
        shared_notes=meeting["shared_notes"],
        actions=actions,
        next_meeting=next_meeting(entries, meeting["held_on"]) if meeting["held_on"] else None,
        coach=coach,
        programme=str(profile_values.get("programme") or ""),
        printed_on=today,
    )
