"""Many handouts at once: one combined PDF for printing, or one file per participant."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.atomic_io import atomic_write_bytes
from desktop_app.documents.catalogue import Catalogue
from desktop_app.documents.handout import HandoutData, build_handout

Progress = Callable[[int, int], None]
# Callers pass record ids or UUIDs; the pattern keeps out spaces, separators and most prose.
_FILE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


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
    atomic_write_bytes(path, data)

