"""Merging received operations into the vault's real rows, in one transaction.

`core.merge.decide` says what each operation does; this module does it to SQL rows the
way `core.merge.MemoryReplica` does it to dictionaries: the value goes into the model's
column, the operation into the change log (origin "remote"), the field's stamp moves,
and a concurrent loser lands in the conflict list once. Erasures are handled first and
purge the record with everything that belongs to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Column, delete, inspect, select, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop_app.core.changes import DELETE_FIELD, ERASE_FIELD, JsonValue, Operation
from desktop_app.core.hlc import HybridLogicalClock
from desktop_app.core.merge import ApplyReport, Outcome, Stamp, decide, hlc_device
from desktop_app.storage.change_capture import record_operations
from desktop_app.storage.erasure import (
    erased_markers,
    link_columns,
    mark_erased,
    owned_records,
    purge_records,
)
from desktop_app.storage.field_values import (
    FieldValueError,
    decode_value,
    encode_value,
    to_column,
    to_json,
)
from desktop_app.storage.models import Conflict, OperationRow, Syncable, Tombstone
from desktop_app.storage.sync_lookup import (
    DELETED,
    FieldKey,
    RecordKey,
    deleted_records,
    field_stamps,
    load_rows,
    record_chunks,
)


class RemoteApply:
    """One `apply_remote` call inside an open session with change capture switched off."""

    def __init__(
        self, session: Session, models: dict[str, type[Syncable]], clock: HybridLogicalClock
    ) -> None:
        self.session = session
        self.models = models
        self.clock = clock
        self.report = ApplyReport()
        self.values: dict[FieldKey, JsonValue] = {}  # values applied in this call

    def run(self, ops: Sequence[Operation]) -> ApplyReport:
        """Erasures first (they beat everything), then field edits and deletes."""
        usable = [op for op in ops if self._usable(op)]
        self._erase([op for op in usable if op.field == ERASE_FIELD])
        applied = self._merge([op for op in usable if op.field != ERASE_FIELD])
        self._erase_orphans(applied)
        self._resolve_taken_back(applied)
        return self.report

    # -- checks ---------------------------------------------------------------------------
    def _usable(self, op: Operation) -> bool:
        # Names we do not know (a newer Opstart) and values our columns cannot hold are left.
        model = self.models.get(op.entity)
        if model is None:
            return False
        if op.field in (DELETE_FIELD, ERASE_FIELD):
            return isinstance(op.value, bool)
        if op.field not in model.__sync_fields__:
            return False
        try:
            to_column(self._column(model, op.field), op.value)
        except FieldValueError:
            return False
        return True

    @staticmethod
    def _column(model: type[Syncable], field: str) -> Column[Any]:
        column: Column[Any] = model.__table__.columns[field]  # type: ignore[attr-defined]
        return column

    # -- erasure --------------------------------------------------------------------------
    def _erase(self, erasures: list[Operation]) -> None:
        if not erasures:
            return
        markers = erased_markers(self.session, [(op.entity, op.record_id) for op in erasures])
        roots: dict[str, set[str]] = {}
        received: list[Operation] = []
        for op in erasures:
            key = (op.entity, op.record_id)
            outcome = decide(op, None, markers.get(key)).outcome
            if outcome is Outcome.ERASE:
                markers[key] = op.hlc
                roots.setdefault(op.entity, set()).add(op.record_id)
                received.append(replace(op, value=True, base=""))
            elif outcome is Outcome.DUPLICATE:
                self.report.duplicates += 1
            else:
                self.report.dropped_erased += 1
        if roots:
            self._purge(roots, markers, received)

    def _purge(
        self, roots: dict[str, set[str]], markers: dict[RecordKey, str], received: list[Operation]
    ) -> None:
        owned = owned_records(self.session, roots)
        for entity, ids in owned.items():
            purge_records(self.session, entity, ids)
        # What belongs to an erased record but was not named by the erasure (a meeting
        # added elsewhere meanwhile) is erased here, with a marker of ours that travels on.
        ours = [
            Operation(e, rid, ERASE_FIELD, True, self.clock.now().encode(), self.clock.device_id)
            for e, ids in owned.items()
            for rid in ids
            if (e, rid) not in markers
        ]
        for op in (*received, *ours):
            mark_erased(self.session, op.entity, op.record_id, op.hlc)
        record_operations(self.session, received, "remote")
        record_operations(self.session, ours, "local")
        self.report.erased += len(received) + len(ours)

    def _erase_orphans(self, applied: list[Operation]) -> None:
        # An edit that links a record to an erased one (a meeting of an erased person,
        # written before the erasure reached its author) is erased on arrival.
        links = {e: dict(link_columns(m)) for e, m in self.models.items()}
        parents: dict[RecordKey, list[RecordKey]] = {}
        for op in applied:
            parent = links[op.entity].get(op.field)
            if parent and isinstance(op.value, str) and op.value:
                parents.setdefault((parent, op.value), []).append((op.entity, op.record_id))
        if not parents:
            return
        erased = erased_markers(self.session, parents)
        roots: dict[str, set[str]] = {}
        for erased_parent in erased:
            for entity, record_id in parents[erased_parent]:
                roots.setdefault(entity, set()).add(record_id)
        if roots:
            self._purge(roots, {}, [])

    # -- field edits ----------------------------------------------------------------------
    def _merge(self, ops: list[Operation]) -> list[Operation]:
        if not ops:
            return []
        records = {(op.entity, op.record_id) for op in ops}
        erased = erased_markers(self.session, records)
        deleted = deleted_records(self.session, records)
        stamps = field_stamps(self.session, records)
        rows = load_rows(self.session, self.models, records)
        applied: list[Operation] = []
        for op in ops:
            key = (op.entity, op.record_id, op.field)
            current = stamps.get(key)
            decision = decide(op, current, erased.get(key[:2]))
            outcome = decision.outcome
            if outcome is Outcome.APPLY:
                if current is not None and decision.displaced_is_conflict:
                    loser = self._current_value(key, current.hlc, rows)
                    if _differ(loser, op.value):  # the same value twice is nothing to review
                        self.report.conflicts += self._keep(key, loser, current.hlc, op.hlc)
                self._write(op, rows, deleted)
                stamps[key] = Stamp(op.hlc, op.base)
                self.values[key] = op.value
                applied.append(op)
                self.report.applied += 1
            elif outcome is Outcome.CONFLICT and current is not None:
                winner = self._current_value(key, current.hlc, rows)
                added = (
                    self._keep(key, op.value, op.hlc, current.hlc)
                    if _differ(op.value, winner)
                    else 0
                )
                self.report.conflicts += added
                self.report.duplicates += 1 - added
            elif outcome is Outcome.SUPERSEDED:
                self.report.superseded += 1
            elif outcome is Outcome.ERASED:
                self.report.dropped_erased += 1
            else:
                self.report.duplicates += 1
        self.session.flush()
        record_operations(self.session, applied, "remote")
        return applied

    def _write(self, op: Operation, rows: dict[RecordKey, Any], deleted: set[RecordKey]) -> None:
        record = (op.entity, op.record_id)
        model = self.models[op.entity]
        if op.field == DELETE_FIELD:
            self._set_deleted(record, op, rows, deleted)
            return
        if record in deleted:
            return  # a deleted record keeps its fields' history, not a row
        row = rows.get(record)
        if row is None:
            row = model()
            row.id = op.record_id
            self.session.add(row)
            rows[record] = row
        setattr(row, op.field, to_column(self._column(model, op.field), op.value))

    def _set_deleted(
        self, record: RecordKey, op: Operation, rows: dict[RecordKey, Any], deleted: set[RecordKey]
    ) -> None:
        entity, record_id = record
        if op.value:
            row = rows.pop(record, None)
            if row is not None and inspect(row).pending:
                self.session.expunge(row)  # created earlier in this same call
            elif row is not None:
                self.session.delete(row)
            stone = sqlite_insert(Tombstone).values(
                entity=entity, record_id=record_id, kind=DELETED, hlc=op.hlc
            )
            self.session.execute(
                stone.on_conflict_do_update(
                    index_elements=["entity", "record_id"], set_={"hlc": op.hlc}
                )
            )
            deleted.add(record)
        elif record in deleted:
            # Nothing sends "undelete" today; the row comes back with the next field edit.
            self.session.execute(
                delete(Tombstone).where(
                    Tombstone.entity == entity,
                    Tombstone.record_id == record_id,
                    Tombstone.kind == DELETED,
                )
            )
            deleted.discard(record)

    def _current_value(self, key: FieldKey, hlc: str, rows: dict[RecordKey, Any]) -> JsonValue:
        if key in self.values:
            return self.values[key]
        if key[2] == DELETE_FIELD:
            return True
        logged = self.session.scalar(
            select(OperationRow.value_json).where(
                OperationRow.hlc == hlc,
                OperationRow.entity == key[0],
                OperationRow.record_id == key[1],
                OperationRow.field == key[2],
            )
        )
        if logged is not None:
            return decode_value(logged)
        row = rows.get(key[:2])
        model = self.models[key[0]]
        return to_json(self._column(model, key[2]), getattr(row, key[2])) if row else None

    def _keep(self, key: FieldKey, value: JsonValue, hlc: str, winner: str) -> int:
        entity, record_id, field = key
        row = sqlite_insert(Conflict).values(
            entity=entity, record_id=record_id, field=field,
            losing_value_json=encode_value(value), losing_hlc=hlc,
            losing_device=hlc_device(hlc), winning_hlc=winner, resolved=0,
        )  # fmt: skip
        result = self.session.execute(row.on_conflict_do_nothing())
        return 1 if getattr(result, "rowcount", 0) == 1 else 0

    def _resolve_taken_back(self, applied: list[Operation]) -> None:
        # A loser that someone took back (its value is current again) needs no review.
        if not applied:
            return
        current = {(op.entity, op.record_id, op.field): op.value for op in applied}
        for chunk in record_chunks({k[:2] for k in current}):
            open_rows = self.session.execute(
                select(Conflict.id, Conflict.entity, Conflict.record_id, Conflict.field,
                       Conflict.losing_value_json)
                .where(Conflict.resolved == 0)
                .where(tuple_(Conflict.entity, Conflict.record_id).in_(chunk))
            ).all()  # fmt: skip
            done = [
                cid
                for cid, entity, record_id, field, value_json in open_rows
                if (entity, record_id, field) in current
                and encode_value(current[(entity, record_id, field)]) == value_json
            ]
            if done:
                self.session.execute(
                    update(Conflict).where(Conflict.id.in_(done)).values(resolved=1)
                )


def _differ(left: JsonValue, right: JsonValue) -> bool:
    return encode_value(left) != encode_value(right)
