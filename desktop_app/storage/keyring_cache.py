"""Optional "remember on this computer": a device secret kept in the OS keyring.

The keyring holds only a random device secret; the keystore holds the DEK wrapped
under it. Neither half alone opens the vault. Backends that keep secrets in plain
text, or that do not work at all, are refused so the option is simply not offered.
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "Opstart vault"
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_log = logging.getLogger(__name__)


def _is_trusted(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return False
    if module.startswith("keyring.backends.chainer"):
        return any(_is_trusted(b) for b in getattr(backend, "backends", []))
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - a broken backend is an untrusted one
        return False


class DeviceSecretCache:
    """Reads and writes the device secret of one vault in a trusted keyring backend."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        """The backend in use (the process default unless one was given)."""
        return self._backend or keyring.get_keyring()

    def available(self) -> bool:
        """True when a secure keyring backend exists on this computer."""
        try:
            return _is_trusted(self.backend)
        except Exception:  # noqa: BLE001 - keyring import-time failures vary by platform
            return False

    def store_new_secret(self, vault_id: str) -> bytes | None:
        """Create, store and return a fresh device secret, or None if the keyring fails."""
        if not self.available():
            return None
        secret = secrets.token_bytes(32)
        try:
            self.backend.set_password(SERVICE, vault_id, base64.b64encode(secret).decode())
        except keyring.errors.KeyringError:
            _log.warning("keyring refused to store the device secret")
            return None
        return secret

    def load_secret(self, vault_id: str) -> bytes | None:
        """The stored device secret, or None."""
        if not self.available():
            return None
        try:
            text = self.backend.get_password(SERVICE, vault_id)
        except keyring.errors.KeyringError:
            return None
        if not text:
            return None
        try:
            secret = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
        return secret if len(secret) == 32 else None

    def forget(self, vault_id: str) -> None:
        """Remove the device secret; missing entries are fine."""
        if not self.available():
            return
        try:
            self.backend.delete_password(SERVICE, vault_id)
        except keyring.errors.KeyringError:
            pass
