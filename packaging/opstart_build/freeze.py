"""Build the inputs (translations, icons) and run PyInstaller on packaging/opstart.spec."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from opstart_build.meta import PACKAGING, ROOT, ProductMeta

SPEC = PACKAGING / "opstart.spec"


class BuildError(Exception):
    """The build cannot go on; the message says what to do."""


def build_translations() -> None:
    """Compile the .ts catalogues to .qm (tools/translations.py build)."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)


def check_icons(meta: ProductMeta) -> None:
    """The committed icon files must exist; they are rendered from the SVG on purpose only."""
    missing = [p for p in (meta.icon_png, meta.icon_ico, meta.icon_icns) if not p.is_file()]
    if missing:
        names = ", ".join(p.name for p in missing)
        raise BuildError(f"icon file(s) missing: {names}; run python packaging/render_icons.py")


def run_pyinstaller(meta: ProductMeta, dist: Path, work: Path, clean: bool) -> Path:
    """Freeze the app into dist/<Product>/ and return that folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError('PyInstaller is not installed: pip install -e ".[installer]"')
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / meta.name
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} does not exist")
    return bundle


def cli_executable(meta: ProductMeta, dist: Path) -> Path:
    """The frozen program that takes command-line arguments on this platform."""
    if sys.platform == "win32":
        return dist / meta.name / f"{meta.slug}-cli.exe"
    if sys.platform == "darwin":
        return dist / f"{meta.name}.app" / "Contents" / "MacOS" / meta.slug
    return dist / meta.name / meta.slug


def folder_size(path: Path) -> int:
    """Bytes of all regular files below `path` (symlinks counted once, as links)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
