"""Review conflicts: two coaches changed one field offline; the later change won.

The losing value is listed with the participant it concerns, who changed it and when.
Taking it back is an ordinary local edit (stamped after the current value), so it wins
on every device at their next sync; keeping the current value just closes the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.changes import DELETE_FIELD, JsonValue
from desktop_app.core.errors import OpstartError
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.core.merge import hlc_device
from desktop_app.services import audit
from desktop_app.storage.erasure import link_columns
from desktop_app.storage.field_values import decode_value, to_column, to_json
from desktop_app.storage.models import Conflict, FieldStamp, Participant, syncable_models
from desktop_app.storage.vault import Vault

_MAX_HOPS = 4


class ConflictGone(OpstartError):
    """The conflict was already reviewed, or its record was erased."""

    code = "conflict_gone"


class RecordGone(OpstartError):
    """The record of a conflict was deleted, so its value cannot be taken back."""

    code = "record_gone"


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the review list shows it (values as stored, JSON-like)."""

    id: int
    entity: str
    record_id: str
    field: str
    participant_id: str  # the participant the record belongs to, "" if none
    participant_name: str
    current_value: JsonValue
    current_by_me: bool
    current_device: str  # "" when unknown
    current_at: datetime | None
    other_value: JsonValue
    other_by_me: bool
    other_device: str
    other_at: datetime
    record_exists: bool


class ConflictService:
    """The conflict list of one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list_open(self) -> list[ConflictView]:
        """Every conflict still to review, newest first."""
        query = select(Conflict).where(Conflict.resolved == 0).order_by(Conflict.id.desc())
        with self._vault.transaction() as session:
            return [self._view(session, c) for c in session.scalars(query)]

    def take_back(self, conflict_id: int) -> None:
        """Make the losing value current again (a new edit here, synced to the others)."""
        with self._vault.transaction() as session:
            conflict = self._open(session, conflict_id)
            model = syncable_models().get(conflict.entity)
            if model is not None and conflict.field != DELETE_FIELD:
                row: Any = session.get(model, conflict.record_id)
                if row is None:
                    raise RecordGone(
                        "That record was deleted, so its other value cannot be taken back."
                    )
                column = model.__table__.columns[conflict.field]  # type: ignore[attr-defined]
                setattr(
                    row, conflict.field, to_column(column, decode_value(conflict.losing_value_json))
                )
                owner = _owner(session, conflict.entity, conflict.record_id)
                audit.record_in(
                    session, self._vault.device_id, audit.AuditAction.EDIT, owner, conflict.field
                )
            conflict.resolved = 1

    def keep_current(self, conflict_id: int) -> None:
        """Close a conflict, keeping the value that won."""
        with self._vault.transaction() as session:
            self._open(session, conflict_id).resolved = 1

    def _open(self, session: Session, conflict_id: int) -> Conflict:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved:
            raise ConflictGone("This conflict was already reviewed.")
        return conflict

    def _view(self, session: Session, conflict: Conflict) -> ConflictView:
        me = self._vault.device_id
        model = syncable_models().get(conflict.entity)
        row = session.get(model, conflict.record_id) if model is not None else None
        current: JsonValue = None
        if row is not None and conflict.field != DELETE_FIELD and model is not None:
            column = model.__table__.columns[conflict.field]  # type: ignore[attr-defined]
            current = to_json(column, getattr(row, conflict.field))
        stamp = session.get(FieldStamp, (conflict.entity, conflict.record_id, conflict.field))
        owner = _owner(session, conflict.entity, conflict.record_id)
        person = session.get(Participant, owner) if owner else None
        name = f"{person.first_name} {person.last_name}".strip() if person else ""
        return ConflictView(
            id=conflict.id,
            entity=conflict.entity,
            record_id=conflict.record_id,
            field=conflict.field,
            participant_id=owner,
            participant_name=name,
            current_value=current,
            current_by_me=stamp is not None and hlc_device(stamp.hlc) == me,
            current_device=hlc_device(stamp.hlc) if stamp else "",
            current_at=_when(stamp.hlc) if stamp else None,
            other_value=decode_value(conflict.losing_value_json),
            other_by_me=conflict.losing_device == me,
            other_device=conflict.losing_device,
            other_at=_when(conflict.losing_hlc),
            record_exists=row is not None,
        )


def _owner(session: Session, entity: str, record_id: str) -> str:
    """The participant a record belongs to (following `<entity>_id` links), or ""."""
    models = syncable_models()
    for _ in range(_MAX_HOPS):
        if entity == "participant":
            return record_id
        model = models.get(entity)
        row = session.get(model, record_id) if model is not None else None
        if model is None or row is None:
            return ""
        for column, parent in link_columns(model):
            value = getattr(row, column)
            if value:
                entity, record_id = parent, value
                break
        else:
            return ""
    return ""


def _when(hlc: str) -> datetime:
    return datetime.fromtimestamp(HlcTimestamp.decode(hlc).wall_ms / 1000, UTC)
