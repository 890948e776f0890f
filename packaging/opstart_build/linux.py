"""Linux packages: a .tar.gz for /opt (always) and an AppImage (when appimagetool exists)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from string import Template

from opstart_build.bundle_policy import RUNTIME_PACKAGES
from opstart_build.meta import PACKAGING, ProductMeta

TEMPLATES = PACKAGING / "linux"


def desktop_entry(meta: ProductMeta, exec_path: str, icon: str) -> str:
    """The freedesktop.org launcher, with name, command and icon filled in."""
    text = (TEMPLATES / "opstart.desktop").read_text(encoding="utf-8")
    return Template(text).substitute(name=meta.name, exec=exec_path, icon=icon)


def install_notes(meta: ProductMeta, archive: str) -> str:
    """INSTALL.txt for the tarball."""
    text = (TEMPLATES / "INSTALL.txt").read_text(encoding="utf-8")
    return Template(text).substitute(
        name=meta.name,
        slug=meta.slug,
        version=meta.version,
        archive=archive,
        packages=" ".join(RUNTIME_PACKAGES),
    )


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(meta: ProductMeta, bundle: Path, dist: Path) -> Path:
    """dist/Opstart-<version>-linux-<arch>.tar.gz: bundle + .desktop + icon + INSTALL.txt."""
    archive = dist / f"{meta.archive_stem()}.tar.gz"
    install_dir = f"/opt/{meta.name}"
    extras = {
        f"{meta.slug}.desktop": desktop_entry(
            meta, f"{install_dir}/{meta.slug}", f"{install_dir}/{meta.slug}.png"
        ),
        "INSTALL.txt": install_notes(meta, archive.name),
    }
    for name, text in extras.items():
        (bundle / name).write_text(text, encoding="utf-8")
    shutil.copy2(meta.icon_png, bundle / f"{meta.slug}.png")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=meta.name, filter=_root_owned)
    return archive


def make_appimage(meta: ProductMeta, bundle: Path, dist: Path, work: Path) -> Path | None:
    """dist/Opstart-<version>-<arch>.AppImage, or None when appimagetool is not installed."""
    tool = shutil.which("appimagetool")
    if tool is None:
        return None
    appdir = work / f"{meta.name}.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr" / "lib" / meta.slug, symlinks=True)
    apprun = appdir / "AppRun"
    apprun.write_text(
        '#!/bin/sh\nHERE="$(dirname "$(readlink -f "$0")")"\n'
        f'exec "$HERE/usr/lib/{meta.slug}/{meta.slug}" "$@"\n',
        encoding="utf-8",
    )
    apprun.chmod(0o755)
    (appdir / f"{meta.slug}.desktop").write_text(
        desktop_entry(meta, meta.slug, meta.slug), encoding="utf-8"
    )
    shutil.copy2(meta.icon_png, appdir / f"{meta.slug}.png")
    (appdir / ".DirIcon").symlink_to(f"{meta.slug}.png")
    target = dist / f"{meta.name}-{meta.version}-{os.uname().machine}.AppImage"
    env = {**os.environ, "ARCH": os.uname().machine}
    subprocess.run([tool, "--no-appstream", str(appdir), str(target)], check=True, env=env)
    return target
