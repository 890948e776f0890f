"""SECURITY.md erasure: after erasing a person no byte of theirs is left, even in free pages."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.profile_fields import ITEM_KINDS, PARTICIPANT_FIELDS, FieldKind
from desktop_app.paths import VaultPaths
from desktop_app.services.audit import AuditService
from desktop_app.services.gdpr import GdprService
from desktop_app.services.meetings import MeetingService
from desktop_app.services.participants import ParticipantService
from desktop_app.services.profiles import ProfileService
from desktop_app.services.vault_service import VaultService
from desktop_app.storage.audit_models import AuditEntry
from desktop_app.storage.keystore import Keystore
from tests.canary import scan
from tests.conftest import TEST_PASSPHRASE
from tests.reliability.sqlcipher_pages import decrypted_pages

TEXT = (FieldKind.TEXT, FieldKind.LONG_TEXT)


def _person(vault, tag: str) -> tuple[str, list[str]]:
    """A participant with a unique canary in every text field, list entry and meeting."""
    canaries: list[str] = []

    def canary(_field: str) -> str:
        value = f"{tag}{len(canaries)}x{secrets.token_hex(6)}"  # short: IDs allow 20 chars
        canaries.append(value)
        return value

    pid = ParticipantService(vault).create(canary("first"), canary("last")).id
    profiles = ProfileService(vault)
    for spec in PARTICIPANT_FIELDS:
        if spec.kind in TEXT and spec.key not in ("first_name", "last_name", "email", "phone"):
            profiles.update_field(pid, spec.key, canary(spec.key))
    profiles.update_field(pid, "email", f"{canary('mail')}@example.dk")
    profiles.update_field(pid, "note", canary("edited_note"))  # the old value is history
    meeting = MeetingService(vault).add_meeting(pid)
    for kind in ITEM_KINDS:
        item = meeting if kind == "meeting" else profiles.add_item(pid, kind)
        for spec in ITEM_KINDS[kind].fields:
            if spec.kind in TEXT:
                profiles.update_item(kind, item.id, spec.key, canary(f"{kind}_{spec.key}"))
    profiles.load(pid)  # a view entry in the audit log
    return pid, canaries


def test_erased_participant_leaves_no_trace(vault_paths: VaultPaths, tmp_path: Path) -> None:
    service = VaultService(vault_paths)
    vault = service.create(TEST_PASSPHRASE)
    erased, canaries = _person(vault, "GN")
    kept, kept_canaries = _person(vault, "KP")
    # Sanity check of the scanner: before erasure the plaintext pages hold the canaries.
    dek = Keystore.load(vault_paths.keystore).unwrap(TEST_PASSPHRASE)
    vault.close()
    plain = decrypted_pages(vault_paths.database, dek)
    assert all(c.encode() in plain for c in canaries)

    vault = service.unlock(TEST_PASSPHRASE)
    GdprService(vault).erase(erased)
    with vault.transaction() as session:
        audit_text = " ".join(
            " ".join((e.at, e.actor, e.action, e.record_id, e.detail))
            for e in session.scalars(select(AuditEntry))
        )
    assert AuditService(vault).verify().ok
    vault.close()

    assert scan(vault_paths.root, canaries) == []
    assert scan(tmp_path, canaries) == []
    plain = decrypted_pages(vault_paths.database, dek)
    assert [c for c in canaries if c.encode() in plain] == []
    assert all(c.encode() in plain for c in kept_canaries)
    assert not any(c in audit_text for c in canaries + kept_canaries)
    assert erased in audit_text and kept in audit_text  # ids only
