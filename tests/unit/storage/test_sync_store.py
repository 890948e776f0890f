"""VaultSyncStore: received operations land in the real rows, once, with conflicts kept."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from desktop_app.core.changes import DELETE_FIELD, ERASE_FIELD, Operation
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.storage.models import FieldStamp, OperationRow, Participant, Tombstone
from desktop_app.storage.plan_models import PlanAnswer
from desktop_app.storage.profile_models import Meeting, WorkExperience
from desktop_app.storage.sync_store import VaultSyncStore
from desktop_app.storage.vault import Vault
from tests.unit.storage.sync_vaults import make_vault, op, open_conflicts

OTHER = "b" * 32
THIRD = "c" * 32
RECORD = "1" * 32


def stamp(offset_ms: int = 0, device: str = OTHER, counter: int = 0) -> str:
    """An encoded HLC stamp `offset_ms` from now (read at the call: suites run long)."""
    return HlcTimestamp(time.time_ns() // 1_000_000 + offset_ms, counter, device).encode()


def _row(vault: Vault, model, record_id: str):
    with vault.transaction() as session:
        return session.get(model, record_id)


def _count(vault: Vault, model, *where) -> int:
    with vault.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_first_operations_create_the_record_and_are_logged_as_remote(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    sent = [
        op(RECORD, "first_name", "Zoë", stamp(1)),
        op(RECORD, "last_name", "van IJsselmuiden", stamp(2)),
        op(RECORD, "children_count", 2, stamp(3)),
    ]
    report = store.apply_remote(sent)
    assert report.applied == 3
    person = _row(vault, Participant, RECORD)
    assert (person.first_name, person.last_name, person.children_count) == (
        "Zoë", "van IJsselmuiden", 2
    )  # fmt: skip
    assert person.status == "active"  # untouched columns keep their defaults
    assert _count(vault, OperationRow, OperationRow.origin == "remote") == 3
    assert store.local_operations_after(0) == []  # remote writes are not local edits
    with vault.transaction() as session:
        assert session.get(FieldStamp, ("participant", RECORD, "last_name")).hlc == sent[1].hlc


def test_applying_the_same_operations_twice_changes_nothing(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    ops = [op(RECORD, "first_name", "Søren", stamp(1)), op(RECORD, "note", "x", stamp(2))]
    store.apply_remote(ops)
    again = store.apply_remote(list(reversed(ops)) + ops)
    assert again.applied == 0 and again.duplicates == 4
    assert _count(vault, OperationRow) == 2
    assert _row(vault, Participant, RECORD).first_name == "Søren"


def test_concurrent_edits_keep_the_loser_once(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    people = ParticipantService(vault)
    pid = people.create("Şükrü", "Yılmaz").id
    people.update_field(pid, "note", "written here")
    later = op(pid, "note", "written there", stamp(60_000))
    assert store.apply_remote([later]).conflicts == 1
    assert people.get(pid).note == "written there"
    older = op(pid, "note", "older, from a third laptop", stamp(-60_000, THIRD))
    assert store.apply_remote([older, older]).conflicts == 1
    for _ in range(2):  # received again (duplicates, reordering): still listed once
        store.apply_remote([older, later])
    assert open_conflicts(vault) == [
        (pid, "note", '"older, from a third laptop"'), (pid, "note", '"written here"')
    ]  # fmt: skip


def test_an_edit_made_on_top_of_ours_is_not_a_conflict(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    people = ParticipantService(vault)
    pid = people.create("Małgorzata", "Wójcik").id
    people.update_field(pid, "note", "first version")
    ours = store.local_operations_after(0)[-1][1]
    assert ours.field == "note" and ours.base  # the base of a local edit is recorded
    report = store.apply_remote([op(pid, "note", "second", stamp(1000), base=ours.hlc)])
    assert report.applied == 1 and report.conflicts == 0
    assert open_conflicts(vault) == []


def test_a_local_edit_beats_a_value_from_a_clock_far_ahead(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    people = ParticipantService(vault)
    pid = people.create("Zoë").id
    year_ahead = stamp(365 * 24 * 3600 * 1000)
    store.apply_remote([op(pid, "note", "from the future", year_ahead)])
    people.update_field(pid, "note", "typed now")
    edit = store.local_operations_after(0)[-1][1]
    assert edit.hlc > year_ahead and edit.base == year_ahead
    assert people.get(pid).note == "typed now"


def test_unknown_entities_fields_and_unfit_values_are_ignored(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    report = store.apply_remote(
        [
            op(RECORD, "first_name", "Zoë", stamp(1)),
            op(RECORD, "shoe_size", 44, stamp(2)),  # a field of a newer Opstart
            op(RECORD, "children_count", "two", stamp(3)),  # not a number
            op(RECORD, "interpreter_needed", "yes", stamp(4)),  # not a boolean
            Operation("spaceship", RECORD, "x", 1, stamp(5), OTHER),  # an unknown entity
        ]
    )
    assert report.applied == 1
    person = _row(vault, Participant, RECORD)
    assert person.children_count is None and person.interpreter_needed is False
    assert _count(vault, OperationRow) == 1


def test_values_of_every_column_type_round_trip(tmp_path) -> None:
    source, target = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    try:
        people, profiles = ParticipantService(source), ProfileService(source)
        pid = people.create("Søren", "Ærø", "note with ✓ and\nnew line").id
        profiles.update_field(pid, "interpreter_needed", True)  # Boolean
        profiles.update_field(pid, "children_count", 3)  # Integer
        profiles.update_field(pid, "loan_amount", 2_500_000)  # money in øre
        profiles.update_field(pid, "date_of_birth", "1990-02-28")  # ISO date text
        profiles.update_field(pid, "barriers", ["debt", "housing"])  # code set
        job = profiles.add_item(pid, "work_experience", {"role": "Frisør", "years": 2.5})  # Float
        with source.transaction() as session:  # JSON text column, caller-chosen id
            session.add(PlanAnswer(id="a" * 32, plan_id="p" * 32, key="k", value_json='{"x":1}'))
        sent = [o for _, o in VaultSyncStore(source).local_operations_after(0)]
        assert VaultSyncStore(target).apply_remote(sent).applied == len(sent)
        with source.transaction() as s1, target.transaction() as s2:
            for model, key in (
                (Participant, pid),
                (WorkExperience, job.id),
                (PlanAnswer, "a" * 32),
            ):
                a, b = s1.get(model, key), s2.get(model, key)
                for name in ("id", *model.__sync_fields__):
                    left, right = getattr(a, name), getattr(b, name)
                    assert (left, type(left)) == (right, type(right)), name
    finally:
        source.close()
        target.close()


def test_a_delete_leaves_a_tombstone_and_later_edits_do_not_revive(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    store.apply_remote([op(RECORD, "first_name", "Zoë", stamp(1))])
    store.apply_remote([op(RECORD, DELETE_FIELD, True, stamp(2))])
    assert _row(vault, Participant, RECORD) is None
    store.apply_remote([op(RECORD, "note", "concurrent edit", stamp(3))])
    assert _row(vault, Participant, RECORD) is None
    with vault.transaction() as session:
        assert session.get(Tombstone, ("participant", RECORD)).kind == "deleted"


def test_snapshot_holds_fields_open_conflicts_and_erasure_markers(tmp_path) -> None:
    source, fresh = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    try:
        store = VaultSyncStore(source)
        people = ParticipantService(source)
        pid = people.create("Zoë", "van IJsselmuiden").id
        people.update_field(pid, "note", "mine")
        store.apply_remote([op(pid, "note", "theirs", stamp(60_000))])
        store.apply_remote([op(RECORD, "first_name", "gone", stamp(1))])
        store.apply_remote([op(RECORD, ERASE_FIELD, True, stamp(2))])
        snapshot = store.snapshot_operations()
        assert sum(o.field == ERASE_FIELD for o in snapshot) == 1
        assert [o.value for o in snapshot if o.field == "note"] == ["theirs", "mine"]
        assert all(o.record_id != RECORD or o.field == ERASE_FIELD for o in snapshot)
        VaultSyncStore(fresh).apply_remote(snapshot)
        assert ParticipantService(fresh).get(pid).note == "theirs"
        assert open_conflicts(fresh) == [(pid, "note", '"mine"')]
        assert _row(fresh, Participant, RECORD) is None
    finally:
        source.close()
        fresh.close()


def test_sync_state_and_team_keys_stay_in_the_vault(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    assert store.load_sync_state() == "" and store.load_team_keys() == {}
    store.save_sync_state('{"version":1}')
    store.save_team_keys({1: b"k" * 32, 2: b"j" * 32})
    store.save_team_keys({2: b"j" * 32})
    assert store.load_sync_state() == '{"version":1}'
    assert store.load_team_keys() == {2: b"j" * 32}


def test_operation_seqs_are_never_reused_after_a_purge(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    pid = ParticipantService(vault).create("Zoë").id
    published = store.local_operations_after(0)[-1][0]
    from desktop_app.services.gdpr import GdprService

    GdprService(vault).erase(pid)
    erasure = store.local_operations_after(published)
    assert [o.field for _, o in erasure] == [ERASE_FIELD]


def test_meetings_of_a_participant_erased_here_are_erased_on_arrival(vault: Vault) -> None:
    store = VaultSyncStore(vault)
    store.apply_remote([op(RECORD, "first_name", "Zoë", stamp(1))])
    store.apply_remote([op(RECORD, ERASE_FIELD, True, stamp(2))])
    meeting = "2" * 32
    late = [
        Operation("meeting", meeting, "participant_id", RECORD, stamp(3), OTHER),
        Operation("meeting", meeting, "coach_notes", "written before the erasure", stamp(4), OTHER),
    ]
    report = store.apply_remote(late)
    assert report.erased == 1
    assert _row(vault, Meeting, meeting) is None
    sent = [o for _, o in store.local_operations_after(0)]
    assert [(o.entity, o.field) for o in sent] == [("meeting", ERASE_FIELD)]
