"""The bundle envelope: a binary header, then JSON operations sealed with AES-256-GCM.

Layout (big-endian), all of the header is the AEAD associated data:

    magic "OPSB" | format u8 | kind u8 | flags u8 | reserved u8 (0) | epoch u32 | seq u64
    | workspace id 16 bytes | device id 16 bytes | nonce 12 bytes | ciphertext length u32
    | ciphertext (payload + 16-byte tag)

The payload is a UTF-8 JSON list of `Operation.to_json()`, zlib-compressed when flag bit 0
is set. Binding the header as AAD ties a ciphertext to its workspace, device, sequence and
format: moving, renaming or swapping ciphertexts fails authentication.
"""

from __future__ import annotations

import json
import os
import re
import struct
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.changes import Operation
from desktop_app.core.errors import OpstartError
from desktop_app.sync.protocol import ProblemCode

MAGIC = b"OPSB"
FORMAT_VERSION = 1
HEADER = struct.Struct(">4sBBBBIQ16s16s12sI")
TAG_SIZE = 16
MAX_CIPHERTEXT = 256 * 1024 * 1024
MAX_PAYLOAD = 512 * 1024 * 1024  # after decompression: refuses zip bombs
_FLAG_ZLIB = 0x01
_COMPRESS_FROM = 512  # bytes; smaller payloads rarely shrink
_MAX_SEQ = 10**19 - 1
_ID = re.compile(r"[0-9a-f]{32}")
# Exactly what HlcTimestamp.encode() writes for a device id, so text order is clock order.
_STAMP = re.compile(r"[0-9]{13}-[0-9a-f]{4}-([0-9a-f]{32})")


class BundleKind(IntEnum):
    """An ordinary bundle of new operations, or a snapshot of a device's whole state."""

    OPS = 1
    SNAPSHOT = 2


_SUFFIX = {BundleKind.OPS: "bundle", BundleKind.SNAPSHOT: "snapshot"}
_KIND_BY_SUFFIX = {v: k for k, v in _SUFFIX.items()}


class BundleError(OpstartError):
    """A bundle that cannot be used; `code` is a ProblemCode value."""

    def __init__(self, code: ProblemCode, message: str) -> None:
        super().__init__(message, code=code.value)
        self.problem = code


@dataclass(frozen=True)
class BundleHeader:
    """The authenticated, unencrypted part of a bundle."""

    version: int
    kind: BundleKind
    compressed: bool
    epoch: int
    seq: int
    workspace_id: str
    device_id: str
    nonce: bytes
    length: int


@dataclass(frozen=True)
class Bundle:
    """A decoded, authenticated bundle."""

    header: BundleHeader
    operations: list[Operation]


def bundle_name(seq: int, kind: BundleKind) -> str:
    """The file name of a bundle: a number and a suffix, nothing personal."""
    return f"{seq}.{_SUFFIX[kind]}"


def parse_bundle_name(name: str) -> tuple[int, BundleKind] | None:
    """(seq, kind) for a canonical bundle file name, else None."""
    stem, _, suffix = name.partition(".")
    kind = _KIND_BY_SUFFIX.get(suffix)
    if kind is None or not (stem.isascii() and stem.isdigit()):
        return None
    if stem[0] == "0" or len(stem) > 19:
        return None
    return int(stem), kind


def is_id(text: str) -> bool:
    """True for a workspace or device id: 32 lowercase hex characters."""
    return _ID.fullmatch(text) is not None


def encode_bundle(
    *,
    key: bytes,
    epoch: int,
    workspace_id: str,
    device_id: str,
    seq: int,
    kind: BundleKind,
    operations: Sequence[Operation],
) -> bytes:
    """Seal operations into bundle bytes."""
    if not (is_id(workspace_id) and is_id(device_id)) or not 1 <= seq <= _MAX_SEQ:
        raise ValueError("bad workspace id, device id or sequence")
    payload = json.dumps(
        [op.to_json() for op in operations], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    flags = 0
    if len(payload) >= _COMPRESS_FROM:
        packed = zlib.compress(payload, 6)
        if len(packed) < len(payload):
            payload, flags = packed, _FLAG_ZLIB
    if len(payload) + TAG_SIZE > MAX_CIPHERTEXT:
        raise ValueError("bundle too large")
    nonce = os.urandom(12)
    header = HEADER.pack(
        MAGIC, FORMAT_VERSION, kind, flags, 0, epoch, seq,
        bytes.fromhex(workspace_id), bytes.fromhex(device_id), nonce, len(payload) + TAG_SIZE,
    )  # fmt: skip
    return header + AESGCM(key).encrypt(nonce, payload, header)


def read_header(data: bytes) -> BundleHeader:
    """Parse and check the header and the file length, before any decryption."""
    if len(data) < HEADER.size:
        raise BundleError(ProblemCode.TRUNCATED, "shorter than a bundle header")
    magic, version, kind, flags, reserved, epoch, seq, ws, dev, nonce, length = HEADER.unpack_from(
        data
    )
    if magic != MAGIC:
        raise BundleError(ProblemCode.DAMAGED, "not an Opstart bundle")
    if version > FORMAT_VERSION:
        raise BundleError(ProblemCode.NEWER_FORMAT, "written by a newer Opstart")
    if version < 1 or kind not in _SUFFIX or flags & ~_FLAG_ZLIB or reserved:
        raise BundleError(ProblemCode.DAMAGED, "malformed bundle header")
    if not TAG_SIZE <= length <= MAX_CIPHERTEXT:
        raise BundleError(ProblemCode.BAD_LENGTH, "impossible ciphertext length")
    actual = len(data) - HEADER.size
    if actual < length:
        raise BundleError(ProblemCode.TRUNCATED, "shorter than its header says")
    if actual > length:
        raise BundleError(ProblemCode.BAD_LENGTH, "longer than its header says")
    return BundleHeader(
        version, BundleKind(kind), bool(flags & _FLAG_ZLIB), epoch, seq, ws.hex(), dev.hex(),
        nonce, length,
    )  # fmt: skip


def decode_bundle(
    data: bytes,
    *,
    keys: Mapping[int, bytes],
    workspace_id: str,
    device_id: str,
    seq: int,
    kind: BundleKind,
) -> Bundle:
    """Verify and open the bytes of devices/<device_id>/<bundle_name(seq, kind)>."""
    header = read_header(data)
    place = (header.workspace_id, header.device_id, header.seq, header.kind)
    if place != (workspace_id, device_id, seq, kind):
        raise BundleError(ProblemCode.WRONG_PLACE, "header does not match its location")
    key = keys.get(header.epoch)
    if key is None:
        raise BundleError(ProblemCode.UNKNOWN_EPOCH, "sealed with a team key not held here")
    try:
        payload = AESGCM(key).decrypt(header.nonce, data[HEADER.size :], data[: HEADER.size])
    except InvalidTag:
        raise BundleError(ProblemCode.AUTH_FAILED, "authentication failed") from None
    if header.compressed:
        payload = _inflate(payload)
    return Bundle(header, _parse_operations(payload, header))


def _inflate(payload: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(payload, MAX_PAYLOAD)
    except zlib.error:
        raise BundleError(ProblemCode.BAD_PAYLOAD, "compressed payload is damaged") from None
    if inflater.unconsumed_tail:
        raise BundleError(ProblemCode.TOO_LARGE, "payload too large")
    if not inflater.eof or inflater.unused_data:
        raise BundleError(ProblemCode.BAD_PAYLOAD, "compressed payload is incomplete")
    return out


def _parse_operations(payload: bytes, header: BundleHeader) -> list[Operation]:
    try:
        items = json.loads(payload.decode("utf-8"))
        if not isinstance(items, list):
            raise TypeError("not a list")
        ops = [Operation.from_json(item) for item in items]
        for op in ops:
            _check(op, header)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise BundleError(
            ProblemCode.BAD_PAYLOAD, f"bad operations: {type(exc).__name__}"
        ) from None
    return ops


def _check(op: Operation, header: BundleHeader) -> None:
    # Canonical stamps only, so that comparing the text compares the clocks.
    stamp = _STAMP.fullmatch(op.hlc)
    if stamp is None or stamp.group(1) != op.device_id:
        raise ValueError("bad stamp")
    if op.base and _STAMP.fullmatch(op.base) is None:
        raise ValueError("bad base stamp")
    if not (op.entity and op.record_id and op.field):
        raise ValueError("incomplete operation")
    # An ordinary bundle carries its author's edits only; a snapshot carries everyone's.
    if header.kind is BundleKind.OPS and op.device_id != header.device_id:
        raise ValueError("operation from another device")
