"""Lists kept per participant (meetings, actions, goals, ladder…) and a team's own codes.

Each class is one `ItemKind` of core/profile_fields.py (same entity name and fields).
Links are plain indexed ids, not foreign keys: sync may deliver a meeting before the
participant it belongs to.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base, Syncable, new_id


class ProfileItemModel(Syncable, Base):
    """Columns every participant list item has (abstract: no table of its own)."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    participant_id: Mapped[str] = mapped_column(String(32), default="")
    created_hlc: Mapped[str] = mapped_column(String(64), default="")


class Meeting(ProfileItemModel):
    """One meeting with a participant: date, kind, topics, shared and coach-only notes."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_participant", "participant_id"),)
    __sync_entity__ = "meeting"
    __sync_fields__ = (
        "participant_id",
        "created_hlc",
        "held_on",
        "kind",
        "attendees",
        "topics",
        "shared_notes",
        "coach_notes",
    )

    held_on: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    shared_notes: Mapped[str] = mapped_column(Text, default="")
    coach_notes: Mapped[str] = mapped_column(Text, default="")


class AgreedAction(ProfileItemModel):
    """Something agreed at a meeting, with a due date and whether it is done."""

    __tablename__ = "agreed_actions"
    __table_args__ = (
        Index("ix_agreed_actions_participant", "participant_id"),
        Index("ix_agreed_actions_meeting", "meeting_id"),
    )
    __sync_entity__ = "agreed_action"
    __sync_fields__ = ("participant_id", "created_hlc", "meeting_id", "text", "due_on", "done")

    meeting_id: Mapped[str] = mapped_column(String(32), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class SmartGoal(ProfileItemModel):
    """A SMART goal: goal, measure, deadline, status."""

    __tablename__ = "smart_goals"
    __table_args__ = (Index("ix_smart_goals_participant", "participant_id"),)
    __sync_entity__ = "smart_goal"
    __sync_fields__ = ("participant_id", "created_hlc", "goal", "measure", "deadline", "status")

    goal: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(Text, default="not_started")


class LadderStep(ProfileItemModel):
    """A participation-ladder reading: moment, step 1–6, date and assessor."""

    __tablename__ = "ladder_steps"
    __table_args__ = (Index("ix_ladder_steps_participant", "participant_id"),)
    __sync_entity__ = "ladder_step"
    __sync_fields__ = ("participant_id", "created_hlc", "moment", "step", "assessed_on", "assessor")

    moment: Mapped[str] = mapped_column(Text, default="start")
    step: Mapped[int | None] = mapped_column(Integer, default=None)
    assessed_on: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(Text, default="")


class ModuleAttended(ProfileItemModel):
    """A course module the participant attended, with the date."""

    __tablename__ = "modules_attended"
    __table_args__ = (Index("ix_modules_attended_participant", "participant_id"),)
    __sync_entity__ = "module_attended"
    __sync_fields__ = ("participant_id", "created_hlc", "module", "attended_on")

    module: Mapped[str] = mapped_column(Text, default="")
    attended_on: Mapped[str] = mapped_column(Text, default="")


class ConsentRecord(ProfileItemModel):
    """Consent and information given: date, version, purposes, photo and data sharing."""

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_records_participant", "participant_id"),)
    __sync_entity__ = "consent"
    __sync_fields__ = (
        "participant_id",
        "created_hlc",
        "given_on",
        "version",
        "purposes",
        "photo",
        "data_sharing",
    )

    given_on: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[str] = mapped_column(Text, default="")
    purposes: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bool] = mapped_column(Boolean, default=False)
    data_sharing: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkExperience(ProfileItemModel):
    """A job or role: what, sector, years."""

    __tablename__ = "work_experience"
    __table_args__ = (Index("ix_work_experience_participant", "participant_id"),)
    __sync_entity__ = "work_experience"
    __sync_fields__ = ("participant_id", "created_hlc", "role", "sector", "years")

    role: Mapped[str] = mapped_column(Text, default="")
    sector: Mapped[str] = mapped_column(Text, default="")
    years: Mapped[float | None] = mapped_column(Float, default=None)


class LanguageSkill(ProfileItemModel):
    """A language with CEFR-like levels for speaking, reading and writing."""

    __tablename__ = "language_skills"
    __table_args__ = (Index("ix_language_skills_participant", "participant_id"),)
    __sync_entity__ = "language_skill"
    __sync_fields__ = (
        "participant_id",
        "created_hlc",
        "language",
        "speaking",
        "reading",
        "writing",
    )

    language: Mapped[str] = mapped_column(Text, default="")
    speaking: Mapped[str] = mapped_column(Text, default="")
    reading: Mapped[str] = mapped_column(Text, default="")
    writing: Mapped[str] = mapped_column(Text, default="")


class ChecklistScore(ProfileItemModel):
    """One item (1–18) of the case-worker checklist: score and comment."""

    __tablename__ = "checklist_scores"
    __table_args__ = (Index("ix_checklist_scores_participant", "participant_id"),)
    __sync_entity__ = "checklist_item"
    __sync_fields__ = ("participant_id", "created_hlc", "item", "score", "comment")

    item: Mapped[int | None] = mapped_column(Integer, default=None)
    score: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class CodeListEntry(Syncable, Base):
    """A team's change to an editable code list: an own entry, or a default switched off."""

    __tablename__ = "code_list_entries"
    __sync_entity__ = "code_list_entry"
    __sync_fields__ = ("list_name", "code", "label", "country", "active")

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    list_name: Mapped[str] = mapped_column(String(40), default="")
    code: Mapped[str] = mapped_column(String(40), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


ITEM_MODELS: dict[str, type[ProfileItemModel]] = {
    "meeting": Meeting,
    "agreed_action": AgreedAction,
    "smart_goal": SmartGoal,
    "ladder_step": LadderStep,
    "module_attended": ModuleAttended,
    "consent": ConsentRecord,
    "work_experience": WorkExperience,
    "language_skill": LanguageSkill,
    "checklist_item": ChecklistScore,
}
