"""Creating and opening the vault; SQLite settings; wrong key vs damaged files."""

from __future__ import annotations

import pytest

from desktop_app.paths import VaultPaths
from desktop_app.storage.engine import DamagedDatabase
from desktop_app.storage.keyring_cache import DeviceSecretCache
from desktop_app.storage.keystore import DamagedKeystore, WrongPassphrase, fast_kdf_for_tests
from desktop_app.storage.models import Participant
from desktop_app.storage.vault import (
    NoVault,
    Vault,
    VaultExists,
    create_vault,
    open_vault,
    open_vault_remembered,
    set_remembered,
)
from tests.conftest import TEST_PASSPHRASE
from tests.fakes import MemoryKeyring


def _pragma(vault: Vault, name: str) -> object:
    raw = vault.engine.raw_connection()
    try:
        return raw.driver_connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        raw.close()


def test_connections_use_wal_full_sync_secure_delete_and_foreign_keys(vault: Vault) -> None:
    assert str(_pragma(vault, "journal_mode")).lower() == "wal"
    assert _pragma(vault, "synchronous") == 2  # FULL
    assert _pragma(vault, "secure_delete") == 1
    assert _pragma(vault, "foreign_keys") == 1


def test_database_file_is_not_plain_sqlite(vault: Vault) -> None:
    with vault.transaction() as session:
        session.add(Participant(first_name="Søren"))
    vault.close()
    header = vault.paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_second_create_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        create_vault(vault.paths, TEST_PASSPHRASE, kdf=fast_kdf_for_tests())


def test_open_without_a_vault_says_so(vault_paths: VaultPaths) -> None:
    with pytest.raises(NoVault):
        open_vault(vault_paths, TEST_PASSPHRASE)


def test_wrong_passphrase(vault: Vault) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.paths, "not the passphrase")


def test_damaged_database_has_its_own_message(vault: Vault) -> None:
    vault.close()
    data = bytearray(vault.paths.database.read_bytes())
    data[0:64] = bytes(64)
    vault.paths.database.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        open_vault(vault.paths, TEST_PASSPHRASE)


def test_missing_keystore_beside_a_database_is_damage(vault: Vault) -> None:
    vault.close()
    vault.paths.keystore.unlink()
    with pytest.raises(DamagedKeystore):
        open_vault(vault.paths, TEST_PASSPHRASE)


def test_remember_on_this_computer_round_trip(vault: Vault) -> None:
    cache = DeviceSecretCache(MemoryKeyring())
    assert set_remembered(vault, cache, True)
    vault.close()
    reopened = open_vault_remembered(vault.paths, cache)
    assert reopened is not None
    assert set_remembered(reopened, cache, False) is False
    reopened.close()
    assert open_vault_remembered(vault.paths, cache) is None


def test_keyring_half_alone_does_not_open_another_vault(vault: Vault, tmp_path) -> None:
    cache = DeviceSecretCache(MemoryKeyring())
    set_remembered(vault, cache, True)
    other = create_vault(VaultPaths(tmp_path / "other"), TEST_PASSPHRASE, kdf=fast_kdf_for_tests())
    other.close()
    assert open_vault_remembered(other.paths, cache) is None


def test_change_passphrase_keeps_the_data(vault: Vault) -> None:
    with vault.transaction() as session:
        session.add(Participant(first_name="Zoë"))
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.paths, TEST_PASSPHRASE)
    reopened = open_vault(vault.paths, "a brand new passphrase")
    with reopened.transaction() as session:
        assert session.query(Participant).one().first_name == "Zoë"
    reopened.close()
