"""Keep the Qt translation catalogues in step with the code, and compile them.

python tools/translations.py update   # lupdate: add new strings to every .ts
python tools/translations.py build    # lrelease: .ts -> .qm (run by setup and the installer)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("da", "nl")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} was not found; install PySide6 first.")
    return found


def gui_sources() -> list[str]:
    """Every Python file whose strings go through Qt's tr()."""
    files = sorted((ROOT / "desktop_app" / "ui").rglob("*.py")) + [ROOT / "desktop_app" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def update(target_dir: Path = TS_DIR) -> list[Path]:
    """Run lupdate for each language; returns the .ts paths."""
    outputs = []
    for lang in LANGUAGES:
        ts = target_dir / f"opstart_{lang}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *gui_sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        outputs.append(ts)
    return outputs


def build() -> None:
    """Compile every opstart_*.ts to .qm beside it."""
    for ts in sorted(TS_DIR.glob("opstart_*.ts")):
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    else:
        raise SystemExit(__doc__)
