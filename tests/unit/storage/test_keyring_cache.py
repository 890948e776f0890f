"""The keyring is optional and only trusted backends are used."""

from __future__ import annotations

from keyring.backends import fail, null

from desktop_app.storage.keyring_cache import DeviceSecretCache
from tests.fakes import MemoryKeyring


def test_fail_and_null_backends_are_refused() -> None:
    assert not DeviceSecretCache(fail.Keyring()).available()
    assert not DeviceSecretCache(null.Keyring()).available()
    assert DeviceSecretCache(fail.Keyring()).store_new_secret("v" * 32) is None
    assert DeviceSecretCache(fail.Keyring()).load_secret("v" * 32) is None


def test_plaintext_keyrings_alt_style_backend_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not DeviceSecretCache(PlaintextKeyring()).available()


def test_secret_round_trip_and_forget() -> None:
    cache = DeviceSecretCache(MemoryKeyring())
    secret = cache.store_new_secret("a" * 32)
    assert secret is not None and len(secret) == 32
    assert cache.load_secret("a" * 32) == secret
    cache.forget("a" * 32)
    assert cache.load_secret("a" * 32) is None


def test_garbage_in_the_keyring_is_ignored() -> None:
    backend = MemoryKeyring()
    backend.set_password("Opstart vault", "b" * 32, "%%% not base64")
    assert DeviceSecretCache(backend).load_secret("b" * 32) is None
