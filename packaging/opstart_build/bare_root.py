"""Run the bundle in a chroot that holds only a minimal Debian plus the documented packages.

The root is assembled from this machine's own dpkg database (same Debian release, no
download): every file of the "required" packages, apt, RUNTIME_PACKAGES and their
dependencies — nothing else. Files are hard-linked where possible, and the root is
mounted read-only in a private mount namespace, so the app cannot touch the host.
Needs root, dpkg, chroot and unshare; build_installer.py says plainly when they are missing.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from opstart_build import debian
from opstart_build.smoke import Frozen

_SKIP = ("/usr/share/doc/", "/usr/share/man/", "/usr/share/info/", "/usr/share/locale/")
APP_DIR = "/opt/app"
WORK_DIR = "/work"


def unavailable_reason() -> str | None:
    """Why the check cannot run here, or None when it can."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "it needs root (chroot and mounts)"
    for tool in ("chroot", "unshare", "mount", "ldconfig"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed"
    if not debian.available():
        return "this is not a dpkg-based system"
    probe = subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "--fork",
            "mount",
            "-t",
            "tmpfs",
            "tmpfs",
            "/mnt",
        ],
        capture_output=True,
    )
    if probe.returncode != 0:
        return "this sandbox does not allow private mounts (unshare --mount)"
    return None


def _link_or_copy(src: str, dest: str) -> None:
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)


def _place(src: Path, dest: Path) -> None:
    if src.is_symlink():
        if not dest.exists() and not dest.is_symlink():
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.symlink_to(os.readlink(src))
    elif src.is_dir():
        dest.mkdir(parents=True, exist_ok=True)
    elif src.is_file() and not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(str(src), str(dest))


def build_root(root: Path, bundle: Path) -> int:
    """Assemble the root file system and put the bundle in it; returns the package count."""
    packages = debian.runtime_closure()
    for merged in ("bin", "sbin", "lib", "lib64"):  # Debian 12 has a merged /usr
        (root / "usr" / merged).mkdir(parents=True, exist_ok=True)
        (root / merged).symlink_to(f"usr/{merged}")
    for path in debian.package_files(packages):
        if not path.startswith(_SKIP):
            _place(Path(path), root / path.lstrip("/"))
    for folder in ("proc", "dev", "tmp", "root", WORK_DIR.lstrip("/")):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/sh\n", encoding="utf-8")
    (root / "etc" / "group").write_text("root:x:0:\n", encoding="utf-8")
    subprocess.run(["ldconfig", "-r", str(root)], check=True, capture_output=True)
    shutil.copytree(bundle, root / APP_DIR.lstrip("/"), symlinks=True, copy_function=_link_or_copy)
    return len(packages)


def frozen_in_root(root: Path, work: Path, executable: str) -> Frozen:
    """A Frozen target that starts `executable` of the bundle inside the bare root."""
    script = "; ".join(
        [
            "set -e",
            f"mount --bind {shlex.quote(str(root))} {shlex.quote(str(root))}",
            f"mount -o remount,bind,ro {shlex.quote(str(root))}",
            f"mount -t proc proc {shlex.quote(str(root / 'proc'))}",
            f"mount --bind /dev {shlex.quote(str(root / 'dev'))}",
            f"mount -t tmpfs tmpfs {shlex.quote(str(root / 'tmp'))}",
            f"mount --bind {shlex.quote(str(work))} {shlex.quote(str(root))}{WORK_DIR}",
            f'exec chroot {shlex.quote(str(root))} {APP_DIR}/{executable} "$@"',
        ]
    )
    command = ["unshare", "--mount", "--propagation", "private", "--fork", "sh", "-c", script, "sh"]
    return Frozen(command, work, WORK_DIR, label="bundle in bare Debian root")
