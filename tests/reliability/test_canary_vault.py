"""SECURITY.md: no participant data readable anywhere under the data directory."""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop_app.paths import VaultPaths
from desktop_app.services.participants import ParticipantService
from desktop_app.services.vault_service import VaultService
from tests.canary import encodings_of, scan
from tests.conftest import TEST_PASSPHRASE


def test_canary_forms_are_found_when_present(tmp_path: Path) -> None:
    canary = "CANARY-Zoë-" + secrets.token_hex(6)
    for form in encodings_of(canary):
        (tmp_path / "leak.bin").write_bytes(b"xx" + form + b"yy")
        assert scan(tmp_path, [canary]), form


def test_no_canary_under_the_data_directory(vault_paths: VaultPaths, tmp_path: Path) -> None:
    canaries = [f"Søren-{secrets.token_hex(8)}", f"Ærø-{secrets.token_hex(8)}"]
    note = f"Debt and health note {secrets.token_hex(8)}"
    canaries.append(note)
    service = VaultService(vault_paths)
    vault = service.create(TEST_PASSPHRASE)
    people = ParticipantService(vault)
    for _ in range(3):
        row = people.create(canaries[0], canaries[1], note)
        people.update_field(row.id, "note", note + " (edited)")
    # Deleted rows must not linger in free pages either (secure_delete).
    people.delete(people.create(canaries[0], "to be deleted").id)
    vault.close()
    assert scan(vault_paths.root, canaries) == []
    assert scan(tmp_path, canaries) == []
