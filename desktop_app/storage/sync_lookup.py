"""What the vault holds for a set of records: rows, field stamps, deletions (for sync)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from desktop_app.core.merge import Stamp
from desktop_app.storage.erasure import chunks
from desktop_app.storage.models import FieldStamp, Syncable, Tombstone

FieldKey = tuple[str, str, str]
RecordKey = tuple[str, str]
DELETED = "deleted"
_CHUNK = 400


def record_chunks(records: Iterable[RecordKey]) -> list[list[RecordKey]]:
    """(entity, record id) pairs in slices small enough for one SQL IN list."""
    ordered = sorted(set(records))
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def deleted_records(session: Session, records: set[RecordKey]) -> set[RecordKey]:
    """Which of `records` carry a "deleted" tombstone."""
    found: set[RecordKey] = set()
    for chunk in record_chunks(records):
        query = select(Tombstone.entity, Tombstone.record_id).where(
            Tombstone.kind == DELETED, tuple_(Tombstone.entity, Tombstone.record_id).in_(chunk)
        )
        found.update((e, r) for e, r in session.execute(query))
    return found


def field_stamps(session: Session, records: set[RecordKey]) -> dict[FieldKey, Stamp]:
    """The LWW stamp (hlc and base) of every field of `records` that has one."""
    found: dict[FieldKey, Stamp] = {}
    for chunk in record_chunks(records):
        query = select(
            FieldStamp.entity, FieldStamp.record_id, FieldStamp.field, FieldStamp.hlc,
            FieldStamp.base,
        ).where(tuple_(FieldStamp.entity, FieldStamp.record_id).in_(chunk))  # fmt: skip
        for entity, record_id, field, hlc, base in session.execute(query):
            found[(entity, record_id, field)] = Stamp(hlc, base)
    return found


def load_rows(
    session: Session, models: dict[str, type[Syncable]], records: set[RecordKey]
) -> dict[RecordKey, Any]:
    """The model rows of `records` that exist, loaded into the session."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in records:
        by_entity.setdefault(entity, []).append(record_id)
    rows: dict[RecordKey, Any] = {}
    for entity, ids in by_entity.items():
        model: Any = models[entity]
        for chunk in chunks(sorted(ids)):
            query = select(model).where(model.id.in_(chunk))
            rows.update({(entity, row.id): row for row in session.scalars(query)})
    return rows
