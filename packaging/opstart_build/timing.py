"""Start-up time of the frozen app against the unfrozen one, measured in the same run."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from opstart_build.meta import PACKAGING, ROOT
from opstart_build.smoke import Frozen, _json_after


@dataclass(frozen=True)
class StartTimes:
    """Medians in seconds: `--version` and process start to first window shown."""

    frozen_version: float
    unfrozen_version: float
    frozen_window: float
    unfrozen_window: float
    runs: int

    def lines(self) -> list[str]:
        """Plain lines for the build log and the release notes."""
        rows = [
            ("opstart --version", self.frozen_version, self.unfrozen_version),
            ("first window (GUI)", self.frozen_window, self.unfrozen_window),
        ]
        return [
            f"{label:<19} frozen {f * 1000:5.0f} ms | unfrozen {u * 1000:5.0f} ms | "
            f"frozen/unfrozen {f / u:4.2f}x (median of {self.runs})"
            for label, f, u in rows
        ]


def _version_time(app: Frozen) -> float:
    start = time.perf_counter()
    app.run("--version")
    return time.perf_counter() - start


def _window_time(app: Frozen, vault: str) -> float:
    start = time.time()
    out = app.run("--data-dir", vault, OPSTART_SMOKE_QUIT_AFTER_MS="0").stdout
    return float(_json_after("opstart-smoke: ", out)["shown_at"]) - start


def _median(measure_once: Callable[[], float], runs: int) -> float:
    measure_once()  # warm the disk cache
    return statistics.median(measure_once() for _ in range(runs))


def measure(frozen: Frozen, runs: int = 3) -> StartTimes:
    """Frozen vs `python -m desktop_app` / the entry script, after the smoke test made a vault."""
    checkout = {"PYTHONPATH": str(ROOT)}
    module = Frozen(
        [sys.executable, "-m", "desktop_app"], frozen.host_dir, frozen.app_dir, "unfrozen", checkout
    )
    script = Frozen(
        [sys.executable, str(PACKAGING / "entry.py")],
        frozen.host_dir,
        frozen.app_dir,
        "unfrozen",
        checkout,
    )
    vault = f"{frozen.app_dir}/vault"
    return StartTimes(
        frozen_version=_median(lambda: _version_time(frozen), runs),
        unfrozen_version=_median(lambda: _version_time(module), runs),
        frozen_window=_median(lambda: _window_time(frozen, vault), runs),
        unfrozen_window=_median(lambda: _window_time(script, vault), runs),
        runs=runs,
    )
