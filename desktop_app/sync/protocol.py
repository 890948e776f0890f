"""What sync needs from the local vault, and the small records sync passes around."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from desktop_app.core.changes import Operation
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.core.merge import ApplyReport

__all__ = ["ApplyReport", "LocalStore", "ProblemCode", "SyncProblem", "SyncState"]

STATE_VERSION = 1


@runtime_checkable
class LocalStore(Protocol):
    """The vault as sync sees it; storage implements it, `MemoryReplica` is the reference."""

    @property
    def device_id(self) -> str:
        """This device's id: 32 lowercase hex characters (uuid4().hex), never personal."""
        ...

    def local_operations_after(self, seq: int) -> list[tuple[int, Operation]]:
        """Operations authored on this device with a local seq above `seq`, ascending."""
        ...

    def apply_remote(self, ops: Sequence[Operation]) -> ApplyReport:
        """Merge received operations in one transaction: idempotent LWW, conflicts kept,
        erasures purge the record everywhere (rows, history, conflicts, unsent local ops)."""
        ...

    def snapshot_operations(self) -> list[Operation]:
        """Current value of every field, every unresolved conflict, every erasure marker."""
        ...

    def observe(self, hlc: HlcTimestamp) -> None:
        """Merge a received stamp into the local hybrid clock (which clamps far-future ones)."""
        ...

    def load_sync_state(self) -> str:
        """The document last given to `save_sync_state`, or "" if none."""
        ...

    def save_sync_state(self, state: str) -> None:
        """Durably keep sync's state document (ids, sequence numbers, file names only)."""
        ...

    def load_team_keys(self) -> dict[int, bytes]:
        """The workspace team keys held in the vault, by key epoch."""
        ...

    def save_team_keys(self, keys: Mapping[int, bytes]) -> None:
        """Durably replace the team keys held in the vault."""
        ...


class ProblemCode(StrEnum):
    """Why a file was skipped or an action failed; the UI turns these into sentences."""

    CONFLICT_COPY = "conflict_copy"  # a sync client's conflict copy: never applied
    UNKNOWN_FILE = "unknown_file"  # not a name Opstart writes
    TRUNCATED = "truncated"  # shorter than its header says (often still downloading)
    BAD_LENGTH = "bad_length"  # longer than its header says, or impossible sizes
    DAMAGED = "damaged"  # not an Opstart bundle, or a malformed header
    NEWER_FORMAT = "newer_format"  # written by a newer Opstart: update to read it
    WRONG_PLACE = "wrong_place"  # header names another workspace, device or sequence
    UNKNOWN_EPOCH = "unknown_epoch"  # sealed with a team key this vault does not hold
    AUTH_FAILED = "auth_failed"  # the AES-GCM tag does not match: damaged or tampered
    BAD_PAYLOAD = "bad_payload"  # authentic but not a valid list of operations
    TOO_LARGE = "too_large"  # over the size limit
    UNREADABLE = "unreadable"  # an I/O error; tried again next time
    MISSING = "missing"  # a gap in a device's sequence; waiting for the file
    CLOCK_AHEAD = "clock_ahead"  # a device's clock runs far ahead
    PUBLISH_FAILED = "publish_failed"  # could not write our bundle; nothing lost, retried
    FOLDER_FULL = "folder_full"  # the shared folder's disk is full
    COMPACTION_FAILED = "compaction_failed"  # snapshot not verified; old bundles kept


@dataclass(frozen=True)
class SyncProblem:
    """One entry of the sync log: a code and the shared-folder path it concerns."""

    code: ProblemCode
    file_name: str  # relative to the workspace folder, e.g. "devices/<id>/7.bundle"


@dataclass
class SyncState:
    """Sync bookkeeping kept in the vault; holds ids, numbers and file names only."""

    workspace_id: str = ""
    published_local_seq: int = 0  # last local op seq inside a published bundle
    next_bundle_seq: int = 1  # reserved before each publish: a seq is never used twice
    last_published_seq: int = 0  # last bundle seq known to be in our folder
    last_snapshot_seq: int = 0
    bundles_since_snapshot: int = 0
    snapshot_due: bool = False  # an erasure or a gap in our folder: compact soon
    cursors: dict[str, int] = field(default_factory=dict)  # device -> contiguous seq applied
    ahead: dict[str, list[int]] = field(default_factory=dict)  # device -> seqs applied past a gap
    quarantined: dict[str, str] = field(default_factory=dict)  # "path#size" -> ProblemCode

    def mark_applied(self, device: str, seq: int, snapshot: bool) -> None:
        """Record a device's bundle as applied; a snapshot covers everything before it."""
        cursor = self.cursors.get(device, 0)
        ahead = set(self.ahead.get(device, ()))
        if snapshot:
            cursor = max(cursor, seq)
            ahead = {s for s in ahead if s > cursor}
        elif seq > cursor:
            ahead.add(seq)
        while cursor + 1 in ahead:
            cursor += 1
            ahead.remove(cursor)
        self.cursors[device] = cursor
        if ahead:
            self.ahead[device] = sorted(ahead)
        else:
            self.ahead.pop(device, None)

    def to_text(self) -> str:
        """The versioned JSON document given to `LocalStore.save_sync_state`."""
        data: dict[str, Any] = {"version": STATE_VERSION, **self.__dict__}
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str) -> SyncState:
        """Parse `to_text` output ("" gives a fresh state); ValueError if unusable."""
        if not text:
            return cls()
        data = json.loads(text)
        if not isinstance(data, dict) or data.pop("version", None) != STATE_VERSION:
            raise ValueError("unsupported sync state")
        try:
            return cls(**data)
        except TypeError:
            raise ValueError("malformed sync state") from None
