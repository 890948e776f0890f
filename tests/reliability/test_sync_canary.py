"""SECURITY.md: nothing personal is readable in the shared folder, in names or in bytes."""

from __future__ import annotations

import secrets
import zlib
from pathlib import Path

import pytest

from desktop_app.sync.bundle import HEADER
from desktop_app.sync.compaction import CompactionPolicy
from tests.canary import encodings_of, scan
from tests.unit.sync.sync_harness import bundle_files, make_device, new_shared, sync_all


def test_no_canary_in_the_shared_folder(tmp_path: Path) -> None:
    canaries = [
        f"Søren Ærø {secrets.token_hex(6)}",
        f"Zoë van IJsselmuiden {secrets.token_hex(6)}",
        f"Şükrü Yılmaz gæld og helbred {secrets.token_hex(6)}",
        f"Małgorzata {secrets.token_hex(6)}",
    ]
    team = new_shared(tmp_path)
    devices = [make_device(tmp_path, team, policy=CompactionPolicy(max_bundles=3)) for _ in "abc"]
    record_ids = [secrets.token_hex(16) for _ in canaries]
    for round_ in range(4):
        for i, device in enumerate(devices):
            device.wall.now += 1
            for record, canary in zip(record_ids, canaries, strict=True):
                device.replica.edit("participant", record, "name", f"{canary} {round_}")
                device.replica.edit("participant", record, "note", {"text": canary, "n": i})
        sync_all(devices, rounds=1)
    devices[0].replica.edit("participant", record_ids[0], "phone", canaries[0])
    sync_all(devices)  # that last bundle is small: sealed without compression
    assert any(d.replica.conflicts for d in devices)  # losers were written and shipped too
    assert scan(tmp_path, canaries) == []
    for path in bundle_files(tmp_path):
        # Compression must not be what hides the text: the body is not a zlib stream.
        with pytest.raises(zlib.error):
            zlib.decompress(path.read_bytes()[HEADER.size :])
    everything = " ".join(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    for canary in canaries:
        assert canary not in everything
    for device in devices:  # the sync state kept in the vault holds ids and numbers only
        state = device.replica.sync_state.encode("utf-8")
        assert not [c for c in canaries for form in encodings_of(c) if form in state]
