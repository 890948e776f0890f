"""Build, smoke-test and package Opstart for the platform this runs on.

    python build_installer.py            # dist/Opstart/ plus the platform's package

Steps: compile translations -> freeze with PyInstaller (packaging/opstart.spec) -> on
Linux, check the bundle's shared libraries and run it in a bare Debian root -> smoke-test
the frozen command line and GUI -> time its start against the unfrozen app -> package
(.tar.gz and AppImage on Linux, Inno Setup on Windows, .app/.dmg on macOS). Name,
version and icon come from pyproject.toml. Needs: pip install -e ".[installer]".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "packaging"))  # packaging/ is a folder, not a package

from opstart_build.freeze import BuildError  # noqa: E402
from opstart_build.pipeline import Options, build, say  # noqa: E402
from opstart_build.smoke import SmokeFailure  # noqa: E402


def parse_args(argv: list[str] | None = None) -> Options:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="build_installer.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Exit code 0 when every step passed, 1 when one failed (the last lines say which).",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "installer",
        help="scratch folder (build/installer/)",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--bare-root",
        choices=("auto", "always", "never"),
        default="auto",
        help="Linux: also run the bundle in a chroot with only the documented Debian packages "
        "(auto: when running as root on Debian/Ubuntu)",
    )
    parser.add_argument(
        "--no-package", dest="package", action="store_false", help="stop after the smoke test"
    )
    parser.add_argument(
        "--timing-runs", type=int, default=3, metavar="N", help="start-time samples (0: skip)"
    )
    args = parser.parse_args(argv)
    return Options(
        dist=args.dist.resolve(),
        work=args.work.resolve(),
        clean=args.clean,
        bare_root=args.bare_root,
        package=args.package,
        timing_runs=args.timing_runs,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the build; print a summary; return the exit code."""
    options = parse_args(argv)
    try:
        summary = build(options)
    except (BuildError, SmokeFailure) as exc:
        print(f"build_installer: FAILED: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(
            f"build_installer: FAILED: {' '.join(map(str, exc.cmd))} exited {exc.returncode}",
            file=sys.stderr,
        )
        return 1
    say("Done")
    print(f"    bundle: {summary.bundle} ({summary.bundle_bytes / 2**20:.0f} MiB)")
    for line in summary.start_times:
        print(f"    {line}")
    for path in summary.artefacts:
        print(f"    package: {path} ({Path(path).stat().st_size / 2**20:.0f} MiB)")
    for note in summary.notes:
        print(f"    note: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
