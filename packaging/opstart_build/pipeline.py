"""The build in order: inputs, freeze, audit, smoke test, start times, packages."""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from opstart_build import freeze, timing, xvfb
from opstart_build.meta import ProductMeta, platform_tag, read_meta
from opstart_build.smoke import Frozen, SmokeFailure, smoke_test


@dataclass
class Options:
    """What build_installer.py's command line chose."""

    dist: Path
    work: Path
    clean: bool = False
    bare_root: str = "auto"  # auto | always | never
    package: bool = True
    timing_runs: int = 3


@dataclass
class Summary:
    """Figures and artefacts of one build, written to <work>/build-report.json."""

    product: str
    version: str
    platform: str
    bundle: str = ""
    bundle_bytes: int = 0
    smoke_steps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    os_packages: list[str] = field(default_factory=list)
    start_times: list[str] = field(default_factory=list)
    times_ms: dict[str, float] = field(default_factory=dict)
    artefacts: list[str] = field(default_factory=list)


def say(message: str) -> None:
    """One progress line, flushed so CI logs stay in order."""
    print(f"==> {message}", flush=True)


def _linux_checks(
    bundle: Path, meta: ProductMeta, opts: Options, s: Summary, display: str | None
) -> None:
    from opstart_build import bare_root, libcheck

    say("Checking shared libraries (ldd)")
    report = libcheck.audit(bundle)
    for line in libcheck.describe(report):
        print(f"    {line}")
    if not report.ok:
        raise SmokeFailure("the library check failed (see the lines above)")
    s.os_packages = report.packages()
    if opts.bare_root == "never":
        s.notes.append("bare Debian root check skipped (--bare-root never)")
        return
    reason = bare_root.unavailable_reason()
    if reason:
        if opts.bare_root == "always":
            raise SmokeFailure(f"the bare Debian root check cannot run: {reason}")
        s.notes.append(f"bare Debian root check skipped: {reason}")
        say(f"Skipping the bare Debian root check: {reason}")
        return
    root, scratch = opts.work / "bare-root", opts.work / "bare-work"
    for folder in (root, scratch):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    count = bare_root.build_root(root, bundle)
    say(f"Smoke test in a bare Debian root ({count} packages: base system + RUNTIME_PACKAGES)")
    frozen = bare_root.frozen_in_root(root, scratch, meta.slug)
    result = smoke_test(frozen, meta.version, "linux", display)
    for step in result.steps:
        print(f"    ok  {step}")
    s.smoke_steps += [f"bare Debian root: {step}" for step in result.steps]
    shutil.rmtree(root, ignore_errors=True)


def _package(meta: ProductMeta, bundle: Path, opts: Options, s: Summary) -> None:
    dist, work = opts.dist, opts.work
    if sys.platform.startswith("linux"):
        from opstart_build import linux

        say("Packaging: .tar.gz")
        s.artefacts.append(str(linux.make_tarball(meta, bundle, dist)))
        appimage = linux.make_appimage(meta, bundle, dist, work)
        if appimage is None:
            s.notes.append("no AppImage: appimagetool is not installed (the .tar.gz is complete)")
        else:
            s.artefacts.append(str(appimage))
    elif sys.platform == "win32":
        from opstart_build import windows

        say("Packaging: Inno Setup installer")
        setup = windows.make_installer(meta, bundle, dist)
        if setup is None:
            s.notes.append(
                f"no installer: Inno Setup (iscc) is not installed; bundle left in {bundle}"
            )
        else:
            s.artefacts.append(str(setup))
    elif sys.platform == "darwin":
        from opstart_build import macos

        say("Packaging: .dmg")
        app = dist / f"{meta.name}.app"
        dmg = macos.make_dmg(meta, app, dist, work)
        s.artefacts.append(str(app))
        if dmg is None:
            s.notes.append("no .dmg: hdiutil is not available; the .app is in dist/")
        else:
            s.artefacts.append(str(dmg))


def _measure_start(frozen: Frozen, runs: int, s: Summary) -> None:
    say("Start time, frozen vs unfrozen")
    try:
        times = timing.measure(frozen, runs)
    except SmokeFailure as exc:  # a measurement, not a gate: the frozen app passed already
        s.notes.append(f"start time not measured: {str(exc).splitlines()[0]}")
        print(f"    WARNING: {exc}")
        return
    s.start_times = times.lines()
    s.times_ms = {k: round(v * 1000, 1) for k, v in vars(times).items() if k != "runs"}
    for line in s.start_times:
        print(f"    {line}")


def build(opts: Options) -> Summary:
    """Run every step; raises BuildError, SmokeFailure or CalledProcessError on failure."""
    meta = read_meta()
    s = Summary(meta.name, meta.version, platform_tag())
    say(f"Building {meta.name} {meta.version} for {s.platform}")
    opts.dist.mkdir(parents=True, exist_ok=True)
    opts.work.mkdir(parents=True, exist_ok=True)
    freeze.build_translations()
    freeze.check_icons(meta)
    say("Freezing with PyInstaller")
    bundle = freeze.run_pyinstaller(meta, opts.dist, opts.work, opts.clean)
    s.bundle, s.bundle_bytes = str(bundle), freeze.folder_size(bundle)
    say(f"Bundle: {bundle} ({s.bundle_bytes / 2**20:.0f} MiB)")
    linux = sys.platform.startswith("linux")
    with xvfb.virtual_display() if linux else contextlib.nullcontext() as display:
        if linux and display is None:
            s.notes.append("X11 step skipped: Xvfb is not installed (offscreen GUI step ran)")
        if linux:
            _linux_checks(bundle, meta, opts, s, display)
        scratch = opts.work / "smoke"
        shutil.rmtree(scratch, ignore_errors=True)
        frozen = Frozen([str(freeze.cli_executable(meta, opts.dist))], scratch, str(scratch))
        say("Smoke test of the frozen app")
        result = smoke_test(frozen, meta.version, sys.platform, display)
    for step in result.steps:
        print(f"    ok  {step}")
    s.smoke_steps = result.steps + s.smoke_steps
    s.notes += result.notes
    if opts.timing_runs > 0:
        _measure_start(frozen, opts.timing_runs, s)
    if opts.package:
        _package(meta, bundle, opts, s)
    (opts.work / "build-report.json").write_text(json.dumps(vars(s), indent=2), encoding="utf-8")
    return s
