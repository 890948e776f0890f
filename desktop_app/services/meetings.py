"""Meetings log per participant and the agreed actions that are still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop_app.services.profiles import ProfileItem, ProfileService, item_of
from desktop_app.storage.models import Participant
from desktop_app.storage.profile_models import AgreedAction, Meeting
from desktop_app.storage.vault import Vault


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting with the actions agreed at it."""

    meeting: ProfileItem
    actions: tuple[ProfileItem, ...]


@dataclass(frozen=True)
class OpenAction:
    """An agreed action not yet done, with whose it is (for the overview)."""

    action_id: str
    participant_id: str
    participant_name: str
    text: str
    due_on: str
    meeting_held_on: str

    @property
    def overdue(self) -> bool:
        """True when the due date has passed."""
        return bool(self.due_on) and self.due_on < date.today().isoformat()


class MeetingService:
    """Meetings and agreed actions of one vault (editing fields goes through ProfileService)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._profiles = ProfileService(vault)

    def meetings(self, participant_id: str) -> list[MeetingEntry]:
        """The participant's meetings, newest first, each with its actions."""
        with self._vault.transaction() as session:
            meetings = session.scalars(
                select(Meeting).where(Meeting.participant_id == participant_id)
            ).all()
            actions = session.scalars(
                select(AgreedAction)
                .where(AgreedAction.participant_id == participant_id)
                .order_by(AgreedAction.created_hlc)
            ).all()
            by_meeting: dict[str, list[ProfileItem]] = {}
            for action in actions:
                by_meeting.setdefault(action.meeting_id, []).append(
                    item_of("agreed_action", action)
                )
            entries = [
                MeetingEntry(item_of("meeting", m), tuple(by_meeting.get(m.id, ())))
                for m in meetings
            ]
        entries.sort(key=lambda e: (e.meeting["held_on"], e.meeting.created_hlc), reverse=True)
        return entries

    def add_meeting(
        self, participant_id: str, held_on: str | None = None, kind: str = "coaching"
    ) -> ProfileItem:
        """Start a meeting entry (today, a coaching session unless told otherwise)."""
        values = {"held_on": held_on or date.today().isoformat(), "kind": kind}
        return self._profiles.add_item(participant_id, "meeting", values)

    def add_action(
        self, participant_id: str, meeting_id: str = "", text: str = "", due_on: str = ""
    ) -> ProfileItem:
        """Agree an action, at a meeting or on its own."""
        values = {"meeting_id": meeting_id, "text": text, "due_on": due_on}
        return self._profiles.add_item(participant_id, "agreed_action", values)

    def delete_meeting(self, meeting_id: str) -> None:
        """Remove a meeting and the actions agreed at it."""
        with self._vault.transaction() as session:
            action_ids = session.scalars(
                select(AgreedAction.id).where(AgreedAction.meeting_id == meeting_id)
            ).all()
        for action_id in action_ids:
            self._profiles.delete_item("agreed_action", action_id)
        self._profiles.delete_item("meeting", meeting_id)

    def open_actions(self, participant_id: str | None = None) -> list[OpenAction]:
        """Actions not yet done (of everyone, or of one participant), soonest due first."""
        query = (
            select(AgreedAction, Participant.first_name, Participant.last_name, Meeting.held_on)
            .join(Participant, Participant.id == AgreedAction.participant_id)
            .outerjoin(Meeting, Meeting.id == AgreedAction.meeting_id)
            .where(AgreedAction.done.is_(False))
        )
        if participant_id is not None:
            query = query.where(AgreedAction.participant_id == participant_id)
        with self._vault.transaction() as session:
            found = [
                OpenAction(
                    a.id,
                    a.participant_id,
                    f"{first} {last}".strip(),
                    a.text,
                    a.due_on,
                    held_on or "",
                )
                for a, first, last, held_on in session.execute(query)
            ]
        # Undated actions after dated ones.
        found.sort(key=lambda a: (a.due_on == "", a.due_on, a.participant_name.casefold()))
        return found
