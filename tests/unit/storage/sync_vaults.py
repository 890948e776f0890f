"""Real vaults (separate data folders) syncing through one temp shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.changes import Operation
from desktop_app.paths import VaultPaths
from desktop_app.storage.keystore import fast_kdf_for_tests
from desktop_app.storage.models import Conflict, FieldStamp, Tombstone
from desktop_app.storage.sync_store import VaultSyncStore
from desktop_app.storage.vault import Vault, create_vault
from desktop_app.sync.compaction import CompactionPolicy
from desktop_app.sync.engine import SyncEngine, SyncResult, adopt_team_keys
from tests.conftest import TEST_PASSPHRASE
from tests.unit.sync.sync_harness import new_shared


def make_vault(root: Path) -> Vault:
    """A new vault in its own data folder."""
    return create_vault(VaultPaths(root), TEST_PASSPHRASE, kdf=fast_kdf_for_tests())


@dataclass
class VaultDevice:
    """One coach's laptop: a real vault, its sync store and engine."""

    vault: Vault
    store: VaultSyncStore
    engine: SyncEngine

    def sync(self) -> SyncResult:
        """One sync round."""
        return self.engine.sync_now()


@contextmanager
def vault_devices(
    tmp_path: Path, count: int, policy: CompactionPolicy | None = None
) -> Iterator[list[VaultDevice]]:
    """`count` joined vaults over `tmp_path / "shared"`; closed afterwards."""
    shared = tmp_path / "shared"
    shared.mkdir()
    team = new_shared(shared)
    devices = []
    try:
        for n in range(count):
            vault = make_vault(tmp_path / f"device{n}")
            store = VaultSyncStore(vault)
            adopt_team_keys(store, team)
            devices.append(VaultDevice(vault, store, SyncEngine(store, shared, policy=policy)))
        yield devices
    finally:
        for device in devices:
            device.vault.close()


def sync_all(devices: list[VaultDevice], rounds: int = 2) -> None:
    """Every device syncs, `rounds` times over."""
    for _ in range(rounds):
        for device in devices:
            assert device.sync().status.value == "ok"


def digest(vault: Vault) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
    """Comparable state: every field stamp, and the tombstones."""
    with vault.transaction() as session:
        stamps = sorted(
            (s.entity, s.record_id, s.field, s.hlc) for s in session.scalars(select(FieldStamp))
        )
        stones = sorted((t.entity, t.record_id, t.kind) for t in session.scalars(select(Tombstone)))
    return stamps, stones


def open_conflicts(vault: Vault) -> list[tuple[str, str, str]]:
    """(record, field, losing value JSON) of every open conflict."""
    with vault.transaction() as session:
        rows = session.scalars(select(Conflict).where(Conflict.resolved == 0))
        return sorted((c.record_id, c.field, c.losing_value_json) for c in rows)


def op(record: str, field: str, value: object, hlc: str, base: str = "") -> Operation:
    """A participant operation as the device in `hlc` would send it."""
    return Operation("participant", record, field, value, hlc, hlc.split("-", 2)[2], base)
