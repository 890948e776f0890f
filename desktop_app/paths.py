"""Every path the app uses, in one place (platformdirs; --data-dir / env / tests override)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Opstart"
DATA_DIR_ENV = "OPSTART_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder, unless OPSTART_DATA_DIR points elsewhere."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resources_dir() -> Path:
    """Bundled resources: beside the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class VaultPaths:
    """Files of one vault inside a data directory."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLCipher database."""
        return self.root / "vault.db"

    @property
    def keystore(self) -> Path:
        """The wrapped database key and KDF parameters."""
        return self.root / "keystore.json"

    @property
    def backups(self) -> Path:
        """Encrypted copies taken before schema migrations."""
        return self.root / "backups"

    def exists(self) -> bool:
        """True when a vault has been created here."""
        return self.keystore.exists()

    @classmethod
    def from_override(cls, override: str | os.PathLike[str] | None) -> VaultPaths:
        """Paths for `--data-dir`, falling back to the default data directory."""
        return cls(Path(override).expanduser() if override else default_data_dir())
