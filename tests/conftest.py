"""Shared fixtures: offscreen Qt, temp data dirs, an in-memory keyring, cheap KDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("OPSTART_PASSPHRASE", None)
os.environ.pop("OPSTART_DATA_DIR", None)

import keyring  # noqa: E402

from desktop_app.paths import VaultPaths  # noqa: E402
from desktop_app.storage.keystore import fast_kdf_for_tests  # noqa: E402
from tests.fakes import MemoryKeyring  # noqa: E402

FICTIONAL_PEOPLE = [
    ("Søren", "Ærø"),
    ("Zoë", "van IJsselmuiden"),
    ("Şükrü", "Yılmaz"),
    ("Małgorzata", "Wójcik"),
]
TEST_PASSPHRASE = "tulip harbour bicycle 7"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests under tests/ui are GUI tests."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the real home, data folder or keychain."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("OPSTART_TEST_FAST_KDF", "1")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def vault_paths(tmp_path: Path) -> VaultPaths:
    """Paths of a not-yet-created vault in a temp folder."""
    return VaultPaths(tmp_path / "data")


@pytest.fixture
def vault(vault_paths: VaultPaths) -> Iterator[object]:
    """A freshly created, open vault with cheap KDF parameters."""
    from desktop_app.storage.vault import create_vault

    opened = create_vault(vault_paths, TEST_PASSPHRASE, kdf=fast_kdf_for_tests())
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _gui_thread_gc(request: pytest.FixtureRequest) -> None:
    """GUI tests collect garbage on the GUI thread, as the app does (ui/gui_thread_gc.py)."""
    if request.node.get_closest_marker("gui") is None:
        return
    request.getfixturevalue("qapp")
    from desktop_app.ui import gui_thread_gc

    gui_thread_gc.install()
