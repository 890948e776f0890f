"""Snapshots, so the shared folder stops growing and a new device catches up in one read.

The rule:

* A device compacts its own folder only. It publishes a snapshot bundle `<s>.snapshot`
  holding its full current state: the current operation of every field, every open
  conflict and every erasure marker. Erased records contribute their marker only, so
  a snapshot can never bring an erased person back.
* Every operation this device authored before `s` is in that state: current, kept as a
  conflict, or replaced by an edit made on top of it. So once the snapshot is durably
  renamed into place *and read back and verified*, the files below `s` add nothing and
  are deleted, together with conflict copies and crash leftovers in the same folder.
* Readers never infer deletion from absence: a reader that sees the old bundles vanish
  before the snapshot arrives just waits at the gap; the snapshot then covers it.
* Not while our own folder holds bundles this vault has not applied (a vault restored
  from an older backup reads them back first), or they would be deleted unread.
* A device compacts when it has published `max_bundles` bundles since its last snapshot,
  after any erasure (local or received: the erased person's data must leave the folder),
  and after finding a hole in its own sequence (a crash between reserving and renaming).
* A departed coach's folder is never compacted by its owner again. A remaining device
  may retire it (`SyncEngine.retire_device`) once it has applied every bundle in it with
  no hole and nothing doubtful quarantined, and has then published a verified snapshot
  of its own: from then on that snapshot carries the departed coach's edits.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.sync.bundle import BundleError, BundleKind, decode_bundle, parse_bundle_name
from desktop_app.sync.protocol import ProblemCode, SyncState
from desktop_app.sync.reader import classify_stray
from desktop_app.sync.workspace import DEVICES_DIR
from desktop_app.sync.writer import is_temp_name


@dataclass(frozen=True)
class CompactionPolicy:
    """When a device replaces its bundles by a snapshot."""

    max_bundles: int = 200


def compaction_due(state: SyncState, policy: CompactionPolicy) -> bool:
    """True when this device should publish a snapshot now."""
    if state.last_published_seq == 0 and state.last_snapshot_seq == 0:
        return False  # nothing of ours is in the folder
    return state.snapshot_due or state.bundles_since_snapshot >= policy.max_bundles


def verify_published(
    path: Path, *, keys: Mapping[int, bytes], workspace_id: str, device_id: str, seq: int
) -> bool:
    """Read a just-published snapshot back and check it opens."""
    try:
        data = path.read_bytes()
        decode_bundle(
            data, keys=keys, workspace_id=workspace_id, device_id=device_id, seq=seq,
            kind=BundleKind.SNAPSHOT,
        )  # fmt: skip
    except (OSError, BundleError):
        return False
    return True


def remove_covered(device_dir: Path, snapshot_seq: int) -> int:
    """Delete own files a verified snapshot covers; returns how many were removed."""
    removed = 0
    try:
        names = os.listdir(device_dir)
    except OSError:
        return 0
    for name in names:
        parsed = parse_bundle_name(name)
        if parsed is not None:
            obsolete = parsed[0] < snapshot_seq
        else:
            obsolete = is_temp_name(name) or classify_stray(name) is ProblemCode.CONFLICT_COPY
        if obsolete:
            # A file held open elsewhere is left for the next compaction.
            with contextlib.suppress(OSError):
                (device_dir / name).unlink()
                removed += 1
    return removed


def retire_safe(state: SyncState, device_id: str, names: list[str]) -> bool:
    """True when every bundle in a departed device's folder is applied here, with no holes."""
    cursor = state.cursors.get(device_id, 0)
    seqs = [parsed[0] for parsed in map(parse_bundle_name, names) if parsed]
    prefix = f"{DEVICES_DIR}/{device_id}/"
    doubtful = [
        key
        for key, code in state.quarantined.items()
        if key.startswith(prefix) and code != ProblemCode.UNKNOWN_FILE.value
    ]
    return not state.ahead.get(device_id) and all(s <= cursor for s in seqs) and not doubtful


def retire_folder(folder: Path) -> None:
    """Delete a departed device's folder (only after `retire_safe` and a fresh snapshot)."""
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
        folder.rmdir()
