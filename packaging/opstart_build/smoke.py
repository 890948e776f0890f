"""Smoke test of the frozen app through its own command line, as IT staff would use it."""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASSPHRASE = "tulip harbour bicycle 7"
# Qt or Python trouble that must fail the build even when the exit code is 0.
_BAD_OUTPUT = re.compile(
    r"Traceback \(most recent call last\)|Could not load the Qt platform plugin|"
    r"Cannot find font directory|QFontDatabase: Cannot find|cannot open shared object file|"
    r"ModuleNotFoundError|Failed to execute script"
)
_NATIVE_BACKEND = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


class SmokeFailure(Exception):
    """A step of the smoke test failed; the message says which and why."""


@dataclass
class Frozen:
    """How to start the frozen command line, and its scratch folder seen from both sides."""

    command: list[str]
    host_dir: Path  # the scratch folder as this process sees it
    app_dir: str  # the same folder as the frozen app sees it (differs inside a chroot)
    label: str = "frozen app"
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self, **extra: str) -> dict[str, str]:
        """A clean environment: temp home, fast KDF, no real keyring or display."""
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OPSTART_", "QT_"))}
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "LD_LIBRARY_PATH"):
            base.pop(name, None)
        home = f"{self.app_dir}/home"
        base.update(
            HOME=home,
            USERPROFILE=home,
            APPDATA=f"{home}/AppData/Roaming",
            LOCALAPPDATA=f"{home}/AppData/Local",
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_DATA_HOME=f"{home}/.local/share",
            XDG_CACHE_HOME=f"{home}/.cache",
            XDG_RUNTIME_DIR=f"{self.app_dir}/runtime",
            OPSTART_PASSPHRASE=PASSPHRASE,
            OPSTART_TEST_FAST_KDF="1",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            QT_QPA_PLATFORM="offscreen",
        )
        base.update(self.extra_env)
        base.update(extra)
        return base

    def prepare(self) -> None:
        """Create the scratch folders the environment points to."""
        (self.host_dir / "home").mkdir(parents=True, exist_ok=True)
        runtime = self.host_dir / "runtime"
        runtime.mkdir(exist_ok=True)
        runtime.chmod(0o700)

    def run(self, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        """Run the frozen CLI; fail on a non-zero exit or on tell-tale error output."""
        result = subprocess.run(
            [*self.command, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env(**env),
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )
        shown = " ".join(args) or "(GUI)"
        if result.returncode != 0 or _BAD_OUTPUT.search(result.stdout + result.stderr):
            tail = (result.stderr or result.stdout).strip()[-1500:]
            raise SmokeFailure(
                f"{self.label}: `opstart {shown}` exited {result.returncode}:\n{tail}"
            )
        return result


@dataclass
class SmokeResult:
    """What the smoke test did; `notes` are steps skipped on purpose."""

    steps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)


def _json_after(prefix: str, text: str) -> dict[str, Any]:
    for line in text.splitlines():
        if line.startswith(prefix):
            data = json.loads(line[len(prefix) :])
            if isinstance(data, dict):
                return data
    raise SmokeFailure(f"no `{prefix}` line in the output:\n{text[-800:]}")


def check_bundle_report(frozen: Frozen, platform: str) -> dict[str, Any]:
    """Keyring backends (with metadata), SQLCipher, Qt modules and resources load frozen."""
    report = _json_after("opstart-report: ", frozen.run(OPSTART_SMOKE_REPORT="1").stdout)
    backends = report.get("keyring_backends") or {}
    native = _NATIVE_BACKEND.get(platform, "SecretService")
    problems = []
    if not isinstance(backends, dict) or backends.get(native) != "ok":
        problems.append(f"keyring backend {native} missing (entry points: {backends})")
    if not str(report.get("sqlcipher") or "").startswith("4."):
        problems.append(f"SQLCipher not loaded ({report.get('sqlcipher')})")
    qt = report.get("qt_modules") or {}
    if not isinstance(qt, dict) or not (qt.get("QtWidgets") and qt.get("QtPrintSupport")):
        problems.append(f"Qt modules missing: {qt}")
    if len(report.get("translations") or []) < 2 or not report.get("fonts"):
        problems.append("translations (.qm) or PDF fonts missing from resources/")
    if not isinstance(report.get("pdf_engine"), int) or report["pdf_engine"] < 1000:
        problems.append(f"reportlab could not write a PDF ({report.get('pdf_engine')})")
    if not report.get("icon"):
        problems.append("the app icon is missing from resources/icons")
    if problems:
        raise SmokeFailure(f"{frozen.label}: " + "; ".join(problems))
    return report


def smoke_test(
    frozen: Frozen, version: str, platform: str, display: str | None = None
) -> SmokeResult:
    """Version, bundle report, vault, participant, handout, GUI (+ X11): raises SmokeFailure."""
    frozen.prepare()
    result = SmokeResult()
    out = frozen.run("--version").stdout.strip()
    if out != f"Opstart {version}":
        raise SmokeFailure(f"--version printed {out!r}, pyproject.toml says {version}")
    result.steps.append(f"--version: {out}")
    result.report = check_bundle_report(frozen, platform)
    result.steps.append(
        "bundle report: keyring backends, SQLCipher, Qt, translations, fonts, "
        f"reportlab PDF in DejaVu ({result.report['pdf_engine'] // 1024} KiB)"
    )

    vault = f"{frozen.app_dir}/vault"
    frozen.run("init", "--data-dir", vault)
    result.steps.append("init: vault created (Argon2id + SQLCipher + Alembic migrations)")
    name = ("--first-name", "Zoë", "--last-name", "van IJsselmuiden")
    added = json.loads(
        frozen.run("participants", "add", *name, "--data-dir", vault, "--json").stdout
    )
    listed = json.loads(frozen.run("participants", "list", "--data-dir", vault, "--json").stdout)
    if [p["id"] for p in listed] != [added["id"]] or listed[0]["first_name"] != "Zoë":
        raise SmokeFailure(f"participants list did not return the added participant: {listed}")
    result.steps.append("participants add + list: 1 participant, non-ASCII name intact")
    check = json.loads(frozen.run("check", "--data-dir", vault, "--json").stdout)
    if not check.get("ok"):
        raise SmokeFailure(f"check reported problems: {check}")
    result.steps.append(f"check: ok, schema {check.get('schema_revision')}")

    help_text = frozen.run("--help").stdout
    if re.search(r"^\s+print\s", help_text, re.MULTILINE):
        pdf = "handout.pdf"
        frozen.run(
            "print", "profile", added["id"], "--out", f"{frozen.app_dir}/{pdf}", "--data-dir", vault
        )
        data = (frozen.host_dir / pdf).read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 1000:
            raise SmokeFailure("print profile did not write a PDF")
        result.steps.append(f"print profile: {len(data) // 1024} KiB PDF")
    else:
        result.notes.append("this build has no `print` command yet: handout step skipped")

    gui = frozen.run("--data-dir", vault, "--lang", "da", OPSTART_SMOKE_QUIT_AFTER_MS="300")
    shown = _json_after("opstart-smoke: ", gui.stdout)
    windows = shown.get("windows") or []
    if not windows:
        raise SmokeFailure("the GUI started but showed no window")
    if not shown.get("window_icon"):
        raise SmokeFailure("the GUI has no window icon (resources/icons not bundled?)")
    result.steps.append(f"GUI offscreen (Danish): {_titles(windows)}, quit cleanly")
    if display:
        x11 = frozen.run(
            "--data-dir",
            vault,
            "--lang",
            "nl",
            QT_QPA_PLATFORM="xcb",
            DISPLAY=display,
            OPSTART_SMOKE_QUIT_AFTER_MS="300",
        )
        windows = _json_after("opstart-smoke: ", x11.stdout).get("windows") or []
        if not windows:
            raise SmokeFailure("the GUI showed no window on the X server (xcb plugin)")
        result.steps.append(f"GUI on X11 (Xvfb, xcb plugin, Dutch): {_titles(windows)}")
    return result


def _titles(windows: list[dict[str, str]]) -> str:
    return ", ".join(f"{w['class']} '{w['title']}'" for w in windows)
