"""keystore.json: the database key (DEK) wrapped under an Argon2id passphrase key.

A header hash is checked before any decryption, so a damaged file and a wrong
passphrase are told apart (the KeePassXC lesson in SECURITY.md).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop_app.atomic_io import atomic_write_bytes
from desktop_app.core.errors import OpstartError

FORMAT = "opstart-keystore"
VERSION = 1
DEK_BYTES = 32
_AAD_PASSPHRASE = b"opstart-keystore-v1/passphrase"
_AAD_DEVICE = b"opstart-keystore-v1/device"


class WrongPassphrase(OpstartError):
    """The passphrase does not open this vault."""

    code = "wrong_passphrase"


class DamagedKeystore(OpstartError):
    """keystore.json is missing parts, altered or unreadable."""

    code = "damaged_keystore"


class NewerKeystore(OpstartError):
    """keystore.json was written by a newer Opstart."""

    code = "newer_version"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; tuned to about 0.7 s on a 2-core laptop."""

    memory_kib: int = 262_144
    iterations: int = 2
    lanes: int = 2

    # Read-side bounds stop a crafted file from demanding absurd memory or time.
    BOUNDS = {"memory_kib": (64, 2_097_152), "iterations": (1, 20), "lanes": (1, 16)}

    def validate(self) -> None:
        """Raise DamagedKeystore when a parameter is out of bounds."""
        for name, (low, high) in self.BOUNDS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise DamagedKeystore(_DAMAGED)
        if self.memory_kib < 8 * self.lanes:
            raise DamagedKeystore(_DAMAGED)

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 256-bit key-encryption key for this passphrase."""
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


_DAMAGED = (
    "The vault's key file (keystore.json) is damaged or incomplete. "
    "Restore it from a backup or ask your IT contact for help."
)
_WRONG = "That passphrase does not open this vault. Check Caps Lock and try again."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DamagedKeystore(_DAMAGED)
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise DamagedKeystore(_DAMAGED) from exc
    if size is not None and len(data) != size:
        raise DamagedKeystore(_DAMAGED)
    return data


def _digest(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


@dataclass
class Keystore:
    """The parsed contents of keystore.json."""

    vault_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_dek: bytes
    device_nonce: bytes | None = None
    device_wrapped_dek: bytes | None = None

    @classmethod
    def create(cls, passphrase: str, kdf: KdfParams | None = None) -> tuple[Keystore, bytes]:
        """A new keystore and its freshly generated DEK."""
        kdf = kdf or KdfParams()
        dek = secrets.token_bytes(DEK_BYTES)
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = kdf.derive(passphrase, salt)
        wrapped = AESGCM(kek).encrypt(nonce, dek, _AAD_PASSPHRASE)
        return cls(uuid.uuid4().hex, kdf, salt, nonce, wrapped), dek

    def unwrap(self, passphrase: str) -> bytes:
        """The DEK, or WrongPassphrase."""
        kek = self.kdf.derive(passphrase, self.salt)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped_dek, _AAD_PASSPHRASE)
        except InvalidTag as exc:
            raise WrongPassphrase(_WRONG) from exc

    def rewrap(self, dek: bytes, new_passphrase: str) -> None:
        """Wrap the same DEK under a new passphrase (no re-encryption of the vault)."""
        self.salt, self.nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = self.kdf.derive(new_passphrase, self.salt)
        self.wrapped_dek = AESGCM(kek).encrypt(self.nonce, dek, _AAD_PASSPHRASE)

    def set_device_copy(self, dek: bytes, device_secret: bytes) -> None:
        """Keep a second copy of the DEK that only the keyring's device secret opens."""
        self.device_nonce = secrets.token_bytes(12)
        aad = _AAD_DEVICE + self.vault_id.encode()
        self.device_wrapped_dek = AESGCM(device_secret).encrypt(self.device_nonce, dek, aad)

    def clear_device_copy(self) -> None:
        """Forget the remembered copy."""
        self.device_nonce = self.device_wrapped_dek = None

    def unwrap_device_copy(self, device_secret: bytes) -> bytes | None:
        """The DEK from the remembered copy, or None when it does not match."""
        if self.device_nonce is None or self.device_wrapped_dek is None:
            return None
        aad = _AAD_DEVICE + self.vault_id.encode()
        try:
            return AESGCM(device_secret).decrypt(self.device_nonce, self.device_wrapped_dek, aad)
        except (InvalidTag, ValueError):
            return None

    def to_json(self) -> dict[str, Any]:
        """The on-disk document, with its header hash."""
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_dek": _b64(self.wrapped_dek),
        }
        if self.device_nonce and self.device_wrapped_dek:
            body["device"] = {
                "nonce": _b64(self.device_nonce),
                "wrapped_dek": _b64(self.device_wrapped_dek),
            }
        return {**body, "sha256": _digest(body)}

    @classmethod
    def from_json(cls, doc: Any) -> Keystore:
        """Parse and check a keystore document; raises DamagedKeystore or NewerKeystore."""
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise DamagedKeystore(_DAMAGED)
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise NewerKeystore(
                "This vault was made by a newer version of Opstart. Update Opstart to open it."
            )
        body = {k: v for k, v in doc.items() if k != "sha256"}
        if version != VERSION or doc.get("sha256") != _digest(body):
            raise DamagedKeystore(_DAMAGED)
        try:
            kdf_doc = dict(doc["kdf"])
            if kdf_doc.pop("name") != "argon2id":
                raise DamagedKeystore(_DAMAGED)
            kdf = KdfParams(**kdf_doc)
            vault_id = doc["vault_id"]
            device = doc.get("device")
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedKeystore(_DAMAGED) from exc
        kdf.validate()
        if not isinstance(vault_id, str) or len(vault_id) != 32:
            raise DamagedKeystore(_DAMAGED)
        store = cls(
            vault_id,
            kdf,
            _unb64(doc.get("salt"), 16),
            _unb64(doc.get("nonce"), 12),
            _unb64(doc.get("wrapped_dek"), DEK_BYTES + 16),
        )
        if device is not None:
            if not isinstance(device, dict):
                raise DamagedKeystore(_DAMAGED)
            store.device_nonce = _unb64(device.get("nonce"), 12)
            store.device_wrapped_dek = _unb64(device.get("wrapped_dek"), DEK_BYTES + 16)
        return store

    @classmethod
    def load(cls, path: Path) -> Keystore:
        """Read keystore.json from disk."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise DamagedKeystore(
                "No vault key file (keystore.json) was found in this data folder."
            ) from exc
        except OSError as exc:
            raise DamagedKeystore(
                "The vault's key file could not be read. Check that the disk is connected."
            ) from exc
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DamagedKeystore(_DAMAGED) from exc
        return cls.from_json(doc)

    def save(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename)."""
        text = json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n"
        atomic_write_bytes(path, text.encode("utf-8"))


def fast_kdf_for_tests() -> KdfParams:
    """Cheap parameters for test vaults only (OPSTART_TEST_FAST_KDF or test fixtures)."""
    return KdfParams(memory_kib=1024, iterations=1, lanes=1)


def kdf_from_environment() -> KdfParams:
    """Default parameters, or cheap ones when OPSTART_TEST_FAST_KDF=1 (test runs only)."""
    if os.environ.get("OPSTART_TEST_FAST_KDF") == "1":
        return fast_kdf_for_tests()
    return KdfParams()
