"""The writing half of a sync round: our new operations, then a snapshot when due."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.core.changes import ERASE_FIELD, Operation
from desktop_app.sync.bundle import BundleKind, bundle_name, encode_bundle, parse_bundle_name
from desktop_app.sync.compaction import (
    CompactionPolicy,
    compaction_due,
    remove_covered,
    verify_published,
)
from desktop_app.sync.protocol import LocalStore, ProblemCode, SyncProblem, SyncState
from desktop_app.sync.workspace import DEVICES_DIR, WORKSPACE_FILE
from desktop_app.sync.writer import BundleWriter, SeqTakenError


@dataclass
class PublishOutcome:
    """What publishing did in one round."""

    published: int = 0  # operations
    compacted: bool = False
    failed: bool = False
    problems: list[SyncProblem] = field(default_factory=list)


def save_state(store: LocalStore, state: SyncState) -> None:
    """Hand the sync state to the vault."""
    store.save_sync_state(state.to_text())


class Publisher:
    """Publishes this device's bundles and snapshots into its own folder."""

    def __init__(
        self, store: LocalStore, wdir: Path, state: SyncState, key: bytes, epoch: int
    ) -> None:
        self.store, self.state, self.key, self.epoch = store, state, key, epoch
        self.writer = BundleWriter(wdir / DEVICES_DIR / store.device_id)
        self.rel = f"{DEVICES_DIR}/{store.device_id}"

    def run(self, policy: CompactionPolicy, ops_per_bundle: int) -> PublishOutcome:
        """Publish every unsent local operation, then compact if the policy says so."""
        out = PublishOutcome()
        try:
            devices = self.writer.device_dir.parent
            if not devices.exists() and (devices.parent / WORKSPACE_FILE).exists():
                devices.mkdir()  # some sync clients do not carry empty folders
            self._check_own_sequence()
            pending = self.store.local_operations_after(self.state.published_local_seq)
            if pending:
                self.writer.remove_stale_temps()
            for start in range(0, len(pending), ops_per_bundle):
                chunk = pending[start : start + ops_per_bundle]
                self.publish(BundleKind.OPS, [_scrubbed(op) for _, op in chunk])
                self.state.published_local_seq = chunk[-1][0]
                self.state.bundles_since_snapshot += 1
                if any(op.field == ERASE_FIELD for _, op in chunk):
                    self.state.snapshot_due = True
                save_state(self.store, self.state)
                out.published += len(chunk)
            if compaction_due(self.state, policy):
                out.compacted = self.compact(out)
        except (OSError, ValueError) as exc:
            full = isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
            code = ProblemCode.FOLDER_FULL if full else ProblemCode.PUBLISH_FAILED
            out.problems.append(SyncProblem(code, self.rel))
            out.failed = True
        return out

    def _unread_own(self) -> bool:
        own = self.store.device_id
        cursor, ahead = self.state.cursors.get(own, 0), self.state.ahead.get(own, [])
        try:
            names = os.listdir(self.writer.device_dir)
        except OSError:
            return False
        for name in names:
            parsed = parse_bundle_name(name)
            if parsed and parsed[0] > cursor and parsed[0] not in ahead:
                doubtful = f"{self.rel}/{name}#"
                if not any(key.startswith(doubtful) for key in self.state.quarantined):
                    return True
        return False

    def _check_own_sequence(self) -> None:
        # A crash between reserving a seq and renaming its file leaves a hole that readers
        # would wait on for ever; a snapshot covers it.
        reserved = self.state.next_bundle_seq - 1
        if reserved > self.state.last_published_seq:
            if not self.writer.exists(reserved):
                self.state.snapshot_due = True
            self.state.last_published_seq = reserved
            save_state(self.store, self.state)

    def publish(self, kind: BundleKind, ops: list[Operation]) -> int:
        """Seal and publish one bundle under a freshly reserved seq; returns the seq."""
        for _ in range(3):
            seq = self.state.next_bundle_seq
            data = encode_bundle(
                key=self.key, epoch=self.epoch, workspace_id=self.state.workspace_id,
                device_id=self.store.device_id, seq=seq, kind=kind, operations=ops,
            )  # fmt: skip
            staged = self.writer.stage(data)
            self.state.next_bundle_seq = seq + 1
            save_state(self.store, self.state)  # reserved before it exists: never used twice
            try:
                self.writer.commit(staged, seq, kind)
            except SeqTakenError:
                # Our state is behind our folder (restored backup): skip past what is there.
                self.state.next_bundle_seq = max(seq + 1, self.writer.highest_seq() + 1)
                continue
            self.state.last_published_seq = seq
            self.state.mark_applied(self.store.device_id, seq, kind is BundleKind.SNAPSHOT)
            return seq
        raise OSError(errno.EEXIST, "no free bundle sequence number")

    def compact(self, out: PublishOutcome) -> bool:
        """Publish a snapshot of the whole state and remove the files it covers."""
        if self._unread_own():
            return False  # our folder holds edits this vault lacks (restored backup): read first
        seq = self.publish(BundleKind.SNAPSHOT, self.store.snapshot_operations())
        name = bundle_name(seq, BundleKind.SNAPSHOT)
        ok = verify_published(
            self.writer.device_dir / name, keys={self.epoch: self.key},
            workspace_id=self.state.workspace_id, device_id=self.store.device_id, seq=seq,
        )  # fmt: skip
        if ok:
            remove_covered(self.writer.device_dir, seq)
            self.state.last_snapshot_seq = seq
            self.state.bundles_since_snapshot = 0
            self.state.snapshot_due = False
        else:
            out.problems.append(SyncProblem(ProblemCode.COMPACTION_FAILED, f"{self.rel}/{name}"))
        save_state(self.store, self.state)
        return ok


def _scrubbed(op: Operation) -> Operation:
    # An erasure names the record and nothing else, whatever value the store gave it.
    return replace(op, value=True) if op.field == ERASE_FIELD else op
