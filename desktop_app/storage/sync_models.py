"""Team-sync tables: settings, team keys and the sync log. Local to this vault, never synced.

Nothing here is personal: the shared-folder path, ids, numbers, codes and file names of
the shared folder. The team keys stay inside the encrypted vault, never in a file.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base


class SyncSetting(Base):
    """One sync setting or fact: the folder, the engine's state document, the last sync."""

    __tablename__ = "sync_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TeamKey(Base):
    """A workspace team key of one epoch (AES-256), kept only inside the vault."""

    __tablename__ = "sync_team_keys"

    epoch: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class SyncLogRow(Base):
    """One line of the sync log: a round's outcome or one problem, as codes."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601
    status: Mapped[str] = mapped_column(String(24))  # SyncStatus of the round
    problem: Mapped[str] = mapped_column(String(24), default="")  # ProblemCode, or ""
    file_name: Mapped[str] = mapped_column(String(200), default="")  # in the shared folder
    applied: Mapped[int] = mapped_column(Integer, default=0)
    published: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
