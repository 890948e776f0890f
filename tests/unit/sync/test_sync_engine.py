"""SyncEngine rounds between in-process devices over one temp folder."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from desktop_app.core.merge import MemoryReplica
from desktop_app.sync import writer as writer_module
from desktop_app.sync.compaction import CompactionPolicy
from desktop_app.sync.engine import SyncEngine, SyncStatus, join
from desktop_app.sync.protocol import ProblemCode, SyncState
from desktop_app.sync.workspace import (
    WORKSPACE_FILE,
    TeamKeys,
    WrongTeamPassphrase,
    rotate_team_key,
    workspace_dir,
)
from tests.unit.sync.sync_harness import (
    TEAM_PASSPHRASE,
    Device,
    make_device,
    make_devices,
    new_shared,
    sync_all,
)

REC = "1" * 32


def test_an_edit_travels_from_one_device_to_another(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "Mette")
    first = a.sync()
    assert first.status is SyncStatus.OK and first.published == 1
    assert sorted(p.name for p in a.folder().iterdir()) == ["1.bundle"]
    second = b.sync()
    assert second.status is SyncStatus.OK and second.applied == 1 and not second.problems
    assert b.replica.value("participant", REC, "name") == "Mette"
    assert b.sync().applied == 0  # nothing new the second time


def test_three_devices_converge_and_count_conflicts(tmp_path: Path) -> None:
    devices = make_devices(tmp_path, 3)
    for i, device in enumerate(devices):
        device.wall.now += 1
        device.replica.edit("participant", REC, "name", f"name {i}")
    results = [d.sync() for d in devices] + [d.sync() for d in devices]
    assert all(d.replica.digest() == devices[0].replica.digest() for d in devices)
    assert sum(r.conflicts for r in results) >= 2
    for device in devices:
        assert len(device.replica.conflicts) == 2


def test_not_joined_and_offline_change_nothing(tmp_path: Path) -> None:
    lonely = SyncEngine(MemoryReplica(), tmp_path)
    assert lonely.sync_now().status is SyncStatus.NOT_JOINED
    a, b = make_devices(tmp_path / "share", 2)
    a.replica.edit("participant", REC, "name", "Kim")
    a.sync()
    b.sync()
    before = b.replica.digest()
    b.engine.folder = tmp_path / "unmounted"
    assert b.sync().status is SyncStatus.OFFLINE
    shutil.rmtree(tmp_path / "share")
    b.engine.folder = tmp_path / "share"
    (tmp_path / "share").mkdir()
    assert b.sync().status is SyncStatus.OFFLINE
    assert b.replica.digest() == before


def test_damaged_and_newer_workspace_files_are_reported(tmp_path: Path) -> None:
    (a,) = make_devices(tmp_path, 1)
    path = workspace_dir(tmp_path, SyncState.from_text(a.replica.sync_state).workspace_id)
    original = (path / WORKSPACE_FILE).read_text()
    (path / WORKSPACE_FILE).write_text(original.replace('"current_epoch": 1', '"current_epoch": 9'))
    assert a.sync().status is SyncStatus.WORKSPACE_DAMAGED
    (path / WORKSPACE_FILE).write_text(original.replace('"version": 1', '"version": 7'))
    assert a.sync().status is SyncStatus.NEWER_VERSION


def test_key_rotation_pauses_writing_until_rejoin_and_locks_out_the_leaver(
    tmp_path: Path,
) -> None:
    a, b, leaver = make_devices(tmp_path, 3)
    a.replica.edit("participant", REC, "name", "before rotation")
    a.sync()
    state = SyncState.from_text(a.replica.sync_state)
    team = rotate_team_key(tmp_path, _team(a, state.workspace_id), "new team phrase 2025")
    a.replica.save_team_keys(team.keys)
    a.replica.edit("participant", REC, "note", "after rotation")
    assert a.sync().status is SyncStatus.OK
    b.replica.edit("participant", REC, "phone", "queued")
    paused = b.sync()
    assert paused.status is SyncStatus.NEEDS_PASSPHRASE and paused.published == 0
    assert b.replica.value("participant", REC, "name") == "before rotation"  # old epoch reads
    assert [p.code for p in paused.problems] == [ProblemCode.UNKNOWN_EPOCH]
    join(b.replica, tmp_path, state.workspace_id, "new team phrase 2025")
    rejoined = b.sync()
    assert rejoined.published == 1 and rejoined.applied == 1
    assert b.replica.value("participant", REC, "note") == "after rotation"
    result = leaver.sync()
    assert result.status is SyncStatus.NEEDS_PASSPHRASE
    assert {p.code for p in result.problems} == {ProblemCode.UNKNOWN_EPOCH}
    assert leaver.replica.value("participant", REC, "name") == "before rotation"
    assert leaver.replica.value("participant", REC, "note") is None
    assert leaver.replica.value("participant", REC, "phone") is None
    with pytest.raises(WrongTeamPassphrase):
        join(leaver.replica, tmp_path, state.workspace_id, TEAM_PASSPHRASE)


def _team(device: Device, workspace_id: str) -> TeamKeys:
    return TeamKeys(workspace_id, 1, device.replica.load_team_keys())


def test_full_disk_keeps_edits_queued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "Kim")

    def full(folder: Path, data: bytes) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer_module, "write_temp", full)
    result = a.sync()
    assert result.status is SyncStatus.PUBLISH_FAILED
    assert [p.code for p in result.problems] == [ProblemCode.FOLDER_FULL]
    monkeypatch.undo()
    assert a.sync().published == 1
    b.sync()
    assert b.replica.value("participant", REC, "name") == "Kim"


def test_large_backlogs_are_split_into_several_bundles(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.engine.ops_per_bundle = 10
    for i in range(35):
        a.replica.edit("participant", REC, f"f{i}", i)
    assert a.sync().published == 35
    assert len(list(a.folder().iterdir())) == 4
    assert b.sync().applied == 35


def test_restored_backup_never_overwrites_published_bundles(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "one")
    a.sync()
    backup = a.replica.sync_state
    a.replica.edit("participant", REC, "name", "two")
    a.sync()
    published = {p.name: p.read_bytes() for p in a.folder().iterdir()}
    a.replica.sync_state = backup  # the vault went back in time
    a.replica.edit("participant", REC, "name", "three")
    assert a.sync().status is SyncStatus.OK
    for name, data in published.items():
        assert (a.folder() / name).read_bytes() == data
    b.sync()
    assert b.replica.value("participant", REC, "name") == "three"


def test_a_crash_between_reserving_and_renaming_is_healed_by_a_snapshot(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "one")
    a.sync()
    state = SyncState.from_text(a.replica.sync_state)
    state.next_bundle_seq += 1  # seq 2 reserved, then the process died
    a.replica.sync_state = state.to_text()
    a.replica.edit("participant", REC, "name", "two")
    result = a.sync()
    assert result.compacted
    assert sorted(p.name for p in a.folder().iterdir()) == ["4.snapshot"]
    b.sync()
    assert b.replica.value("participant", REC, "name") == "two"
    assert SyncState.from_text(b.replica.sync_state).cursors[a.id] == 4


def test_new_device_joins_with_the_passphrase(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    a = make_device(tmp_path, team)
    a.replica.edit("participant", REC, "name", "Kim")
    a.sync()
    newcomer = MemoryReplica()
    join(newcomer, tmp_path, team.workspace_id, TEAM_PASSPHRASE)
    assert SyncEngine(newcomer, tmp_path).sync_now().applied == 1
    sync_all([a])


def test_a_vault_restored_from_backup_gets_its_lost_edits_back(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    a = make_device(tmp_path, team, policy=CompactionPolicy(max_bundles=3))
    a.replica.edit("participant", REC, "name", "kept in the backup")
    a.sync()
    backup_state, backup_fields = a.replica.sync_state, dict(a.replica.fields)
    backup_log = list(a.replica.log)
    a.replica.edit("participant", REC, "phone", "typed after the backup")
    a.sync()
    restored = MemoryReplica(a.id, a.wall)  # the laptop died; IT restored last week's vault
    restored.fields, restored.log = backup_fields, backup_log
    restored.next_local_seq = len(backup_log) + 1
    restored.sync_state, restored.team_keys = backup_state, a.replica.load_team_keys()
    engine = SyncEngine(restored, tmp_path, policy=CompactionPolicy(max_bundles=1))
    restored.edit("participant", REC, "note", "after the restore")
    engine.sync_now()
    assert restored.value("participant", REC, "phone") == "typed after the backup"
    newcomer = make_device(tmp_path, team)
    newcomer.sync()
    assert newcomer.replica.value("participant", REC, "phone") == "typed after the backup"
    assert newcomer.replica.value("participant", REC, "note") == "after the restore"
