"""Property test: the vault's store merges exactly like MemoryReplica, the executable spec.

Three authors edit two records (names, notes, deletes, now and then an erasure) and
exchange some changes among themselves, so edits are made on top of each other's. A
receiver then gets every authored operation in random batches, reordered and duplicated.
The real vault and a MemoryReplica fed the same batches end in the same state: the same
value and stamp for every field, the same conflicts, the same erasures.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.changes import DELETE_FIELD, ERASE_FIELD, Operation
from desktop_app.core.merge import MemoryReplica
from desktop_app.storage.sync_store import VaultSyncStore
from tests.unit.storage.sync_vaults import make_vault
from tests.unit.sync.sync_harness import START_MS, FakeWall

FIELDS = ["first_name", "note", DELETE_FIELD]


def _key(op: Operation) -> tuple[str, str, str, str, str]:
    return (op.entity, op.record_id, op.field, json.dumps(op.value), op.hlc)


def _state(ops: list[Operation], records: set[str]) -> list[tuple[str, str, str, str, str]]:
    return sorted(_key(op) for op in ops if op.record_id in records)


def _reviewable(reference: MemoryReplica) -> list[Operation]:
    # The vault does not list a loser whose value equals the current one: nothing to review.
    ops = list(reference.fields.values()) + list(reference.erased.values())
    for (key, _hlc), entry in reference.conflicts.items():
        current = reference.fields.get(key)
        if current is None or json.dumps(current.value) != json.dumps(entry.op.value):
            ops.append(entry.op)
    return ops


def test_vault_store_merges_like_the_reference(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "receiver")
    store = VaultSyncStore(vault)

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        records = [uuid.uuid4().hex, uuid.uuid4().hex]
        wall = FakeWall(START_MS)
        authors = [MemoryReplica(wall_clock=wall) for _ in range(3)]
        serial = 0
        for _ in range(data.draw(st.integers(1, 25))):
            wall.now += data.draw(st.sampled_from([0, 1, 1000]))
            author = data.draw(st.sampled_from(authors))
            record = data.draw(st.sampled_from(records))
            if ("participant", record) in author.erased:
                continue
            action = data.draw(st.sampled_from(["edit"] * 8 + ["share", "erase"]))
            if action == "erase":
                author.erase("participant", record)
            elif action == "share":
                other = data.draw(st.sampled_from(authors))
                other.apply_remote([op for _, op in author.log])
            else:
                field = data.draw(st.sampled_from(FIELDS))
                serial += 1  # unique values: a taken-back loser never looks current by chance
                value = True if field == DELETE_FIELD else f"v{serial}"
                author.edit("participant", record, field, value)
        authored = [op for author in authors for _, op in author.log]
        extra = data.draw(st.lists(st.sampled_from(authored), max_size=80)) if authored else []
        delivered = data.draw(st.permutations(extra + authored))  # duplicates, any order
        batches = data.draw(st.lists(st.integers(1, 12), min_size=1, max_size=8))
        reference = MemoryReplica()
        start = 0
        for size in [*batches, len(delivered)]:
            batch = delivered[start : start + size]
            start += size
            reference.apply_remote(batch)
            store.apply_remote(batch)
        ids = set(records)
        assert _state(store.snapshot_operations(), ids) == _state(_reviewable(reference), ids)
        erased = {r for (e, r) in reference.erased if r in ids}
        assert {o.record_id for o in store.snapshot_operations()
                if o.field == ERASE_FIELD and o.record_id in ids} == erased  # fmt: skip

    try:
        check()
    finally:
        vault.close()
