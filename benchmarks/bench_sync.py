"""Sync benchmarks, each printed as a ratio against a floor measured in the same run.

    .venv/bin/python benchmarks/bench_sync.py

1. Apply 1,000 remote changes through SyncEngine into a MemoryReplica, against reading
   the same bundle files and AES-GCM-decrypting them (goal: at most 3x).
2. A no-op sync over 20 devices x 500 bundles, against a raw os.scandir listing of the
   same folders (goal: at most 2x).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from desktop_app.core.changes import Operation  # noqa: E402
from desktop_app.core.hlc import HlcTimestamp  # noqa: E402
from desktop_app.core.merge import MemoryReplica  # noqa: E402
from desktop_app.sync.bundle import HEADER, BundleKind, bundle_name, encode_bundle  # noqa: E402
from desktop_app.sync.engine import SyncEngine, adopt_team_keys  # noqa: E402
from desktop_app.sync.workspace import (  # noqa: E402
    DEVICES_DIR,
    WORKSPACE_FILE,
    TeamKeys,
    create_workspace,
    fast_kdf_for_tests,
    workspace_dir,
)

START_MS = 1_750_000_000_000


def best(repeats: int, *fns: Callable[[], object]) -> list[float]:
    """Fastest wall time of each function in seconds, runs interleaved so load hits all alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, spent in zip(fns, times, strict=True):
            started = time.perf_counter()
            fn()
            spent.append(time.perf_counter() - started)
    return [min(spent) for spent in times]


def write_bundles(
    team: TeamKeys, shared: Path, device: str, ops: list[Operation], per: int
) -> None:
    """Seal `ops` into bundles of `per` operations in `device`'s folder."""
    wdir = workspace_dir(shared, team.workspace_id)
    folder = wdir / DEVICES_DIR / device
    folder.mkdir(parents=True, exist_ok=True)
    template = workspace_dir(shared.parent / "template", team.workspace_id) / WORKSPACE_FILE
    shutil.copy(template, wdir / WORKSPACE_FILE)
    for seq, start in enumerate(range(0, len(ops), per), start=1):
        data = encode_bundle(
            key=team.keys[1], epoch=1, workspace_id=team.workspace_id, device_id=device,
            seq=seq, kind=BundleKind.OPS, operations=ops[start : start + per],
        )  # fmt: skip
        (folder / bundle_name(seq, BundleKind.OPS)).write_bytes(data)


def changes(device: str, count: int) -> list[Operation]:
    """`count` realistic field edits authored by `device`."""
    return [
        Operation(
            "participant", f"{i // 10:032x}", f"field_{i % 10}",
            f"Værdi nummer {i} — en typisk tekst i et felt", HlcTimestamp(START_MS + i, 0, device)
            .encode(), device,
        )
        for i in range(count)
    ]  # fmt: skip


def bench_apply(team: TeamKeys, root: Path, per_bundle: int) -> None:
    shared = root / f"apply-{per_bundle}"
    author = os.urandom(16).hex()
    write_bundles(team, shared, author, changes(author, 1000), per_bundle)
    folder = workspace_dir(shared, team.workspace_id) / DEVICES_DIR / author
    files = sorted(folder.iterdir())

    def engine_round() -> None:
        replica = MemoryReplica()
        adopt_team_keys(replica, team)
        assert SyncEngine(replica, shared).sync_now().applied == 1000

    def raw_decrypt(parse: bool = False) -> None:
        aead = AESGCM(team.keys[1])
        for path in files:
            data = path.read_bytes()
            head = data[: HEADER.size]
            plain = aead.decrypt(head[-16:-4], data[HEADER.size :], head)
            if parse:
                json.loads(zlib.decompress(plain) if head[6] & 1 else plain)

    engine, floor, parsed = best(20, engine_round, raw_decrypt, lambda: raw_decrypt(parse=True))
    name = f"apply 1,000 changes in {len(files)} bundle(s)"
    report(name, engine, floor, goal=3)
    report("  same, against read+decrypt+inflate+json.loads", engine, parsed, goal=3)


def bench_noop(team: TeamKeys, root: Path) -> None:
    shared = root / "noop"
    for _ in range(20):
        device = os.urandom(16).hex()
        write_bundles(team, shared, device, changes(device, 500), 1)
    replica = MemoryReplica()
    adopt_team_keys(replica, team)
    engine = SyncEngine(replica, shared)
    started = time.perf_counter()
    assert engine.sync_now().applied == 10_000
    print(f"catch-up read of 10,000 bundles: {time.perf_counter() - started:.2f} s")
    folders = [p for p in (workspace_dir(shared, team.workspace_id) / DEVICES_DIR).iterdir()]

    def listing() -> None:
        for folder in folders:
            with os.scandir(folder) as entries:
                for entry in entries:
                    entry.name  # noqa: B018

    floor, warm, cold = best(
        40, listing, lambda: engine.sync_now(), lambda: SyncEngine(replica, shared).sync_now()
    )
    report("no-op sync, 20 devices x 500 bundles (timer engine)", warm, floor, goal=2)
    report("no-op sync, 20 devices x 500 bundles (fresh engine)", cold, floor, goal=2)


def report(name: str, measured: float, floor: float, goal: float) -> None:
    ratio = measured / floor
    verdict = "ok" if ratio <= goal else "over goal"
    print(
        f"{name}: {measured * 1000:.2f} ms vs floor {floor * 1000:.2f} ms "
        f"-> {ratio:.1f}x (goal <= {goal}x, {verdict})"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        team = create_workspace(root / "template", "benchmark phrase", fast_kdf_for_tests())
        bench_apply(team, root, per_bundle=1000)
        bench_apply(team, root, per_bundle=20)
        bench_apply(team, root, per_bundle=1)
        bench_noop(team, root)


if __name__ == "__main__":
    main()
