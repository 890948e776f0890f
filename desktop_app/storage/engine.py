"""SQLAlchemy engine over a SQLCipher file keyed with a raw 256-bit key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop_app.core.errors import OpstartError


class DamagedDatabase(OpstartError):
    """The database file does not open with the vault's key."""

    code = "damaged_database"


def _connect(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # its log lines go to stderr
    # The key goes in by PRAGMA, never in a URL, so it cannot reach logs.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def create_vault_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed and tuned; raises DamagedDatabase."""
    if len(key) != 32:
        raise ValueError("the vault key must be 32 bytes")
    try:
        probe = _connect(path, key)
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        probe.close()
    except sqlcipher3.DatabaseError as exc:
        raise DamagedDatabase(
            "The vault database is damaged or does not match its key file. "
            "Restore it from a backup, or ask your IT contact for help."
        ) from exc
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: _connect(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    # pysqlite-family drivers delay BEGIN; emit it ourselves so a unit of work is
    # really one transaction (SQLAlchemy's documented recipe).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
