"""What a bare Debian system with only the documented runtime packages contains (via dpkg)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from opstart_build.bundle_policy import RUNTIME_PACKAGES

# A minimal Debian (debootstrap --variant=minbase, the debian:12 image) is every
# "required" package plus apt.
BASE_EXTRA = ("apt",)
_NAME = re.compile(r"^\s*([a-z0-9][a-z0-9+.\-]*)")


def available() -> bool:
    """True on a dpkg-based system (Debian, Ubuntu)."""
    return shutil.which("dpkg-query") is not None


def _installed() -> dict[str, tuple[str, list[list[str]]]]:
    fmt = "${Package}\\t${Status}\\t${Priority}\\t${Depends}, ${Pre-Depends}\\t${Provides}\\n"
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", fmt], capture_output=True, text=True, check=True
    ).stdout
    packages: dict[str, tuple[str, list[list[str]]]] = {}
    provided: dict[str, str] = {}
    for line in out.splitlines():
        name, status, priority, depends, provides = (line.split("\t") + [""] * 5)[:5]
        if not status.endswith(" installed"):
            continue
        groups = []
        for clause in depends.split(","):
            names = [m.group(1) for alt in clause.split("|") if (m := _NAME.match(alt))]
            if names:
                groups.append(names)
        packages[name] = (priority, groups)
        for virtual in provides.split(","):
            if m := _NAME.match(virtual):
                provided.setdefault(m.group(1), name)
    for virtual, real in provided.items():
        packages.setdefault(virtual, ("", [[real]]))
    return packages


def runtime_closure(extra: tuple[str, ...] = RUNTIME_PACKAGES) -> set[str]:
    """Installed packages of a minimal Debian plus `extra`, with everything they depend on."""
    packages = _installed()
    todo = [n for n, (prio, _) in packages.items() if prio == "required"]
    todo += [n for n in (*BASE_EXTRA, *extra) if n in packages]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in packages:
            continue
        seen.add(name)
        for alternatives in packages[name][1]:
            installed = [a for a in alternatives if a in packages]
            todo.extend(installed[:1])  # the first installed alternative, as apt would pick
    return seen


def owners(paths: list[str]) -> dict[str, str]:
    """Map each file path to the package that installed it ('' when none did)."""
    result = {path: "" for path in paths}
    for path in paths:
        candidates = {path, str(Path(path).resolve())}
        for c in list(candidates):  # merged /usr: dpkg may know either spelling
            if c.startswith("/usr/lib/"):
                candidates.add(c[len("/usr") :])
            elif c.startswith("/lib/"):
                candidates.add("/usr" + c)
        for candidate in candidates:
            run = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
            if run.returncode == 0 and run.stdout:
                result[path] = run.stdout.split(":", 1)[0].split(",")[0].strip()
                break
    return result


def package_files(packages: set[str]) -> list[str]:
    """Every path the given installed packages own."""
    names = sorted(packages)
    files: list[str] = []
    for i in range(0, len(names), 200):
        run = subprocess.run(
            ["dpkg-query", "-L", *names[i : i + 200]], capture_output=True, text=True
        )
        files += [line for line in run.stdout.splitlines() if line.startswith("/")]
    return files
