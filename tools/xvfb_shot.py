"""Run the real GUI (not offscreen) and save a screenshot of the whole screen.

Usage (under Xvfb): python tools/xvfb_shot.py OUT.png [opstart arguments…]
The screen is grabbed after OPSTART_SHOT_DELAY_MS (default 2500) and the app quits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    out = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from desktop_app.cli import main as opstart_main

    app = QApplication(sys.argv[:1])

    def grab() -> None:
        QGuiApplication.primaryScreen().grabWindow(0).save(out)
        app.quit()

    QTimer.singleShot(int(os.environ.get("OPSTART_SHOT_DELAY_MS", "2500")), grab)
    return opstart_main(sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
