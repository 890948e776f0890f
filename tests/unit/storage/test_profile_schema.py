"""Revision 0002_profiles: matches the models, upgrades old vaults, audit log is append-only."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.paths import VaultPaths
from desktop_app.services import audit
from desktop_app.services.profiles import ProfileService
from desktop_app.storage import migrate
from desktop_app.storage.engine import create_vault_engine
from desktop_app.storage.keystore import Keystore, fast_kdf_for_tests
from desktop_app.storage.models import Base
from desktop_app.storage.vault import Vault, open_vault

PASS = "first revision passphrase"
PROFILE_TABLES = {
    "meetings",
    "agreed_actions",
    "smart_goals",
    "ladder_steps",
    "modules_attended",
    "consent_records",
    "work_experience",
    "language_skills",
    "checklist_scores",
    "code_list_entries",
    "audit_log",
}


def test_migrated_schema_matches_the_models(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diff if PROFILE_TABLES & set(str(d).split("'")) or "participants" in str(d)]
    assert mine == []


def test_a_vault_from_revision_0001_gets_empty_profiles(tmp_path) -> None:
    paths = VaultPaths(tmp_path / "old")
    paths.root.mkdir(parents=True)
    keystore, dek = Keystore.create(PASS, fast_kdf_for_tests())
    engine = create_vault_engine(paths.database, dek)
    migrate.upgrade(engine, target="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, first_name, last_name, note, created_hlc) "
                "VALUES ('a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Zoë', 'van IJsselmuiden', 'hi', '')"
            )
        )
    engine.dispose()
    keystore.save(paths.keystore)
    vault = open_vault(paths, PASS)
    try:
        profile = ProfileService(vault).load("a1b2c3d4e5f60718293a4b5c6d7e8f90")
        assert profile["first_name"] == "Zoë" and profile["note"] == "hi"
        assert profile["status"] == "active"
        assert profile["barriers"] == () and profile["loan_amount"] is None
        assert profile["interpreter_needed"] is False
        assert all(items == () for items in profile.items.values())
    finally:
        vault.close()
    assert list(paths.backups.iterdir()), "a copy is kept before migrating"


def test_the_audit_log_refuses_updates_and_deletes(vault: Vault) -> None:
    audit.record(vault, audit.AuditAction.VIEW, "ab" * 16)
    for statement in ("UPDATE audit_log SET action = 'print'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), vault.engine.begin() as conn:
            conn.execute(text(statement))
    assert audit.AuditService(vault).verify().ok
