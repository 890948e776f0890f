"""SQLAlchemy models of the vault. Syncable models list the fields change capture records."""

from __future__ import annotations

import uuid
from typing import ClassVar

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop_app.storage.profile_columns import PROFILE_SYNC_FIELDS, ProfileColumns


def new_id() -> str:
    """A random record id (UUID4 hex): carries no personal data."""
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base of every vault table."""


class Syncable:
    """Mixin: changes to `__sync_fields__` are captured as field-level operations."""

    __sync_entity__: ClassVar[str]
    __sync_fields__: ClassVar[tuple[str, ...]]

    id: Mapped[str]


class Participant(Syncable, ProfileColumns, Base):
    """A person in a programme with the scalar fields of the profile (lists: profile_models)."""

    __tablename__ = "participants"
    __sync_entity__ = "participant"
    __sync_fields__ = ("first_name", "last_name", "note", *PROFILE_SYNC_FIELDS)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    first_name: Mapped[str] = mapped_column(Text, default="")
    last_name: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_hlc: Mapped[str] = mapped_column(String(64), default="")


class OperationRow(Base):
    """The change log: one row per captured or received field operation."""

    __tablename__ = "operations"
    __table_args__ = (
        Index("ix_operations_record", "entity", "record_id"),
        Index("ix_operations_origin_seq", "origin", "seq"),
        Index("ix_operations_hlc", "hlc"),
        # Never reuse a seq after a purge: sync publishes local operations by seq.
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(80))
    value_json: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(8), default="local")  # local | remote
    base: Mapped[str] = mapped_column(String(64), default="")  # stamp this edit replaced


class FieldStamp(Base):
    """The winning clock stamp of every (entity, record, field): the LWW register."""

    __tablename__ = "field_stamps"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    field: Mapped[str] = mapped_column(String(80), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    base: Mapped[str] = mapped_column(String(64), default="")  # the stamp it was written on


class MetaEntry(Base):
    """Small key/value facts about this vault (device id, clock high-water mark)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tombstone(Base):
    """A deleted or erased record; holds no personal data."""

    __tablename__ = "tombstones"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # deleted | erased
    hlc: Mapped[str] = mapped_column(String(64))


class Conflict(Base):
    """A concurrent edit that lost by clock; kept so the coach can review it."""

    __tablename__ = "conflicts"
    # The same losing edit received twice is kept once.
    __table_args__ = (
        Index("ux_conflicts_loser", "entity", "record_id", "field", "losing_hlc", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(80))
    losing_value_json: Mapped[str] = mapped_column(Text)
    losing_hlc: Mapped[str] = mapped_column(String(64))
    losing_device: Mapped[str] = mapped_column(String(32))
    winning_hlc: Mapped[str] = mapped_column(String(64))
    resolved: Mapped[int] = mapped_column(Integer, default=0)


def syncable_models() -> dict[str, type[Syncable]]:
    """Every mapped Syncable model by entity name (feature modules register by importing)."""
    found: dict[str, type[Syncable]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Syncable):
            found[cls.__sync_entity__] = cls
    return found
