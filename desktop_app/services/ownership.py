"""Which records belong to one participant, across every feature's tables.

A syncable table belongs to an entity through a column named `<entity>_id` (meetings
have `participant_id`, plan answers `plan_id`). Following those links from the
participant finds everything a GDPR export must show and an erasure must remove, also
for tables added later by other features.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import Syncable, syncable_models

_CHUNK = 500


def chunks(ids: list[str]) -> list[list[str]]:
    """`ids` in slices small enough for one SQL IN list."""
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def link_columns(model: type[Syncable]) -> list[tuple[str, str]]:
    """(column, parent entity) for every `<entity>_id` column of a syncable model."""
    entities = set(syncable_models())
    columns = model.__table__.columns  # type: ignore[attr-defined]
    found = []
    for column in columns:
        parent = column.name.removesuffix("_id")
        if column.name.endswith("_id") and parent in entities:
            found.append((column.name, parent))
    return found


def owned_records(session: Session, participant_id: str) -> dict[str, list[str]]:
    """Record ids by entity: the participant and everything linked to it, transitively."""
    owned: dict[str, set[str]] = {"participant": {participant_id}}
    models = syncable_models()
    links = {entity: link_columns(model) for entity, model in models.items()}
    changed = True
    while changed:
        changed = False
        for entity, model in models.items():
            table = model.__table__  # type: ignore[attr-defined]
            for column, parent in links[entity]:
                parents = sorted(owned.get(parent, ()))
                for chunk in chunks(parents):
                    query = select(table.c.id).where(table.c[column].in_(chunk))
                    new = set(session.scalars(query)) - owned.setdefault(entity, set())
                    if new:
                        owned[entity] |= new
                        changed = True
    return {entity: sorted(ids) for entity, ids in owned.items() if ids}
