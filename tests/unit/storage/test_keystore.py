"""keystore.json: wrap/unwrap, wrong passphrase vs damage, parameter bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.storage.keystore import (
    DamagedKeystore,
    KdfParams,
    Keystore,
    NewerKeystore,
    WrongPassphrase,
    fast_kdf_for_tests,
)

FAST = fast_kdf_for_tests()


def _saved(tmp_path: Path) -> tuple[Path, bytes]:
    store, dek = Keystore.create("river lantern seven", FAST)
    path = tmp_path / "keystore.json"
    store.save(path)
    return path, dek


def test_unwrap_returns_the_same_key(tmp_path: Path) -> None:
    path, dek = _saved(tmp_path)
    assert Keystore.load(path).unwrap("river lantern seven") == dek
    assert len(dek) == 32


def test_wrong_passphrase_is_told_apart_from_damage(tmp_path: Path) -> None:
    path, _ = _saved(tmp_path)
    with pytest.raises(WrongPassphrase) as info:
        Keystore.load(path).unwrap("river lantern eight")
    assert "passphrase" in info.value.message
    assert "damaged" not in info.value.message


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(wrapped_dek=d["wrapped_dek"][:-4] + "AAAA"),
        lambda d: d.update(salt="not base64!"),
        lambda d: d["kdf"].update(memory_kib=10**9),
        lambda d: d.pop("nonce"),
        lambda d: d.update(vault_id="x"),
        lambda d: d.update(format="something-else"),
    ],
)
def test_any_altered_field_is_reported_as_damage(tmp_path: Path, mutate) -> None:
    path, _ = _saved(tmp_path)
    doc = json.loads(path.read_text())
    mutate(doc)
    path.write_text(json.dumps(doc))
    with pytest.raises(DamagedKeystore):
        Keystore.load(path).unwrap("river lantern seven")


def test_damage_is_detected_even_when_the_hash_is_recomputed(tmp_path: Path) -> None:
    path, _ = _saved(tmp_path)
    store = Keystore.load(path)
    doc = store.to_json()
    doc["kdf"]["iterations"] = 0  # out of bounds
    body = {k: v for k, v in doc.items() if k != "sha256"}
    from desktop_app.storage.keystore import _digest

    doc["sha256"] = _digest(body)
    with pytest.raises(DamagedKeystore):
        Keystore.from_json(doc)


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"\xff\xfe\x00", b"[]", b'{"format": "opstart-keystore"}']
)
def test_truncated_or_garbage_files_are_damage(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "keystore.json"
    path.write_bytes(raw)
    with pytest.raises(DamagedKeystore):
        Keystore.load(path)


def test_missing_file_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(DamagedKeystore) as info:
        Keystore.load(tmp_path / "nope.json")
    assert "keystore.json" in info.value.message


def test_newer_version_is_refused_with_its_own_message(tmp_path: Path) -> None:
    path, _ = _saved(tmp_path)
    doc = json.loads(path.read_text())
    doc["version"] = 99
    path.write_text(json.dumps(doc))
    with pytest.raises(NewerKeystore):
        Keystore.load(path)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=32, iterations=1, lanes=1),
        KdfParams(memory_kib=4_000_000, iterations=2, lanes=2),
        KdfParams(memory_kib=1024, iterations=50, lanes=1),
        KdfParams(memory_kib=1024, iterations=1, lanes=0),
    ],
)
def test_parameters_out_of_bounds_are_refused(params: KdfParams) -> None:
    with pytest.raises(DamagedKeystore):
        params.validate()


def test_default_parameters_are_within_bounds() -> None:
    KdfParams().validate()


def test_rewrap_changes_the_passphrase_but_not_the_key(tmp_path: Path) -> None:
    path, dek = _saved(tmp_path)
    store = Keystore.load(path)
    store.rewrap(dek, "new harbour passphrase")
    store.save(path)
    reloaded = Keystore.load(path)
    assert reloaded.unwrap("new harbour passphrase") == dek
    with pytest.raises(WrongPassphrase):
        reloaded.unwrap("river lantern seven")


def test_device_copy_needs_the_right_secret(tmp_path: Path) -> None:
    path, dek = _saved(tmp_path)
    store = Keystore.load(path)
    secret = bytes(range(32))
    store.set_device_copy(dek, secret)
    store.save(path)
    reloaded = Keystore.load(path)
    assert reloaded.unwrap_device_copy(secret) == dek
    assert reloaded.unwrap_device_copy(bytes(32)) is None
    reloaded.clear_device_copy()
    assert reloaded.unwrap_device_copy(secret) is None
