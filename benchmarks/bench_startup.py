"""P1: process start to first window shown, against a bare PySide6 window in the same run.

The clock stops when the event loop first runs after the window is shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(400, 300); w.show()
QTimer.singleShot(0, lambda: (print("shown", time.time(), flush=True), app.quit()))
app.exec()
"""

OPSTART = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
QTimer.singleShot(0, lambda: (print("shown", time.time(), flush=True), app.quit()))
from desktop_app.app import run_gui
run_gui(data_dir=sys.argv[1])
"""


def _time(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    shown = [line for line in out.stdout.splitlines() if line.startswith("shown ")]
    assert shown, out.stderr
    return float(shown[0].split()[1]) - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "OPSTART_PASSPHRASE": "benchmark passphrase 1"}
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "init", "--data-dir", tmp],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        _time(BARE), _time(OPSTART, tmp)  # warm the disk cache
        bare = statistics.median(_time(BARE) for _ in range(RUNS))
        opstart = statistics.median(_time(OPSTART, tmp) for _ in range(RUNS))
    print(f"P1 bare PySide6 window : {bare * 1000:7.0f} ms (median of {RUNS})")
    print(f"P1 Opstart unlock window: {opstart * 1000:7.0f} ms (median of {RUNS})")
    print(f"P1 ratio               : {opstart / bare:7.2f}x  (goal <= 2x)")


if __name__ == "__main__":
    main()
