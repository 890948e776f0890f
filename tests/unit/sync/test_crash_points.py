"""A process death at each step of publishing: the next run carries on correctly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.sync import writer as writer_module
from desktop_app.sync.engine import SyncEngine
from desktop_app.sync.protocol import SyncState
from tests.unit.sync.sync_harness import decrypt_folder, make_devices

REC = "1" * 32


class Crash(BaseException):
    """Stands in for kill -9: nothing after it runs, no handler catches it."""


def _die(*_: object, **__: object) -> None:
    raise Crash


@pytest.mark.parametrize(
    "point", ["write_temp", "reserve", "replace_with_retry", "fsync_directory", "after_commit"]
)
def test_a_death_at_any_step_of_publishing_is_recovered(
    tmp_path: Path, point: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_devices(tmp_path, 2)
    a.replica.edit("participant", REC, "name", "one")
    a.sync()
    published = {p.name: hashlib.sha256(p.read_bytes()).digest() for p in a.folder().iterdir()}
    a.replica.edit("participant", REC, "name", "two")
    saves = {"n": 0}
    real_save = a.replica.save_sync_state

    def save(state: str) -> None:
        saves["n"] += 1
        stage = SyncState.from_text(state)
        if point == "reserve" and saves["n"] == 1:
            raise Crash  # before the reservation is durable
        real_save(state)
        if point == "after_commit" and stage.last_published_seq == 2:
            raise Crash  # bundle and state saved, but the round did not finish

    monkeypatch.setattr(a.replica, "save_sync_state", save)
    if point in {"write_temp", "replace_with_retry", "fsync_directory"}:
        monkeypatch.setattr(writer_module, point, _die)
    with pytest.raises(Crash):
        a.sync()
    monkeypatch.undo()
    restarted = SyncEngine(a.replica, tmp_path)  # a new process: fresh engine, saved state
    a.replica.edit("participant", REC, "phone", "three")
    restarted.sync_now()
    for name, digest in published.items():  # a snapshot may have replaced it, never a rewrite
        if (a.folder() / name).exists():
            assert hashlib.sha256((a.folder() / name).read_bytes()).digest() == digest
    b.sync()
    assert b.replica.digest() == a.replica.digest()
    assert decrypt_folder(tmp_path)
    state = SyncState.from_text(b.replica.sync_state)
    assert state.ahead == {} and state.cursors[a.id] >= 2
