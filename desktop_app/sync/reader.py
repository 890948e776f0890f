"""Reading other devices' folders: verify everything, skip or quarantine what fails, go on.

Nothing here deletes, and nothing is inferred from a file being absent. File times are
never looked at; order comes from the authenticated sequence number alone.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.changes import Operation
from desktop_app.sync.bundle import (
    HEADER,
    MAX_CIPHERTEXT,
    BundleError,
    BundleKind,
    bundle_name,
    decode_bundle,
    is_id,
    parse_bundle_name,
)
from desktop_app.sync.protocol import ProblemCode, SyncProblem
from desktop_app.sync.workspace import DEVICES_DIR

# Content faults stay quarantined until the file's size changes (a download completing);
# the others may clear up by themselves (an update, a rejoin, an I/O hiccup).
_QUARANTINE = {
    ProblemCode.TRUNCATED, ProblemCode.BAD_LENGTH, ProblemCode.DAMAGED, ProblemCode.WRONG_PLACE,
    ProblemCode.AUTH_FAILED, ProblemCode.BAD_PAYLOAD, ProblemCode.TOO_LARGE,
}  # fmt: skip
_CONFLICT_MARKS = ("sync-conflict", "conflicted copy", "conflict")
# A snapshot is read instead of the bundles before it when it saves this many files.
SNAPSHOT_JUMP = 20


@dataclass(frozen=True)
class ReadBundle:
    """One verified bundle, ready to apply."""

    seq: int
    kind: BundleKind
    name: str
    operations: list[Operation]


@dataclass
class DeviceRead:
    """What one scan of a device folder found."""

    bundles: list[ReadBundle] = field(default_factory=list)
    problems: list[SyncProblem] = field(default_factory=list)
    quarantine: dict[str, str] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)  # every name in the folder
    settled: set[str] = field(default_factory=set)  # names that need no look next time


def is_hidden(name: str) -> bool:
    """Dotfiles and "~" files: our temp files and sync clients' (Syncthing, Office, macOS)."""
    return name.startswith((".", "~"))


def classify_stray(name: str) -> ProblemCode:
    """Conflict copy or plain unknown file, from its name alone."""
    lowered = name.lower()
    return (
        ProblemCode.CONFLICT_COPY
        if any(m in lowered for m in _CONFLICT_MARKS)
        else ProblemCode.UNKNOWN_FILE
    )


class BundleReader:
    """Reads the device folders of one workspace with the team keys held locally."""

    def __init__(self, wdir: Path, workspace_id: str, keys: Mapping[int, bytes]) -> None:
        self.devices_dir = wdir / DEVICES_DIR
        self._root = str(self.devices_dir)
        self.workspace_id = workspace_id
        self.keys = keys

    def device_ids(self) -> tuple[list[str], list[str]]:
        """(device folder names, stray names) under devices/; OSError if unreadable."""
        names = os.listdir(self.devices_dir)
        return sorted(n for n in names if is_id(n)), sorted(n for n in names if not is_id(n))

    def read_device(
        self,
        device_id: str,
        cursor: int,
        ahead: set[int],
        quarantined: Mapping[str, str],
        settled: set[str] | frozenset[str] = frozenset(),
    ) -> DeviceRead:
        """Verified bundles past `cursor` (skipping `ahead`), in sequence order."""
        result = DeviceRead()
        folder = self.devices_dir / device_id
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return result
        except OSError:
            result.problems.append(SyncProblem(ProblemCode.UNREADABLE, _rel(device_id)))
            return result
        if not settled:
            # A fresh engine: everything up to the cursor is known without parsing names.
            settled = {bundle_name(seq, BundleKind.OPS) for seq in range(1, cursor + 1)}
        present = result.present = set(names)
        unsettled: set[str] = set()
        pending: dict[int, tuple[str, BundleKind]] = {}
        for name in present.difference(settled):
            parsed = parse_bundle_name(name)
            if parsed is None:
                if is_hidden(name):
                    unsettled.add(name)  # temp files come and go: look again
                else:
                    self._stray(device_id, name, quarantined, result)
            elif parsed[0] > cursor and parsed[0] not in ahead:
                unsettled.add(name)
                if parsed[0] not in pending or parsed[1] is BundleKind.SNAPSHOT:
                    pending[parsed[0]] = (name, parsed[1])
        result.settled = present.difference(unsettled)
        start = self._jump(device_id, cursor, pending, quarantined, result)
        for seq in sorted(s for s in pending if s > start):
            self._read(device_id, seq, *pending[seq], quarantined, result)
        return result

    def _jump(
        self,
        device_id: str,
        cursor: int,
        pending: dict[int, tuple[str, BundleKind]],
        quarantined: Mapping[str, str],
        result: DeviceRead,
    ) -> int:
        # Catching up: the newest snapshot covers every earlier bundle of its author.
        snapshots = sorted((s for s, (_, k) in pending.items() if k is BundleKind.SNAPSHOT))
        if not snapshots or (cursor + 1 in pending and snapshots[-1] - cursor < SNAPSHOT_JUMP):
            return cursor
        for seq in reversed(snapshots):
            if self._read(
                device_id, seq, pending[seq][0], BundleKind.SNAPSHOT, quarantined, result
            ):
                return seq
        return cursor

    def _read(
        self,
        device_id: str,
        seq: int,
        name: str,
        kind: BundleKind,
        quarantined: Mapping[str, str],
        result: DeviceRead,
    ) -> bool:
        rel = _rel(device_id, name)
        path = os.path.join(self._root, device_id, name)
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if f"{rel}#{size}" in quarantined:
                    return False
                if size > HEADER.size + MAX_CIPHERTEXT:
                    result.problems.append(SyncProblem(ProblemCode.TOO_LARGE, rel))
                    result.quarantine[f"{rel}#{size}"] = ProblemCode.TOO_LARGE.value
                    return False
                data = handle.read(size + 1)
        except FileNotFoundError:
            return False  # gone since the listing: never a reason to delete anything
        except OSError:
            result.problems.append(SyncProblem(ProblemCode.UNREADABLE, rel))
            return False
        try:
            bundle = decode_bundle(
                data, keys=self.keys, workspace_id=self.workspace_id, device_id=device_id,
                seq=seq, kind=kind,
            )  # fmt: skip
        except BundleError as exc:
            result.problems.append(SyncProblem(exc.problem, rel))
            if exc.problem in _QUARANTINE:
                result.quarantine[f"{rel}#{len(data)}"] = exc.problem.value
            return False
        result.bundles.append(ReadBundle(seq, kind, name, bundle.operations))
        return True

    def _stray(
        self, device_id: str, name: str, quarantined: Mapping[str, str], result: DeviceRead
    ) -> None:
        rel = _rel(device_id, name)
        if f"{rel}#" not in quarantined:  # "#" with no size: never read, so size is moot
            code = classify_stray(name)
            result.problems.append(SyncProblem(code, rel))
            result.quarantine[f"{rel}#"] = code.value


def _rel(device_id: str, name: str = "") -> str:
    return f"{DEVICES_DIR}/{device_id}/{name}" if name else f"{DEVICES_DIR}/{device_id}"
