"""SyncService and ConflictService: connect, sync, status, log, conflicts, leave."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.participants import ParticipantService
from desktop_app.services.sync import SyncService
from desktop_app.services.sync_conflicts import ConflictService
from desktop_app.services.sync_records import (
    AlreadyConnected,
    ConnectMode,
    FolderHoldsVault,
    FolderUnreachable,
    RunStatus,
    WeakTeamPassphrase,
    WorkspaceExists,
)
from desktop_app.storage.sync_lock import SyncLock
from desktop_app.storage.vault import Vault
from desktop_app.sync.workspace import WrongTeamPassphrase
from tests.unit.storage.sync_vaults import make_vault

TEAM = "orchard lantern seven rivers"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault, Path]]:
    """Two vaults and an empty shared folder."""
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    yield a, b, shared
    a.close()
    b.close()


def test_create_then_join_and_converge(pair) -> None:
    a, b, shared = pair
    created = SyncService(a).connect(shared, TEAM)
    assert created.created and SyncService(a).inspect_folder(shared).workspaces == (
        created.workspace_id,
    )
    pid = ParticipantService(a).create("Zoë", "van IJsselmuiden").id
    assert SyncService(a).status().pending_changes > 0
    assert SyncService(a).sync_now().status == RunStatus.OK
    joined = SyncService(b).connect(shared, TEAM)
    assert not joined.created and joined.workspace_id == created.workspace_id
    run = SyncService(b).sync_now()
    assert run.status == RunStatus.OK and run.changed_data
    assert ParticipantService(b).get(pid).display_name == "Zoë van IJsselmuiden"
    status = SyncService(a).status()
    assert status.connected and status.online and status.pending_changes == 0
    assert status.last_sync_at is not None and status.folder == str(shared.resolve())


def test_connect_refuses_what_cannot_work(pair, tmp_path: Path) -> None:
    a, b, shared = pair
    with pytest.raises(FolderUnreachable):
        SyncService(a).connect(tmp_path / "not-mounted", TEAM)
    with pytest.raises(FolderHoldsVault):
        SyncService(a).connect(tmp_path, TEAM)  # the vault's own data folder is inside
    with pytest.raises(WeakTeamPassphrase):
        SyncService(a).connect(shared, "short")
    SyncService(a).connect(shared, TEAM)
    with pytest.raises(WrongTeamPassphrase):
        SyncService(b).connect(shared, "not the team passphrase")
    with pytest.raises(WorkspaceExists):
        SyncService(b).connect(shared, TEAM, ConnectMode.CREATE)
    other = tmp_path / "other-share"
    other.mkdir()
    with pytest.raises(AlreadyConnected):
        SyncService(a).connect(other, TEAM)
    assert not SyncService(b).status().connected


def test_an_unmounted_share_is_offline_and_deletes_nothing(pair, tmp_path: Path) -> None:
    a, _b, shared = pair
    service = SyncService(a)
    service.connect(shared, TEAM)
    ParticipantService(a).create("Søren", "Ærø")
    service.sync_now()
    shutil.move(shared, tmp_path / "unplugged")
    shared.mkdir()  # an empty mount point
    run = service.sync_now()
    assert run.status == RunStatus.OFFLINE
    assert len(ParticipantService(a).list_all()) == 1
    status = service.status()
    assert status.online is False and status.last_sync_at is not None
    assert [e.status for e in service.log.entries()][:2] == ["offline", "ok"]


def test_a_second_process_syncing_the_same_vault_waits_its_turn(pair) -> None:
    a, _b, shared = pair
    service = SyncService(a)
    service.connect(shared, TEAM)
    other_process = SyncLock(a.paths.root)
    assert other_process.acquire()
    try:
        assert service.sync_now().status == RunStatus.BUSY
    finally:
        other_process.release()
    assert service.sync_now().status == RunStatus.OK
    assert SyncService(a).sync_now().status == RunStatus.OK  # not connected: not blocked


def test_conflicts_are_listed_and_a_losing_value_can_be_taken_back(pair) -> None:
    a, b, shared = pair
    sa, sb = SyncService(a), SyncService(b)
    sa.connect(shared, TEAM)
    sb.connect(shared, TEAM)
    pid = ParticipantService(a).create("Şükrü", "Yılmaz").id
    sa.sync_now()
    sb.sync_now()
    ParticipantService(a).update_field(pid, "note", "Wants a food truck")
    ParticipantService(b).update_field(pid, "note", "Wants a bakery")  # later: wins
    sa.sync_now()
    sb.sync_now()
    sa.sync_now()
    [conflict] = ConflictService(a).list_open()
    assert conflict.participant_name == "Şükrü Yılmaz" and conflict.field == "note"
    assert (conflict.current_value, conflict.other_value) == (
        "Wants a bakery",
        "Wants a food truck",
    )
    assert conflict.other_by_me and not conflict.current_by_me
    assert sa.status().open_conflicts == 1
    ConflictService(a).take_back(conflict.id)
    assert ParticipantService(a).get(pid).note == "Wants a food truck"
    assert ConflictService(a).list_open() == []
    sa.sync_now()
    sb.sync_now()
    assert ParticipantService(b).get(pid).note == "Wants a food truck"
    assert ConflictService(b).list_open() == []  # the taken-back value closed it there too


def test_keep_current_closes_a_conflict(pair) -> None:
    a, b, shared = pair
    sa, sb = SyncService(a), SyncService(b)
    sa.connect(shared, TEAM)
    sb.connect(shared, TEAM)
    pid = ParticipantService(a).create("Małgorzata").id
    sa.sync_now()
    sb.sync_now()
    ParticipantService(b).update_field(pid, "last_name", "Wojcik")
    ParticipantService(a).update_field(pid, "last_name", "Wójcik")
    sb.sync_now()
    sa.sync_now()
    [conflict] = ConflictService(a).list_open()
    ConflictService(a).keep_current(conflict.id)
    assert ConflictService(a).list_open() == []
    assert ParticipantService(a).get(pid).last_name == "Wójcik"


def test_local_edits_are_announced_and_sync_writes_are_not(pair) -> None:
    a, b, shared = pair
    sa, sb = SyncService(a), SyncService(b)
    sa.connect(shared, TEAM)
    sb.connect(shared, TEAM)
    calls: list[str] = []
    stop = sb.watch_local_changes(lambda: calls.append("edit"))
    ParticipantService(a).create("Zoë")
    sa.sync_now()
    sb.sync_now()
    assert calls == []
    ParticipantService(b).create("Søren")
    assert calls == ["edit"]
    stop()
    ParticipantService(b).create("Şükrü")
    assert calls == ["edit"]


def test_leaving_keeps_the_data_and_stops_syncing(pair) -> None:
    a, _b, shared = pair
    service = SyncService(a)
    service.connect(shared, TEAM)
    ParticipantService(a).create("Zoë")
    service.sync_now()
    service.leave()
    assert not service.status().connected
    assert service.sync_now().status == RunStatus.NOT_CONNECTED
    assert len(ParticipantService(a).list_all()) == 1
    assert [e.status for e in service.log.entries()][0] == "left"
    assert service.store.load_team_keys() == {}


def test_a_departed_coachs_folder_can_be_retired(pair) -> None:
    a, b, shared = pair
    sa, sb = SyncService(a), SyncService(b)
    sa.connect(shared, TEAM)
    sb.connect(shared, TEAM)
    ParticipantService(b).create("Søren", "Ærø")
    sb.sync_now()
    sb.leave()  # the coach leaves the programme; their edits are in the folder
    sa.sync_now()
    folder = shared / "Opstart" / sa.status().workspace_id / "devices" / b.device_id
    assert folder.is_dir()
    assert sa.retire_device(b.device_id)
    assert not folder.exists()
    fresh = make_vault(shared.parent / "newcomer")
    try:
        SyncService(fresh).connect(shared, TEAM)
        SyncService(fresh).sync_now()
        assert [p.display_name for p in ParticipantService(fresh).list_all()] == ["Søren Ærø"]
    finally:
        fresh.close()
