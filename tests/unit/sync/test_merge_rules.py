"""Field-level LWW rules (core/merge.py) and the MemoryReplica reference store."""

from __future__ import annotations

import itertools

from desktop_app.core.changes import DELETE_FIELD, ERASE_FIELD, Operation
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.core.merge import (
    MemoryReplica,
    Outcome,
    Stamp,
    decide,
    stamp_for_local_edit,
)
from desktop_app.sync.protocol import LocalStore
from tests.unit.sync.sync_harness import START_MS, YEAR_MS, FakeWall

A, B = "a" * 32, "b" * 32
REC = "1" * 32


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return HlcTimestamp(wall, counter, device).encode()


def op(
    wall: int, device: str, value: object = "v", field: str = "name", base: str = ""
) -> Operation:
    return Operation("participant", REC, field, value, stamp(wall, device), device, base)


def test_first_value_applies_and_the_same_op_again_is_a_duplicate() -> None:
    incoming = op(10, A)
    assert decide(incoming, None, None).outcome is Outcome.APPLY
    assert decide(incoming, Stamp(incoming.hlc), None).outcome is Outcome.DUPLICATE


def test_newer_edit_made_on_top_of_the_current_value_is_not_a_conflict() -> None:
    current = Stamp(stamp(10, A))
    decision = decide(op(20, B, base=current.hlc), current, None)
    assert decision.outcome is Outcome.APPLY and not decision.displaced_is_conflict


def test_newer_concurrent_edit_wins_and_keeps_the_replaced_value_as_a_conflict() -> None:
    decision = decide(op(20, B, base=stamp(5, A)), Stamp(stamp(10, A)), None)
    assert decision.outcome is Outcome.APPLY and decision.displaced_is_conflict


def test_a_device_replacing_its_own_value_is_in_order() -> None:
    decision = decide(op(20, A), Stamp(stamp(10, A)), None)
    assert decision.outcome is Outcome.APPLY and not decision.displaced_is_conflict


def test_older_concurrent_edit_loses_into_the_conflict_list() -> None:
    assert decide(op(10, B), Stamp(stamp(20, A)), None).outcome is Outcome.CONFLICT


def test_older_edit_that_the_current_value_was_written_on_is_superseded() -> None:
    older = op(10, B)
    assert decide(older, Stamp(stamp(20, A), base=older.hlc), None).outcome is Outcome.SUPERSEDED
    assert decide(op(10, A), Stamp(stamp(20, A)), None).outcome is Outcome.SUPERSEDED


def test_erasure_beats_every_edit_whatever_the_clocks_say() -> None:
    erase = Operation("participant", REC, ERASE_FIELD, True, stamp(1, A), A)
    assert decide(erase, Stamp(stamp(10**12, B)), None).outcome is Outcome.ERASE
    later_edit = op(10**12 + 1, B)
    assert decide(later_edit, Stamp(stamp(1, B)), erase.hlc).outcome is Outcome.ERASED
    assert decide(erase, None, erase.hlc).outcome is Outcome.DUPLICATE


def test_local_edit_stamp_sorts_after_a_far_future_value() -> None:
    now = HlcTimestamp(START_MS, 0, A)
    assert stamp_for_local_edit(now, None) == now
    assert stamp_for_local_edit(now, stamp(START_MS - 1, B)) == now
    ahead = stamp(START_MS + YEAR_MS, B, counter=3)
    bumped = stamp_for_local_edit(now, ahead)
    assert bumped.encode() > ahead and bumped.device_id == A
    full = stamp(START_MS + YEAR_MS, B, counter=0xFFFF)
    assert stamp_for_local_edit(now, full).encode() > full


def test_memory_replica_satisfies_the_local_store_protocol() -> None:
    store: LocalStore = MemoryReplica()
    assert isinstance(store, LocalStore)


def _exchange(*replicas: MemoryReplica) -> None:
    for source, target in itertools.permutations(replicas, 2):
        target.apply_remote([o for _, o in source.local_operations_after(0)])


def test_concurrent_edits_converge_and_the_loser_is_kept_on_both_sides() -> None:
    wall = FakeWall()
    a, b = MemoryReplica(A, wall), MemoryReplica(B, wall)
    first = a.edit("participant", REC, "name", "Anna")
    wall.now += 1
    second = b.edit("participant", REC, "name", "Anne")
    _exchange(a, b)
    assert a.digest() == b.digest()
    assert a.value("participant", REC, "name") == "Anne"
    for replica in (a, b):
        losers = [entry.op for entry in replica.conflicts.values()]
        assert losers == [first] and replica.fields[("participant", REC, "name")] == second


def test_apply_is_idempotent_and_order_independent() -> None:
    wall = FakeWall()
    a, b = MemoryReplica(A, wall), MemoryReplica(B, wall)
    ops = []
    for i in range(6):
        wall.now += 1
        ops.append((a if i % 2 else b).edit("participant", REC, f"f{i % 3}", i))
    forward, backward = MemoryReplica(wall_clock=wall), MemoryReplica(wall_clock=wall)
    forward.apply_remote(ops)
    again = forward.apply_remote(ops)
    backward.apply_remote(list(reversed(ops)))
    assert forward.digest() == backward.digest()
    assert again.applied == 0 and again.conflicts == 0


def test_erasure_purges_fields_conflicts_and_unsent_edits_and_drops_later_ones() -> None:
    wall = FakeWall()
    a, b = MemoryReplica(A, wall), MemoryReplica(B, wall)
    a.edit("participant", REC, "name", "Secret")
    b.edit("participant", REC, "name", "Other")
    _exchange(a, b)
    wall.now += 10
    late = b.edit("participant", REC, "note", "written after, clock ahead")
    erasure = a.erase("participant", REC)
    report = b.apply_remote([erasure])
    assert report.erased == 1
    for replica in (a, b):
        assert not [k for k in replica.fields if k[1] == REC]
        assert not replica.conflicts
        assert [o.field for _, o in replica.local_operations_after(0)] in ([], [ERASE_FIELD])
    assert a.apply_remote([late]).dropped_erased == 1
    assert a.digest() == b.digest()
    assert all(o.value is True for o in a.snapshot_operations())


def test_delete_is_a_tombstone_field_and_a_later_undelete_wins() -> None:
    wall = FakeWall()
    a, b = MemoryReplica(A, wall), MemoryReplica(B, wall)
    a.edit("participant", REC, "name", "Kim")
    _exchange(a, b)
    wall.now += 1
    b.delete("participant", REC)
    _exchange(a, b)
    assert a.value("participant", REC, DELETE_FIELD) is True
    assert a.value("participant", REC, "name") == "Kim"  # kept: a delete is not an erasure
    wall.now += 1
    a.edit("participant", REC, DELETE_FIELD, False)
    _exchange(a, b)
    assert b.value("participant", REC, DELETE_FIELD) is False


def test_local_edit_on_a_far_future_value_wins_everywhere() -> None:
    wall = FakeWall()
    ahead = MemoryReplica(A, FakeWall(START_MS + YEAR_MS))
    honest, third = MemoryReplica(B, wall), MemoryReplica(wall_clock=wall)
    skewed = ahead.edit("participant", REC, "name", "from the future")
    honest.apply_remote([skewed])
    honest.observe(HlcTimestamp.decode(skewed.hlc))
    assert honest.clock.clamped == 1
    fix = honest.edit("participant", REC, "name", "corrected later")
    assert honest.clock.now().wall_ms < START_MS + YEAR_MS  # our clock was not dragged along
    third.apply_remote([fix, skewed])
    ahead.apply_remote([fix])
    for replica in (ahead, honest, third):
        assert replica.value("participant", REC, "name") == "corrected later"
