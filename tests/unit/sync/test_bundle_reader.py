"""Reading device folders: order by sequence only, gaps wait, strays reported once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app.sync.protocol import ProblemCode, SyncState
from desktop_app.sync.reader import SNAPSHOT_JUMP, classify_stray
from tests.unit.sync.sync_harness import Device, make_devices

REC = "1" * 32


def publish(device: Device, count: int, field: str = "f") -> None:
    """`count` bundles of one edit each."""
    for i in range(count):
        device.wall.now += 1
        device.replica.edit("participant", REC, f"{field}{i}", i)
        device.sync()


def cursor(device: Device, of: Device) -> int:
    return SyncState.from_text(device.replica.sync_state).cursors.get(of.id, 0)


def test_stray_names_are_classified() -> None:
    assert classify_stray("3.sync-conflict-20250101-101010-ABCDEFG.bundle") is (
        ProblemCode.CONFLICT_COPY
    )
    assert classify_stray("3 (Kim's conflicted copy 2025-01-01).bundle") is (
        ProblemCode.CONFLICT_COPY
    )
    assert classify_stray("desktop.ini") is ProblemCode.UNKNOWN_FILE


def test_strays_are_reported_once_and_never_applied(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 1)
    shutil.copy(a.folder() / "1.bundle", a.folder() / "1 (conflicted copy).bundle")
    (a.folder() / "notes.txt").write_text("hello")
    (a.folder().parent / "desktop.ini").write_bytes(b"\0")
    (a.folder().parent / ".DS_Store").write_bytes(b"\0")  # hidden files: silently skipped
    (a.folder() / "~syncthing~2.bundle.tmp").write_bytes(b"\0")
    first = b.sync()
    assert sorted(p.code.value for p in first.problems) == [
        "conflict_copy",
        "unknown_file",
        "unknown_file",
    ]
    assert first.applied == 1 and first.skipped == 3
    assert b.sync().problems == []


def test_temp_files_are_skipped_silently(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 1)
    (a.folder() / ".~tmp-0123456789abcdef.tmp").write_bytes(b"half a bundle")
    result = b.sync()
    assert result.problems == [] and result.applied == 1


def test_a_gap_waits_and_later_bundles_still_apply(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 3)
    hidden = tmp_path / "in-transit"
    shutil.move(a.folder() / "2.bundle", hidden)
    result = b.sync()
    assert result.applied == 2
    assert [(p.code, p.file_name.rsplit("/", 1)[1]) for p in result.problems] == [
        (ProblemCode.MISSING, "2.bundle")
    ]
    assert cursor(b, a) == 1
    shutil.move(hidden, a.folder() / "2.bundle")
    assert b.sync().applied == 1
    assert cursor(b, a) == 3
    assert SyncState.from_text(b.replica.sync_state).ahead == {}


def test_a_partial_download_is_quarantined_until_it_completes(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 1)
    path = a.folder() / "1.bundle"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    first = b.sync()
    assert [p.code for p in first.problems] == [ProblemCode.TRUNCATED]
    assert b.sync().problems == []  # quarantined: not reported again
    path.write_bytes(whole)
    assert b.sync().applied == 1


def test_file_times_do_not_matter(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 3)
    for i, path in enumerate(sorted(a.folder().iterdir())):
        stamp = [0, 4_000_000_000, 1][i]
        os.utime(path, (stamp, stamp))
    assert b.sync().applied == 3


def test_a_new_file_is_found_after_no_op_rounds(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 2)
    b.sync()
    assert b.sync().applied == 0
    publish(a, 1, field="g")
    assert b.sync().applied == 1


def test_newcomer_reads_a_far_snapshot_instead_of_every_bundle(tmp_path: Path) -> None:
    a, b, c = make_devices(tmp_path, 3)
    publish(a, SNAPSHOT_JUMP + 5)
    b.sync()
    state = SyncState.from_text(a.replica.sync_state)
    state.snapshot_due = True
    a.replica.sync_state = state.to_text()
    a.sync()  # publishes a snapshot and removes what it covers
    names = sorted(p.name for p in a.folder().iterdir())
    assert names == [f"{SNAPSHOT_JUMP + 6}.snapshot"]
    assert c.sync().applied == SNAPSHOT_JUMP + 5
    assert cursor(c, a) == SNAPSHOT_JUMP + 6
    assert b.sync().applied == 0 and cursor(b, a) == SNAPSHOT_JUMP + 6
    assert b.replica.digest() == c.replica.digest() == a.replica.digest()


def test_a_damaged_bundle_is_healed_by_its_authors_next_snapshot(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    publish(a, 3)
    damaged = bytearray((a.folder() / "2.bundle").read_bytes())
    damaged[-1] ^= 1
    (a.folder() / "2.bundle").write_bytes(bytes(damaged))
    (a.folder() / "odd#name.txt").write_text("x")
    first = b.sync()
    assert {p.code for p in first.problems} >= {ProblemCode.AUTH_FAILED, ProblemCode.MISSING}
    assert b.replica.value("participant", REC, "f1") is None and cursor(b, a) == 1
    assert b.sync().problems == []  # each reported once
    state = SyncState.from_text(a.replica.sync_state)
    state.snapshot_due = True
    a.replica.sync_state = state.to_text()
    a.sync()
    b.sync()
    assert b.replica.value("participant", REC, "f1") == 1
    kept = SyncState.from_text(b.replica.sync_state)
    assert list(kept.quarantined.values()) == ["unknown_file"] and kept.ahead == {}
