"""The profile columns of a participant (DOMAIN.md §4), mixed into `models.Participant`.

The field table in `core/profile_fields.py` says what each column means; a test keeps
the two in step. Amounts are whole øre/cents, dates ISO text, code sets comma-joined.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.profile_fields import PARTICIPANT_FIELDS

BASE_FIELDS = ("first_name", "last_name", "note")
PROFILE_SYNC_FIELDS: tuple[str, ...] = tuple(
    f.key for f in PARTICIPANT_FIELDS if f.key not in BASE_FIELDS
)


class ProfileColumns:
    """Declarative mixin: every profile column beyond the names and the note."""

    preferred_name: Mapped[str] = mapped_column(Text, default="")
    date_of_birth: Mapped[str] = mapped_column(Text, default="")
    gender: Mapped[str] = mapped_column(Text, default="")
    national_id: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_language: Mapped[str] = mapped_column(Text, default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(Text, default="")
    programme: Mapped[str] = mapped_column(Text, default="")
    cohort: Mapped[str] = mapped_column(Text, default="")
    referral_date: Mapped[str] = mapped_column(Text, default="")
    referring_caseworker: Mapped[str] = mapped_column(Text, default="")
    referring_office: Mapped[str] = mapped_column(Text, default="")
    benefit_type: Mapped[str] = mapped_column(Text, default="")
    benefit_start: Mapped[str] = mapped_column(Text, default="")
    benefit_amount: Mapped[int | None] = mapped_column(Integer, default=None)
    household_type: Mapped[str] = mapped_column(Text, default="")
    children_count: Mapped[int | None] = mapped_column(Integer, default=None)
    partner_income: Mapped[int | None] = mapped_column(Integer, default=None)
    education_level: Mapped[str] = mapped_column(Text, default="")
    courses: Mapped[str] = mapped_column(Text, default="")
    certificates: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    barriers: Mapped[str] = mapped_column(Text, default="")
    barrier_note: Mapped[str] = mapped_column(Text, default="")
    motivation_why: Mapped[str] = mapped_column(Text, default="")
    motivation_start: Mapped[int | None] = mapped_column(Integer, default=None)
    motivation_mid: Mapped[int | None] = mapped_column(Integer, default=None)
    motivation_end: Mapped[int | None] = mapped_column(Integer, default=None)
    business_idea: Mapped[str] = mapped_column(Text, default="")
    assessment_decision: Mapped[str] = mapped_column(Text, default="")
    assessment_date: Mapped[str] = mapped_column(Text, default="")
    assessment_reason: Mapped[str] = mapped_column(Text, default="")
    loan_amount: Mapped[int | None] = mapped_column(Integer, default=None)
    loan_payout_date: Mapped[str] = mapped_column(Text, default="")
    loan_instalment: Mapped[int | None] = mapped_column(Integer, default=None)
    loan_schedule: Mapped[str] = mapped_column(Text, default="")
    loan_arrears: Mapped[int | None] = mapped_column(Integer, default=None)
    loan_status: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(Text, default="active")
    status_date: Mapped[str] = mapped_column(Text, default="")
    dropout_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    outcome_date: Mapped[str] = mapped_column(Text, default="")
