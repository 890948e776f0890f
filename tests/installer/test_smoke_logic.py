"""The smoke test's own logic, run against the unfrozen entry script (no PyInstaller needed).

A small wrapper adds a stand-in `print` command, so the handout step is exercised before
the real one lands, and can break the GUI on purpose to show that failures stop the build.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from opstart_build.meta import read_meta  # noqa: E402
from opstart_build.smoke import Frozen, SmokeFailure, smoke_test  # noqa: E402

WRAPPER = """
import os, sys
sys.path.insert(0, {packaging!r})
args = sys.argv[1:]
if args[:2] == ["print", "profile"]:
    with open(args[args.index("--out") + 1], "wb") as f:
        f.write(b"%PDF-1.4\\n" + b"0" * 2048)
    raise SystemExit(0)
if os.environ.get("BREAK_GUI") == "1" and "--lang" in args:  # only the GUI step passes --lang
    raise RuntimeError("the window could not be built")
if args == ["--help"]:
    from desktop_app.cli import build_parser
    print(build_parser().format_help() + "    print               print handouts")
    raise SystemExit(0)
import entry
raise SystemExit(entry.main())
"""


def _wrapper(tmp_path: Path, **env: str) -> Frozen:
    script = tmp_path / "fake_opstart.py"
    script.write_text(WRAPPER.format(packaging=str(ROOT / "packaging")), encoding="utf-8")
    extra = {"PYTHONPATH": str(ROOT), **env}
    return Frozen([sys.executable, str(script)], tmp_path / "s", str(tmp_path / "s"), "fake", extra)


def test_every_step_runs_and_the_handout_is_checked(tmp_path: Path) -> None:
    result = smoke_test(_wrapper(tmp_path), read_meta().version, sys.platform)
    steps = "\n".join(result.steps)
    assert "print profile: 2 KiB PDF" in steps
    assert "participants add + list" in steps and "GUI offscreen (Danish)" in steps
    assert result.notes == []
    assert (tmp_path / "s" / "vault" / "keystore.json").is_file()  # the vault lives in scratch


def test_a_traceback_fails_the_smoke_test(tmp_path: Path) -> None:
    with pytest.raises(SmokeFailure, match="the window could not be built"):
        smoke_test(_wrapper(tmp_path, BREAK_GUI="1"), read_meta().version, sys.platform)
