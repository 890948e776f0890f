"""The real thing: build the Linux bundle, smoke-test it (also in a bare Debian root), package it.

One build (about a minute on two cores) serves every assertion below.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from opstart_build import bare_root, bundle_policy  # noqa: E402
from opstart_build.meta import read_meta  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run build_installer.py once into a temp folder."""
    out = tmp_path_factory.mktemp("installer")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPSTART_")}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_installer.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
            "--timing-runs",
            "1",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-4000:]
    return result, out


def test_smoke_steps_ran_on_the_frozen_app(build) -> None:
    result, out = build
    report = json.loads((out / "work" / "build-report.json").read_text(encoding="utf-8"))
    assert report["version"] == read_meta().version
    steps = "\n".join(report["smoke_steps"])
    for step in (
        "--version: Opstart",
        "init: vault created",
        "participants add + list",
        "check: ok",
        "GUI offscreen",
    ):
        assert step in steps
    handout = "print profile" in steps or any("no `print` command" in n for n in report["notes"])
    assert handout
    if bare_root.unavailable_reason() is None:
        assert "bare Debian root: GUI offscreen" in steps
    assert "Traceback" not in result.stdout + result.stderr


def test_size_and_start_times_are_printed(build) -> None:
    result, _out = build
    assert re.search(r"bundle: .*Opstart \(\d+ MiB\)", result.stdout)
    assert re.search(r"opstart --version +frozen +\d+ ms \| unfrozen +\d+ ms", result.stdout)
    assert re.search(r"first window \(GUI\) +frozen +\d+ ms \| unfrozen +\d+ ms", result.stdout)


def test_tarball_holds_bundle_launcher_icon_and_notes(build) -> None:
    _result, out = build
    meta = read_meta()
    archive = out / "dist" / f"{meta.archive_stem()}.tar.gz"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        exe = members["Opstart/opstart"]
        assert exe.isfile() and exe.mode & 0o111
        for name in ("opstart.desktop", "opstart.png", "INSTALL.txt"):
            assert f"Opstart/{name}" in members
        internal = "Opstart/_internal/"
        for data in (
            "desktop_app/storage/migrations/env.py",
            "desktop_app/storage/migrations/script.py.mako",
            "resources/translations/opstart_da.qm",
            "resources/fonts/DejaVuSans.ttf",
            "resources/icons/opstart.png",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqwayland.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        ):
            assert internal + data in members, data
        assert any(
            re.match(rf"{internal}keyring-[\d.]+\.dist-info/entry_points.txt", n) for n in members
        )
        assert any(re.match(rf"{internal}sqlcipher3/_sqlite3\..*so", n) for n in members)
        leaked = [
            n
            for n in members
            if bundle_policy.FORBIDDEN_LIBS.match(Path(n).name)
            and "/PySide6/Qt/" not in n
            and not re.search(r"-[0-9a-f]{8}\.so", n)  # a wheel's private, renamed copy
        ]
        assert leaked == []
        assert not any("libqgtk3" in n or "WebEngine" in n or "Qt63D" in n for n in members)
        desktop = tar.extractfile("Opstart/opstart.desktop").read().decode()  # type: ignore[union-attr]
        assert "Exec=/opt/Opstart/opstart" in desktop and "Icon=/opt/Opstart/opstart.png" in desktop
