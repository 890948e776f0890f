"""GDPR erasure: remove a participant and everything linked, leave only an erasure marker.

Rows, their change history, field stamps and conflicts go; a tombstone of kind "erased"
and one erase operation per record (ids and codes only) stay so sync purges the other
devices too. VACUUM then rebuilds the file so no freed page keeps old bytes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.changes import ERASE_FIELD, Operation
from desktop_app.services import audit
from desktop_app.services.participants import ParticipantNotFound
from desktop_app.storage.change_capture import record_operations
from desktop_app.storage.erasure import owned_records, purge_records
from desktop_app.storage.models import Participant, Tombstone
from desktop_app.storage.vault import Vault, checkpoint


@dataclass(frozen=True)
class ErasureReport:
    """How many records were erased (the participant and everything linked to it)."""

    records: int


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def name_matches(display_name: str, typed: str) -> bool:
    """True when `typed` is the participant's full name (case and spacing aside)."""
    return bool(_folded(display_name)) and _folded(display_name) == _folded(typed)


def erase_in(session: Session, vault: Vault, participant_id: str) -> int:
    """Erase inside the caller's transaction; returns how many records went."""
    if session.get(Participant, participant_id) is None:
        raise ParticipantNotFound("That participant no longer exists.")
    # Shared with erasures received by sync (storage.erasure), so both purge the same.
    owned = owned_records(session, {"participant": [participant_id]})
    session.expunge_all()  # nothing loaded may be flushed back after the bulk deletes
    ops: list[Operation] = []
    for entity, ids in owned.items():
        purge_records(session, entity, ids)
        for record_id in ids:
            stamp = vault.clock.now().encode()
            ops.append(Operation(entity, record_id, ERASE_FIELD, True, stamp, vault.device_id))
            session.add(Tombstone(entity=entity, record_id=record_id, kind="erased", hlc=stamp))
    session.flush()
    record_operations(session, ops, "local")
    audit.record_in(session, vault.device_id, audit.AuditAction.ERASE, participant_id)
    return len(ops)


def vacuum(vault: Vault) -> None:
    """Rebuild the database file and empty the WAL, so freed pages are gone from disk."""
    checkpoint(vault.engine)
    raw = vault.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    finally:
        raw.close()
    checkpoint(vault.engine)


class GdprService:
    """Erasure for one vault (the export lives in services.gdpr_export)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def display_name(self, participant_id: str) -> str:
        """The full name the coach must type to confirm an erasure."""
        with self._vault.transaction() as session:
            found = session.execute(
                select(Participant.first_name, Participant.last_name).where(
                    Participant.id == participant_id
                )
            ).one_or_none()
        if found is None:
            raise ParticipantNotFound("That participant no longer exists.")
        return f"{found[0]} {found[1]}".strip()

    def erase(self, participant_id: str) -> ErasureReport:
        """Erase a participant for good: rows, history, meetings, conflicts; then VACUUM."""
        with self._vault.transaction() as session:
            count = erase_in(session, self._vault, participant_id)
        vacuum(self._vault)
        return ErasureReport(count)
