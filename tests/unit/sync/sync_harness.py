"""In-process devices (MemoryReplica + SyncEngine) sharing one temp folder."""

from __future__ import annotations

import functools
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.changes import Operation
from desktop_app.core.merge import MemoryReplica
from desktop_app.sync.bundle import decode_bundle, parse_bundle_name
from desktop_app.sync.compaction import CompactionPolicy
from desktop_app.sync.engine import SyncEngine, SyncResult, adopt_team_keys
from desktop_app.sync.workspace import (
    DEVICES_DIR,
    WORKSPACE_FILE,
    TeamKeys,
    create_workspace,
    fast_kdf_for_tests,
    workspace_dir,
)

TEAM_PASSPHRASE = "orchard lantern seven rivers"
START_MS = 1_750_000_000_000
YEAR_MS = 365 * 24 * 3600 * 1000


class FakeWall:
    """A settable wall clock in milliseconds."""

    def __init__(self, now: int = START_MS) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@functools.cache
def _template() -> tuple[bytes, TeamKeys]:
    # One Argon2id run for the whole test session; each test gets a copy of the file.
    with tempfile.TemporaryDirectory() as tmp:
        team = create_workspace(Path(tmp), TEAM_PASSPHRASE, fast_kdf_for_tests())
        data = (workspace_dir(Path(tmp), team.workspace_id) / WORKSPACE_FILE).read_bytes()
    return data, team


def new_shared(shared: Path) -> TeamKeys:
    """Put a ready workspace into `shared`; returns its team keys."""
    data, team = _template()
    wdir = workspace_dir(shared, team.workspace_id)
    (wdir / DEVICES_DIR).mkdir(parents=True, exist_ok=True)
    (wdir / WORKSPACE_FILE).write_bytes(data)
    return team


@dataclass
class Device:
    """One coach's laptop: a replica and its sync engine."""

    replica: MemoryReplica
    engine: SyncEngine
    wall: FakeWall

    def sync(self) -> SyncResult:
        """Run one sync round."""
        return self.engine.sync_now()

    @property
    def id(self) -> str:
        """The device id."""
        return self.replica.device_id

    def folder(self) -> Path:
        """This device's own folder in the shared workspace."""
        return devices_root(self.engine.folder) / self.id


def make_device(
    shared: Path,
    team: TeamKeys,
    *,
    wall: FakeWall | None = None,
    policy: CompactionPolicy | None = None,
) -> Device:
    """A joined device syncing through `shared`."""
    clock = wall or FakeWall()
    replica = MemoryReplica(wall_clock=clock)
    adopt_team_keys(replica, team)
    engine = SyncEngine(replica, shared, policy=policy, wall_ms=clock)
    return Device(replica, engine, clock)


def make_devices(shared: Path, count: int, policy: CompactionPolicy | None = None) -> list[Device]:
    """`count` devices in a fresh workspace, sharing one fake wall clock."""
    team = new_shared(shared)
    wall = FakeWall()
    return [make_device(shared, team, wall=wall, policy=policy) for _ in range(count)]


def sync_all(devices: list[Device], rounds: int = 2) -> None:
    """Every device syncs, `rounds` times over: enough for everyone to see everything."""
    for _ in range(rounds):
        for device in devices:
            device.sync()


def devices_root(shared: Path) -> Path:
    """The devices/ folder of the test workspace."""
    return workspace_dir(shared, _template()[1].workspace_id) / DEVICES_DIR


def bundle_files(shared: Path) -> list[Path]:
    """Every canonical bundle or snapshot file in the workspace."""
    root = devices_root(shared)
    return sorted(p for p in root.rglob("*") if p.is_file() and parse_bundle_name(p.name))


def decrypt_folder(shared: Path) -> list[Operation]:
    """Every operation readable from the folder with the team keys (for erasure checks)."""
    team = _template()[1]
    ops: list[Operation] = []
    for path in bundle_files(shared):
        parsed = parse_bundle_name(path.name)
        assert parsed is not None
        bundle = decode_bundle(
            path.read_bytes(),
            keys=team.keys,
            workspace_id=team.workspace_id,
            device_id=path.parent.name,
            seq=parsed[0],
            kind=parsed[1],
        )
        ops.extend(bundle.operations)
    return ops
