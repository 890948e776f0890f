"""GDPR access request: everything stored about one participant, as JSON and as plain text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.atomic_io import atomic_write_bytes
from desktop_app.core.profile_fields import ITEM_KINDS, PARTICIPANT_FIELDS, FieldKind
from desktop_app.services import audit
from desktop_app.services.ownership import chunks, owned_records
from desktop_app.services.participants import ParticipantNotFound
from desktop_app.storage.audit_models import AuditEntry
from desktop_app.storage.models import Conflict, OperationRow, Participant, syncable_models
from desktop_app.storage.vault import Vault

FORMAT = "opstart-participant-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ParticipantExport:
    """The export document and its readable summary."""

    data: dict[str, Any]
    summary: str


def _records(session: Session, entity: str, ids: list[str]) -> list[dict[str, Any]]:
    model = syncable_models()[entity]
    table = model.__table__  # type: ignore[attr-defined]
    rows: list[dict[str, Any]] = []
    for chunk in chunks(ids):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            rows.append(dict(row))
    return sorted(rows, key=lambda r: (str(r.get("created_hlc", "")), r["id"]))


def _history(session: Session, owned: dict[str, list[str]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for entity, ids in owned.items():
        for chunk in chunks(ids):
            query = select(OperationRow).where(
                OperationRow.entity == entity, OperationRow.record_id.in_(chunk)
            )
            for op in session.scalars(query):
                found.append(
                    {
                        "entity": op.entity,
                        "record_id": op.record_id,
                        "field": op.field,
                        "value": json.loads(op.value_json),
                        "hlc": op.hlc,
                    }
                )
    return sorted(found, key=lambda o: str(o["hlc"]))


def _conflicts(session: Session, owned: dict[str, list[str]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for entity, ids in owned.items():
        for chunk in chunks(ids):
            query = select(Conflict).where(Conflict.entity == entity, Conflict.record_id.in_(chunk))
            for c in session.scalars(query):
                found.append(
                    {
                        "entity": c.entity,
                        "record_id": c.record_id,
                        "field": c.field,
                        "losing_value": json.loads(c.losing_value_json),
                        "losing_hlc": c.losing_hlc,
                    }
                )
    return found


def _audit_trail(session: Session, participant_id: str) -> list[dict[str, Any]]:
    query = (
        select(AuditEntry).where(AuditEntry.record_id == participant_id).order_by(AuditEntry.seq)
    )
    return [
        {"at": e.at, "action": e.action, "detail": e.detail, "by_device": e.actor}
        for e in session.scalars(query)
    ]


def _readable(entity: str, key: str, value: Any) -> str | None:
    """A value as a person reads it; None when there is nothing to show."""
    if value in ("", None, False) or key in ("id", "created_hlc") or key.endswith("_id"):
        return None
    fields = {f.key: f for f in PARTICIPANT_FIELDS} if entity == "participant" else {}
    if entity in ITEM_KINDS:
        fields = {f.key: f for f in ITEM_KINDS[entity].fields}
    kind = fields[key].kind if key in fields else None
    if kind is FieldKind.MONEY and isinstance(value, int):
        return f"{value / 100:,.2f}"
    if kind is FieldKind.CODES:
        return ", ".join(str(value).split(","))
    if value is True:
        return "yes"
    return str(value).replace("\n", "\n    ")


def _summary(data: dict[str, Any]) -> str:
    """Plain text a person can read: each record's filled-in fields, one per line."""
    lines = [
        "Everything Opstart stores about this participant",
        f"Exported {data['exported_at']} by Opstart {data['app_version']}",
        "",
    ]
    for entity, rows in data["records"].items():
        title = entity.replace("_", " ").capitalize()
        for number, row in enumerate(rows, 1):
            lines.append(f"== {title} {number} ==" if len(rows) > 1 else f"== {title} ==")
            for key, value in row.items():
                text = _readable(entity, key, value)
                if text is not None:
                    lines.append(f"{key.replace('_', ' ').capitalize()}: {text}")
            lines.append("")
    lines.append(f"Earlier values kept in the change history: {len(data['history'])}")
    lines.append(f"Edits kept for review after a sync conflict: {len(data['conflicts'])}")
    lines.append(f"Audit log entries about this record: {len(data['audit_trail'])}")
    return "\n".join(lines) + "\n"


class GdprExportService:
    """Builds and writes access-request exports; each export is logged in the audit log."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def export(self, participant_id: str) -> ParticipantExport:
        """Every stored record, history entry, conflict and audit entry about one person."""
        with self._vault.transaction() as session:
            if session.get(Participant, participant_id) is None:
                raise ParticipantNotFound("That participant no longer exists.")
            owned = owned_records(session, participant_id)
            data: dict[str, Any] = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "participant_id": participant_id,
                "records": {e: _records(session, e, ids) for e, ids in owned.items()},
                "history": _history(session, owned),
                "conflicts": _conflicts(session, owned),
                "audit_trail": _audit_trail(session, participant_id),
            }
            audit.record_in(
                session, self._vault.device_id, audit.AuditAction.EXPORT, participant_id, "gdpr"
            )
        return ParticipantExport(data, _summary(data))

    def write(self, participant_id: str, json_path: Path) -> tuple[Path, Path]:
        """Write FILE.json and FILE.txt beside it; returns both paths."""
        export = self.export(participant_id)
        text_path = json_path.with_suffix(".txt")
        if text_path == json_path:
            text_path = json_path.with_name(json_path.name + ".summary.txt")
        document = json.dumps(export.data, ensure_ascii=False, indent=2, sort_keys=False)
        atomic_write_bytes(json_path, (document + "\n").encode("utf-8"))
        atomic_write_bytes(text_path, export.summary.encode("utf-8"))
        return json_path, text_path
