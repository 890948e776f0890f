"""Atomic file replacement: temp file in the same folder, fsync, rename (retried on Windows).

Shared by storage, sync and documents; stdlib only, so every layer may use it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

_RETRIES = 10
_RETRY_DELAY_S = 0.05


def replace_with_retry(src: Path, dst: Path) -> None:
    """os.replace, retried a few times: antivirus or a sync client may hold the file."""
    for attempt in range(_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == _RETRIES - 1:
                raise
            time.sleep(_RETRY_DELAY_S * (attempt + 1))


def fsync_directory(folder: Path) -> None:
    """Flush a directory entry where the platform allows it (not on Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so a crash leaves either the old or the new file."""
    tmp = path.parent / f".~{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_directory(path.parent)
