"""P5: 10,000 participants: opening the list, and search-as-you-type latency per keystroke.

Floors measured in the same run:
- list open: fetching the same columns with one raw SQL query on the same vault;
- keystroke: a plain Python scan (`needle in key` over the same search strings).
Goal: filtering within 2x the plain scan, and filter + repaint under 16 ms (one frame
at 60 Hz). Repainting is Qt drawing text, which no scan pays, so it is reported apart.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

import desktop_app.ui  # noqa: E402,F401 - installs the PySide6 refcount guard
from desktop_app.core.search_text import fold  # noqa: E402
from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.services.demo import add_demo_participants  # noqa: E402
from desktop_app.services.participants import ParticipantService  # noqa: E402
from desktop_app.storage.keystore import fast_kdf_for_tests  # noqa: E402
from desktop_app.storage.vault import create_vault  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.participant_table_model import search_key  # noqa: E402

PARTICIPANTS = 10_000
REPEATS = 5
# A coach typing a surname, correcting it, then a business idea word; "" clears the box.
TYPING = [
    "j",
    "je",
    "jen",
    "jens",
    "jense",
    "jensen",
    "jense",
    "jens",
    "",
    "b",
    "ba",
    "bak",
    "bake",
    "baker",
    "bakery",
    "",
    "ø",
    "øs",
    "øst",
]


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _raw_fetch(vault: object) -> float:
    raw = vault.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        start = time.perf_counter()
        raw.driver_connection.execute(
            "SELECT id, first_name, last_name, note, preferred_name, cohort, status, "
            "business_idea FROM participants"
        ).fetchall()
        return time.perf_counter() - start
    finally:
        raw.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="opstart-bench-"))
    vault = create_vault(VaultPaths(folder / "vault"), "benchmark passphrase", fast_kdf_for_tests())
    started = time.perf_counter()
    add_demo_participants(vault, PARTICIPANTS)
    print(f"setup: {PARTICIPANTS:,} demo participants in {time.perf_counter() - started:.1f} s")
    service = ParticipantService(vault)
    window = MainWindow()
    window.show()
    app.processEvents()

    opens, floors = [], []
    for _ in range(REPEATS):
        floors.append(_raw_fetch(vault))
        start = time.perf_counter()
        window.set_service(service)
        app.processEvents()
        opens.append(time.perf_counter() - start)
    print(
        f"list open (service + model fill + paint): {_median_ms(opens):.1f} ms; "
        f"raw SQL fetch of the same columns: {_median_ms(floors):.1f} ms; "
        f"ratio {statistics.median(opens) / statistics.median(floors):.1f}x"
    )

    keys = [search_key(r) for r in service.list_all()]
    filtered, typed, scanned = [], [], []
    for _ in range(REPEATS):
        for text in TYPING:
            start = time.perf_counter()
            needle = fold(text)
            matches = [k for k in keys if needle in k]
            scanned.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.search.setText(text)  # textChanged -> filter -> model reset
            filtered.append(time.perf_counter() - start)
            app.processEvents()  # the list repaints
            typed.append(time.perf_counter() - start)
            shown = window.model.rowCount()
            assert shown == len(matches), (text, shown, len(matches))
    floor = statistics.median(scanned)
    print(f"plain Python scan of the same strings: median {_median_ms(scanned):.2f} ms")
    print(
        f"keystroke, filter over the model: median {_median_ms(filtered):.2f} ms, "
        f"worst {max(filtered) * 1000:.2f} ms; ratio {statistics.median(filtered) / floor:.2f}x "
        f"(goal <= 2x)"
    )
    print(
        f"keystroke, filter + repaint of the list: median {_median_ms(typed):.2f} ms, "
        f"worst {max(typed) * 1000:.2f} ms; ratio {statistics.median(typed) / floor:.2f}x "
        f"(goal < 16 ms)"
    )
    window.close()
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
