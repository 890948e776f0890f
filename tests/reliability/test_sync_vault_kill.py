"""kill -9 while a real vault edits, applies a colleague's changes and publishes its own.

A child process opens vault A and loops: edit a field (acknowledged once committed),
then one sync round, which applies vault B's bundles and publishes A's. It is killed at
random moments. After every kill A opens cleanly; at the end A and B hold the same
state, the database passes its integrity check, and every acknowledged edit survived.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.paths import VaultPaths
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.services.sync import SyncService
from desktop_app.services.vault_service import check_vault
from desktop_app.storage.vault import open_vault
from tests.conftest import TEST_PASSPHRASE
from tests.unit.storage.sync_vaults import digest, make_vault

REPO = Path(__file__).resolve().parents[2]
TEAM = "orchard lantern seven rivers"
FIELDS = ("note", "address", "barrier_note", "motivation_why", "strengths")


def child(work: Path, finish: bool) -> None:
    """Edit and sync vault A for ever (or, with `finish`, sync once and stop)."""
    vault = open_vault(VaultPaths(work / "a"), TEST_PASSPHRASE)
    profiles, sync = ProfileService(vault), SyncService(vault)
    if finish:
        sync.sync_now()
        vault.close()
        return
    ids = [row.id for row in ParticipantService(vault).list_all()]
    rng = random.Random()
    print("ready", flush=True)
    while True:
        pid, field = rng.choice(ids), rng.choice(FIELDS)
        value = f"edit {time.time_ns()}"
        profiles.update_field(pid, field, value)
        with open(work / "acked.txt", "a", encoding="utf-8") as acks:
            acks.write(f"{pid} {field} {value}\n")  # written only after the commit
        sync.sync_now()


def _run_kills(tmp_path: Path, kills: int) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    SyncService(a).connect(shared, TEAM)
    SyncService(b).connect(shared, TEAM)
    for n in range(4):
        ParticipantService(a).create(f"Zoë {n}", "van IJsselmuiden")
    SyncService(a).sync_now()
    a.close()
    people_b, sync_b = ParticipantService(b), SyncService(b)
    sync_b.sync_now()
    ids = [row.id for row in people_b.list_all()]
    rng = random.Random(kills)
    env = {**os.environ, "OPSTART_TEST_FAST_KDF": "1"}
    command = [sys.executable, "-m", "tests.reliability.test_sync_vault_kill", str(tmp_path)]
    for round_ in range(kills):
        for n in range(30):  # the colleague's edits: the child has bundles to apply
            people_b.update_field(ids[n % len(ids)], "first_name", f"Zoë {round_}.{n}")
        sync_b.sync_now()
        proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        assert proc.poll() is None, "the child stopped by itself"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        sync_b.sync_now()
    subprocess.run([*command, "finish"], cwd=REPO, check=True, timeout=120, env=env)
    sync_b.sync_now()
    a = open_vault(VaultPaths(tmp_path / "a"), TEST_PASSPHRASE)
    try:
        assert check_vault(a).ok
        assert digest(a) == digest(b)
        last: dict[tuple[str, str], int] = {}
        for line in (tmp_path / "acked.txt").read_text(encoding="utf-8").splitlines():
            pid, field, _word, stamp = line.split()
            last[(pid, field)] = max(last.get((pid, field), 0), int(stamp))
        assert len(last) > 0
        assert len({field for _pid, field in last}) > 1
        for vault in (a, b):
            profiles = ProfileService(vault)
            for (pid, field), stamp in last.items():
                current = profiles.load(pid)[field]
                assert int(current.split()[1]) >= stamp, "an acknowledged edit was lost"
    finally:
        a.close()
        b.close()


def test_kill_during_vault_sync_smoke(tmp_path: Path) -> None:
    _run_kills(tmp_path, kills=3)


@pytest.mark.slow
def test_kill_during_vault_sync_twenty_times(tmp_path: Path) -> None:
    _run_kills(tmp_path, kills=20)


if __name__ == "__main__":
    child(Path(sys.argv[1]), finish=sys.argv[2:] == ["finish"])
