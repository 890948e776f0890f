"""The bundle envelope: round trip, names, and a typed error for every kind of damage."""

from __future__ import annotations

import json
import os
import zlib

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.changes import Operation
from desktop_app.core.hlc import HlcTimestamp
from desktop_app.sync import bundle as bundle_module
from desktop_app.sync.bundle import (
    HEADER,
    MAGIC,
    BundleError,
    BundleKind,
    bundle_name,
    decode_bundle,
    encode_bundle,
    parse_bundle_name,
)
from desktop_app.sync.protocol import ProblemCode

WS, DEV, OTHER = "f" * 32, "d" * 32, "e" * 32
KEY = bytes(range(32))
KEYS = {1: KEY}


def ops(count: int, device: str = DEV, text: str = "value") -> list[Operation]:
    return [
        Operation("participant", "1" * 32, f"f{i}", f"{text} {i}",
                  HlcTimestamp(1_000 + i, 0, device).encode(), device)
        for i in range(count)
    ]  # fmt: skip


def seal(operations: list[Operation], seq: int = 7, kind: BundleKind = BundleKind.OPS) -> bytes:
    return encode_bundle(
        key=KEY, epoch=1, workspace_id=WS, device_id=DEV, seq=seq, kind=kind, operations=operations
    )


def open_(
    data: bytes, seq: int = 7, device: str = DEV, kind: BundleKind = BundleKind.OPS
) -> list[Operation]:
    where = {"workspace_id": WS, "device_id": device, "seq": seq, "kind": kind}
    return decode_bundle(data, keys=KEYS, **where).operations  # type: ignore[arg-type]


def seal_raw(payload: bytes, seq: int = 7, flags: int = 0) -> bytes:
    nonce = os.urandom(12)
    header = HEADER.pack(MAGIC, 1, 1, flags, 0, 1, seq, bytes.fromhex(WS), bytes.fromhex(DEV),
                         nonce, len(payload) + 16)  # fmt: skip
    return header + AESGCM(KEY).encrypt(nonce, payload, header)


def code_of(data: bytes, **where: object) -> ProblemCode:
    with pytest.raises(BundleError) as caught:
        open_(data, **where)  # type: ignore[arg-type]
    return caught.value.problem


def test_round_trip_small_and_large_with_compression() -> None:
    small, large = ops(2), ops(500)
    assert open_(seal(small)) == small
    data = seal(large)
    assert data[6] & 1  # flags: compressed
    assert open_(data) == large
    assert open_(seal([], kind=BundleKind.SNAPSHOT), kind=BundleKind.SNAPSHOT) == []


def test_names_are_canonical_numbers_only() -> None:
    assert bundle_name(42, BundleKind.OPS) == "42.bundle"
    assert parse_bundle_name("42.snapshot") == (42, BundleKind.SNAPSHOT)
    bad_names = [
        "042.bundle", "0.bundle", "4.2.bundle", "x.bundle", "42.bundle.tmp", "42", "42.Bundle",
        "42 (conflicted copy 2024-05-01).bundle", "42.sync-conflict-20240501-1.bundle",
        "\u0664\u0662.bundle", ".42.bundle", "9" * 20 + ".bundle",
    ]  # fmt: skip
    for bad in bad_names:
        assert parse_bundle_name(bad) is None, bad


def test_every_truncation_is_detected() -> None:
    data = seal(ops(3))
    for length in range(len(data)):
        assert code_of(data[:length]) in {ProblemCode.TRUNCATED, ProblemCode.DAMAGED}


def test_every_single_bit_flip_is_detected() -> None:
    data = seal(ops(3))
    for index in range(len(data)):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[index] ^= 1 << bit
            with pytest.raises(BundleError):
                open_(bytes(damaged))


def test_extra_bytes_are_refused() -> None:
    assert code_of(seal(ops(1)) + b"\0") is ProblemCode.BAD_LENGTH


def test_swapped_ciphertexts_fail_authentication() -> None:
    first, second = seal(ops(2, text="aaaa"), seq=7), seal(ops(2, text="bbbb"), seq=8)
    assert len(first) == len(second)
    assert code_of(first[: HEADER.size] + second[HEADER.size :]) is ProblemCode.AUTH_FAILED
    assert code_of(second[: HEADER.size] + first[HEADER.size :], seq=8) is ProblemCode.AUTH_FAILED


def test_a_bundle_in_the_wrong_place_is_refused() -> None:
    data = seal(ops(1))
    assert code_of(data, seq=8) is ProblemCode.WRONG_PLACE
    assert code_of(data, device=OTHER) is ProblemCode.WRONG_PLACE
    assert code_of(data, kind=BundleKind.SNAPSHOT) is ProblemCode.WRONG_PLACE  # renamed
    with pytest.raises(BundleError) as caught:
        decode_bundle(
            data, keys=KEYS, workspace_id=OTHER, device_id=DEV, seq=7, kind=BundleKind.OPS
        )
    assert caught.value.problem is ProblemCode.WRONG_PLACE


def test_unknown_epoch_and_wrong_key() -> None:
    data = seal(ops(1))
    with pytest.raises(BundleError) as caught:
        decode_bundle(
            data, keys={2: KEY}, workspace_id=WS, device_id=DEV, seq=7, kind=BundleKind.OPS
        )
    assert caught.value.problem is ProblemCode.UNKNOWN_EPOCH
    with pytest.raises(BundleError) as caught:
        decode_bundle(
            data, keys={1: bytes(32)}, workspace_id=WS, device_id=DEV, seq=7, kind=BundleKind.OPS
        )
    assert caught.value.problem is ProblemCode.AUTH_FAILED


def test_newer_format_is_reported_as_such() -> None:
    data = bytearray(seal(ops(1)))
    data[4] = 2
    assert code_of(bytes(data)) is ProblemCode.NEWER_FORMAT


def test_authentic_but_invalid_payloads_are_refused() -> None:
    assert code_of(seal_raw(b'{"not": "a list"}')) is ProblemCode.BAD_PAYLOAD
    assert code_of(seal_raw(b"\xff\xfe")) is ProblemCode.BAD_PAYLOAD
    assert code_of(seal_raw(b"[1, 2]")) is ProblemCode.BAD_PAYLOAD
    assert code_of(seal_raw(b"not zlib", flags=1)) is ProblemCode.BAD_PAYLOAD
    assert code_of(seal(ops(1, device=OTHER))) is ProblemCode.BAD_PAYLOAD  # not its author
    odd = ops(1)[0].to_json()
    odd["hlc"] = odd["hlc"].replace("-0000-", "-000A-")  # same clock, other text order
    odd["device_id"] = DEV
    assert code_of(seal_raw(json.dumps([odd]).encode())) is ProblemCode.BAD_PAYLOAD


def test_snapshots_may_carry_other_devices_operations() -> None:
    mixed = ops(1) + ops(1, device=OTHER)
    assert open_(seal(mixed, kind=BundleKind.SNAPSHOT), kind=BundleKind.SNAPSHOT) == mixed


def test_decompression_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_PAYLOAD", 1000)
    bomb = zlib.compress(json.dumps(["x" * 100_000]).encode())
    assert code_of(seal_raw(bomb, flags=1)) is ProblemCode.TOO_LARGE
