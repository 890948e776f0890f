"""Entry point of the frozen Opstart: the same `opstart` command line as `python -m desktop_app`.

Two switches exist for build_installer.py's smoke test and are read here only, never
inside desktop_app/:

- OPSTART_SMOKE_QUIT_AFTER_MS=N: start the GUI as usual, print one `opstart-smoke:` line
  (time and visible windows) when the event loop first runs, then quit after N ms.
- OPSTART_SMOKE_REPORT=1: print what the bundle can load (keyring backends, SQLCipher,
  Qt modules, resources) as one JSON line and exit, without opening a vault.
"""

from __future__ import annotations

import json
import os
import sys
import time

_smoke_app: object = None


def _arm_gui_smoke(quit_after_ms: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    global _smoke_app  # keep the instance alive until run_gui picks it up
    _smoke_app = QApplication.instance() or QApplication(sys.argv)

    def report() -> None:
        shown = [
            {"class": type(w).__name__, "title": w.windowTitle()}
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        ]
        icon = not QApplication.windowIcon().isNull()
        line = {"shown_at": time.time(), "windows": shown, "window_icon": icon}
        print("opstart-smoke: " + json.dumps(line, ensure_ascii=False), flush=True)
        shot = os.environ.get("OPSTART_SMOKE_SCREENSHOT")
        if shot and shown:
            active = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
            active.grab().save(shot)
        QTimer.singleShot(quit_after_ms, QApplication.quit)

    QTimer.singleShot(0, report)


def _bundle_report() -> dict[str, object]:
    import importlib
    from importlib.metadata import entry_points

    import sqlcipher3

    from desktop_app.paths import resources_dir

    backends = {}
    for ep in entry_points(group="keyring.backends"):
        try:
            importlib.import_module(ep.value)
            backends[ep.name] = "ok"
        except Exception as exc:  # noqa: BLE001 - reported, e.g. a Windows-only module
            backends[ep.name] = type(exc).__name__
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    qt = {}
    for name in ("QtWidgets", "QtPrintSupport", "QtSvg", "QtPdf"):
        try:
            importlib.import_module(f"PySide6.{name}")
            qt[name] = True
        except ImportError:
            qt[name] = False
    resources = resources_dir()
    return {
        "pdf_engine": _pdf_engine_check(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "keyring_backends": backends,
        "sqlcipher": cipher[0] if cipher else None,
        "qt_modules": qt,
        "translations": sorted(p.name for p in (resources / "translations").glob("*.qm")),
        "fonts": sorted(p.name for p in (resources / "fonts").glob("*.ttf")),
        "icon": (resources / "icons" / "opstart.png").is_file(),
    }


def _pdf_engine_check() -> int | str:
    """Bytes of a one-line PDF in the bundled handout font, or the error's name."""
    from io import BytesIO

    try:
        from reportlab.pdfgen.canvas import Canvas

        from desktop_app.documents.fonts import register_fonts

        buffer = BytesIO()
        canvas = Canvas(buffer)
        canvas.setFont(register_fonts(), 12)
        canvas.drawString(72, 720, "Zoë van IJsselmuiden, Søren Ærø, Şükrü Yılmaz")
        canvas.save()
        return len(buffer.getvalue())
    except Exception as exc:  # noqa: BLE001 - reported; the smoke test fails on it
        return type(exc).__name__


def main() -> int:
    """Run the smoke hooks if asked, then the normal command line."""
    if os.environ.get("OPSTART_SMOKE_REPORT") == "1":
        print("opstart-report: " + json.dumps(_bundle_report()), flush=True)
        return 0
    quit_after = os.environ.get("OPSTART_SMOKE_QUIT_AFTER_MS")
    if quit_after:
        _arm_gui_smoke(int(quit_after))
    from desktop_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
