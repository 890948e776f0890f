"""Creating, opening and closing the encrypted vault of one data directory."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.errors import OpstartError
from desktop_app.core.hlc import HlcTimestamp, HybridLogicalClock
from desktop_app.paths import VaultPaths
from desktop_app.storage import all_models, migrate  # noqa: F401 - maps every table
from desktop_app.storage.change_capture import CLOCK_KEY, install_change_capture
from desktop_app.storage.engine import create_vault_engine
from desktop_app.storage.keyring_cache import DeviceSecretCache
from desktop_app.storage.keystore import DamagedKeystore, KdfParams, Keystore, kdf_from_environment
from desktop_app.storage.models import MetaEntry, OperationRow

DEVICE_META_KEY = "device_id"
_log = logging.getLogger(__name__)


class VaultExists(OpstartError):
    """A vault already exists in this data directory."""

    code = "vault_exists"


class NoVault(OpstartError):
    """There is no vault in this data directory yet."""

    code = "no_vault"


class Vault:
    """An unlocked vault: engine, session factory, device id and hybrid clock."""

    def __init__(self, paths: VaultPaths, keystore: Keystore, engine: Engine, dek: bytes) -> None:
        self.paths = paths
        self._dek = dek
        self.closed = False
        self.keystore = keystore
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        install_change_capture(self.session_factory)
        self.device_id, last = self._load_identity()
        self.clock = HybridLogicalClock(self.device_id, last=last)

    def _load_identity(self) -> tuple[str, HlcTimestamp | None]:
        with Session(self.engine) as session, session.begin():
            device = session.get(MetaEntry, DEVICE_META_KEY)
            if device is None:
                device = MetaEntry(key=DEVICE_META_KEY, value=uuid.uuid4().hex)
                session.add(device)
            # The newest stamp of our own: a restarted clock must never go behind it. Received
            # stamps are left out: one from a clock far ahead would drag ours along unclamped.
            newest = session.scalar(
                select(func.max(OperationRow.hlc)).where(OperationRow.origin == "local")
            )
            last = HlcTimestamp.decode(newest) if newest else None
            return device.value, last

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error."""
        session = self.session_factory()
        session.info[CLOCK_KEY] = self.clock
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the key under a new passphrase; the data is not re-encrypted."""
        self.keystore.rewrap(self._dek, new_passphrase)
        self.keystore.save(self.paths.keystore)

    def close(self) -> None:
        """Checkpoint the WAL and release every connection (safe to call twice)."""
        if self.closed:
            return
        self.closed = True
        try:
            checkpoint(self.engine)
        except DBAPIError:
            # WAL data is still durable; it is folded in at the next open.
            _log.warning("WAL checkpoint at close failed")
        finally:
            self.engine.dispose()


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database file (outside any transaction)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()


def _open_engine(paths: VaultPaths, dek: bytes) -> Engine:
    engine = create_vault_engine(paths.database, dek)
    checkpoint(engine)  # so a pre-migration copy of the file is complete
    migrate.upgrade(engine, backup_of=paths.database)
    return engine


def create_vault(
    paths: VaultPaths,
    passphrase: str,
    kdf: KdfParams | None = None,
    remember: DeviceSecretCache | None = None,
) -> Vault:
    """Make a new vault; `remember` caches a device secret in the keyring when given."""
    if paths.exists() or paths.database.exists():
        raise VaultExists("There is already a vault in this data folder.")
    paths.root.mkdir(parents=True, exist_ok=True)
    keystore, dek = Keystore.create(passphrase, kdf or kdf_from_environment())
    if remember is not None:
        secret = remember.store_new_secret(keystore.vault_id)
        if secret is not None:
            keystore.set_device_copy(dek, secret)
    engine = create_vault_engine(paths.database, dek)
    migrate.upgrade(engine)
    keystore.save(paths.keystore)  # last: a keystore only exists for a complete vault
    return Vault(paths, keystore, engine, dek)


def load_keystore(paths: VaultPaths) -> Keystore:
    """The keystore, or NoVault when this folder has none."""
    if not paths.exists():
        if paths.database.exists():
            raise DamagedKeystore(
                "The vault's key file (keystore.json) is missing. Restore it from a backup."
            )
        raise NoVault("There is no vault in this data folder yet. Create one first.")
    return Keystore.load(paths.keystore)


def open_vault(paths: VaultPaths, passphrase: str) -> Vault:
    """Unlock with the passphrase: keystore checked first, then the database."""
    keystore = load_keystore(paths)
    dek = keystore.unwrap(passphrase)
    return Vault(paths, keystore, _open_engine(paths, dek), dek)


def open_vault_remembered(paths: VaultPaths, cache: DeviceSecretCache) -> Vault | None:
    """Unlock with the keyring's device secret, or None when not remembered here."""
    keystore = load_keystore(paths)
    secret = cache.load_secret(keystore.vault_id)
    dek = keystore.unwrap_device_copy(secret) if secret else None
    if dek is None:
        return None
    return Vault(paths, keystore, _open_engine(paths, dek), dek)


def set_remembered(vault: Vault, cache: DeviceSecretCache, remember: bool) -> bool:
    """Turn "remember on this computer" on or off; True when it is on afterwards."""
    keystore = vault.keystore
    if remember:
        secret = cache.store_new_secret(keystore.vault_id)
        if secret is None:
            return False
        keystore.set_device_copy(vault._dek, secret)
    else:
        cache.forget(keystore.vault_id)
        keystore.clear_device_copy()
    keystore.save(vault.paths.keystore)
    return remember
