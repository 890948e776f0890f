"""The audit log: append-only, hash-chained, inside the encrypted vault; local, never synced.

Entries carry codes and random ids only (who = device id, what = action code, which =
record id), never names or other personal data. Triggers (revision 0002) refuse UPDATE
and DELETE.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base


class AuditEntry(Base):
    """Who did what to which record, when; `hash` chains it to the entry before."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601 to the second
    actor: Mapped[str] = mapped_column(String(64))  # device (or coach) id
    action: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(32), default="")
    detail: Mapped[str] = mapped_column(String(64), default="")  # a code, e.g. a field name
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
