"""One sync round: read other devices' bundles, publish ours, compact when due."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from desktop_app.core.hlc import MAX_DRIFT_MS, HlcTimestamp
from desktop_app.sync.bundle import BundleKind
from desktop_app.sync.compaction import CompactionPolicy, retire_folder, retire_safe
from desktop_app.sync.protocol import LocalStore, ProblemCode, SyncProblem, SyncState
from desktop_app.sync.publish import Publisher, PublishOutcome, save_state
from desktop_app.sync.reader import BundleReader, ReadBundle, classify_stray, is_hidden
from desktop_app.sync.workspace import (
    DEVICES_DIR,
    WORKSPACE_FILE,
    TeamKeys,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceMissing,
    WorkspaceTooNew,
    join_workspace,
    read_workspace,
    workspace_dir,
)

OPS_PER_BUNDLE = 2000
_NOT_FILE_FAULTS = {ProblemCode.MISSING, ProblemCode.CLOCK_AHEAD}


class SyncStatus(StrEnum):
    """How a sync round ended, as a code the UI words."""

    OK = "ok"
    OFFLINE = "offline"  # shared folder unreachable or empty: nothing was changed locally
    NOT_JOINED = "not_joined"
    NEEDS_PASSPHRASE = "needs_passphrase"  # the team key was rotated: enter the new passphrase
    WORKSPACE_DAMAGED = "workspace_damaged"
    NEWER_VERSION = "newer_version"
    PUBLISH_FAILED = "publish_failed"  # received fine; our edits stay queued


@dataclass
class SyncResult:
    """Counts and codes of one sync round."""

    status: SyncStatus
    applied: int = 0
    published: int = 0  # operations published
    skipped: int = 0  # files skipped or quarantined
    conflicts: int = 0  # new conflict-list entries
    compacted: bool = False
    problems: list[SyncProblem] = field(default_factory=list)


def adopt_team_keys(store: LocalStore, team: TeamKeys) -> None:
    """Keep a workspace's team keys in the vault and point sync at that workspace."""
    state = SyncState.from_text(store.load_sync_state())
    keys = dict(store.load_team_keys()) if state.workspace_id == team.workspace_id else {}
    if state.workspace_id != team.workspace_id:
        state = SyncState(workspace_id=team.workspace_id)
    keys.update(team.keys)
    store.save_team_keys(keys)
    store.save_sync_state(state.to_text())


def join(store: LocalStore, shared: Path, workspace_id: str, passphrase: str) -> TeamKeys:
    """Join (or rejoin after a key rotation) a workspace with the team passphrase."""
    team = join_workspace(shared, workspace_id, passphrase)
    adopt_team_keys(store, team)
    return team


class SyncEngine:
    """Syncs one vault with one shared folder; safe to call from a timer and after edits."""

    def __init__(
        self,
        store: LocalStore,
        folder: Path,
        *,
        policy: CompactionPolicy | None = None,
        wall_ms: Callable[[], int] | None = None,
        ops_per_bundle: int = OPS_PER_BUNDLE,
    ) -> None:
        self.store = store
        self.folder = folder
        self.policy = policy or CompactionPolicy()
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self.ops_per_bundle = ops_per_bundle
        self._lock = threading.Lock()
        self._settled: dict[str, set[str]] = {}  # names needing no look, per device folder

    def sync_now(self) -> SyncResult:
        """Run one round; never raises for anything the folder's content can cause."""
        with self._lock:
            state = self._joined_state()
            if state is None:
                return SyncResult(SyncStatus.NOT_JOINED)
            return self._round(state, workspace_dir(self.folder, state.workspace_id))

    def retire_device(self, device_id: str) -> bool:
        """Remove a departed coach's folder once a fresh snapshot of ours carries its edits."""
        with self._lock:
            state = self._joined_state()
            if state is None or device_id == self.store.device_id:
                return False
            wdir = workspace_dir(self.folder, state.workspace_id)
            if self._round(state, wdir).status is not SyncStatus.OK:
                return False
            folder = wdir / DEVICES_DIR / device_id
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                return True  # already gone
            except OSError:
                return False
            if not retire_safe(state, device_id, names):
                return False
            try:
                info = read_workspace(wdir)
                key = self.store.load_team_keys()[info.current_epoch]
                publisher = Publisher(self.store, wdir, state, key, info.current_epoch)
                if not publisher.compact(PublishOutcome()):
                    return False
            except (OSError, ValueError, KeyError, WorkspaceError):
                return False
            retire_folder(folder)
            return True

    def _joined_state(self) -> SyncState | None:
        try:
            state = SyncState.from_text(self.store.load_sync_state())
        except ValueError:
            return None  # unreadable state: joining again starts clean and republishes
        return state if state.workspace_id else None

    def _round(self, state: SyncState, wdir: Path) -> SyncResult:
        try:
            info = read_workspace(wdir)
        except WorkspaceMissing:
            return SyncResult(SyncStatus.OFFLINE)
        except WorkspaceTooNew:
            return SyncResult(SyncStatus.NEWER_VERSION)
        except WorkspaceDamaged:
            return SyncResult(SyncStatus.WORKSPACE_DAMAGED)
        result = SyncResult(SyncStatus.OK)
        keys = self.store.load_team_keys()
        if not self._pull(wdir, state, keys, result):
            result.status = SyncStatus.OFFLINE
            return result
        if info.current_epoch not in keys:
            result.status = SyncStatus.NEEDS_PASSPHRASE  # never write under a retired key
        else:
            key = keys[info.current_epoch]
            pushed = Publisher(self.store, wdir, state, key, info.current_epoch).run(
                self.policy, self.ops_per_bundle
            )
            result.published, result.compacted = pushed.published, pushed.compacted
            result.problems.extend(pushed.problems)
            if pushed.failed:
                result.status = SyncStatus.PUBLISH_FAILED
        if not (wdir / WORKSPACE_FILE).exists():
            result.status = SyncStatus.OFFLINE  # the share went away during the round
        return result

    def _pull(self, wdir: Path, state: SyncState, keys: dict[int, bytes], out: SyncResult) -> bool:
        reader = BundleReader(wdir, state.workspace_id, keys)
        try:
            devices, strays = reader.device_ids()
        except FileNotFoundError:
            devices, strays = [], []  # a new workspace: nobody has published yet
        except OSError:
            return False
        for name in strays:
            if is_hidden(name):
                continue
            rel = f"{DEVICES_DIR}/{name}"
            if f"{rel}#" not in state.quarantined:
                code = classify_stray(name)
                state.quarantined[f"{rel}#"] = code.value
                out.problems.append(SyncProblem(code, rel))
                out.skipped += 1
        # Our own folder too: after a vault restored from backup it holds edits we lost.
        for device in devices:
            self._pull_device(reader, device, state, out)
        if strays:
            save_state(self.store, state)
        return True

    def _pull_device(
        self, reader: BundleReader, device: str, state: SyncState, out: SyncResult
    ) -> None:
        read = reader.read_device(
            device,
            state.cursors.get(device, 0),
            set(state.ahead.get(device, ())),
            state.quarantined,
            self._settled.get(device, set()),
        )
        self._settled[device] = read.settled
        out.problems.extend(read.problems)
        out.skipped += sum(1 for p in read.problems if p.code not in _NOT_FILE_FAULTS)
        gone = _vanished(state.quarantined, f"{DEVICES_DIR}/{device}/", read.present)
        if not read.bundles and not read.quarantine and not gone:
            return
        for key in gone:
            del state.quarantined[key]
        state.quarantined.update(read.quarantine)
        if read.bundles:
            self._apply(device, read.bundles, state, out)
            for bundle in read.bundles:
                state.mark_applied(device, bundle.seq, bundle.kind is BundleKind.SNAPSHOT)
        if state.ahead.get(device):
            missing = f"{DEVICES_DIR}/{device}/{state.cursors[device] + 1}.bundle"
            out.problems.append(SyncProblem(ProblemCode.MISSING, missing))
        save_state(self.store, state)

    def _apply(
        self, device: str, bundles: list[ReadBundle], state: SyncState, out: SyncResult
    ) -> None:
        ops = [op for bundle in bundles for op in bundle.operations]
        report = self.store.apply_remote(ops)
        out.applied += report.applied + report.erased
        out.conflicts += report.conflicts
        if report.erased:
            state.snapshot_due = True  # the erased person's data must leave our files too
        if ops:
            newest = HlcTimestamp.decode(max(op.hlc for op in ops))
            self.store.observe(newest)
            if newest.wall_ms > self._wall_ms() + MAX_DRIFT_MS:
                name = f"{DEVICES_DIR}/{device}/{bundles[-1].name}"
                out.problems.append(SyncProblem(ProblemCode.CLOCK_AHEAD, name))


def _vanished(quarantined: dict[str, str], prefix: str, present: set[str]) -> list[str]:
    # Quarantine entries for files that are gone (compacted away) are forgotten.
    return [
        key
        for key in quarantined
        if key.startswith(prefix) and key[len(prefix) :].rsplit("#", 1)[0] not in present
    ]
