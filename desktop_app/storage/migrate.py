"""Schema migrations with Alembic, run programmatically on the vault's own connection.

Features may add revisions that branch from the same parent; "heads" upgrades every
branch, so parallel work never blocks on a merge revision.
"""

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


def head_revisions() -> frozenset[str]:
    """The newest schema revision(s) this build knows."""
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    """The vault's schema revision(s); empty for an empty database."""
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def is_current(engine: Engine) -> bool:
    """True when the vault's schema is at every head of this build."""
    return current_revisions(engine) == head_revisions()


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        return False


def upgrade(engine: Engine, target: str = "heads", backup_of: Path | None = None) -> None:
    """Bring the schema to `target`, copying the (encrypted) file first when it has data."""
    current = current_revisions(engine)
    script = ScriptDirectory.from_config(_config())
    if any(not _known(script, revision) for revision in current):
        raise NewerSchema(
            "This vault was made by a newer version of Opstart. Update Opstart to open it."
        )
    heads = head_revisions()
    if current and current != heads and backup_of is not None:
        backups = backup_of.parent / "backups"
        backups.mkdir(exist_ok=True)
        label = "-".join(sorted(current))
        shutil.copy2(backup_of, backups / f"vault-schema-{label}.db")
    if current == heads and target == "heads":
        return
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, target)
