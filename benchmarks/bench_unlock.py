"""Unlock with the passphrase, Argon2id included (SECURITY.md target: <= 1.5 s)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.storage.keystore import KdfParams  # noqa: E402
from desktop_app.storage.vault import create_vault, open_vault  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = VaultPaths(Path(tmp) / "v")
        create_vault(paths, "benchmark passphrase", KdfParams()).close()
        times = []
        for _ in range(5):
            start = time.perf_counter()
            open_vault(paths, "benchmark passphrase").close()
            times.append(time.perf_counter() - start)
    params = KdfParams()
    print(
        f"unlock: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"(Argon2id m={params.memory_kib} KiB t={params.iterations} p={params.lanes}; "
        "target <= 1500 ms)"
    )


if __name__ == "__main__":
    main()
