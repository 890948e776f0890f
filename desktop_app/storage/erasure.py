"""GDPR erasure in storage: find what belongs to a record, purge it, keep only a marker.

A syncable table belongs to an entity through a column named `<entity>_id` (meetings
have `participant_id`, plan answers `plan_id`). Ownership follows those links through
the rows *and* through the change log, so a record deleted earlier (row gone, history
kept) is found and purged too. Used by a local erasure (services.gdpr) and by an erasure
received through sync (storage.sync_store), so both remove exactly the same things.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop_app.storage.field_values import encode_value
from desktop_app.storage.models import (
    Conflict,
    FieldStamp,
    OperationRow,
    Syncable,
    Tombstone,
    syncable_models,
)

_CHUNK = 400
ERASED = "erased"


def chunks(ids: list[str]) -> list[list[str]]:
    """`ids` in slices small enough for one SQL IN list."""
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def link_columns(model: type[Syncable]) -> list[tuple[str, str]]:
    """(column, parent entity) for every `<entity>_id` column of a syncable model."""
    entities = set(syncable_models())
    found = []
    for column in _table(model).columns:
        parent = column.name.removesuffix("_id")
        if column.name.endswith("_id") and parent in entities:
            found.append((column.name, parent))
    return found


def owned_records(session: Session, roots: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Record ids by entity: the roots and everything linked to them, transitively."""
    owned: dict[str, set[str]] = {entity: set(ids) for entity, ids in roots.items()}
    models = syncable_models()
    links = [(e, col, parent) for e, m in models.items() for col, parent in link_columns(m)]
    frontier = {entity: set(ids) for entity, ids in owned.items()}
    while any(frontier.values()):
        found: dict[str, set[str]] = {}
        for entity, column, parent in links:
            parents = sorted(frontier.get(parent, ()))
            for chunk in chunks(parents):
                for record_id in _children(session, models[entity], entity, column, chunk):
                    if record_id not in owned.setdefault(entity, set()):
                        owned[entity].add(record_id)
                        found.setdefault(entity, set()).add(record_id)
        frontier = found
    return {entity: sorted(ids) for entity, ids in owned.items() if ids}


def _children(
    session: Session, model: type[Syncable], entity: str, column: str, parents: list[str]
) -> set[str]:
    table = _table(model)
    ids = set(session.scalars(select(table.c.id).where(table.c[column].in_(parents))))
    # Deleted records keep their history in the log: follow their current link there too.
    values = [encode_value(parent) for parent in parents]
    logged = (
        select(OperationRow.record_id)
        .join(
            FieldStamp,
            (FieldStamp.entity == OperationRow.entity)
            & (FieldStamp.record_id == OperationRow.record_id)
            & (FieldStamp.field == OperationRow.field)
            & (FieldStamp.hlc == OperationRow.hlc),
        )
        .where(
            OperationRow.entity == entity,
            OperationRow.field == column,
            OperationRow.value_json.in_(values),
        )
    )
    ids.update(session.scalars(logged))
    return ids


def purge_records(session: Session, entity: str, ids: list[str]) -> None:
    """Delete rows, change history, field stamps, conflicts and tombstones of `ids`."""
    model = syncable_models().get(entity)
    for chunk in chunks(sorted(ids)):
        if model is not None:
            table = _table(model)
            session.execute(delete(table).where(table.c.id.in_(chunk)))
        for kept in (OperationRow, FieldStamp, Conflict, Tombstone):
            session.execute(delete(kept).where(kept.entity == entity, kept.record_id.in_(chunk)))


def mark_erased(session: Session, entity: str, record_id: str, hlc: str) -> None:
    """Leave the erasure marker: ids and a stamp, nothing personal."""
    marker = sqlite_insert(Tombstone).values(
        entity=entity, record_id=record_id, kind=ERASED, hlc=hlc
    )
    session.execute(
        marker.on_conflict_do_update(
            index_elements=["entity", "record_id"], set_={"kind": ERASED, "hlc": hlc}
        )
    )


def erased_markers(
    session: Session, records: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """The erasure stamp of each of `records` that is erased."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in set(records):
        by_entity.setdefault(entity, []).append(record_id)
    found: dict[tuple[str, str], str] = {}
    for entity, ids in by_entity.items():
        for chunk in chunks(sorted(ids)):
            query = select(Tombstone.record_id, Tombstone.hlc).where(
                Tombstone.entity == entity, Tombstone.kind == ERASED, Tombstone.record_id.in_(chunk)
            )
            found.update({(entity, rid): hlc for rid, hlc in session.execute(query)})
    return found


def _table(model: type[Syncable]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table
