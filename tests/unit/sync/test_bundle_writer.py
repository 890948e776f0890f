"""BundleWriter: temp names readers skip, fsync, rename retries, immutability."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app import atomic_io
from desktop_app.sync.bundle import BundleKind
from desktop_app.sync.writer import (
    BundleWriter,
    SeqTakenError,
    is_temp_name,
    replace_with_retry,
)


def test_publish_leaves_only_the_bundle(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path / "dev")
    path = writer.publish(b"payload", 1, BundleKind.OPS)
    assert path.name == "1.bundle" and path.read_bytes() == b"payload"
    assert os.listdir(tmp_path / "dev") == ["1.bundle"]
    assert writer.highest_seq() == 1


def test_staged_files_have_names_sync_clients_and_readers_skip(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path)
    staged = writer.stage(b"x")
    assert staged.name.startswith(".~") and staged.name.endswith(".tmp")
    assert is_temp_name(staged.name)
    assert writer.remove_stale_temps() == 1 and not staged.exists()


def test_published_bundles_are_never_overwritten(tmp_path: Path) -> None:
    writer = BundleWriter(tmp_path)
    writer.publish(b"first", 3, BundleKind.OPS)
    for kind in BundleKind:
        with pytest.raises(SeqTakenError):
            writer.publish(b"second", 3, kind)
    assert (tmp_path / "3.bundle").read_bytes() == b"first"
    assert sorted(os.listdir(tmp_path)) == ["3.bundle"]


def test_file_and_folder_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    BundleWriter(tmp_path).publish(b"x", 1, BundleKind.OPS)
    assert len(synced) >= (1 if os.name == "nt" else 2)


def test_rename_is_retried_while_the_file_is_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real_replace = os.replace

    def flaky(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] < 3:
            raise PermissionError("held by antivirus")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    monkeypatch.setattr(atomic_io, "_RETRY_DELAY_S", 0.0)
    BundleWriter(tmp_path).publish(b"x", 1, BundleKind.OPS)
    assert calls["n"] == 3 and (tmp_path / "1.bundle").exists()


def test_rename_gives_up_after_a_bounded_number_of_tries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def held(src: Path, dst: Path) -> None:
        raise PermissionError("held for ever")

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(atomic_io, "_RETRY_DELAY_S", 0.0)
    with pytest.raises(PermissionError):
        BundleWriter(tmp_path).publish(b"x", 1, BundleKind.OPS)
    assert os.listdir(tmp_path) == []  # the staged file is cleaned up too
    with pytest.raises(PermissionError):
        replace_with_retry(tmp_path / "a", tmp_path / "b")
