"""Participant use cases: list (with what the list shows), read, create, edit, delete."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.collation import name_key
from desktop_app.core.errors import OpstartError, ValidationError
from desktop_app.core.validation import PARTICIPANT_RULES, check_text
from desktop_app.services import audit
from desktop_app.storage.models import Participant
from desktop_app.storage.profile_models import AgreedAction, LadderStep
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
    """What the list and the editor header show of a participant."""

    id: str
    first_name: str
    last_name: str
    note: str
    preferred_name: str = ""
    cohort: str = ""
    status: str = "active"
    ladder_step: int | None = None  # the latest reading
    open_actions: int = 0
    business_idea: str = ""

    @property
    def display_name(self) -> str:
        """First and last name as one string."""
        return f"{self.first_name} {self.last_name}".strip()


_LIST_COLUMNS = (
    Participant.id,
    Participant.first_name,
    Participant.last_name,
    Participant.note,
    Participant.preferred_name,
    Participant.cohort,
    Participant.status,
    Participant.business_idea,
)


def _latest_steps(session: Session, participant_id: str | None = None) -> dict[str, int]:
    query = select(LadderStep.participant_id, LadderStep.step).where(LadderStep.step.is_not(None))
    if participant_id is not None:
        query = query.where(LadderStep.participant_id == participant_id)
    # Later assessments overwrite earlier ones; undated readings count by entry order.
    query = query.order_by(LadderStep.assessed_on, LadderStep.created_hlc)
    return {pid: int(step or 0) for pid, step in session.execute(query)}


def _open_actions(session: Session, participant_id: str | None = None) -> Counter[str]:
    query = (
        select(AgreedAction.participant_id, func.count())
        .where(AgreedAction.done.is_(False))
        .group_by(AgreedAction.participant_id)
    )
    if participant_id is not None:
        query = query.where(AgreedAction.participant_id == participant_id)
    return Counter({pid: int(n) for pid, n in session.execute(query)})


def _from_columns(values: Any, steps: dict[str, int], actions: Counter[str]) -> ParticipantRow:
    pid, first, last, note, preferred, cohort, status, idea = values
    return ParticipantRow(
        pid,
        first,
        last,
        note,
        preferred,
        cohort,
        status or "active",
        steps.get(pid),
        actions[pid],
        idea,
    )


def participant_row(session: Session, participant_id: str) -> ParticipantRow:
    """The list row of one participant inside an open transaction, or ParticipantNotFound."""
    values = session.execute(
        select(*_LIST_COLUMNS).where(Participant.id == participant_id)
    ).one_or_none()
    if values is None:
        raise ParticipantNotFound("That participant no longer exists.")
    steps = _latest_steps(session, participant_id)
    return _from_columns(values, steps, _open_actions(session, participant_id))


def sort_rows(rows: list[ParticipantRow]) -> list[ParticipantRow]:
    """Ordered by last then first name, the way a person expects."""
    return sorted(rows, key=lambda r: (name_key(r.last_name), name_key(r.first_name), r.id))


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

    @property
    def vault(self) -> Vault:
        """The vault these participants live in (other services share it)."""
        return self._vault

    def list_all(self) -> list[ParticipantRow]:
        """Every participant with cohort, status, latest ladder step and open actions."""
        with self._vault.transaction() as session:
            steps = _latest_steps(session)
            actions = _open_actions(session)
            rows = [
                _from_columns(v, steps, actions) for v in session.execute(select(*_LIST_COLUMNS))
            ]
        return sort_rows(rows)

    def get(self, participant_id: str) -> ParticipantRow:
        """One participant, or ParticipantNotFound."""
        with self._vault.transaction() as session:
            return participant_row(session, participant_id)

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
            audit.record_in(
                session, self._vault.device_id, audit.AuditAction.CREATE, participant.id
            )
            return participant_row(session, participant.id)

    def update_field(self, participant_id: str, field: str, value: str) -> ParticipantRow:
        """Save one edited name or note (autosave); unchanged values record nothing."""
        validate_field(field, value)
        if field != "note":
            value = value.strip()
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            if getattr(found, field) != value:
                setattr(found, field, value)
                audit.record_in(
                    session, self._vault.device_id, audit.AuditAction.EDIT, participant_id, field
                )
            session.flush()
            return participant_row(session, participant_id)

    def delete(self, participant_id: str) -> None:
        """Delete a participant, leaving a tombstone for sync (erasure: services.gdpr)."""
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            session.delete(found)
            audit.record_in(
                session, self._vault.device_id, audit.AuditAction.DELETE, participant_id
            )
