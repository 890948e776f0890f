"""Product name, version, app id and icon: read from pyproject.toml, the one place they live."""

from __future__ import annotations

import platform
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@dataclass(frozen=True)
class ProductMeta:
    """What the bundle and the installers are called, and which icon they carry."""

    name: str
    version: str
    app_id: str
    description: str
    icon_png: Path

    @property
    def slug(self) -> str:
        """Lower-case name for executables and file names (`opstart`)."""
        return self.name.lower()

    @property
    def icon_ico(self) -> Path:
        """The Windows icon beside the PNG."""
        return self.icon_png.with_suffix(".ico")

    @property
    def icon_icns(self) -> Path:
        """The macOS icon beside the PNG."""
        return self.icon_png.with_suffix(".icns")

    def archive_stem(self) -> str:
        """`Opstart-0.1.0-linux-x86_64`: product, version, OS and machine."""
        return f"{self.name}-{self.version}-{platform_tag()}"


def platform_tag() -> str:
    """`linux-x86_64`, `windows-amd64`, `macos-arm64`."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def read_meta(pyproject: Path = ROOT / "pyproject.toml") -> ProductMeta:
    """Read [project] and [tool.opstart] from pyproject.toml."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project, tool = data["project"], data["tool"]["opstart"]
    return ProductMeta(
        name=tool["product_name"],
        version=project["version"],
        app_id=tool["app_id"],
        description=project.get("description", ""),
        icon_png=pyproject.parent / tool["icon"],
    )
