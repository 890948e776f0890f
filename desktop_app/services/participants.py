"""Participant use cases: list, read, create, edit one field, delete."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.core.collation import name_key
from desktop_app.core.errors import OpstartError, ValidationError
from desktop_app.core.validation import PARTICIPANT_RULES, check_text
from desktop_app.storage.models import Participant
from desktop_app.storage.vault import Vault

EDITABLE_FIELDS = tuple(PARTICIPANT_RULES)

_MESSAGES = {
    "required": "The first name cannot be empty.",
    "too_long": "This text is too long.",
    "control_chars": "This text contains characters that cannot be stored.",
}


class ParticipantNotFound(OpstartError):
    """No participant has this id (it may have been deleted or erased)."""

    code = "not_found"


@dataclass(frozen=True)
class ParticipantRow:
    """What the list and the editor show of a participant."""

    id: str
    first_name: str
    last_name: str
    note: str

    @property
    def display_name(self) -> str:
        """First and last name as one string."""
        return f"{self.first_name} {self.last_name}".strip()


def _row(p: Participant) -> ParticipantRow:
    return ParticipantRow(p.id, p.first_name, p.last_name, p.note)


def validate_field(field: str, value: str) -> None:
    """Raise ValidationError with a plain message when `value` breaks the field's rule."""
    if field not in EDITABLE_FIELDS:
        raise ValueError(f"unknown participant field {field!r}")
    code = check_text(field, value)
    if code is not None:
        raise ValidationError(field, code, _MESSAGES[code])


class ParticipantService:
    """Participant use cases over one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list_all(self) -> list[ParticipantRow]:
        """Every participant, ordered by last then first name."""
        with self._vault.transaction() as session:
            rows = [_row(p) for p in session.scalars(select(Participant))]
        rows.sort(key=lambda r: (name_key(r.last_name), name_key(r.first_name), r.id))
        return rows

    def get(self, participant_id: str) -> ParticipantRow:
        """One participant, or ParticipantNotFound."""
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            return _row(found)

    def create(self, first_name: str, last_name: str = "", note: str = "") -> ParticipantRow:
        """Add a participant; every field is validated first."""
        for field, value in (("first_name", first_name), ("last_name", last_name), ("note", note)):
            validate_field(field, value)
        with self._vault.transaction() as session:
            participant = Participant(
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                note=note,
                created_hlc=self._vault.clock.now().encode(),
            )
            session.add(participant)
            session.flush()
            return _row(participant)

    def update_field(self, participant_id: str, field: str, value: str) -> ParticipantRow:
        """Save one edited field (autosave); unchanged values record nothing."""
        validate_field(field, value)
        if field != "note":
            value = value.strip()
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            if getattr(found, field) != value:
                setattr(found, field, value)
            return _row(found)

    def delete(self, participant_id: str) -> None:
        """Delete a participant, leaving a tombstone for sync."""
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            session.delete(found)
