"""The full participant profile: read it, save one field at a time, keep its lists."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import OpstartError
from desktop_app.core.profile_fields import (
    ITEM_KINDS,
    PARTICIPANT_FIELDS,
    item_kind,
    participant_field,
)
from desktop_app.core.profile_values import stored_to_value
from desktop_app.services import audit
from desktop_app.services.participants import ParticipantNotFound, ParticipantRow, participant_row
from desktop_app.services.profile_checks import checked
from desktop_app.storage.models import Participant
from desktop_app.storage.profile_models import ITEM_MODELS
from desktop_app.storage.vault import Vault

_CHECKLIST_NAMESPACE = uuid.UUID("9d3e1f0a-6c2b-4e8d-a715-3f4b8c0d2e61")


class ItemNotFound(OpstartError):
    """The list entry no longer exists (removed here or on another device)."""

    code = "item_not_found"


@dataclass(frozen=True, eq=False)
class ProfileItem:
    """One entry of a participant's list (a goal, a meeting, an action…)."""

    kind: str
    id: str
    participant_id: str
    created_hlc: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True, eq=False)
class Profile:
    """Every field of a participant and every list, as plain values."""

    id: str
    values: Mapping[str, Any]
    items: Mapping[str, tuple[ProfileItem, ...]]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def display_name(self) -> str:
        """First and last name as one string."""
        return f"{self.values['first_name']} {self.values['last_name']}".strip()


def checklist_item_id(participant_id: str, number: int) -> str:
    """The same id on every device for one participant's checklist item."""
    return uuid.uuid5(_CHECKLIST_NAMESPACE, f"{participant_id}:{number}").hex


def item_of(kind: str, row: Any) -> ProfileItem:
    """A ProfileItem from a stored row of `kind`."""
    spec = item_kind(kind)
    values = {f.key: stored_to_value(f, getattr(row, f.key)) for f in spec.fields}
    if kind == "agreed_action":
        values["meeting_id"] = row.meeting_id
    return ProfileItem(kind, row.id, row.participant_id, row.created_hlc, values)


def load_items(session: Session, participant_id: str, kind: str) -> tuple[ProfileItem, ...]:
    """One participant's entries of a list, oldest first."""
    model = ITEM_MODELS[kind]
    query = (
        select(model)
        .where(model.participant_id == participant_id)
        .order_by(model.created_hlc, model.id)
    )
    return tuple(item_of(kind, row) for row in session.scalars(query))


class ProfileService:
    """Read and autosave the full profile of participants in one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _audit(self, session: Session, action: audit.AuditAction, pid: str, detail: str) -> None:
        audit.record_in(session, self._vault.device_id, action, pid, detail)

    def load(self, participant_id: str, record_view: bool = True) -> Profile:
        """The whole profile; opening it on screen or in the CLI is logged as a view."""
        with self._vault.transaction() as session:
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            values = {f.key: stored_to_value(f, getattr(found, f.key)) for f in PARTICIPANT_FIELDS}
            items = {kind: load_items(session, participant_id, kind) for kind in ITEM_KINDS}
            if record_view:
                self._audit(session, audit.AuditAction.VIEW, participant_id, "")
        return Profile(participant_id, values, items)

    def update_field(self, participant_id: str, key: str, value: Any) -> ParticipantRow:
        """Save one field (autosave); an unchanged value records nothing."""
        spec = participant_field(key)
        with self._vault.transaction() as session:
            stored = checked(session, spec, value)
            found = session.get(Participant, participant_id)
            if found is None:
                raise ParticipantNotFound("That participant no longer exists.")
            if getattr(found, key) != stored:
                setattr(found, key, stored)
                self._audit(session, audit.AuditAction.EDIT, participant_id, key)
            session.flush()
            return participant_row(session, participant_id)

    def items(self, participant_id: str, kind: str) -> tuple[ProfileItem, ...]:
        """One participant's entries of a list."""
        with self._vault.transaction() as session:
            return load_items(session, participant_id, kind)

    def add_item(
        self, participant_id: str, kind: str, values: Mapping[str, Any] | None = None
    ) -> ProfileItem:
        """Add an entry to a participant's list, with any starting values."""
        spec = item_kind(kind)
        values = dict(values or {})
        meeting_id = str(values.pop("meeting_id", "")) if kind == "agreed_action" else ""
        with self._vault.transaction() as session:
            if session.get(Participant, participant_id) is None:
                raise ParticipantNotFound("That participant no longer exists.")
            stored = {key: checked(session, spec.field(key), v) for key, v in values.items()}
            row = ITEM_MODELS[kind](
                participant_id=participant_id,
                created_hlc=self._vault.clock.now().encode(),
                **stored,
            )
            if meeting_id:
                row.meeting_id = meeting_id  # type: ignore[attr-defined]
            session.add(row)
            session.flush()
            self._audit(session, audit.AuditAction.EDIT, participant_id, f"{kind}.add")
            return item_of(kind, row)

    def update_item(self, kind: str, item_id: str, key: str, value: Any) -> ProfileItem:
        """Save one field of a list entry (autosave)."""
        spec = item_kind(kind).field(key)
        with self._vault.transaction() as session:
            stored = checked(session, spec, value)
            row = session.get(ITEM_MODELS[kind], item_id)
            if row is None:
                raise ItemNotFound("That entry no longer exists.")
            if getattr(row, key) != stored:
                setattr(row, key, stored)
                self._audit(session, audit.AuditAction.EDIT, row.participant_id, f"{kind}.{key}")
            session.flush()
            return item_of(kind, row)

    def delete_item(self, kind: str, item_id: str) -> None:
        """Remove a list entry (a tombstone tells the other devices)."""
        with self._vault.transaction() as session:
            row = session.get(ITEM_MODELS[kind], item_id)
            if row is None:
                return
            pid = row.participant_id
            session.delete(row)
            self._audit(session, audit.AuditAction.EDIT, pid, f"{kind}.remove")

    def set_checklist(self, participant_id: str, number: int, key: str, value: Any) -> ProfileItem:
        """Score or comment one of the 18 checklist items (the entry is made on first use)."""
        if not 1 <= number <= 18:
            raise ValueError("checklist items are numbered 1-18")
        item_id = checklist_item_id(participant_id, number)
        with self._vault.transaction() as session:
            exists = session.get(ITEM_MODELS["checklist_item"], item_id) is not None
        if not exists:
            self._add_checklist(participant_id, number, item_id)
        return self.update_item("checklist_item", item_id, key, value)

    def _add_checklist(self, participant_id: str, number: int, item_id: str) -> None:
        with self._vault.transaction() as session:
            if session.get(Participant, participant_id) is None:
                raise ParticipantNotFound("That participant no longer exists.")
            session.add(
                ITEM_MODELS["checklist_item"](
                    id=item_id,
                    participant_id=participant_id,
                    item=number,
                    created_hlc=self._vault.clock.now().encode(),
                )
            )
