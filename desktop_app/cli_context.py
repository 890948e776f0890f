"""What every CLI command gets: the vault service, a lazily unlocked vault, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.services.vault_service import VaultService
    from desktop_app.storage.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CliContext:
    """Opens the vault on first use and closes it when the command ends."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._service: VaultService | None = None
        self._vault: Vault | None = None

    @property
    def service(self) -> VaultService:
        """The vault service for --data-dir (or the default data folder)."""
        if self._service is None:
            from desktop_app.paths import VaultPaths
            from desktop_app.services.vault_service import VaultService

            self._service = VaultService(VaultPaths.from_override(self.args.data_dir))
        return self._service

    def passphrase(self, confirm: bool = False) -> str:
        """The passphrase from --passphrase-file, OPSTART_PASSPHRASE or a prompt."""
        from desktop_app.cli_passphrase import read_passphrase

        return read_passphrase(getattr(self.args, "passphrase_file", None), confirm=confirm)

    @property
    def vault(self) -> Vault:
        """The unlocked vault (asks for the passphrase once)."""
        if self._vault is None:
            self._vault = self.service.unlock(self.passphrase())
        return self._vault

    def close(self) -> None:
        """Close the vault if a command opened it."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None


def print_json(data: Any) -> None:
    """Pretty JSON on stdout, non-ASCII kept as is."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
