"""Schema migrations with Alembic, run programmatically on the vault's own connection."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop_app.core.errors import OpstartError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerSchema(OpstartError):
    """The vault was written by a newer Opstart than this one."""

    code = "newer_version"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The vault's schema revision (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        return False


def upgrade(engine: Engine, target: str = "head", backup_of: Path | None = None) -> None:
    """Bring the schema to `target`, copying the (encrypted) file first when it has data."""
    current = current_revision(engine)
    script = ScriptDirectory.from_config(_config())
    if current is not None and not _known(script, current):
        raise NewerSchema(
            "This vault was made by a newer version of Opstart. Update Opstart to open it."
        )
    if current is not None and current != script.get_current_head() and backup_of is not None:
        backups = backup_of.parent / "backups"
        backups.mkdir(exist_ok=True)
        shutil.copy2(backup_of, backups / f"vault-before-{script.get_current_head()}.db")
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, target)
