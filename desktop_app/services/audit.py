"""The audit log: record who viewed, edited, printed, exported or erased a record.

Other features call `record(vault, AuditAction.PRINT, participant_id, "handout")`.
Entries hold codes and random ids only; `detail` must be a short code, never free text.
Each entry's hash covers the one before it, so a changed or removed entry is detected.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.audit_models import AuditEntry
from desktop_app.storage.models import MetaEntry
from desktop_app.storage.vault import Vault

HEAD_META_KEY = "audit_head"
GENESIS = "0" * 64
# Autosave writes every few seconds while a coach types; one entry per field and burst.
EDIT_COALESCE = timedelta(minutes=10)
_DETAIL = re.compile(r"^[a-z0-9_.:-]{0,64}$")
_RECORD_ID = re.compile(r"^[0-9a-f]{0,32}$")


class AuditAction(StrEnum):
    """What was done; the GUI words these codes."""

    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    ERASE = "erase"


@dataclass(frozen=True)
class AuditRecord:
    """One log entry as the read-only view shows it."""

    seq: int
    at: str
    actor: str
    action: str
    record_id: str
    detail: str


@dataclass(frozen=True)
class AuditCheck:
    """Result of checking the hash chain: `first_bad_seq` is None when intact."""

    entries: int
    first_bad_seq: int | None

    @property
    def ok(self) -> bool:
        """True when no entry was changed, inserted or removed."""
        return self.first_bad_seq is None


def entry_hash(
    seq: int, at: str, actor: str, action: str, record_id: str, detail: str, prev_hash: str
) -> str:
    """SHA-256 over an entry's content and the previous entry's hash."""
    material = "|".join((str(seq), at, actor, action, record_id, detail, prev_hash))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def record_in(
    session: Session, actor: str, action: AuditAction, record_id: str = "", detail: str = ""
) -> None:
    """Append an entry inside the caller's transaction (so it commits with the change)."""
    action = AuditAction(action)
    if not _DETAIL.match(detail) or not _RECORD_ID.match(record_id):
        raise ValueError("audit entries hold codes and ids only")
    last = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
    ).scalar_one_or_none()
    now = _now()
    if (
        last is not None
        and action is AuditAction.EDIT
        and _same_burst(last, actor, record_id, detail, now)
    ):
        return
    seq = (last.seq if last else 0) + 1
    prev = last.hash if last else GENESIS
    at = now.isoformat().replace("+00:00", "Z")
    digest = entry_hash(seq, at, actor, action.value, record_id, detail, prev)
    session.add(
        AuditEntry(
            seq=seq,
            at=at,
            actor=actor,
            action=action.value,
            record_id=record_id,
            detail=detail,
            prev_hash=prev,
            hash=digest,
        )
    )
    session.merge(MetaEntry(key=HEAD_META_KEY, value=f"{seq}:{digest}"))


def _same_burst(last: AuditEntry, actor: str, record_id: str, detail: str, now: datetime) -> bool:
    if (last.action, last.actor, last.record_id, last.detail) != ("edit", actor, record_id, detail):
        return False
    when = datetime.fromisoformat(last.at.replace("Z", "+00:00"))
    return now - when < EDIT_COALESCE


def record(vault: Vault, action: AuditAction, record_id: str = "", detail: str = "") -> None:
    """Append an entry in its own transaction (for printing, exporting and the like)."""
    with vault.transaction() as session:
        record_in(session, vault.device_id, action, record_id, detail)


class AuditService:
    """Read and check the audit log of one vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def count(self) -> int:
        """How many entries the log holds."""
        with self._vault.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    def entries(self, limit: int = 1000, offset: int = 0) -> list[AuditRecord]:
        """The newest entries first."""
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit).offset(offset)
        with self._vault.transaction() as session:
            return [
                AuditRecord(e.seq, e.at, e.actor, e.action, e.record_id, e.detail)
                for e in session.scalars(query)
            ]

    def verify(self) -> AuditCheck:
        """Walk the chain from the start; report the first entry that does not fit."""
        prev, expected_seq, count = GENESIS, 1, 0
        with self._vault.transaction() as session:
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
                count += 1
                digest = entry_hash(e.seq, e.at, e.actor, e.action, e.record_id, e.detail, prev)
                if e.seq != expected_seq or e.prev_hash != prev or e.hash != digest:
                    return AuditCheck(count, e.seq)
                prev, expected_seq = e.hash, e.seq + 1
            head = session.get(MetaEntry, HEAD_META_KEY)
        expected_head = f"{expected_seq - 1}:{prev}" if count else None
        if (head.value if head else None) != expected_head:
            return AuditCheck(count, expected_seq)  # entries removed from the end
        return AuditCheck(count, None)
