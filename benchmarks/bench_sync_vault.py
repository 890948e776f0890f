"""Sync into a real SQLCipher vault, each printed as a ratio against a floor of the same run.

    .venv/bin/python benchmarks/bench_sync_vault.py

1. Apply 1,000 remote changes through SyncEngine into a VaultSyncStore (real rows, change
   log, stamps, one transaction), against reading and AES-GCM-decrypting the same bundle
   files (goal: at most 3x), and against a second floor that also does the unavoidable
   part: the same 1,000 rows written to the same vault in one plain SQL transaction.
2. A no-op sync of a vault over 20 devices x 500 bundles, against a raw os.scandir
   listing of the same folders (goal: at most 2x).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("OPSTART_TEST_FAST_KDF", "1")

from bench_sync import best, report, write_bundles  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402
from sqlalchemy import select, text  # noqa: E402

from desktop_app.core.changes import Operation  # noqa: E402
from desktop_app.core.hlc import HlcTimestamp  # noqa: E402
from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.storage.keystore import fast_kdf_for_tests  # noqa: E402
from desktop_app.storage.models import Participant  # noqa: E402
from desktop_app.storage.sync_store import VaultSyncStore  # noqa: E402
from desktop_app.storage.vault import Vault, create_vault  # noqa: E402
from desktop_app.sync.bundle import HEADER  # noqa: E402
from desktop_app.sync.engine import SyncEngine, adopt_team_keys  # noqa: E402
from desktop_app.sync.workspace import (  # noqa: E402
    DEVICES_DIR,
    TeamKeys,
    create_workspace,
    workspace_dir,
)
from desktop_app.sync.workspace import (
    fast_kdf_for_tests as fast_team_kdf,
)

START_MS = int(time.time() * 1000) - 3_600_000
FIELDS = ("first_name", "last_name", "note", "address", "cohort", "skills", "strengths",
          "barrier_note", "motivation_why", "business_idea")  # fmt: skip


def changes(device: str, count: int) -> list[Operation]:
    """`count` edits of real participant fields: 100 people x 10 fields."""
    return [
        Operation(
            "participant", f"{i // 10:032x}", FIELDS[i % 10],
            f"Værdi nummer {i} — en typisk tekst i et felt",
            HlcTimestamp(START_MS + i, 0, device).encode(), device,
        )
        for i in range(count)
    ]  # fmt: skip


def new_vault(root: Path) -> Vault:
    return create_vault(VaultPaths(root), "benchmark passphrase", kdf=fast_kdf_for_tests())


def bench_apply(team: TeamKeys, root: Path, per_bundle: int) -> None:
    shared = root / f"apply-{per_bundle}"
    author = os.urandom(16).hex()
    ops = changes(author, 1000)
    write_bundles(team, shared, author, ops, per_bundle)
    files = sorted((workspace_dir(shared, team.workspace_id) / DEVICES_DIR / author).iterdir())
    vaults: list[Vault] = []

    def engine_round() -> None:
        vault = new_vault(root / f"v{per_bundle}-{len(vaults)}")  # a fresh vault per run;
        vaults.append(vault)  # only the sync round itself is timed
        store = VaultSyncStore(vault)
        adopt_team_keys(store, team)
        started = time.perf_counter()
        assert SyncEngine(store, shared).sync_now().applied == 1000
        timings.append(time.perf_counter() - started)

    def raw_decrypt() -> None:
        aead = AESGCM(team.keys[1])
        for path in files:
            data = path.read_bytes()
            head = data[: HEADER.size]
            aead.decrypt(head[-16:-4], data[HEADER.size :], head)

    def plain_sql(vault: Vault) -> None:
        rows = [{"id": f"{n:032x}"} for n in range(100)]
        values = [{"id": op.record_id, "v": op.value} for op in ops]
        with vault.engine.begin() as conn:
            conn.execute(text("DELETE FROM participants WHERE id LIKE '0000%'"))
            conn.execute(text(
                "INSERT INTO participants (id, first_name, last_name, note, created_hlc, "
                "interpreter_needed, status) VALUES (:id, '', '', '', '', 0, 'active')"
            ), rows)  # fmt: skip
            conn.execute(text("UPDATE participants SET note = :v WHERE id = :id"), values)

    def local_edits(vault: Vault, round_: int) -> None:
        with vault.transaction() as session:
            people = {p.id: p for p in session.scalars(select(Participant))}
            for op in ops:
                setattr(people[op.record_id], op.field, f"{op.value} {round_}")

    timings: list[float] = []
    for _ in range(5):
        engine_round()
    floor_vault = new_vault(root / f"floor-{per_bundle}")
    local_vault = new_vault(root / f"local-{per_bundle}")
    with local_vault.transaction() as session:
        session.add_all(Participant(id=f"{n:032x}") for n in range(100))
    rounds = iter(range(10**6))
    floor, sql, local = best(
        20, raw_decrypt, lambda: plain_sql(floor_vault),
        lambda: local_edits(local_vault, next(rounds)),
    )  # fmt: skip
    engine = min(timings)
    name = f"vault: apply 1,000 changes in {len(files)} bundle(s)"
    report(name, engine, floor, goal=3)
    report("  same, against the same rows written by plain SQL", engine, sql, goal=3)
    report("  same, against the same 1,000 edits typed here (ORM + change capture)",
           engine, local, goal=3)  # fmt: skip
    for vault in [*vaults, floor_vault, local_vault]:
        vault.close()


def bench_noop(team: TeamKeys, root: Path) -> None:
    shared = root / "noop"
    for _ in range(20):
        device = os.urandom(16).hex()
        write_bundles(team, shared, device, changes(device, 500), 1)
    vault = new_vault(root / "noop-vault")
    store = VaultSyncStore(vault)
    adopt_team_keys(store, team)
    engine = SyncEngine(store, shared)
    started = time.perf_counter()
    assert engine.sync_now().applied == 10_000
    print(f"vault: catch-up read of 10,000 bundles: {time.perf_counter() - started:.2f} s")
    folders = list((workspace_dir(shared, team.workspace_id) / DEVICES_DIR).iterdir())

    def listing() -> None:
        for folder in folders:
            with os.scandir(folder) as entries:
                for entry in entries:
                    entry.name  # noqa: B018

    floor, warm = best(40, listing, engine.sync_now)
    report("vault: no-op sync, 20 devices x 500 bundles (timer engine)", warm, floor, goal=2)
    vault.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        team = create_workspace(root / "template", "benchmark phrase", fast_team_kdf())
        bench_apply(team, root, per_bundle=1000)
        bench_apply(team, root, per_bundle=20)
        bench_noop(team, root)


if __name__ == "__main__":
    main()
