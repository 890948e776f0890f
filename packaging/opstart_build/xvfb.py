"""A private X server (Xvfb) for the smoke test's X11 step, when Xvfb is installed."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

DISPLAY_NUMBER = 93


@contextlib.contextmanager
def virtual_display() -> Iterator[str | None]:
    """Yield a DISPLAY value for a fresh Xvfb, or None when Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    display = f":{DISPLAY_NUMBER}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{DISPLAY_NUMBER}")
        deadline = time.monotonic() + 10
        while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        yield display if server.poll() is None and socket.exists() else None
    finally:
        server.terminate()
        server.wait(timeout=10)
