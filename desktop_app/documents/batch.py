"""Many handouts at once: one combined PDF for printing, or one file per participant."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import HandoutData, build_handout

Progress = Callable[[int, int], None]
# Callers pass record ids or UUIDs; the pattern keeps out spaces, separators and most prose.
_FILE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_REPLACE_ATTEMPTS = 10


def build_handouts_combined(
    items: Sequence[HandoutData],
    progress: Progress | None = None,
    *,
    load_catalogue: Callable[[str], Catalogue] = Catalogue.load,
) -> bytes:
    """One PDF holding every handout, each on new pages with its own page count.

    `progress(done, total)` is called as each handout starts and at the end; raising from it
    cancels the build.
    """
    from desktop_app.documents.handout_sections import handout_part
    from desktop_app.documents.pdf import render_pdf

    if not items:
        raise ValueError("no handouts to build")
    total = len(items)
    report = progress or (lambda done, total: None)
    parts = [handout_part(item, load_catalogue(item.language)) for item in items]
    languages = {item.language for item in items}
    pdf = render_pdf(
        parts,
        title=parts[0].decoration.header_left,
        language=languages.pop() if len(languages) == 1 else None,
        on_part_started=lambda index: report(index, total),
    )
    report(total, total)
    return pdf


def handout_file_name(file_id: str) -> str:
    """`handout-<id>.pdf`; the id must be neutral (letters, digits, '-' and '_')."""
    if not _FILE_ID.fullmatch(file_id):
        raise ValueError(f"not a neutral file id: {file_id!r}")
    return f"handout-{file_id}.pdf"


def write_handouts_to_folder(
    items: Sequence[tuple[str, HandoutData]],
    folder: Path,
    progress: Progress | None = None,
    *,
    load_catalogue: Callable[[str], Catalogue] = Catalogue.load,
) -> list[Path]:
    """Write one `handout-<id>.pdf` per (id, data) atomically; returns the paths written."""
    names = [handout_file_name(file_id) for file_id, _ in items]
    if len(set(names)) != len(names):
        raise ValueError("file ids must be unique")
    folder.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda done, total: None)
    report(0, len(items))
    written = []
    for done, ((_, data), name) in enumerate(zip(items, names, strict=True), start=1):
        path = folder / name
        write_atomic(path, build_handout(data, load_catalogue(data.language)))
        written.append(path)
        report(done, len(items))
    return written


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder, flush, fsync, os.replace: readers see all or nothing."""
    # ".tmp" because OneDrive and other sync clients skip such files until renamed.
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".~opstart-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(path.parent)


def _replace(source: str, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            # Windows: antivirus or a sync client may hold the target for a moment.
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync on Windows
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
