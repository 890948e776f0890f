"""Linux bundle audit: no build-machine GUI stacks inside, every outside library accounted for."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from opstart_build import debian
from opstart_build.bundle_policy import FORBIDDEN_LIBS, RUNTIME_PACKAGES, WAYLAND_ONLY_LIBS

# auditwheel gives a wheel's private copies hashed names (libxcb-9065bb12.so.1.1.0): they
# cannot shadow the system's libraries, so they are not leaks.
_WHEEL_PRIVATE = re.compile(r"^lib[\w+.]+-[0-9a-f]{8}\.so")
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


@dataclass
class LibReport:
    """What the audit found."""

    elf_files: int = 0
    forbidden: list[str] = field(default_factory=list)
    missing: dict[str, list[str]] = field(default_factory=dict)
    optional_missing: list[str] = field(default_factory=list)  # Wayland libs absent here
    from_os: dict[str, str] = field(default_factory=dict)  # library path -> package
    outside_runtime: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing forbidden, missing or undocumented turned up."""
        return not (self.forbidden or self.missing or self.outside_runtime)

    def packages(self) -> list[str]:
        """The Debian packages the bundle loads libraries from."""
        return sorted(set(self.from_os.values()))


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file (executable or shared library) in the bundle, symlinks skipped."""
    return [
        p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and _is_elf(p)
    ]


def forbidden_files(bundle: Path) -> list[str]:
    """Bundled files from library families that must come from the OS, or never at all."""
    hits = []
    for path in bundle.rglob("*.so*"):
        name = path.name
        if _WHEEL_PRIVATE.match(name) or "PySide6/Qt/" in path.as_posix():
            continue
        if FORBIDDEN_LIBS.match(name):
            hits.append(str(path.relative_to(bundle)))
    return sorted(hits)


def _ldd(binary: Path, internal: Path) -> list[tuple[str, str]]:
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # as the bootloader does
    run = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
    return [(m.group(1), m.group(2)) for m in map(_LDD_LINE.match, run.stdout.splitlines()) if m]


def audit(bundle: Path) -> LibReport:
    """Run ldd over the bundle and relate every outside library to a Debian package."""
    internal = bundle / "_internal"
    report = LibReport()
    outside: set[str] = set()
    for binary in elf_files(bundle):
        report.elf_files += 1
        for name, resolved in _ldd(binary, internal):
            if resolved == "not found" and name in WAYLAND_ONLY_LIBS:
                report.optional_missing.append(name)
            elif resolved == "not found":
                report.missing.setdefault(name, []).append(str(binary.relative_to(bundle)))
            elif bundle.resolve() not in Path(resolved).resolve().parents:
                outside.add(resolved)
    report.optional_missing = sorted(set(report.optional_missing))
    report.forbidden = forbidden_files(bundle)
    if debian.available():
        allowed = debian.runtime_closure(RUNTIME_PACKAGES)
        for path, package in debian.owners(sorted(outside)).items():
            report.from_os[path] = package or "(no package)"
            if package not in allowed:
                report.outside_runtime[path] = package or "(no package)"
    else:
        report.from_os = {path: "?" for path in sorted(outside)}
    return report


def describe(report: LibReport) -> list[str]:
    """Plain lines for the build log."""
    lines = [f"{report.elf_files} ELF files checked with ldd."]
    lines.append("OS packages used: " + (", ".join(report.packages()) or "-"))
    for path in report.forbidden:
        lines.append(f"FORBIDDEN in bundle (must come from the OS): {path}")
    for name, users in sorted(report.missing.items()):
        lines.append(f"MISSING library {name}, needed by {', '.join(users[:3])}")
    if report.optional_missing:
        names = ", ".join(report.optional_missing)
        lines.append(f"Note: {names} not installed here; only the Wayland plugin needs them.")
    for path, package in sorted(report.outside_runtime.items()):
        lines.append(f"UNDOCUMENTED OS library {path} from {package} (not in RUNTIME_PACKAGES)")
    return lines
