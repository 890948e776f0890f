"""Business plans: the plan, one syncable row per wizard answer, saved versions, settings."""

from __future__ import annotations

import uuid

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base, Syncable, new_id

# Fixed namespace: the same plan and key give the same answer id on every device.
ANSWER_NAMESPACE = uuid.UUID("6f1c2a4e-3b7d-4c55-9a0e-8d2f61b0c7a3")


def answer_id(plan_id: str, key: str) -> str:
    """Deterministic id of one answer, so two devices writing it touch the same record."""
    return uuid.uuid5(ANSWER_NAMESPACE, f"{plan_id}:{key}").hex


def country_settings_id(country: str) -> str:
    """Deterministic id of a country's settings record (one per country per team)."""
    return uuid.uuid5(ANSWER_NAMESPACE, f"country-settings:{country}").hex


class Plan(Syncable, Base):
    """A participant's business plan; answers live in PlanAnswer rows."""

    __tablename__ = "plans"
    __table_args__ = (Index("ix_plans_participant", "participant_id"),)
    __sync_entity__ = "plan"
    __sync_fields__ = (
        "participant_id",
        "country",
        "language",
        "current_step",
        "status",
        "created_hlc",
        "updated_hlc",
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    participant_id: Mapped[str] = mapped_column(String(32), default="")
    country: Mapped[str] = mapped_column(String(2), default="DK")
    language: Mapped[str] = mapped_column(String(5), default="en")
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_hlc: Mapped[str] = mapped_column(String(64), default="")
    updated_hlc: Mapped[str] = mapped_column(String(64), default="")


class PlanAnswer(Syncable, Base):
    """One wizard answer (JSON) and its "I don't know yet" flag; id = uuid5(plan, key)."""

    __tablename__ = "plan_answers"
    __table_args__ = (Index("ix_plan_answers_plan", "plan_id"),)
    __sync_entity__ = "plan_answer"
    __sync_fields__ = ("plan_id", "key", "value_json", "unknown")

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    plan_id: Mapped[str] = mapped_column(String(32), default="")
    key: Mapped[str] = mapped_column(String(80), default="")
    value_json: Mapped[str] = mapped_column(Text, default="null")
    unknown: Mapped[int] = mapped_column(Integer, default=0)


class PlanVersion(Syncable, Base):
    """A saved snapshot of a plan's answers (e.g. at the loan application)."""

    __tablename__ = "plan_versions"
    __table_args__ = (Index("ix_plan_versions_plan", "plan_id"),)
    __sync_entity__ = "plan_version"
    __sync_fields__ = ("plan_id", "label", "created_hlc", "answers_json", "inputs_json")

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(String(32), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    created_hlc: Mapped[str] = mapped_column(String(64), default="")
    answers_json: Mapped[str] = mapped_column(Text, default="{}")
    inputs_json: Mapped[str] = mapped_column(Text, default="{}")


class CountrySettingsRecord(Syncable, Base):
    """The team's edited country settings (VAT, tax, bands), each group with its as-of date."""

    __tablename__ = "country_settings"
    __sync_entity__ = "country_settings"
    __sync_fields__ = ("country", "settings_json", "updated_hlc")

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), default="DK")
    settings_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_hlc: Mapped[str] = mapped_column(String(64), default="")
