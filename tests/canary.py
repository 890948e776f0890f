"""Byte scans for canary strings: UTF-8, UTF-16-LE and base64 forms."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from pathlib import Path


def encodings_of(text: str) -> list[bytes]:
    """Every byte form a leaked string could take on disk."""
    forms = [text.encode("utf-8"), text.encode("utf-16-le")]
    raw = text.encode("utf-8")
    # base64 of the string at each of the three alignments, minus the unstable edges.
    for shift in range(3):
        encoded = base64.b64encode(b"\x00" * shift + raw)
        core = encoded[4 : len(encoded) - 4] if len(encoded) > 12 else b""
        if len(core) >= 8:
            forms.append(core)
    return forms


def scan(root: Path, canaries: Iterable[str]) -> list[tuple[str, str]]:
    """(file, canary) pairs for every canary found in any file under `root`."""
    needles = [(c, form) for c in canaries for form in encodings_of(c)]
    hits: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary, form in needles:
            if form in data:
                hits.append((str(path.relative_to(root)), canary))
    return hits
