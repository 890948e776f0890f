"""Snapshots: the folder stops growing, newcomers catch up, erased people stay gone."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

import pytest

from desktop_app.core.changes import ERASE_FIELD
from desktop_app.sync import publish as publish_module
from desktop_app.sync.compaction import CompactionPolicy
from desktop_app.sync.protocol import ProblemCode
from tests.unit.sync.sync_harness import (
    decrypt_folder,
    make_device,
    make_devices,
    new_shared,
    sync_all,
)

REC, OTHER = "1" * 32, "2" * 32


def test_the_folder_stops_growing_and_a_newcomer_catches_up(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    a = make_device(tmp_path, team, policy=CompactionPolicy(max_bundles=5))
    for i in range(12):
        a.replica.edit("participant", REC, "name", f"v{i}")
        a.replica.edit("participant", OTHER, f"f{i}", i)
        a.sync()
    assert len(list(a.folder().iterdir())) <= 5
    newcomer = make_device(tmp_path, team)
    newcomer.sync()
    assert newcomer.replica.digest() == a.replica.digest()


def test_conflicts_survive_compaction(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "loser")
    a.wall.now += 1
    b.replica.edit("participant", REC, "name", "winner")
    sync_all([a, b])
    assert len(a.replica.conflicts) == 1
    newcomer = make_device(tmp_path, new_shared(tmp_path))
    for device in (a, b):
        device.engine.policy = CompactionPolicy(max_bundles=1)
        device.sync()
    newcomer.sync()
    assert [e.op.value for e in newcomer.replica.conflicts.values()] == ["loser"]


def test_after_an_erasure_and_compaction_the_folder_holds_no_trace(tmp_path: Path) -> None:
    a, b, c = make_devices(tmp_path, 3)
    canary = f"Søren Ærø {secrets.token_hex(6)}"
    a.replica.edit("participant", REC, "name", canary)
    sync_all([a, b, c])
    b.replica.edit("participant", REC, "note", canary + " debt note")
    c.replica.edit("participant", OTHER, "name", "someone else")
    sync_all([a, b, c])
    shutil.copy(c.folder() / "1.bundle", c.folder() / "1.sync-conflict-20250101-1-ABC.bundle")
    sync_all([a, b, c])
    a.replica.erase("participant", REC)
    sync_all([a, b, c])
    ops = decrypt_folder(tmp_path)
    assert not [op for op in ops if canary in str(op.value)]
    assert [op.field for op in ops if op.record_id == REC] == [ERASE_FIELD] * len(
        [op for op in ops if op.record_id == REC]
    )
    assert not any("conflict" in p.name for p in c.folder().iterdir())
    late = make_device(tmp_path, new_shared(tmp_path))
    late.sync()
    assert late.replica.value("participant", OTHER, "name") == "someone else"
    assert ("participant", REC) in late.replica.erased
    assert not [k for k in late.replica.fields if k[1] == REC]


def test_an_old_snapshot_never_brings_an_erased_person_back(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    a = make_device(tmp_path, team)
    b = make_device(tmp_path, team, policy=CompactionPolicy(max_bundles=1))
    a.replica.edit("participant", REC, "name", "Kim")
    sync_all([a, b])
    b.replica.edit("participant", OTHER, "name", "Bo")
    b.sync()  # b's snapshot now holds Kim
    a.replica.erase("participant", REC)
    a.sync()
    newcomer = make_device(tmp_path, team)
    newcomer.sync()  # reads b's old snapshot and a's erasure, in either order
    assert newcomer.replica.value("participant", REC, "name") is None
    assert ("participant", REC) in newcomer.replica.erased


def test_readers_wait_when_deletions_arrive_before_the_snapshot(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "one")
    sync_all([a, b])
    a.replica.edit("participant", REC, "name", "two")
    a.engine.policy = CompactionPolicy(max_bundles=1)
    a.sync()
    (snapshot,) = a.folder().iterdir()
    parked = tmp_path / "still uploading"
    shutil.move(snapshot, parked)
    before = b.replica.digest()
    result = b.sync()
    assert result.applied == 0 and b.replica.digest() == before  # nothing lost, nothing deleted
    shutil.move(parked, snapshot)
    b.sync()
    assert b.replica.value("participant", REC, "name") == "two"


def test_nothing_is_deleted_when_the_snapshot_does_not_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "one")
    a.sync()
    monkeypatch.setattr(publish_module, "verify_published", lambda *_, **__: False)
    a.engine.policy = CompactionPolicy(max_bundles=1)
    result = a.sync()
    assert [p.code for p in result.problems] == [ProblemCode.COMPACTION_FAILED]
    assert sorted(p.name for p in a.folder().iterdir()) == ["1.bundle", "2.snapshot"]
    b.sync()
    assert b.replica.value("participant", REC, "name") == "one"


def test_a_departed_coachs_folder_is_retired_once_a_snapshot_carries_it(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    a, b, leaver = (make_device(tmp_path, team) for _ in range(3))
    canary = f"Zoë {secrets.token_hex(6)}"
    leaver.replica.edit("participant", REC, "name", canary)
    leaver.replica.edit("participant", OTHER, "name", "stays")
    leaver.sync()
    sync_all([a, b])
    (leaver.folder() / "9.bundle").write_bytes(b"not yet downloaded")
    assert not a.engine.retire_device(leaver.id)  # a bundle it could not apply: keep
    (leaver.folder() / "9.bundle").unlink()
    assert a.engine.retire_device(leaver.id)  # a never published: its snapshot is its first
    assert not leaver.folder().exists()
    newcomer = make_device(tmp_path, team)
    newcomer.sync()
    assert newcomer.replica.value("participant", OTHER, "name") == "stays"
    assert b.sync().status.value == "ok"
    a.replica.erase("participant", REC)
    sync_all([a, b])
    assert not [op for op in decrypt_folder(tmp_path) if canary in str(op.value)]
