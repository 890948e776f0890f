"""Records every change to a syncable model as field operations, in the same flush."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, select, tuple_
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.changes import DELETE_FIELD, Operation
from desktop_app.core.hlc import HybridLogicalClock
from desktop_app.core.merge import stamp_for_local_edit
from desktop_app.storage.field_values import encode_value, to_json
from desktop_app.storage.models import (
    FieldStamp,
    OperationRow,
    Syncable,
    Tombstone,
    new_id,
)

__all__ = [
    "CLOCK_KEY",
    "REMOTE_KEY",
    "encode_value",
    "install_change_capture",
    "record_operations",
    "watch_local_commits",
]

CLOCK_KEY = "clock"
REMOTE_KEY = "applying_remote"
LOCAL_OPS_KEY = "recorded_local_ops"
_CHUNK = 400


def _op_row(op: Operation, origin: str) -> dict[str, Any]:
    return {
        "entity": op.entity,
        "record_id": op.record_id,
        "field": op.field,
        "value_json": encode_value(op.value),
        "hlc": op.hlc,
        "device_id": op.device_id,
        "origin": origin,
        "base": op.base,
    }


def record_operations(session: Session, ops: list[Operation], origin: str) -> None:
    """Append `ops` to the log and move each field's LWW stamp to them (two statements)."""
    if not ops:
        return
    if origin == "local":
        session.info[LOCAL_OPS_KEY] = True
    # Core statements on the session's connection: the ORM's bulk layer adds nothing here.
    connection = session.connection()
    connection.execute(insert(OperationRow), [_op_row(op, origin) for op in ops])
    stamps = [
        {
            "entity": op.entity,
            "record_id": op.record_id,
            "field": op.field,
            "hlc": op.hlc,
            "base": op.base,
        }
        for op in ops
    ]
    upsert = sqlite_insert(FieldStamp)
    connection.execute(
        upsert.on_conflict_do_update(
            index_elements=["entity", "record_id", "field"],
            set_={"hlc": upsert.excluded.hlc, "base": upsert.excluded.base},
        ),
        stamps,
    )


def current_stamps(
    session: Session, records: Iterable[tuple[str, str]]
) -> dict[tuple[str, str, str], str]:
    """The LWW stamp of every field of `records` ((entity, record id) pairs) that has one."""
    keys = sorted(set(records))
    found: dict[tuple[str, str, str], str] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        query = select(FieldStamp.entity, FieldStamp.record_id, FieldStamp.field, FieldStamp.hlc)
        query = query.where(tuple_(FieldStamp.entity, FieldStamp.record_id).in_(chunk))
        for entity, record_id, field, hlc in session.execute(query):
            found[(entity, record_id, field)] = hlc
    return found


def _initial_value(obj: Syncable, field: str) -> Any:
    value = getattr(obj, field)
    column = inspect(type(obj)).columns[field]
    if value is None:
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg
            setattr(obj, field, value)
    return to_json(column, value)


def _value(obj: Syncable, field: str) -> Any:
    return to_json(inspect(type(obj)).columns[field], getattr(obj, field))


def _changes(session: Session) -> tuple[list[tuple[Syncable, str, Any]], set[tuple[str, str]]]:
    """(object, field, JSON value) of every captured change in this flush, and the
    records whose fields may already carry stamps (all but those given a fresh id here)."""
    found: list[tuple[Syncable, str, Any]] = []
    known: set[tuple[str, str]] = set()
    for obj in session.new:
        if isinstance(obj, Syncable):
            if obj.id is None:
                obj.id = new_id()
            else:  # a caller-chosen id (e.g. a plan answer) may exist on other devices
                known.add((obj.__sync_entity__, obj.id))
            found.extend((obj, f, _initial_value(obj, f)) for f in obj.__sync_fields__)
    for obj in session.dirty:
        if isinstance(obj, Syncable) and session.is_modified(obj):
            state = inspect(obj)
            for field in obj.__sync_fields__:
                if state.attrs[field].history.has_changes():
                    found.append((obj, field, _value(obj, field)))
                    known.add((obj.__sync_entity__, obj.id))
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            found.append((obj, DELETE_FIELD, True))
            known.add((obj.__sync_entity__, obj.id))
    return found, known


def install_change_capture(factory: sessionmaker[Session]) -> None:
    """Hook the session factory so every flush records its field changes."""

    @event.listens_for(factory, "before_flush")
    def _capture(session: Session, _context: Any, _instances: Any) -> None:
        if session.info.get(REMOTE_KEY):
            return
        clock: HybridLogicalClock = session.info[CLOCK_KEY]
        changes, known = _changes(session)
        if not changes:
            return
        stamps = current_stamps(session, known) if known else {}
        ops = []
        for obj, field, value in changes:
            # After the value it replaces, even one stamped by a clock far ahead.
            base = stamps.get((obj.__sync_entity__, obj.id, field), "")
            stamp = stamp_for_local_edit(clock.now(), base or None).encode()
            op = Operation(obj.__sync_entity__, obj.id, field, value, stamp, clock.device_id, base)
            ops.append(op)
            if field == DELETE_FIELD:
                session.merge(
                    Tombstone(entity=op.entity, record_id=op.record_id, kind="deleted", hlc=op.hlc)
                )
        record_operations(session, ops, "local")


def watch_local_commits(
    factory: sessionmaker[Session], callback: Callable[[], None]
) -> Callable[[], None]:
    """Call `callback` after each commit that recorded local operations (from the committing
    thread); returns a function that stops watching."""

    def _after_commit(session: Session) -> None:
        if session.info.pop(LOCAL_OPS_KEY, False):
            callback()

    def _after_rollback(session: Session) -> None:
        session.info.pop(LOCAL_OPS_KEY, None)

    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)

    def stop() -> None:
        event.remove(factory, "after_commit", _after_commit)
        event.remove(factory, "after_rollback", _after_rollback)

    return stop
