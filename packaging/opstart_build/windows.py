"""Windows package: an Inno Setup installer, when Inno Setup's compiler (iscc) is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from opstart_build.meta import PACKAGING, ProductMeta

ISS = PACKAGING / "windows" / "opstart.iss"


def find_iscc() -> str | None:
    """iscc on PATH, or in Inno Setup 6's usual install folders."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def make_installer(meta: ProductMeta, bundle: Path, dist: Path) -> Path | None:
    """dist/Opstart-<version>-windows-<arch>-setup.exe, or None without Inno Setup."""
    iscc = find_iscc()
    if iscc is None:
        return None
    name = f"{meta.archive_stem()}-setup"
    defines = {
        "AppName": meta.name,
        "AppVersion": meta.version,
        "SourceDir": str(bundle),
        "OutputDir": str(dist),
        "OutputName": name,
        "IconFile": str(meta.icon_ico),
    }
    subprocess.run(
        [iscc, "/Q", *(f"/D{key}={value}" for key, value in defines.items()), str(ISS)],
        check=True,
    )
    return dist / f"{name}.exe"
