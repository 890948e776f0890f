"""Two and three real vaults (separate data folders) syncing through one temp folder."""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop_app.core.changes import ERASE_FIELD
from desktop_app.services.gdpr import GdprService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.plans import PlanService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.keystore import Keystore
from desktop_app.sync.compaction import CompactionPolicy
from tests.canary import scan
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.sqlcipher_pages import decrypted_pages
from tests.unit.storage.sync_vaults import digest, open_conflicts, sync_all, vault_devices
from tests.unit.sync.sync_harness import decrypt_folder


def test_two_vaults_converge_on_profiles_meetings_and_plans(tmp_path: Path) -> None:
    with vault_devices(tmp_path, 2) as (a, b):
        pid = ParticipantService(a.vault).create("Zoë", "van IJsselmuiden", "first meeting").id
        ProfileService(a.vault).update_field(pid, "barriers", ["debt"])
        MeetingService(a.vault).add_meeting(pid, "2026-01-05", "intake")
        plan = PlanService(a.vault).open_for(pid)
        sync_all([a, b])
        assert ParticipantService(b.vault).get(pid).display_name == "Zoë van IJsselmuiden"
        assert ProfileService(b.vault).load(pid)["barriers"] == ("debt",)
        assert [m.meeting.values["held_on"] for m in MeetingService(b.vault).meetings(pid)] == [
            "2026-01-05"
        ]
        assert PlanService(b.vault).open_for(pid).id == plan.id
        ParticipantService(b.vault).update_field(pid, "note", "second meeting")
        sync_all([a, b])
        assert ParticipantService(a.vault).get(pid).note == "second meeting"
        assert digest(a.vault) == digest(b.vault)
        assert open_conflicts(a.vault) == open_conflicts(b.vault) == []


def test_three_vaults_keep_every_concurrent_edit(tmp_path: Path) -> None:
    with vault_devices(tmp_path, 3) as devices:
        a, b, c = devices
        pid = ParticipantService(a.vault).create("Şükrü", "Yılmaz").id
        sync_all(devices)
        for device, text in zip(devices, ("from a", "from b", "from c"), strict=True):
            ParticipantService(device.vault).update_field(pid, "note", text)  # all offline
        sync_all(devices)
        winner = ParticipantService(a.vault).get(pid).note
        assert {ParticipantService(d.vault).get(pid).note for d in devices} == {winner}
        losers = {text for _, _, text in open_conflicts(a.vault)}
        assert losers == {f'"{t}"' for t in ("from a", "from b", "from c")} - {f'"{winner}"'}
        assert open_conflicts(a.vault) == open_conflicts(b.vault) == open_conflicts(c.vault)
        assert digest(a.vault) == digest(b.vault) == digest(c.vault)


def test_an_erasure_reaches_every_vault_and_leaves_the_folder_after_compaction(
    tmp_path: Path,
) -> None:
    tag = secrets.token_hex(5)
    canaries = [f"Małgorzata{tag}", f"Wójcik{tag}", f"privatenote{tag}", f"coachonly{tag}"]
    policy = CompactionPolicy(max_bundles=50)
    with vault_devices(tmp_path, 2, policy) as (a, b):
        kept = ParticipantService(a.vault).create("Søren", "Ærø").id
        pid = ParticipantService(a.vault).create(canaries[0], canaries[1], canaries[2]).id
        meeting = MeetingService(a.vault).add_meeting(pid, "2026-01-05", "intake")
        ProfileService(a.vault).update_item("meeting", meeting.id, "coach_notes", canaries[3])
        sync_all([a, b])
        # Meanwhile, offline, coach b adds a meeting that coach a never saw.
        late = MeetingService(b.vault).add_meeting(pid, "2026-02-01", "follow_up")
        ProfileService(b.vault).update_item("meeting", late.id, "coach_notes", canaries[3])
        GdprService(a.vault).erase(pid)
        sync_all([a, b], rounds=3)
        for device in (a, b):
            assert [p.id for p in ParticipantService(device.vault).list_all()] == [kept]
            assert MeetingService(device.vault).meetings(pid) == []
        assert digest(a.vault)[1] == digest(b.vault)[1]
        in_folder = decrypt_folder(tmp_path / "shared")
        erased = {(o.entity, o.record_id) for o in in_folder if o.field == ERASE_FIELD}
        assert {("participant", pid), ("meeting", late.id)} <= erased
        gone = (pid, meeting.id, late.id)
        assert [o for o in in_folder if o.record_id in gone and o.field != ERASE_FIELD] == []
        assert scan(tmp_path / "shared", canaries) == []
        b_root = b.vault.paths
        b_dek = Keystore.load(b_root.keystore).unwrap(TEST_PASSPHRASE)
    assert scan(tmp_path, canaries) == []
    plain = decrypted_pages(b_root.database, b_dek)
    assert [c for c in canaries if c.encode() in plain] == []
