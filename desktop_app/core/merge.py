"""Field-level last-writer-wins rules, and an in-memory replica that is their executable spec."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.changes import DELETE_FIELD, ERASE_FIELD, JsonValue, Operation
from desktop_app.core.hlc import HlcTimestamp, HybridLogicalClock

_COUNTER_MAX = 0xFFFF


class Outcome(StrEnum):
    """What to do with one incoming operation."""

    APPLY = "apply"  # becomes the field's value
    DUPLICATE = "duplicate"  # exactly this operation is already known
    SUPERSEDED = "superseded"  # older, and an edit made on top of it is already current
    CONFLICT = "conflict"  # older and concurrent: keep its value in the conflict list
    ERASE = "erase"  # GDPR erasure: purge the record
    ERASED = "erased"  # the record is erased: drop, whatever the clock says


@dataclass(frozen=True)
class Stamp:
    """The current LWW stamp of one field: its hlc and the hlc it was written on top of."""

    hlc: str
    base: str = ""


@dataclass(frozen=True)
class Decision:
    """An outcome; for APPLY also whether the replaced value was concurrent (a conflict)."""

    outcome: Outcome
    displaced_is_conflict: bool = False


@dataclass(frozen=True)
class ConflictEntry:
    """A losing concurrent edit, kept for the coach to review."""

    op: Operation
    winner_hlc: str


@dataclass
class ApplyReport:
    """Counts of what one `apply_remote` call did."""

    applied: int = 0
    duplicates: int = 0
    superseded: int = 0
    conflicts: int = 0  # new conflict-list entries
    erased: int = 0  # records erased by this call
    dropped_erased: int = 0  # operations dropped because their record is erased

    def add(self, other: ApplyReport) -> None:
        """Accumulate another report into this one."""
        self.applied += other.applied
        self.duplicates += other.duplicates
        self.superseded += other.superseded
        self.conflicts += other.conflicts
        self.erased += other.erased
        self.dropped_erased += other.dropped_erased


def hlc_device(hlc: str) -> str:
    """The device part of an encoded HLC stamp."""
    return hlc.split("-", 2)[2]


def _follows(later: Stamp, earlier_hlc: str) -> bool:
    # The same device always saw its own earlier edit; another device saw it if it wrote on it.
    return later.base == earlier_hlc or hlc_device(later.hlc) == hlc_device(earlier_hlc)


def decide(op: Operation, current: Stamp | None, erased_by: str | None) -> Decision:
    """Field-level LWW for `op` against the field's current stamp and the record's erasure."""
    if erased_by is not None:
        same = op.field == ERASE_FIELD and op.hlc == erased_by
        return Decision(Outcome.DUPLICATE if same else Outcome.ERASED)
    if op.field == ERASE_FIELD:
        return Decision(Outcome.ERASE)
    if current is None:
        return Decision(Outcome.APPLY)
    if op.hlc == current.hlc:
        return Decision(Outcome.DUPLICATE)
    # Encoded stamps are fixed-width, so text order is clock order.
    if op.hlc > current.hlc:
        concurrent = not _follows(Stamp(op.hlc, op.base), current.hlc)
        return Decision(Outcome.APPLY, displaced_is_conflict=concurrent)
    if _follows(current, op.hlc):
        return Decision(Outcome.SUPERSEDED)
    return Decision(Outcome.CONFLICT)


def stamp_for_local_edit(now: HlcTimestamp, current_hlc: str | None) -> HlcTimestamp:
    """A stamp for a local edit that sorts after the value it replaces, even a far-future one."""
    if current_hlc is None:
        return now
    current = HlcTimestamp.decode(current_hlc)
    if current < now:
        return now
    # The field holds a stamp from a clock far ahead (the HLC clamp keeps our clock
    # sane); an edit made on top of it must still win everywhere.
    if current.counter >= _COUNTER_MAX:
        return HlcTimestamp(current.wall_ms + 1, 0, now.device_id)
    return HlcTimestamp(current.wall_ms, current.counter + 1, now.device_id)


FieldKey = tuple[str, str, str]
RecordKey = tuple[str, str]


class MemoryReplica:
    """An in-memory LocalStore: what storage must do, small enough to read in one go."""

    def __init__(self, device_id: str | None = None, wall_clock: Callable[[], int] | None = None):
        self.device_id = device_id or uuid.uuid4().hex
        self.clock = HybridLogicalClock(self.device_id, wall_clock)
        self.fields: dict[FieldKey, Operation] = {}
        self.erased: dict[RecordKey, Operation] = {}
        self.conflicts: dict[tuple[FieldKey, str], ConflictEntry] = {}
        self.log: list[tuple[int, Operation]] = []  # locally authored, by local seq
        self.next_local_seq = 1
        self.sync_state = ""
        self.team_keys: dict[int, bytes] = {}

    # -- local edits (what change capture does in storage) --

    def edit(self, entity: str, record_id: str, field: str, value: JsonValue) -> Operation:
        """Author one field edit, stamped after the value it replaces."""
        if (entity, record_id) in self.erased:
            raise KeyError("record is erased")
        current = self.fields.get((entity, record_id, field))
        base = current.hlc if current else ""
        stamp = stamp_for_local_edit(self.clock.now(), base or None)
        op = Operation(entity, record_id, field, value, stamp.encode(), self.device_id, base)
        self.fields[(entity, record_id, field)] = op
        self._log_local(op)
        return op

    def delete(self, entity: str, record_id: str) -> Operation:
        """Tombstone a whole record (reversible, unlike erasure)."""
        return self.edit(entity, record_id, DELETE_FIELD, True)

    def erase(self, entity: str, record_id: str) -> Operation:
        """GDPR erasure: purge the record here and ship an erasure that beats every edit."""
        op = Operation(
            entity, record_id, ERASE_FIELD, True, self.clock.now().encode(), self.device_id
        )
        self._purge(op)
        self._log_local(op)
        return op

    def _log_local(self, op: Operation) -> None:
        self.log.append((self.next_local_seq, op))
        self.next_local_seq += 1

    # -- reading --

    def value(self, entity: str, record_id: str, field: str) -> JsonValue:
        """The current value of a field, or None."""
        op = self.fields.get((entity, record_id, field))
        return op.value if op else None

    def digest(self) -> tuple[dict[FieldKey, tuple[str, str]], list[RecordKey]]:
        """Comparable state: every field's (value as JSON, hlc) and the erased records."""
        values = {
            k: (json.dumps(op.value, sort_keys=True), op.hlc) for k, op in self.fields.items()
        }
        return values, sorted(self.erased)

    # -- LocalStore --

    def local_operations_after(self, seq: int) -> list[tuple[int, Operation]]:
        """Locally authored operations with a local seq above `seq`, in order."""
        return [(s, op) for s, op in self.log if s > seq]

    def apply_remote(self, ops: Sequence[Operation]) -> ApplyReport:
        """Merge received operations; idempotent and order-independent."""
        report = ApplyReport()
        for op in ops:
            key = (op.entity, op.record_id, op.field)
            erasure = self.erased.get((op.entity, op.record_id))
            current = self.fields.get(key)
            stamp = Stamp(current.hlc, current.base) if current else None
            decision = decide(op, stamp, erasure.hlc if erasure else None)
            outcome = decision.outcome
            if outcome is Outcome.APPLY:
                if current is not None and decision.displaced_is_conflict:
                    report.conflicts += self._keep_conflict(current, op.hlc)
                self.fields[key] = op
                report.applied += 1
            elif outcome is Outcome.CONFLICT and current is not None:
                added = self._keep_conflict(op, current.hlc)
                report.conflicts += added
                report.duplicates += 1 - added
            elif outcome is Outcome.ERASE:
                self._purge(op)
                report.erased += 1
            elif outcome is Outcome.SUPERSEDED:
                report.superseded += 1
            elif outcome is Outcome.ERASED:
                report.dropped_erased += 1
            else:
                report.duplicates += 1
        return report

    def snapshot_operations(self) -> list[Operation]:
        """Everything a newcomer needs: current fields, open conflicts, erasure markers."""
        ops = list(self.fields.values())
        ops.extend(entry.op for entry in self.conflicts.values())
        ops.extend(self.erased.values())
        return ops

    def observe(self, hlc: HlcTimestamp) -> None:
        """Move the local clock past a received stamp (clamped if far ahead)."""
        self.clock.observe(hlc)

    def load_sync_state(self) -> str:
        """The sync engine's opaque state document ("" before the first sync)."""
        return self.sync_state

    def save_sync_state(self, state: str) -> None:
        """Keep the sync engine's state document."""
        self.sync_state = state

    def load_team_keys(self) -> dict[int, bytes]:
        """Team keys by epoch."""
        return dict(self.team_keys)

    def save_team_keys(self, keys: Mapping[int, bytes]) -> None:
        """Replace the stored team keys."""
        self.team_keys = dict(keys)

    def _keep_conflict(self, op: Operation, winner_hlc: str) -> int:
        key = ((op.entity, op.record_id, op.field), op.hlc)
        if key in self.conflicts:
            return 0
        self.conflicts[key] = ConflictEntry(op, winner_hlc)
        return 1

    def _purge(self, erasure: Operation) -> None:
        record = (erasure.entity, erasure.record_id)
        self.fields = {k: v for k, v in self.fields.items() if k[:2] != record}
        self.conflicts = {k: v for k, v in self.conflicts.items() if k[0][:2] != record}
        self.log = [(s, op) for s, op in self.log if (op.entity, op.record_id) != record]
        # The marker keeps ids and a stamp only: no personal data survives an erasure.
        self.erased[record] = Operation(
            erasure.entity, erasure.record_id, ERASE_FIELD, True, erasure.hlc, erasure.device_id
        )
