"""Create, unlock and check the vault of one data directory.

Storage (SQLAlchemy, Alembic, keyring) is imported where used, so the GUI can show its
first dialog before those heavy modules load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import OpstartError
from desktop_app.core.passphrase import assess
from desktop_app.paths import VaultPaths

if TYPE_CHECKING:
    from desktop_app.storage.keyring_cache import DeviceSecretCache
    from desktop_app.storage.keystore import KdfParams
    from desktop_app.storage.vault import Vault


class WeakPassphrase(OpstartError):
    """The chosen passphrase is too weak to protect participants' data."""

    code = "weak_passphrase"


@dataclass(frozen=True)
class CheckReport:
    """Outcome of `opstart check`."""

    keystore_ok: bool
    database_ok: bool
    schema_revision: str | None
    participants: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


class VaultService:
    """The vault use cases for one data directory."""

    def __init__(
        self,
        paths: VaultPaths,
        keyring: DeviceSecretCache | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        self.paths = paths
        self._keyring = keyring
        self._kdf = kdf

    @property
    def keyring(self) -> DeviceSecretCache:
        """The device-secret cache (the OS keyring unless one was given)."""
        if self._keyring is None:
            from desktop_app.storage.keyring_cache import DeviceSecretCache

            self._keyring = DeviceSecretCache()
        return self._keyring

    def exists(self) -> bool:
        """True when this data directory holds a vault."""
        return self.paths.exists()

    def remember_available(self) -> bool:
        """True when a secure OS keyring can cache the device secret."""
        return self.keyring.available()

    def has_device_copy(self) -> bool:
        """Cheap check (no keyring, no KDF): was "remember" turned on for this vault?"""
        try:
            doc: Any = json.loads(self.paths.keystore.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(doc, dict) and isinstance(doc.get("device"), dict)

    def create(self, passphrase: str, remember: bool = False) -> Vault:
        """Create a vault; refuses weak passphrases with a plain message."""
        from desktop_app.storage.vault import create_vault

        if not assess(passphrase).acceptable:
            raise WeakPassphrase(
                "Choose a longer passphrase: at least 10 characters, for example four words."
            )
        cache = self.keyring if remember and self.keyring.available() else None
        return create_vault(self.paths, passphrase, kdf=self._kdf, remember=cache)

    def unlock(self, passphrase: str) -> Vault:
        """Open with the passphrase (WrongPassphrase / DamagedKeystore / DamagedDatabase)."""
        from desktop_app.storage.vault import open_vault

        return open_vault(self.paths, passphrase)

    def unlock_remembered(self) -> Vault | None:
        """Open without a passphrase when this computer remembers the vault."""
        if not self.has_device_copy() or not self.keyring.available():
            return None
        from desktop_app.storage.vault import open_vault_remembered

        return open_vault_remembered(self.paths, self.keyring)

    def is_remembered(self) -> bool:
        """True when the keystore holds a device copy and a secure keyring exists."""
        return self.has_device_copy() and self.keyring.available()

    def set_remember(self, vault: Vault, remember: bool) -> bool:
        """Turn "remember on this computer" on or off; returns the new state."""
        from desktop_app.storage.vault import set_remembered

        if remember and not self.keyring.available():
            return False
        return set_remembered(vault, self.keyring, remember)


def check_vault(vault: Vault) -> CheckReport:
    """Integrity of the SQLCipher file, the schema revision and a count of records."""
    from sqlalchemy import func, select

    from desktop_app.storage import migrate
    from desktop_app.storage.models import Participant

    problems: list[str] = []
    raw = vault.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        integrity = [row[0] for row in cursor.execute("PRAGMA integrity_check").fetchall()]
        cipher = [row[0] for row in cursor.execute("PRAGMA cipher_integrity_check").fetchall()]
    finally:
        raw.close()
    database_ok = integrity == ["ok"] and not cipher
    if not database_ok:
        problems.append("The database failed its integrity check. Restore it from a backup.")
    revisions = migrate.current_revisions(vault.engine)
    if revisions != migrate.head_revisions():
        problems.append("The database schema is not up to date.")
    with vault.transaction() as session:
        count = session.scalar(select(func.count()).select_from(Participant)) or 0
    revision = ",".join(sorted(revisions)) or None
    return CheckReport(True, database_ok, revision, int(count), tuple(problems))
