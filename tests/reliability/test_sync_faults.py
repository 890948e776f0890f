"""Fault injection on the shared folder: every damaged file is detected, the rest still
applies, nothing crashes, nothing local is deleted, far-future clocks are contained."""

from __future__ import annotations

import random
import shutil
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from desktop_app.core.changes import Operation
from desktop_app.core.hlc import MAX_DRIFT_MS
from desktop_app.core.merge import ApplyReport
from desktop_app.sync.bundle import HEADER
from desktop_app.sync.engine import SyncStatus
from desktop_app.sync.protocol import ProblemCode
from tests.unit.sync.sync_harness import (
    START_MS,
    YEAR_MS,
    Device,
    FakeWall,
    devices_root,
    make_device,
    make_devices,
    new_shared,
)

REC = "1" * 32
BUNDLES = 8


def _author(tmp_path: Path) -> tuple[Device, Device]:
    a, b = make_devices(tmp_path, 2)
    for i in range(BUNDLES):
        a.wall.now += 1
        a.replica.edit("participant", REC, f"f{i}", f"value {i}")
        a.sync()
    return a, b


def _truncate(path: Path, rng: random.Random) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(len(data))])


def _flip(path: Path, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 4)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _append(path: Path, rng: random.Random) -> None:
    path.write_bytes(path.read_bytes() + rng.randbytes(rng.randint(1, 64)))


def _zero_tail(path: Path, rng: random.Random) -> None:
    # What a placeholder or an interrupted download often looks like.
    data = path.read_bytes()
    cut = rng.randrange(HEADER.size, len(data))
    path.write_bytes(data[:cut] + bytes(len(data) - cut))


MUTATIONS: list[Callable[[Path, random.Random], None]] = [_truncate, _flip, _append, _zero_tail]


@pytest.mark.parametrize("seed", range(25))
def test_every_mutated_bundle_is_detected_and_the_others_apply(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    a, b = _author(tmp_path)
    victims = rng.sample(range(1, BUNDLES + 1), 3)
    for seq in victims:
        rng.choice(MUTATIONS)(a.folder() / f"{seq}.bundle", rng)
    result = b.sync()
    flagged = {p.file_name.rsplit("/", 1)[1] for p in result.problems if p.code.value != "missing"}
    assert flagged == {f"{seq}.bundle" for seq in victims}
    for i in range(BUNDLES):
        expected = None if i + 1 in victims else f"value {i}"
        assert b.replica.value("participant", REC, f"f{i}") == expected


def test_duplicates_conflict_copies_and_strays_never_apply(tmp_path: Path) -> None:
    a, b = _author(tmp_path)
    other = make_device(tmp_path, new_shared(tmp_path))
    folder = a.folder()
    shutil.copy(folder / "2.bundle", folder / f"{BUNDLES + 1}.bundle")  # duplicate, renumbered
    shutil.copy(folder / "3.bundle", folder / "3.sync-conflict-20250102-030405-ABCDEFG.bundle")
    shutil.copy(folder / "4.bundle", folder / "4 (Mette's conflicted copy 2025-01-02).bundle")
    shutil.copy(folder / "5.bundle", folder / "5-DESKTOP-QX1.bundle")  # OneDrive style
    (folder / "Thumbs.db").write_bytes(b"\0" * 10)
    other.folder().mkdir(parents=True)
    shutil.copy(folder / "6.bundle", other.folder() / "1.bundle")  # moved between devices
    result = b.sync()
    codes = sorted((p.code.value, p.file_name.rsplit("/", 1)[1]) for p in result.problems)
    assert codes == [
        ("conflict_copy", "3.sync-conflict-20250102-030405-ABCDEFG.bundle"),
        ("conflict_copy", "4 (Mette's conflicted copy 2025-01-02).bundle"),
        ("unknown_file", "5-DESKTOP-QX1.bundle"),
        ("unknown_file", "Thumbs.db"),
        ("wrong_place", "1.bundle"),
        ("wrong_place", f"{BUNDLES + 1}.bundle"),
    ]
    assert result.applied == BUNDLES and result.status is SyncStatus.OK


def test_swapping_two_bundles_ciphertexts_fails_authentication(tmp_path: Path) -> None:
    a, b = _author(tmp_path)
    first, second = a.folder() / "3.bundle", a.folder() / "4.bundle"
    one, two = first.read_bytes(), second.read_bytes()
    assert len(one) == len(two)
    first.write_bytes(one[: HEADER.size] + two[HEADER.size :])
    second.write_bytes(two[: HEADER.size] + one[HEADER.size :])
    result = b.sync()
    assert sorted(p.code for p in result.problems if p.code is not ProblemCode.MISSING) == [
        ProblemCode.AUTH_FAILED,
        ProblemCode.AUTH_FAILED,
    ]


def test_emptying_the_share_mid_sync_deletes_nothing(tmp_path: Path) -> None:
    a, b, c = make_devices(tmp_path, 3)
    b.replica.edit("participant", REC, "name", "mine")
    b.sync()
    for device in (a, c):
        device.replica.edit("participant", device.id, "name", f"from {device.id}")
        device.sync()
    fields_before = len(b.replica.fields)
    original = b.replica.apply_remote

    def apply_then_vanish(ops: Sequence[Operation]) -> ApplyReport:
        report = original(ops)
        shutil.rmtree(tmp_path / "Opstart", ignore_errors=True)
        return report

    b.replica.apply_remote = apply_then_vanish  # type: ignore[method-assign]
    b.replica.edit("participant", REC, "phone", "queued")
    result = b.sync()
    assert result.status is SyncStatus.OFFLINE
    assert len(b.replica.fields) == fields_before + 2  # one device read before it vanished
    assert not (tmp_path / "Opstart").exists()  # nothing written into the empty mount point
    b.replica.apply_remote = original  # type: ignore[method-assign]
    (tmp_path / "Opstart").mkdir()
    assert b.sync().status is SyncStatus.OFFLINE
    assert len(b.replica.fields) == fields_before + 2
    assert b.replica.value("participant", REC, "name") == "mine"
    assert len(b.replica.local_operations_after(1)) == 1  # still queued for later


def test_an_empty_devices_folder_deletes_nothing(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "Kim")
    a.sync()
    b.sync()
    shutil.rmtree(devices_root(tmp_path))
    devices_root(tmp_path).mkdir()
    assert b.sync().applied == 0
    assert b.replica.value("participant", REC, "name") == "Kim"


def test_far_future_stamps_are_clamped_and_later_real_edits_win(tmp_path: Path) -> None:
    team = new_shared(tmp_path)
    skewed = make_device(tmp_path, team, wall=FakeWall(START_MS + YEAR_MS))
    honest = make_device(tmp_path, team)
    bystander = make_device(tmp_path, team)
    skewed.replica.edit("participant", REC, "name", "from next year")
    skewed.sync()
    result = honest.sync()
    assert [p.code for p in result.problems] == [ProblemCode.CLOCK_AHEAD]
    assert honest.replica.clock.clamped == 1
    assert honest.replica.clock.now().wall_ms <= START_MS + MAX_DRIFT_MS + 1
    honest.wall.now += 60_000
    honest.replica.edit("participant", REC, "name", "corrected a minute later")
    honest.replica.edit("participant", REC, "phone", "unrelated field")
    phone = honest.replica.fields[("participant", REC, "phone")]
    assert int(phone.hlc[:13]) < START_MS + YEAR_MS  # other fields keep sane stamps
    for device in (honest, skewed, bystander, honest, skewed, bystander):
        device.sync()
    for device in (honest, skewed, bystander):
        assert device.replica.value("participant", REC, "name") == "corrected a minute later"


def test_unreadable_files_are_retried_not_quarantined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _author(tmp_path)
    import builtins

    real_open = builtins.open

    def flaky_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file).endswith("/2.bundle"):
            raise OSError(5, "Input/output error (cloud placeholder)")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", flaky_open)
    first = b.sync()
    assert ProblemCode.UNREADABLE in {p.code for p in first.problems}
    monkeypatch.undo()
    assert b.sync().applied == 1
    assert b.replica.value("participant", REC, "f1") == "value 1"


def test_concurrent_sync_calls_are_serialised(tmp_path: Path) -> None:
    a, b = make_devices(tmp_path, 2)
    for i in range(50):
        a.replica.edit("participant", REC, f"f{i}", i)
    a.engine.ops_per_bundle = 5
    threads = [threading.Thread(target=a.sync) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    names = sorted(int(p.name.split(".")[0]) for p in a.folder().iterdir())
    assert names == list(range(1, 11))
    assert b.sync().applied == 50
