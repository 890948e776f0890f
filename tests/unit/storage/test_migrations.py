"""Alembic: a vault made at the first revision opens at head, with a backup taken."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.paths import VaultPaths
from desktop_app.storage import migrate
from desktop_app.storage.engine import create_vault_engine
from desktop_app.storage.keystore import Keystore, fast_kdf_for_tests
from desktop_app.storage.vault import open_vault

PASS = "first revision passphrase"


def _first_revision_vault(paths: VaultPaths) -> None:
    """Build a vault the way the very first release did: schema at revision 0001."""
    paths.root.mkdir(parents=True)
    keystore, dek = Keystore.create(PASS, fast_kdf_for_tests())
    engine = create_vault_engine(paths.database, dek)
    migrate.upgrade(engine, target="0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, first_name, last_name, note, created_hlc) "
                "VALUES ('0' || hex(randomblob(15)), 'Zoë', 'van IJsselmuiden', '', '')"
            )
        )
    engine.dispose()
    keystore.save(paths.keystore)


def test_vault_at_first_revision_opens_at_head(tmp_path) -> None:
    paths = VaultPaths(tmp_path / "old")
    _first_revision_vault(paths)
    vault = open_vault(paths, PASS)
    try:
        assert migrate.is_current(vault.engine)
        with vault.engine.connect() as conn:
            names = conn.execute(text("SELECT first_name FROM participants")).scalars().all()
        assert names == ["Zoë"]
    finally:
        vault.close()
    if migrate.head_revisions() != {"0001"}:
        assert list((paths.root / "backups").iterdir()), "a copy is kept before migrating"


def test_newer_schema_is_refused(tmp_path) -> None:
    import pytest

    paths = VaultPaths(tmp_path / "new")
    _first_revision_vault(paths)
    keystore = Keystore.load(paths.keystore)
    engine = create_vault_engine(paths.database, keystore.unwrap(PASS))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffff'"))
    engine.dispose()
    with pytest.raises(migrate.NewerSchema):
        open_vault(paths, PASS)
