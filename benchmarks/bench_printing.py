"""Printing from the vault: `python benchmarks/bench_printing.py`.

Floor, measured in the same run: a one-line reportlab page in the bundled DejaVu font.
Scenarios: one fully filled participant's handout through the service (profile read from
the encrypted vault, PDF in memory, audit entry), goal <= 5x the floor; and a cohort of 100
handouts gathered from the vault and built into one combined PDF.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_documents import interleaved, minimal_page, seconds  # noqa: E402
from desktop_app.documents import fonts  # noqa: E402
from desktop_app.documents.batch import build_handouts_combined  # noqa: E402
from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.services import printing  # noqa: E402
from desktop_app.storage.keystore import fast_kdf_for_tests  # noqa: E402
from desktop_app.storage.vault import Vault, create_vault  # noqa: E402
from tests.unit.services.print_seed import seed_participant  # noqa: E402

GOAL_RATIO = 5.0
COHORT = 100


def fill(vault: Vault) -> str:
    """One fully filled participant, then 99 more in the same cohort; returns the first id."""
    first = str(seed_participant(vault)["id"])
    for index in range(COHORT - 1):
        seed_participant(vault, "Deltager", f"{index:03d}")
    return first


def main() -> None:
    """Measure and print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="rounds for the single handout")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of the 100 handouts")
    args = parser.parse_args()
    regular = fonts.register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        vault = create_vault(VaultPaths(Path(folder)), "bench passphrase 1", fast_kdf_for_tests())
        try:
            pid = fill(vault)

            def floor() -> bytes:
                return minimal_page(regular)

            base, single, ratio = interleaved(
                floor, lambda: printing.handout_pdf(vault, pid), args.runs
            )
            gather = statistics.median(
                seconds(lambda: printing.cohort_handouts(vault, "Hold 4 efterår"))
                for _ in range(args.batch_runs)
            )
            items = [data for _, data in printing.cohort_handouts(vault, "Hold 4 efterår")]
            build = statistics.median(
                seconds(lambda: build_handouts_combined(items)) for _ in range(args.batch_runs)
            )
        finally:
            vault.close()
    print(f"{'scenario':48} {'median ms':>10} {'x floor':>9}")
    print(f"{'floor: one drawString page, DejaVu embedded':48} {base * 1000:10.2f} {1:9.1f}")
    print(
        f"{'one handout from the vault (read, PDF, audit)':48} {single * 1000:10.2f} {ratio:9.1f}"
    )
    print(f"{'100 handouts: gather from the vault':48} {gather * 1000:10.2f} {gather / base:9.1f}")
    print(f"{'100 handouts: one combined PDF':48} {build * 1000:10.2f} {build / base:9.1f}")
    total = gather + build
    print(f"{'  per handout, gather + build':48} {total * 10:10.2f} {total / base / 100:9.1f}")
    verdict = "meets" if ratio <= GOAL_RATIO else "misses"
    print(f"one handout = {ratio:.1f}x the floor: {verdict} the goal of <= {GOAL_RATIO:.0f}x")


if __name__ == "__main__":
    main()
