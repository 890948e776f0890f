"""Revision 0004_sync: matches the models and upgrades a vault made at revision 0001."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from desktop_app.paths import VaultPaths
from desktop_app.storage import migrate
from desktop_app.storage.engine import create_vault_engine
from desktop_app.storage.keystore import Keystore, fast_kdf_for_tests
from desktop_app.storage.models import Base
from desktop_app.storage.vault import Vault, open_vault

PASS = "first revision passphrase"
MINE = {"sync_settings", "sync_team_keys", "sync_log", "operations", "field_stamps", "conflicts"}


def test_migrated_schema_matches_the_models(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if MINE & set(str(d).replace("'", " ").split())] == []


def test_a_vault_from_revision_0001_keeps_its_log_and_one_copy_of_each_loser(
    tmp_path: Path,
) -> None:
    paths = VaultPaths(tmp_path / "old")
    paths.root.mkdir(parents=True)
    keystore, dek = Keystore.create(PASS, fast_kdf_for_tests())
    engine = create_vault_engine(paths.database, dek)
    migrate.upgrade(engine, target="0001")
    loser = (
        "INSERT INTO conflicts (entity, record_id, field, losing_value_json, losing_hlc, "
        "losing_device, winning_hlc, resolved) VALUES ('participant', 'r', 'note', '\"x\"', "
        "'1', 'd', '2', 0)"
    )
    with engine.begin() as conn:
        for seq in range(1, 4):
            conn.execute(text(
                "INSERT INTO operations (entity, record_id, field, value_json, hlc, device_id, "
                f"origin) VALUES ('participant', 'r', 'note', '\"v{seq}\"', "
                f"'000000000000{seq}-0000-{'d' * 32}', '{'d' * 32}', 'local')"
            ))  # fmt: skip
        conn.execute(text(loser))
        conn.execute(text(loser))
    engine.dispose()
    keystore.save(paths.keystore)
    vault = open_vault(paths, PASS)
    try:
        with vault.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM conflicts")).scalar() == 1
            bases = conn.execute(text("SELECT base FROM operations ORDER BY seq")).scalars()
            assert list(bases) == ["", "", ""]
        with vault.engine.begin() as conn:
            conn.execute(text("DELETE FROM operations WHERE seq = 3"))  # e.g. an erasure
            conn.execute(text(
                "INSERT INTO operations (entity, record_id, field, value_json, hlc, device_id, "
                "origin) VALUES ('participant', 'r', 'note', '\"v\"', 'h', 'd', 'local')"
            ))  # fmt: skip
            newest = conn.execute(text("SELECT max(seq) FROM operations")).scalar()
        assert newest == 4  # AUTOINCREMENT: a purged seq is never handed out again
    finally:
        vault.close()
