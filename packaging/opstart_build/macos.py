"""macOS package: the .app (made by the spec) in a drag-to-Applications .dmg via hdiutil."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from opstart_build.meta import ProductMeta


def make_dmg(meta: ProductMeta, app: Path, dist: Path, work: Path) -> Path | None:
    """dist/Opstart-<version>-macos-<arch>.dmg, or None when hdiutil is missing."""
    hdiutil = shutil.which("hdiutil")
    if hdiutil is None:
        return None
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    target = dist / f"{meta.archive_stem()}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(
        [
            hdiutil,
            "create",
            "-volname",
            f"{meta.name} {meta.version}",
            "-srcfolder",
            str(stage),
            "-fs",
            "HFS+",
            "-format",
            "UDZO",
            "-ov",
            str(target),
        ],
        check=True,
    )
    return target
