"""Apply bundle_policy to PyInstaller's binaries, then drop libraries nothing needs any more."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from opstart_build import bundle_policy

Entry = tuple[str, str, str]


def _is_root(dest: str) -> bool:
    # Python extension modules and Qt plugins are loaded by name; plain libraries only
    # stay when one of these needs them.
    name = Path(dest).name
    return ".cpython-" in name or ".abi3." in name or "/plugins/" in dest.replace("\\", "/")


def _needed_names(roots: list[Entry]) -> set[str]:
    from PyInstaller.depend import bindepend

    needed: set[str] = set()
    for _dest, source, _kind in roots:
        needed.update(Path(name).name for name, _path in bindepend.get_imports(source))
    return needed


def apply_policy(binaries: Any, with_pdf: bool) -> Any:
    """Return the binaries TOC without dropped plugins, build-machine libraries and orphans."""
    if not sys.platform.startswith("linux"):
        return binaries
    kept = [e for e in binaries if bundle_policy.keep_binary(e[0], e[1], with_pdf)]
    left_to_os = sorted({Path(e[0]).name for e in binaries if e not in kept})
    needed = _needed_names([e for e in kept if _is_root(e[0])])
    pruned = [
        e
        for e in kept
        if _is_root(e[0]) or Path(e[0]).name in needed or Path(e[0]).name.startswith("libpython3")
    ]
    orphans = sorted(Path(e[0]).name for e in kept if e not in pruned)
    print(f"opstart-build: left to the OS or dropped: {', '.join(left_to_os)}")
    print(f"opstart-build: no longer needed, dropped: {', '.join(orphans) or '-'}")
    return type(binaries)(pruned) if not isinstance(binaries, list) else pruned


def drop_dangling_symlinks(datas: Any, binaries: Any) -> Any:
    """Remove SYMLINK entries (PyInstaller keeps them in datas) whose target was dropped."""
    collected = {e[0] for e in binaries} | {e[0] for e in datas if e[2] != "SYMLINK"}

    def target_kept(entry: Entry) -> bool:
        dest, link, kind = entry
        if kind != "SYMLINK":
            return True
        return os.path.normpath(os.path.join(os.path.dirname(dest), link)) in collected

    kept = [e for e in datas if target_kept(e)]
    return type(datas)(kept) if not isinstance(datas, list) else kept


def keep_qt_translations(datas: Any, languages: set[str]) -> Any:
    """Keep Qt's own catalogues (qtbase_da.qm, ...) only for the languages Opstart offers."""

    def wanted(entry: Entry) -> bool:
        dest = entry[0].replace("\\", "/")
        if "/Qt/translations/" not in dest or not dest.endswith(".qm"):
            return True
        return Path(dest).stem.rsplit("_", 1)[-1] in languages

    kept = [e for e in datas if wanted(e)]
    return type(datas)(kept) if not isinstance(datas, list) else kept
