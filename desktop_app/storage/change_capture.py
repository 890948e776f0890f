"""Records every change to a syncable model as field operations, in the same flush."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.changes import DELETE_FIELD, Operation
from desktop_app.core.hlc import HybridLogicalClock
from desktop_app.storage.models import (
    FieldStamp,
    OperationRow,
    Syncable,
    Tombstone,
    new_id,
)

CLOCK_KEY = "clock"
REMOTE_KEY = "applying_remote"


def encode_value(value: Any) -> str:
    """JSON text of a field value as stored in the change log."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _op_row(op: Operation, origin: str) -> dict[str, Any]:
    return {
        "entity": op.entity,
        "record_id": op.record_id,
        "field": op.field,
        "value_json": encode_value(op.value),
        "hlc": op.hlc,
        "device_id": op.device_id,
        "origin": origin,
    }


def record_operations(session: Session, ops: list[Operation], origin: str) -> None:
    """Append `ops` to the log and move each field's LWW stamp to them (two statements)."""
    if not ops:
        return
    session.execute(insert(OperationRow), [_op_row(op, origin) for op in ops])
    stamps = [
        {"entity": op.entity, "record_id": op.record_id, "field": op.field, "hlc": op.hlc}
        for op in ops
    ]
    upsert = sqlite_insert(FieldStamp)
    session.execute(
        upsert.on_conflict_do_update(
            index_elements=["entity", "record_id", "field"], set_={"hlc": upsert.excluded.hlc}
        ),
        stamps,
    )


def _initial_value(obj: Syncable, field: str) -> Any:
    value = getattr(obj, field)
    if value is None:
        column = inspect(type(obj)).columns[field]
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg
            setattr(obj, field, value)
    return value


def _changes(session: Session) -> list[tuple[Syncable, str, Any, bool]]:
    """(object, field, value, is_new_record) for every captured change in this flush."""
    found: list[tuple[Syncable, str, Any, bool]] = []
    for obj in session.new:
        if isinstance(obj, Syncable):
            if obj.id is None:
                obj.id = new_id()
            found.extend((obj, f, _initial_value(obj, f), True) for f in obj.__sync_fields__)
    for obj in session.dirty:
        if isinstance(obj, Syncable) and session.is_modified(obj):
            state = inspect(obj)
            for field in obj.__sync_fields__:
                if state.attrs[field].history.has_changes():
                    found.append((obj, field, getattr(obj, field), False))
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            found.append((obj, DELETE_FIELD, True, False))
    return found


def install_change_capture(factory: sessionmaker[Session]) -> None:
    """Hook the session factory so every flush records its field changes."""

    @event.listens_for(factory, "before_flush")
    def _capture(session: Session, _context: Any, _instances: Any) -> None:
        if session.info.get(REMOTE_KEY):
            return
        clock: HybridLogicalClock = session.info[CLOCK_KEY]
        changes = _changes(session)
        if not changes:
            return
        ops = []
        for obj, field, value, _is_new in changes:
            stamp = clock.now().encode()
            op = Operation(obj.__sync_entity__, obj.id, field, value, stamp, clock.device_id)
            ops.append(op)
            if field == DELETE_FIELD:
                session.merge(
                    Tombstone(entity=op.entity, record_id=op.record_id, kind="deleted", hlc=op.hlc)
                )
        record_operations(session, ops, "local")
