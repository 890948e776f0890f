"""Publishing into the shared folder: temp file, fsync, rename; never overwrite, never reuse."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from desktop_app.atomic_io import fsync_directory, replace_with_retry
from desktop_app.sync.bundle import BundleKind, bundle_name, parse_bundle_name

# Dropbox skips ".~*", OneDrive skips "*.tmp", and readers skip the prefix: a half-written
# file is never taken for a bundle.
TEMP_PREFIX = ".~tmp-"
TEMP_SUFFIX = ".tmp"


class SeqTakenError(Exception):
    """A file for this sequence number already exists: published bundles are immutable."""


def is_temp_name(name: str) -> bool:
    """True for the temp names this module writes."""
    return name.startswith(TEMP_PREFIX)


def write_temp(folder: Path, data: bytes) -> Path:
    """Write `data` to a fresh temp file in `folder`, flushed and fsynced."""
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}{TEMP_SUFFIX}"
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def write_file_atomically(path: Path, data: bytes) -> None:
    """Replace `path` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = write_temp(path.parent, data)
    try:
        replace_with_retry(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_directory(path.parent)


class BundleWriter:
    """Writes this device's bundles, and only into this device's own folder."""

    def __init__(self, device_dir: Path) -> None:
        self.device_dir = device_dir

    def stage(self, data: bytes) -> Path:
        """Write bundle bytes under a temp name; `commit` publishes them."""
        # No parents: into a share that vanished (an empty mount point) nothing is written.
        self.device_dir.mkdir(exist_ok=True)
        return write_temp(self.device_dir, data)

    def commit(self, staged: Path, seq: int, kind: BundleKind) -> Path:
        """Rename a staged file to its bundle name; SeqTakenError if the seq is in use."""
        if self.exists(seq):
            discard(staged)
            raise SeqTakenError(seq)
        target = self.device_dir / bundle_name(seq, kind)
        try:
            replace_with_retry(staged, target)
        except BaseException:
            discard(staged)
            raise
        fsync_directory(self.device_dir)
        return target

    def publish(self, data: bytes, seq: int, kind: BundleKind) -> Path:
        """Stage and commit in one step."""
        return self.commit(self.stage(data), seq, kind)

    def exists(self, seq: int) -> bool:
        """True if any bundle or snapshot with this seq is in the folder."""
        return any((self.device_dir / bundle_name(seq, kind)).exists() for kind in BundleKind)

    def highest_seq(self) -> int:
        """The highest seq present in the folder (0 if none or unreadable)."""
        try:
            names = os.listdir(self.device_dir)
        except OSError:
            return 0
        seqs = [parsed[0] for parsed in map(parse_bundle_name, names) if parsed]
        return max(seqs, default=0)

    def remove_stale_temps(self) -> int:
        """Delete temp files left by a crash; only this device writes this folder."""
        removed = 0
        with contextlib.suppress(OSError):
            for name in os.listdir(self.device_dir):
                if is_temp_name(name):
                    with contextlib.suppress(OSError):
                        (self.device_dir / name).unlink()
                        removed += 1
        return removed


def discard(staged: Path) -> None:
    """Remove a staged temp file, if it is still there."""
    with contextlib.suppress(OSError):
        staged.unlink()
