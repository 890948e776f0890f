"""Vault use cases: weak passphrases refused, remember where a keyring exists, check."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from desktop_app.paths import VaultPaths
from desktop_app.services.demo import add_demo_participants, demo_people
from desktop_app.services.vault_service import VaultService, WeakPassphrase, check_vault
from tests.conftest import TEST_PASSPHRASE


def test_weak_passphrase_is_refused(vault_paths: VaultPaths) -> None:
    with pytest.raises(WeakPassphrase):
        VaultService(vault_paths).create("short")
    assert not vault_paths.exists()


def test_remember_works_with_a_secure_keyring(vault_paths: VaultPaths) -> None:
    service = VaultService(vault_paths)
    assert service.remember_available()
    service.create(TEST_PASSPHRASE, remember=True).close()
    assert service.is_remembered()
    vault = service.unlock_remembered()
    assert vault is not None
    vault.close()


def test_without_a_keyring_the_passphrase_path_works_fully(vault_paths: VaultPaths) -> None:
    keyring.set_keyring(fail.Keyring())
    service = VaultService(vault_paths)
    assert not service.remember_available()
    service.create(TEST_PASSPHRASE, remember=True).close()
    assert not service.is_remembered()
    assert service.unlock_remembered() is None
    service.unlock(TEST_PASSPHRASE).close()


def test_check_reports_ok_and_counts(vault_paths: VaultPaths) -> None:
    vault = VaultService(vault_paths).create(TEST_PASSPHRASE)
    add_demo_participants(vault, 12)
    report = check_vault(vault)
    vault.close()
    assert report.ok and report.participants == 12


def test_demo_people_are_reproducible_and_include_hard_names() -> None:
    people = demo_people(10, seed=1)
    assert people == demo_people(10, seed=1)
    names = {f"{first} {last}" for first, last, _ in people}
    assert "Søren Ærø" in names and "Олена Коваленко" in names
